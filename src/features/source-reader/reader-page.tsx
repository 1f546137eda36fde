// The reader view wired to data: loads the chosen source file and its locality's observations on demand.
import type { ReactNode } from 'react';
import type { Observation, Source } from '@/schema/dataset';
import type { DatasetLookup } from '@/data/dataset-lookup';
import type { Lang } from '@/lib/i18n';
import type { ViewState } from '@/state/url-state';
import { useLocalityObservations, useSourceFile } from '@/data/use-data';
import { ErrorPanel } from '@/data/error-panel';
import { LoadingMessage } from '@/components/loading-message';
import { ReaderView } from './reader-view';

interface ReaderPageProps {
  lookup: DatasetLookup;
  /** The source asked for; unknown ids are shown as "choose a report", never fetched. */
  sourceId: string | null;
  figureId: string | null;
  lang: Lang;
  perCapita: boolean;
  onChange: (change: Partial<ViewState>) => void;
  onOpenFigure: (observation: Observation) => void;
  sourceActions?: (source: Source) => ReactNode;
}

export function ReaderPage({ lookup, sourceId, figureId, lang, perCapita, onChange, onOpenFigure, sourceActions }: ReaderPageProps) {
  const source = sourceId ? lookup.sourcesById.get(sourceId) : undefined;
  const file = useSourceFile(source?.id ?? null);
  const observations = useLocalityObservations(source ? [source.localityId] : []);
  const ready = file.state?.status === 'ready' && !observations.pending && !observations.error ? file.state.data : null;
  const failure = file.state?.status === 'error' ? { error: file.state.error, retry: file.retry } : observations.error ? { error: observations.error, retry: observations.retry } : null;
  const placeholder = failure ? (
    <ErrorPanel error={failure.error} lang={lang} onRetry={failure.retry} />
  ) : (
    <LoadingMessage lang={lang} />
  );
  return (
    <ReaderView
      lookup={lookup}
      sourceId={sourceId}
      file={ready}
      observations={source ? (observations.byLocality.get(source.localityId) ?? []) : []}
      placeholder={placeholder}
      fig={figureId}
      lang={lang}
      perCapita={perCapita}
      onSelectSource={(id) => onChange({ sourceId: id, figureId: null })}
      onSelectFigure={(next) => onChange({ figureId: next })}
      onOpenFigure={onOpenFigure}
      onOpenProfile={(id) => onChange({ view: 'profile', profileId: id })}
      sourceActions={sourceActions}
    />
  );
}
