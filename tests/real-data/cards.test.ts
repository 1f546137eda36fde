// The card model on the pipeline's output for the five real articles: like for like, bar by bar, and the screen
// card and its export say the same thing. (The app's code on real data: pipeline and app meet only here.)
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Locality, Observation } from '@/schema/dataset';
import { buildCard, type CardModel } from '@/domain/card-model';
import { buildLookup } from '@/data/dataset-lookup';
import type { Lang } from '@/lib/i18n';
import { chartExport } from '@/app/chart-exports';
import { cardChartOption } from '@/features/charts/card-option';
import { exportMeta } from '@/features/export/export-meta';
import { buildDataset } from '../../pipeline/build-dataset.ts';
import { readInputs } from '../../pipeline/read-inputs.ts';

const output = buildDataset(readInputs(join(import.meta.dirname, '..', '..'), '2026-01-01T00:00:00.000Z'));
const lookup = buildLookup(output.index);
const observations = new Map<string, Observation[]>(output.localityFiles.map((f) => [f.localityId, f.observations]));
const all = output.index.localities;
const locality = (id: string) => all.find((l) => l.id === id)!;

function card(metricId: string, options: { localities?: readonly Locality[]; lang?: Lang; perCapita?: boolean; perYear?: boolean } = {}): CardModel {
  const metric = lookup.metricsById.get(metricId)!;
  const { localities = all, lang = 'zh', perCapita = false, perYear = false } = options;
  return buildCard({ metric, localities, observations, lookup, lang, perCapita, sort: 'desc', perYear });
}
const panelBars = (model: CardModel) => model.panels.map((p) => [p.caption, p.bars.map((b) => `${b.label} ${b.valueLabel}`)]);

