// Program-area colours for the source reader's highlights (Paul Tol's muted scheme; grey is kept for unclassified).
import type { ProgramArea } from '@/schema/dataset';

const AREA_PALETTE = ['#332288', '#117733', '#44AA99', '#88CCEE', '#DDCC77', '#CC6677', '#AA4499', '#882255', '#999933', '#6699CC'] as const;

export const UNCLASSIFIED_COLOUR = '#8a8f98';

/** Area id -> colour, by the areas' display order, cycling when there are more areas than colours. */
export function areaColours(areas: readonly ProgramArea[]): Map<string, string> {
  return new Map(areas.map((area, index) => [area.id, AREA_PALETTE[index % AREA_PALETTE.length] ?? UNCLASSIFIED_COLOUR]));
}
