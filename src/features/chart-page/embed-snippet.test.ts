// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { buildCard } from '@/domain/card-model';
import { buildLookup } from '@/data/dataset-lookup';
import { fixtureIndex, fixtureLocalities, fixtureObservations } from '@/testing/fixture-dataset';
import { embedHeight, iframeSnippet } from './embed-snippet';

const lookup = buildLookup(fixtureIndex);
const model = buildCard({ metric: fixtureIndex.metrics[0]!, localities: fixtureLocalities, observations: fixtureObservations, lookup, lang: 'zh', perCapita: false, sort: 'locality' });

test('the snippet is one iframe with the embed URL, a title naming the chart, full width and a height', () => {
  const snippet = iframeSnippet({ src: 'https://example.org/?view=chart&metric=new_unions&title=A%26B&embed=1', title: '新建工会 "<对比>" & 更多', height: 612.4 });
  // Parsed inert (a template's content loads nothing), as a browser would read the pasted code.
  const template = document.createElement('template');
  template.innerHTML = snippet;
  const frames = template.content.querySelectorAll('iframe');
  expect(frames).toHaveLength(1);
  const frame = frames[0]!;
  expect(frame.getAttribute('src')).toBe('https://example.org/?view=chart&metric=new_unions&title=A%26B&embed=1');
  expect(frame.getAttribute('title')).toBe('新建工会 "<对比>" & 更多');
  expect(frame.getAttribute('width')).toBe('100%');
  expect(frame.getAttribute('height')).toBe('612');
  expect(template.content.children).toHaveLength(1);
});

test('the height grows with the chart and the notes, and stays within a page', () => {
  const small = embedHeight(model, 200);
  expect(embedHeight(model, 400)).toBe(small + 200);
  expect(small).toBeGreaterThan(200 + 150);
  expect(embedHeight(model, 10)).toBeGreaterThanOrEqual(360);
  expect(embedHeight(model, 50_000)).toBe(2000);
});
