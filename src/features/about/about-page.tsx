// The about view wired to data: the app loads the coverage file and hands it down.
import type { DatasetLookup } from '@/data/dataset-lookup';
import type { Lang } from '@/lib/i18n';
import { useCoverage } from '@/data/use-data';
import { AboutView } from './about-view';

export function AboutPage({ lookup, lang }: { lookup: DatasetLookup; lang: Lang }) {
  const coverage = useCoverage();
  return <AboutView lookup={lookup} lang={lang} coverage={coverage} />;
}
