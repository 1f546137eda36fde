// Colour-blind-safe locality colours (Okabe–Ito, yellow left out for contrast on white), by stable order.
export const LOCALITY_PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#D55E00',
  '#56B4E9',
  '#4D4D4D',
] as const;

/** The colour of the locality at this position in the index (the same everywhere in the app). */
export function localityColour(orderIndex: number): string {
  const size = LOCALITY_PALETTE.length;
  return LOCALITY_PALETTE[((orderIndex % size) + size) % size] ?? LOCALITY_PALETTE[0];
}

/** Map of locality id to colour, keyed by the order the index lists them. */
export function localityColours(localityIds: readonly string[]): Map<string, string> {
  return new Map(localityIds.map((id, index) => [id, localityColour(index)]));
}
