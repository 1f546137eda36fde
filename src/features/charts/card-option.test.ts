// The card's ECharts option: a grid per panel, labels above bars that are never cut, parts inside wholes.
import { describe, expect, test } from 'vitest';
import type { Observation } from '@/schema/dataset';
import { buildCard } from '@/domain/card-model';
import { buildLookup } from '@/data/dataset-lookup';
import { fixtureIndex, fixtureObservations, observation } from '@/testing/fixture-dataset';
import { textWidth } from '@/lib/text-wrap';
import { barLabelLines, captionLines, cardChartOption, labelWidth, ROW_HEIGHT } from './card-option';
import { CHART_FONT_FAMILY } from '@/components/chart-font';

const lookup = buildLookup(fixtureIndex);
const metric = (id: string) => fixtureIndex.metrics.find((m) => m.id === id)!;
const byLocality = (figures: Observation[]) => new Map(fixtureIndex.localities.map((l) => [l.id, figures.filter((o) => o.localityId === l.id)]));

/** A rich-text label line without its {style|…} markup. */
const strip = (line: string) => line.replace(/\{\w+\||\}/g, '');

type Series = { type: string; xAxisIndex: number; data: Array<{ value: unknown; tooltip?: string; label?: { formatter: string }; itemStyle?: Record<string, unknown> }> };

function chart(metricId: string, lang: 'zh' | 'en', figures = fixtureObservations, width = 600, still = false) {
  const model = buildCard({ metric: metric(metricId), localities: fixtureIndex.localities, observations: figures, lookup, lang, perCapita: false, sort: 'locality' });
  const { option, height } = cardChartOption(model, lookup, { width, still });
  return { model, option, height, series: option.series as Series[], grids: option.grid as Array<{ top: number; height: number }> };
}

