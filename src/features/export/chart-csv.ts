// Pure: the data behind one card as CSV, from its model: each bar by panel, the parts inside bars, the
// figures set apart with their reasons, and the localities that did not report. Every line carries the chart's
// title and subtitle (as edited for publication on the chart page).
import type { CardFigure, CardModel } from '@/domain/card-model';
import { markText } from '@/domain/card-messages';
import { periodText } from '@/domain/periods';
import { pick } from '@/lib/i18n';
import { toCsv, type CsvCell } from '@/lib/csv';

export const CHART_CSV_HEADER = [
  'metric_id', 'metric', 'locality_id', 'locality', 'shown_as', 'group_id', 'group', 'label', 'value_drawn', 'value_shown', 'per_residents',
  'population', 'population_citation',
  'marks', 'reason', 'value', 'qualifier', 'unit', 'period', 'period_type', 'level', 'population_id', 'measure', 'part_of_id',
  'kind', 'original_text', 'quote', 'source_id', 'observation_id', 'quote_start', 'quote_end', 'figure_start', 'figure_end',
  'chart_title', 'chart_subtitle',
] as const;

type ShownAs = 'bar' | 'part' | 'not_comparable' | 'not_reported';

function figureRow(model: CardModel, figure: CardFigure, shownAs: ShownAs, group: { id: string; caption: string | null } | null, marks: readonly number[], reason: string | null): CsvCell[] {
  const { observation: o, locality } = figure;
  return [
    model.metric.id, pick(model.metric.label, model.lang), locality.id, pick(locality.name, model.lang), shownAs, group?.id ?? o.groupId,
    group?.caption ?? null, figure.label, figure.value, figure.valueLabel, model.perCapitaBase,
    // A per-capita value carries what it was divided by: the CSV leaves the page and its footnote.
    model.perCapitaBase ? locality.population.value : null, model.perCapitaBase ? pick(locality.population.citation, model.lang) : null,
    marks.map(markText).join(''), reason, o.value, o.qualifier,
    o.unit, periodText(o.period, model.lang), o.period.type, o.level, o.populationId, o.measure, o.partOfId, o.kind, o.originalText, o.quote,
    o.sourceId, o.id, o.quoteStart, o.quoteEnd, o.figureStart, o.figureEnd, model.title, model.subtitle,
  ];
}

/** One line per figure in the card's order, then one per locality without the metric; the same columns in every chart CSV. */
export function chartCsv(model: CardModel): Promise<string> {
  const rows: CsvCell[][] = [];
  for (const panel of model.panels) {
    const group = { id: panel.groupId, caption: panel.caption };
    for (const bar of panel.bars) {
      rows.push(figureRow(model, bar, 'bar', group, bar.marks, null));
      for (const part of bar.parts) rows.push(figureRow(model, part, 'part', group, [], null));
    }
  }
  for (const figure of model.outside) rows.push(figureRow(model, figure, 'not_comparable', null, [], figure.reason));
  for (const locality of model.notReported) {
    const head: CsvCell[] = [model.metric.id, pick(model.metric.label, model.lang), locality.id, pick(locality.name, model.lang), 'not_reported'];
    rows.push([...head, ...Array<CsvCell>(CHART_CSV_HEADER.length - head.length - 2).fill(null), model.title, model.subtitle]);
  }
  return toCsv(CHART_CSV_HEADER, rows);
}
