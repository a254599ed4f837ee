import { Decimal } from '@alliance/domain-kit';
import type { CertificateBasis, Crop, Grade, Variety } from '../entities/vocabulary.ts';

/**
 * What a truckload's certificate states, from the lots on the truck (their facts as members
 * announced them, the kg the cold chain loaded of each, and each lot's passing test). Pure rules.
 */
export interface TruckloadLot {
  lotId: string;
  kg: string;
  growerId: string;
  producerName: string;
  producerPhone: string;
  cooperativeId: string | null;
  crop: Crop;
  variety: Variety | null;
  grade: Grade;
  township: string;
  county: string;
  test: { id: string; basis: CertificateBasis; testedAt: Date };
}

export interface TruckloadStatement {
  certifiedKg: Decimal;
  crop: Crop;
  variety: Variety | null;
  grade: Grade;
  producerName: string;
  producerPhone: string;
  /** The one grower of every lot, or null when several growers' lots share the truck. */
  growerId: string | null;
  township: string;
  county: string;
  basis: CertificateBasis;
  /** The test the certificate names: the one with the weakest basis (see below). */
  residueTestId: string;
}

/** Shipment statuses a truckload is certified in: loading, or on the road with what it loaded. */
const CERTIFIABLE = new Set(['LOADING', 'IN_TRANSIT']);

/** Why a shipment in this status cannot be certified; null when it can. */
export function truckloadStatusRefusal(status: string): string | null {
  if (CERTIFIABLE.has(status)) return null;
  switch (status) {
    case 'PLANNED':
      return 'nothing is loaded on it yet';
    case 'CANCELLED':
      return 'it was cancelled';
    default:
      return `it has arrived (${status.toLowerCase()}); a certificate travels with the truck`;
  }
}

/** From the strongest commitment to the weakest: a truckload claims no more than its weakest lot. */
const BASIS_STRENGTH: readonly CertificateBasis[] = ['COMMISSIONED_TEST', 'SELF_TEST', 'INTERNAL_CONTROL', 'SELF_COMMITMENT'];
/** A truckload of mixed grades states the lowest. */
const GRADE_ORDER: readonly Grade[] = ['A', 'B', 'C'];

function distinct<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/**
 * The certificate's statement for these lots (at least one; one crop). The national form has one
 * producer box: for one grower's lots it is that grower; a truckload of several growers' lots is
 * certified by the one who consolidated it, so when every lot shares one cooperative its name (and
 * the growers' phones) is written, else the growers are listed. Township and county likewise list
 * the distinct places, in the order of the lots.
 */
export function truckloadStatement(lots: readonly TruckloadLot[], cooperativeName: (cooperativeId: string) => string | null): TruckloadStatement {
  if (!lots.length) throw new RangeError('A truckload certificate covers at least one lot.');
  const crops = distinct(lots.map((l) => l.crop));
  if (crops.length > 1) throw new RangeError(`A certificate names one product; the truck carries ${crops.join(', ')}.`);
  const varieties = distinct(lots.map((l) => l.variety));
  const growers = distinct(lots.map((l) => l.growerId));
  const cooperatives = distinct(lots.map((l) => l.cooperativeId));
  const cooperative = cooperatives.length === 1 && cooperatives[0] ? cooperativeName(cooperatives[0]) : null;
  const producerName = growers.length === 1 ? lots[0]!.producerName : (cooperative ?? distinct(lots.map((l) => l.producerName)).join('、'));
  const weakest = [...lots].sort((a, b) => BASIS_STRENGTH.indexOf(b.test.basis) - BASIS_STRENGTH.indexOf(a.test.basis) || a.lotId.localeCompare(b.lotId))[0]!;
  return {
    certifiedKg: lots.reduce((sum, l) => sum.plus(l.kg), new Decimal(0)),
    crop: crops[0]!,
    variety: varieties.length === 1 ? varieties[0]! : null,
    grade: GRADE_ORDER[Math.max(...lots.map((l) => GRADE_ORDER.indexOf(l.grade)))]!,
    producerName,
    producerPhone: distinct(lots.map((l) => l.producerPhone).filter((p) => p !== '')).join('; '),
    growerId: growers.length === 1 ? growers[0]! : null,
    township: distinct(lots.map((l) => l.township).filter((t) => t !== '')).join('、'),
    county: distinct(lots.map((l) => l.county).filter((c) => c !== '')).join('、'),
    basis: weakest.test.basis,
    residueTestId: weakest.test.id,
  };
}
