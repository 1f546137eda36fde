// Composes the chart page (and its embed mode) from the charts, export, filters and chart-page features.
import { useMemo } from 'react';
import type { Metric } from '@/schema/dataset';
import { buildCard } from '@/domain/card-model';
import { pick } from '@/lib/i18n';
import { cardChartOption } from '@/features/charts/card-option';
import { MetricChartCard } from '@/features/charts/metric-chart-card';
import { ChartDownloadMenu } from '@/features/export/chart-download-menu';
import { DisplaySwitches } from '@/features/filters/display-switches';
import { LocalityPicker } from '@/features/filters/locality-picker';
import { ChartEmbed, EmbedHeading } from '@/features/chart-page/chart-embed';
import { withEdits, type ChartEdits } from '@/features/chart-page/chart-edits';
import { ChartPage, noticeText, type ChartNotice } from '@/features/chart-page/chart-page';
import { EditableHeading, ShareActions } from '@/features/chart-page/chart-page-heading';
import { ChartSources } from '@/features/chart-page/chart-sources';
import { citationActions } from '@/app/citation-actions';
import { embedHeight, iframeSnippet } from '@/features/chart-page/embed-snippet';
import { UnknownChart } from '@/features/chart-page/unknown-chart';
import { absoluteUrl, chartPageUrls } from '@/app/chart-page-links';
import { chartExport } from '@/app/chart-exports';
import { readerHref } from '@/app/figure-links';
import type { DashboardContext } from '@/app/use-dashboard';
import { appTitle, useDocumentTitle } from '@/app/document-title';

/** The width the embed's height is estimated at: a column of an article page. */
const EMBED_WIDTH = 640;

export function ChartPageView({ context }: { context: DashboardContext }) {
  const metric = context.state.metricId ? context.lookup.metricsById.get(context.state.metricId) : undefined;
  const urls = chartPageUrls(context.state);
  // The tab is named after the chart (MetricPage); without one, after the app.
  useDocumentTitle(metric ? null : appTitle(context.state.lang));
  if (!metric) {
    const { embed, lang, metricId } = context.state;
    return <UnknownChart metricId={metricId} lang={lang} chartsHref={embed ? absoluteUrl(urls.charts) : urls.charts} newWindow={embed} />;
  }
  return <MetricPage context={context} metric={metric} urls={urls} />;
}

function MetricPage({ context, metric, urls }: { context: DashboardContext; metric: Metric; urls: ReturnType<typeof chartPageUrls> }) {
  const { lookup, state, change, index, selectedLocalities, observations } = context;
  const { lang, embed } = state;
  const { chartTitle, chartSubtitle } = state;
  const edits: ChartEdits = useMemo(() => ({ title: chartTitle, subtitle: chartSubtitle }), [chartTitle, chartSubtitle]);
  const generated = useMemo(
    () =>
      buildCard({
        metric, localities: selectedLocalities, observations: observations.byLocality, lookup, lang,
        perCapita: state.perCapita, sort: state.chartSort, perYear: state.perYearMetrics.includes(metric.id),
      }),
    [metric, selectedLocalities, observations.byLocality, lookup, lang, state.perCapita, state.chartSort, state.perYearMetrics],
  );
  // The edited title and subtitle go everywhere the card goes: the screen, the PNG, the SVG and the CSV.
  const model = useMemo(() => withEdits(generated, edits), [generated, edits]);
  useDocumentTitle(`${model.title} · ${appTitle(lang)}`);
  const reporting = selectedLocalities.length - model.notReported.length;
  const notice: ChartNotice = selectedLocalities.length === 0 ? 'none-selected' : reporting === 0 ? 'none-report' : reporting === 1 ? 'one-reports' : null;
  const drawn = reporting > 0;
  // The embed snippet's height needs the chart's option: built once per model, not on every render.
  const snippetHeight = useMemo(() => (embed ? 0 : embedHeight(model, cardChartOption(model, lookup, { width: EMBED_WIDTH }).height)), [embed, model, lookup]);
  const sources = (
    <ChartSources
      sources={model.sources}
      localitiesById={lookup.localitiesById}
      lang={lang}
      sourceHref={embed ? (source) => absoluteUrl(urls.source(source)) : urls.source}
      newWindow={embed}
      // Copying a citation is for the full page; an embed is someone else's page.
      sourceActions={embed ? undefined : citationActions(lang)}
    />
  );

  if (embed) {
    const card = drawn ? (
      <MetricChartCard model={model} lookup={lookup} highlighted={false} heading={<EmbedHeading title={model.title} subtitle={model.subtitle} />} figures="none" />
    ) : (
      <p className="empty-state">{noticeText(notice ?? 'none-report', lang)}</p>
    );
    return <ChartEmbed lang={lang} card={card} sources={sources} fullUrl={urls.page} />;
  }

  const snippet = iframeSnippet({ src: urls.embed, title: model.title, height: snippetHeight });
  const controls = (
    <>
      <LocalityPicker
        localities={index.localities}
        colours={lookup.colours}
        defaultIds={index.defaultLocalityIds}
        selected={state.localityIds}
        lang={lang}
        onChange={(localityIds) => change({ localityIds })}
      />
      <DisplaySwitches
        lang={lang}
        perCapita={state.perCapita}
        onLangChange={(next) => change({ lang: next })}
        onPerCapitaChange={(perCapita) => change({ perCapita })}
      />
    </>
  );
  const card = drawn ? (
    <MetricChartCard
      model={model}
      lookup={lookup}
      highlighted={false}
      heading={
        <EditableHeading
          lang={lang}
          edits={edits}
          generated={{ title: generated.title, subtitle: generated.subtitle }}
          onChange={(next) => change({ ...('title' in next ? { chartTitle: next.title } : {}), ...('subtitle' in next ? { chartSubtitle: next.subtitle } : {}) }, 'title' in next ? 'chart-title' : 'chart-subtitle')}
        />
      }
      actions={
        <ShareActions
          lang={lang}
          pageUrl={urls.page}
          embedSnippet={snippet}
          download={<ChartDownloadMenu chart={() => chartExport(model, lookup)} title={model.title} builtAt={index.builtAt} lang={lang} />}
        />
      }
      figures="open"
      quoteHref={readerHref}
      sourceHref={readerHref}
      onPerYearChange={(on) => change({ perYearMetrics: on ? [...state.perYearMetrics, metric.id] : state.perYearMetrics.filter((id) => id !== metric.id) })}
    />
  ) : null;
  return <ChartPage lang={lang} metricLabel={pick(metric.label, lang)} chartsHref={urls.charts} rankingHref={urls.ranking} controls={controls} notice={notice} card={card} sources={sources} />;
}
