/** What the alliances grow and sell, in the words of BRIEF.md: one vocabulary for every subgraph. */
export const CROPS = ['SCALLION', 'SAFFLOWER_FLORET', 'SAFFLOWER_SEED'] as const;
export type Crop = (typeof CROPS)[number];

export function isCrop(value: unknown): value is Crop {
  return typeof value === 'string' && (CROPS as readonly string[]).includes(value);
}
