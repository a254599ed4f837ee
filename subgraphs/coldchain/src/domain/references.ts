import type { Crop } from './crop-profiles.ts';

/** Entities owned by the members subgraph, as the cold chain sees them: their key, and what it requires. */
export interface MemberReference {
  id: string;
}

export interface LotReference {
  id: string;
  crop: Crop;
  harvestDate: string;
}