describe('cardChartOption', () => {
  test('one grid, axis pair and bar series per panel; no bar for a locality that did not report', () => {
    const { model, series, grids, option } = chart('relief_money', 'zh');
    expect(grids).toHaveLength(model.panels.length);
    expect((option.xAxis as unknown[]).length).toBe(model.panels.length);
    const bars = series.filter((s) => s.type === 'bar').flatMap((s) => s.data.filter((d) => d.value !== '-'));
    expect(bars).toHaveLength(model.panels.flatMap((p) => p.bars).length);
    expect(JSON.stringify(series)).not.toContain('丙丁'); // beta did not report: no bar, no label (the footnote names it)
  });

  test('each grid is drawn where it is placed, the end labels of its value axis aligned inside it, not pushed in by ECharts', () => {
    const { option } = chart('relief_money', 'zh', fixtureObservations, 320);
    for (const grid of option.grid as Array<Record<string, unknown>>) expect(grid.outerBoundsMode).toBe('none');
    // Without the outer-bounds pass nothing keeps a centred end label in the chart: the first starts at the axis, the last ends at it.
    for (const axis of option.xAxis as Array<{ axisLabel: Record<string, unknown> }>) expect(axis.axisLabel).toMatchObject({ alignMinLabel: 'left', alignMaxLabel: 'right' });
  });

  test('each bar is labelled above it with the locality, its distinction and the value, in either language', () => {
    const { series } = chart('relief_money', 'en');
    const labels = series.flatMap((s) => s.data.map((d) => d.label?.formatter ?? ''));
    expect(labels.join('\n')).toContain('{name|Gamma · workers in hardship}');
    expect(labels.join('\n')).toContain('{value|80,000 yuan}');
  });

  test('a label too long for the width takes more lines, breaking between parts and never inside a number', () => {
    const long = observation({ id: 'l', localityId: 'gamma', value: 1800, originalText: '1800个', distinction: { zh: '进校园宣讲 · 仅师生', en: 'lectures at a school · Students and teachers only' } });
    const { model } = chart('new_unions', 'en', byLocality([long]));
    const bar = model.panels[0]!.bars[0]!;
    const lines = barLabelLines(bar, 'en', 240);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.at(-1)).toContain('{value|1,800 units}');
    for (const line of lines.slice(0, -1)) expect(labelWidth(line.replace(/\{name\||\}/g, ''))).toBeLessThanOrEqual(240);
    expect(barLabelLines(bar, 'en', 2000)).toHaveLength(1);
  });

  test('a value too wide for its line breaks before its part, a part too wide alone breaks inside it, the marks stay on the last line; nothing is lost', () => {
    const figures = [
      observation({ id: 'w', localityId: 'alpha', value: 224, originalText: '224个' }),
      observation({ id: 'p', localityId: 'alpha', value: 35, originalText: '35个', partOfId: 'w', populationId: 'new_employment' }),
      observation({ id: 'o', localityId: 'gamma', value: 40, originalText: '40个' }),
    ];
    for (const lang of ['zh', 'en'] as const) {
      const bar = chart('new_unions', lang, byLocality(figures)).model.panels[0]!.bars[0]!;
      expect(bar.parts).toHaveLength(1);
      const oneLine = strip(barLabelLines(bar, lang, 5000)[0]!);
      for (const room of [120, 150, 200]) {
        const lines = barLabelLines(bar, lang, room);
        for (const line of lines) expect(labelWidth(strip(line)), `${lang} ${room}: ${line}`).toBeLessThanOrEqual(room);
        expect(lines.some((line) => line.startsWith('{value|')), `${lang} ${room}`).toBe(true);
        if (room < 200) expect(lines.some((line) => line.startsWith('{part|')), `${lang} ${room}: the part starts a line of its own`).toBe(true);
        if (bar.marks.length > 0) expect(lines.at(-1)).toContain('{mark|');
        expect(lines.map(strip).join('').replace(/[\s·]/g, '')).toBe(oneLine.replace(/[\s·]/g, ''));
      }
    }
  });

  test('a caption too wide for the chart takes more lines, broken between its parts, and moves its grid down', () => {
    expect(captionLines('Students and teachers only · in the period', 400)).toEqual(['Students and teachers only · in the period']);
    expect(captionLines('Students and teachers only · in the period', 250)).toEqual(['Students and teachers only', 'in the period']);
    // A part alone too wide breaks at its spaces.
    for (const line of captionLines('all levels of the federation combined · multi-year total', 150)) expect(textWidth(line, 13)).toBeLessThanOrEqual(150);
    const { model } = chart('relief_money', 'en');
    const drawn = (caption: string) => cardChartOption({ ...model, panels: model.panels.map((panel) => ({ ...panel, caption })) }, lookup, { width: 320 }).option;
    const short = drawn('in the period');
    const long = drawn('Students and teachers only · in the period');
    const captionText = (option: typeof short) => (option.graphic as { elements: Array<{ style: { text: string } }> }).elements[0]!.style.text;
    expect(captionText(short)).toBe('in the period');
    expect(captionText(long)).toBe('Students and teachers only\nin the period');
    expect((long.grid as Array<{ top: number }>)[0]!.top).toBeGreaterThan((short.grid as Array<{ top: number }>)[0]!.top);
  });

  test("captions are drawn in the charts' font stack: a graphic text does not take the theme's, and sans-serif would measure and draw differently", () => {
    const { model } = chart('relief_money', 'en');
    const { option } = cardChartOption({ ...model, panels: model.panels.map((panel) => ({ ...panel, caption: '仅师生 · 在该期间' })) }, lookup, { width: 600 });
    const captions = (option.graphic as { elements: Array<{ type: string; style: { fontFamily?: string } }> }).elements.filter((element) => element.type === 'text');
    expect(captions.length).toBeGreaterThan(0);
    for (const caption of captions) expect(caption.style.fontFamily).toBe(CHART_FONT_FAMILY);
  });

  test('rows are taller where labels take more lines, so labels never overlap bars', () => {
    const long = observation({ id: 'l', localityId: 'gamma', value: 1800, originalText: '1800个', distinction: { zh: '进校园宣讲 · 仅师生', en: 'lectures at a school · Students and teachers only' } });
    const narrow = chart('new_unions', 'en', byLocality([long]), 300);
    const wide = chart('new_unions', 'en', byLocality([long]), 1200);
    expect(wide.grids[0]!.height).toBe(ROW_HEIGHT);
    expect(narrow.grids[0]!.height).toBeGreaterThan(ROW_HEIGHT);
  });

  test('a part is a light bar on its whole’s row in a second series, never a row of its own', () => {
    const figures = [
      observation({ id: 'w', localityId: 'alpha', value: 224, originalText: '224个' }),
      observation({ id: 'p', localityId: 'alpha', value: 35, originalText: '35个', partOfId: 'w', populationId: 'new_employment' }),
      observation({ id: 'o', localityId: 'gamma', value: 40, originalText: '40个' }),
    ];
    const { series } = chart('new_unions', 'zh', byLocality(figures));
    expect(series).toHaveLength(2);
    expect(series[0]!.data.map((d) => d.value)).toEqual([224, 40]);
    expect(series[1]!.data.map((d) => d.value)).toEqual([35, '-']);
    expect(series[0]!.data[0]!.label!.formatter).toContain('其中');
  });

  test('plans are drawn faded with a dashed outline and their label says so', () => {
    const { series } = chart('relief_money', 'zh');
    const plan = series.flatMap((s) => s.data).find((d) => d.label?.formatter.includes('计划'));
    expect(plan?.itemStyle).toMatchObject({ borderType: 'dashed' });
  });

  test('still (for export): every bar shown, no tooltip, no slider', () => {
    const { option, series } = chart('relief_money', 'zh', fixtureObservations, 900, true);
    expect(option.tooltip).toBeUndefined();
    expect(option.dataZoom).toBeUndefined();
    expect(series.flatMap((s) => s.data).every((d) => d.tooltip === undefined)).toBe(true);
  });

  test('the aria description is the card’s text alternative', () => {
    const { model, option } = chart('coverage_rate', 'zh');
    expect((option.aria as { label: { description: string } }).label.description).toBe(model.textAlternative);
  });
});