describe('cards of the real articles', () => {
  test('秀洲 pilots: one panel per level, 抚州 51 (all levels added up) on its own; nothing ranked across them', () => {
    const model = card('reform_pilots');
    expect(model.verdict.kind).toBe('reference');
    expect(panelBars(model)).toEqual([
      ['省级 · 累计总数', ['秀洲 · 省级 2家']],
      ['市级 · 累计总数', ['秀洲 · 市级 3家']],
      ['县级 · 累计总数', ['秀洲 · 县级 40家']],
      ['多级合计 · 多年累计', ['抚州 51个']],
    ]);
  });

  test('May Day medals: 抚州 381 (全国、省、市 over several years) is never a bar beside 秀洲’s national or city medal', () => {
    const model = card('may_day_medals', { lang: 'en' });
    expect(model.verdict.kind).toBe('reference');
    for (const panel of model.panels) expect(new Set(panel.bars.map((b) => b.locality.id)).size).toBe(1);
    expect(model.panels.map((p) => p.caption)).toEqual(['national · in the period', 'prefecture-level · in the period', 'all levels combined · multi-year total']);
    expect(model.panels[0]!.bars[0]!.label).toBe('Xiuzhou · national');
  });

  test('什邡 stations say what they are; 抚州’s running totals over several years are a panel of their own', () => {
    const model = card('service_stations');
    expect(panelBars(model)).toEqual([
      ['当期', ['什邡 · 劳动驿站 20处', '什邡 · 高速出口爱心驿站 5处', '什邡 · 户外劳动者服务驿站 3处', '什邡 · 货车司机之家 2处']],
      ['多年累计', ['抚州 · 全市工会驿站 300余家', '抚州 · 24小时智能化驿站 60家']],
    ]);
  });

  test('union grants: 常山 75万元 beside 什邡 35万元, with the periods and the total it belongs to marked on its bar', () => {
    const model = card('funds_allocated');
    expect(model.verdict.kind).toBe('partly');
    const [changshan, shifang] = [...model.panels[0]!.bars].toSorted((a, b) => a.locality.id.localeCompare(b.locality.id));
    expect(changshan!.valueLabel).toBe('75万元');
    const partOf = model.caveats.find((c) => c.kind === 'partOf')!;
    expect(partOf.text).toBe('什邡 35万元包含在同一地区的“阵地建设投入资金”200余万元之内');
    expect(shifang!.marks).toContain(partOf.mark);
    expect(changshan!.marks).not.toContain(partOf.mark);
    expect(model.caveats.map((c) => c.kind)).toEqual(['periods', 'partOf']);
  });

  test('常山 224 children with the 35 of new forms of employment drawn inside, not ranked against it', () => {
    const model = card('childcare_children', { localities: [locality('changshan')] });
    expect(model.panels).toHaveLength(1);
    const [bar] = model.panels[0]!.bars;
    expect(bar!.valueLabel).toBe('224人');
    expect(bar!.parts.map((p) => p.valueLabel)).toEqual(['35人']);
    expect(model.outside).toEqual([]);
  });

  test('new unions: three counties’ annual figures, 2022 beside 2023 marked', () => {
    const model = card('new_unions');
    expect(model.verdict).toMatchObject({ kind: 'partly' });
    expect(model.caveats.map((c) => c.kind)).toEqual(['periods']);
    expect(model.footnotes).toEqual(['未报告：抚州、什邡']);
  });

  test('per year, offered where periods differ in length: 抚州’s 近三年 百余场 ÷ 3 joins 三江’s 2023 lectures', () => {
    const plain = card('lectures_held');
    expect(plain.perYearOffered).toBe(true);
    expect(plain.verdict.kind).toBe('reference');
    const perYear = card('lectures_held', { perYear: true });
    expect(perYear.perYear).toBe(true);
    expect(perYear.panels).toHaveLength(1);
    expect(perYear.panels[0]!.bars.map((b) => `${b.label} ${b.valueLabel}`)).toEqual([
      '抚州 · 近三年(累计)÷3年 >33.3场/年',
      '三江 · 主题宣讲活动 · 2023年 5场',
      '三江 · 产业工人百场宣讲 · 2023年 3场',
    ]);
    expect(perYear.verdict.kind).toBe('partly');
    expect(perYear.caveats.map((c) => c.kind)).toEqual(['periods', 'levels']);
    // Not offered where no figure states its years, nor for a single period.
    expect(card('new_unions').perYearOffered).toBe(false);
    expect(card('skills_contests').perYearOffered).toBe(false);
  });

  test('per capita: 近140余万元 stays 近, never 约; three significant digits', () => {
    const model = card('funds_invested', { localities: [locality('shifang'), locality('changshan')], perCapita: true });
    const labels = model.panels.flatMap((p) => p.bars.map((b) => b.valueLabel));
    expect(labels.some((l) => l.startsWith('近3.44万元/'))).toBe(true);
    expect(labels.join(' ')).not.toContain('约');
  });
});

describe('the screen card and its export carry the same title, notes and values', () => {
  test.each(['zh', 'en'] as const)('in %s, for every card of the charts view', (lang) => {
    for (const metric of output.index.metrics) {
      const model = card(metric.id, { lang });
      if (model.panels.length === 0) continue;
      const meta = exportMeta(model, lookup.localitiesById, output.index.builtAt);
      expect(meta.title).toBe(model.title);
      expect(meta.notes[0]).toContain(model.verdict.reason);
      const screen = cardChartOption(model, lookup, { width: 600 });
      const exported = chartExport(model, lookup).layout.option;
      const bars = (option: typeof screen.option) =>
        (option.series as Array<{ data: Array<{ value: unknown; label?: { formatter: string } }> }>).map((s) => s.data.map((d) => [d.value, d.label?.formatter.replace(/\n/g, '  ')]));
      // The same values; the labels differ only where a narrower screen breaks them into more lines.
      expect(bars(exported).map((s) => s.map(([value]) => value))).toEqual(bars(screen.option).map((s) => s.map(([value]) => value)));
      const text = JSON.stringify(exported);
      for (const bar of model.panels.flatMap((p) => p.bars)) expect(text).toContain(bar.valueLabel.replaceAll('"', '\\"'));
    }
  });
});
