import { createHash } from 'node:crypto';
import type { Crop } from '@alliance/domain-kit';
import { DEFAULT_NAMESPACE, type EpcisLot, type EpcisOptions } from './epcis.ts';

/** GS1 identifiers of an EPCIS export: EPC URIs under the alliance's company prefix, check digits, event IDs. */

export interface Identifiers {
  namespace: string;
  /** The LGTIN class of the lot; its GTIN alone (an EPC pattern) while the lot number is unknown. */
  lotClass(lotNumber: string | null): string;
  location(facilityCode: string): string;
  package(custodyEventId: string): string;
}

const DEFAULT_ITEM_NUMBERS: Record<Crop, number> = { SCALLION: 1, SAFFLOWER_FLORET: 2, SAFFLOWER_SEED: 3 };

/** EPC URIs (GS1 Tag Data Standard) under the alliance's company prefix. */
export function identifiers(lot: EpcisLot, options: EpcisOptions): Identifiers {
  const prefix = options.companyPrefix;
  if (!/^\d{6,12}$/.test(prefix)) throw new Error(`Company prefix "${prefix}" must be 6 to 12 digits.`);
  const namespace = options.namespace ?? DEFAULT_NAMESPACE;
  const itemRef = lot.gtin ? itemReferenceOf(lot.gtin, prefix) : configuredItemReference(lot.crop, prefix, options);
  return {
    namespace,
    lotClass: (lotNumber) => {
      if (lotNumber === null) return `urn:epc:idpat:sgtin:${prefix}.${itemRef}.*`;
      if (!isAi10LotNumber(lotNumber)) throw new Error(`Lot number "${lotNumber}" is not a GS1 AI (10) value (at most 20 of the characters AI 82 allows).`);
      return `urn:epc:class:lgtin:${prefix}.${itemRef}.${uriSafe(lotNumber)}`;
    },
    location: (code) => {
      const ref = options.locationReferences?.[code];
      if (ref !== undefined) return `urn:epc:id:sgln:${prefix}.${digits(ref, 12 - prefix.length, `Location reference of ${code}`)}.0`;
      // The alliance's own GLN, with the facility code as the GLN extension (AI 254).
      return `urn:epc:id:sgln:${prefix}.${'0'.repeat(12 - prefix.length)}.${uriSafe(code)}`;
    },
    package: (custodyEventId) => `urn:epc:id:sscc:${prefix}.${hashDigits(`${namespace}package:${custodyEventId}`, 17 - prefix.length)}`,
  };
}

/** GS1 AI (10), batch/lot: 1 to 20 characters of the GS1 AI encodable character set 82. */
export function isAi10LotNumber(value: string): boolean {
  return /^[!"%-?A-Z_a-z]{1,20}$/u.test(value);
}

function configuredItemReference(crop: Crop, prefix: string, options: EpcisOptions): string {
  const length = 13 - prefix.length;
  const configured = options.itemReferences?.[crop];
  if (configured !== undefined) return digits(configured, length, `Item reference of ${crop}`);
  return `0${String(DEFAULT_ITEM_NUMBERS[crop]).padStart(length - 1, '0')}`;
}

/** The item reference of a GTIN (indicator digit first), checking its check digit and company prefix. */
export function itemReferenceOf(gtin: string, companyPrefix: string): string {
  if (!/^(\d{8}|\d{12,14})$/.test(gtin)) throw new Error(`GTIN "${gtin}" must be 8, 12, 13 or 14 digits.`);
  const gtin14 = gtin.padStart(14, '0');
  if (gs1CheckDigit(gtin14.slice(0, 13)) !== gtin14.slice(13)) throw new Error(`GTIN "${gtin}" has a wrong check digit.`);
  if (gtin14.slice(1, 1 + companyPrefix.length) !== companyPrefix) {
    throw new Error(`GTIN "${gtin}" is not under company prefix ${companyPrefix}.`);
  }
  return gtin14[0] + gtin14.slice(1 + companyPrefix.length, 13);
}

/** GS1 mod-10 check digit: weights 3 and 1 alternating from the rightmost digit. */
export function gs1CheckDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += Number(body[body.length - 1 - i]) * (i % 2 === 0 ? 3 : 1);
  return String((10 - (sum % 10)) % 10);
}

function digits(value: string, length: number, what: string): string {
  if (!new RegExp(`^\\d{${length}}$`).test(value)) throw new Error(`${what} must be ${length} digits; got "${value}".`);
  return value;
}

/** `length` decimal digits from a SHA-256 of `name`: stable, and spread over the whole range. */
function hashDigits(name: string, length: number): string {
  const hash = BigInt(`0x${createHash('sha256').update(name).digest('hex')}`);
  return (hash % 10n ** BigInt(length)).toString().padStart(length, '0');
}

/** Escapes what may not appear bare in an EPC URI component (TDS: %, /, ?, #, &, <, >, " and others). */
export function uriSafe(value: string): string {
  return value.replace(/[^A-Za-z0-9\-._!'()*+,:;=]/gu, (c) =>
    Array.from(new TextEncoder().encode(c), (b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  );
}

/** RFC 4122 v5 UUID (SHA-1, name-based) in the URL namespace: the same custody event, the same eventID. */
export function eventId(namespace: string, custodyEventId: string): string {
  const urlNamespace = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');
  const bytes = createHash('sha1').update(urlNamespace).update(`${namespace}custody-event:${custodyEventId}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
