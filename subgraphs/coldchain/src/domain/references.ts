import type { Crop } from '@alliance/domain-kit';

/** Entities owned by the members subgraph, as the cold chain sees them: their key, and what it requires. */
export interface MemberReference {
  id: string;
}

export interface LotReference {
  id: string;
  crop: Crop;
  harvestDate: string;
}

export interface ReservationReference {
  id: string;
}

/**
 * A lot the cold chain names by its key only: the gateway fetches everything else, `crop` and
 * `harvestDate` included, from the members subgraph before it asks for `coldChain`.
 */
export function lotKey(id: string): LotReference {
  return { id } as LotReference;
}
