import type { CapacityKind, FacilityKind } from '../entities/vocabulary.ts';

/** "An ice plant", "A cold store": a facility kind in a sentence. */
export function aFacility(kind: FacilityKind): string {
  const words = kind.toLowerCase().replace('_', ' ');
  return `${/^[aeiou]/.test(words) ? 'An' : 'A'} ${words}`;
}

/** Which facilities offer which capacity, and the facility field that holds its size. */
export const CAPACITY_SOURCES: Record<CapacityKind, { kinds: FacilityKind[]; field: 'storageCapacityKg' | 'washingTonnesPerDay' | 'iceTonnesPerDay' }> = {
  COLD_STORAGE: { kinds: ['COLD_STORE', 'DRY_WAREHOUSE'], field: 'storageCapacityKg' },
  WASHING: { kinds: ['WASHING_PLANT'], field: 'washingTonnesPerDay' },
  ICE: { kinds: ['ICE_PLANT'], field: 'iceTonnesPerDay' },
};
