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

/** ECharts decal patterns paired with the colours, so bars differ by pattern as well as by hue. */
export const LOCALITY_DECALS = [
  { symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [2, 6], rotation: Math.PI / 4 },
  { symbol: 'circle', symbolSize: 0.6, dashArrayX: [[6, 6], [0, 6, 6, 0]], dashArrayY: [6, 0] },
  { symbol: 'rect', symbolSize: 1, dashArrayX: [2, 6], dashArrayY: [1, 0] },
  { symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [2, 5], rotation: -Math.PI / 4 },
  { symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [2, 6] },
  { symbol: 'rect', symbolSize: 0.7, dashArrayX: [[4, 4], [0, 4, 4, 0]], dashArrayY: [4, 0] },
  { symbol: 'triangle', symbolSize: 0.8, dashArrayX: [[8, 8], [0, 8, 8, 0]], dashArrayY: [8, 0] },
] as const;

/** The decal pattern of the locality at this position in the index. */
export function localityDecal(orderIndex: number): (typeof LOCALITY_DECALS)[number] {
  const size = LOCALITY_DECALS.length;
  return LOCALITY_DECALS[((orderIndex % size) + size) % size] ?? LOCALITY_DECALS[0];
}
