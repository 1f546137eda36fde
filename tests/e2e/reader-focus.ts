// The reader opened at a figure, as a person sees it: the figure marked, its sentence highlighted, in view.
// Offsets come from public/data.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { sourceFileSchema, type Observation, type SourceFile } from '../../src/schema/dataset';

export function readSource(id: string): SourceFile {
  return sourceFileSchema.parse(JSON.parse(readFileSync(`public/data/sources/${id}.json`, 'utf8')));
}

/** The marked sentence as read on screen (screen-reader-only notes left out). */
function focusedSentence(page: Page): Promise<string> {
  return page.locator('.reader-text .reader-focus').evaluateAll((nodes) =>
    nodes
      .map((node) => {
        const copy = node.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
        return copy.textContent ?? '';
      })
      .join(''),
  );
}

/** The reader is at `observation`: its figure is the target, its sentence is marked, and it is on screen. */
export async function expectAtFigure(page: Page, observation: Observation) {
  const target = page.locator('.reader-text [data-target="true"]');
  await target.waitFor();
  expect(await target.getAttribute('data-mention-start')).toBe(String(observation.figureStart));
  expect(await target.getAttribute('data-observation-id')).toBe(observation.id);
  const source = readSource(observation.sourceId);
  expect(await target.innerText()).toBe(source.text.slice(observation.figureStart, observation.figureEnd));
  await expect.poll(() => focusedSentence(page)).toBe(source.text.slice(observation.quoteStart, observation.quoteEnd));
  await expect.poll(() => target.evaluate((node) => {
    const box = node.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
  })).toBe(true);
}
