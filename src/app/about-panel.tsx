// The about view wired to data: the app loads the coverage file and hands it down.
import type { DatasetLookup } from '@/lib/dataset-lookup';
import type { Lang } from '@/lib/format';
import { useCoverage } from '@/features/data-loading/use-data';
import { AboutView } from '@/features/about/about-view';

export function AboutPanel({ lookup, lang }: { lookup: DatasetLookup; lang: Lang }) {
  const coverage = useCoverage();
  return <AboutView lookup={lookup} lang={lang} coverage={coverage} />;
}
