// What every rendering of a figure needs to know: the dataset, the reader's language, and per capita on or off.
import type { DatasetLookup } from '@/data/dataset-lookup';
import type { Lang } from '@/lib/i18n';

export interface DisplayContext {
  lookup: DatasetLookup;
  lang: Lang;
  perCapita: boolean;
}
