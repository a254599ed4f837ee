import { createHash } from 'node:crypto';
import { Decimal } from 'decimal.js';
import type { Crop } from './crop-profiles.ts';
import type { CustodyKind } from './vocabulary.ts';

/**
 * A lot's custody and sensor history as a GS1 EPCIS 2.0 JSON-LD EPCISDocument (BRIEF.md section 3;
 * schema and examples in standards/epcis/). Pure: identifiers and event IDs are derived from the
 * input, so exporting the same history twice gives the same document.
 *
 * How custody kinds map to EPCIS (CBV 2.0 bizStep / disposition):
 *
 * | kind       | event               | action  | bizStep                 | disposition                          |
 * |------------|---------------------|---------|-------------------------|--------------------------------------|
 * | RECEIVED   | ObjectEvent         | OBSERVE | receiving               | in_progress                          |
 * | WASHED     | TransformationEvent | –       | commissioning           | active                               |
 * | ICED       | ObjectEvent         | OBSERVE | <namespace>bizstep:icing| in_progress                          |
 * | PACKED     | AggregationEvent    | ADD     | packing                 | in_progress                          |
 * | STORED     | ObjectEvent         | OBSERVE | storing                 | reserved (with a reservation), else available |
 * | LOADED     | TransactionEvent    | ADD     | loading                 | in_transit                           |
 * | IN_TRANSIT | ObjectEvent         | OBSERVE | transporting            | in_transit                           |
 * | DELIVERED  | ObjectEvent         | OBSERVE | accepting               | conformant, non_conformant after an excursion |
 * | REJECTED   | ObjectEvent         | OBSERVE | inspecting              | non_conformant                       |
 *
 * - WASHED turns field produce into washed produce, possibly under a new lot number: a
 *   TransformationEvent from the lot's quantity before to the quantity after, the output
 *   commissioned (how GS1 food-traceability guidance records processing). Later events name the
 *   output lot. Elsewhere an `outputLotNumber` does not change identifiers; it is kept as an
 *   extension field so nothing is lost.
 * - CBV 2.0 has no icing step; CBV allows private bizStep URIs, so ICED uses one in our namespace.
 * - PACKED adds the lot's quantity to a package whose SSCC is derived from the custody event (our
 *   data has no package identifier; deriving it keeps repeated exports identical).
 * - LOADED ties the lot to the shipment (a bill of lading, `bol`) and the buyer's reservation (a
 *   purchase order, `po`); a TransactionEvent needs one, so without either it is an ObjectEvent.
 * - In transit there is no business location; elsewhere the facility is both read point and
 *   business location.
 * - Event IDs are name-based UUIDs (`urn:uuid:`, v5) of the custody event id. The `ni:///sha-256`
 *   form is reserved for the EPCIS canonical event hash, which this is not.
 */
export interface EpcisLot {
  id: string;
  /** GTIN-8/12/13/14 under `companyPrefix`; without one the crop's item reference is used. */
  gtin?: string;
  lotNumber: string;
  crop: Crop;
  quantityKg: string;
}

export interface EpcisReading {
  at: Date;
  tempC: number;
  relativeHumidity?: number | null;
}

export interface EpcisCustodyEvent {
  id: string;
  kind: CustodyKind;
  at: Date;
  facilityCode?: string;
  actorCode: string;
  quantityKg: string;
  outputLotNumber?: string;
  shipmentId?: string;
  reservationId?: string;
  readings?: EpcisReading[];
  excursion?: boolean;
}

export interface EpcisOptions {
  /** The alliance's GS1 company prefix, 6–12 digits, e.g. '0614141'. */
  companyPrefix: string;
  /** The document's creationDate. */
  createdAt: Date;
  /** Local offset of the events; the alliances are in China. */
  timeZoneOffset?: string;
  /** IRI prefix of our own vocabulary: extension fields, private bizStep, transaction ids. */
  namespace?: string;
  /** Item references (without check digit, indicator first) for lots without a GTIN. */
  itemReferences?: Partial<Record<Crop, string>>;
  /** Facility code → GLN location reference. Facilities not listed get the alliance's GLN with the code as extension. */
  locationReferences?: Readonly<Record<string, string>>;
}

export const EPCIS_CONTEXT = 'https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld';
export const DEFAULT_NAMESPACE = 'urn:alliance:epcis:';
/** The JSON-LD prefix of our extension fields, bound to the namespace in @context. */
const PREFIX = 'alliance';

export type EpcisEventType = 'ObjectEvent' | 'AggregationEvent' | 'TransactionEvent' | 'TransformationEvent';

export interface QuantityElement {
  epcClass: string;
  quantity: number;
  uom: 'KGM';
}

export interface SensorReport {
  type: 'Temperature' | 'RelativeHumidity';
  value?: number;
  uom?: 'CEL' | 'P1';
  time?: string;
  exception?: 'ALARM_CONDITION';
  booleanValue?: boolean;
}

export interface SensorElement {
  sensorMetadata?: { startTime: string; endTime: string };
  sensorReport: SensorReport[];
}

export interface BizTransaction {
  type: 'bol' | 'po';
  bizTransaction: string;
}

export interface EpcisEvent {
  type: EpcisEventType;
  eventID: string;
  eventTime: string;
  eventTimeZoneOffset: string;
  action?: 'OBSERVE' | 'ADD';
  bizStep: string;
  disposition: string;
  quantityList?: QuantityElement[];
  inputQuantityList?: QuantityElement[];
  outputQuantityList?: QuantityElement[];
  parentID?: string;
  childQuantityList?: QuantityElement[];
  readPoint?: { id: string };
  bizLocation?: { id: string };
  bizTransactionList?: BizTransaction[];
  sensorElementList?: SensorElement[];
  /** Extension fields, named by a prefix bound in the document's @context. */
  [extension: `${string}:${string}`]: unknown;
}

export interface EpcisDocument {
  '@context': [string, Record<string, string>];
  type: 'EPCISDocument';
  schemaVersion: '2.0';
  creationDate: string;
  epcisBody: { eventList: EpcisEvent[] };
}

/** Builds the EPCIS document of one lot's history. Events may come in any order. */
export function buildEpcisDocument(lot: EpcisLot, custody: readonly EpcisCustodyEvent[], options: EpcisOptions): EpcisDocument {
  const ids = identifiers(lot, options);
  const events = [...custody].sort((a, b) => a.at.getTime() - b.at.getTime());
  let current = { lotNumber: lot.lotNumber, quantityKg: lot.quantityKg };
  const eventList = events.map((event) => {
    const epcisEvent = toEpcisEvent(event, current, ids, options);
    if (event.kind === 'WASHED') current = { lotNumber: event.outputLotNumber ?? current.lotNumber, quantityKg: event.quantityKg };
    else current = { ...current, quantityKg: event.quantityKg };
    return epcisEvent;
  });
  return {
    '@context': [EPCIS_CONTEXT, { [PREFIX]: ids.namespace }],
    type: 'EPCISDocument',
    schemaVersion: '2.0',
    creationDate: options.createdAt.toISOString(),
    epcisBody: { eventList },
  };
}

// ---- event mapping ------------------------------------------------------------------------------

interface LotState {
  lotNumber: string;
  quantityKg: string;
}

type EventContent = Omit<EpcisEvent, 'eventID' | 'eventTime' | 'eventTimeZoneOffset'>;

function toEpcisEvent(event: EpcisCustodyEvent, before: LotState, ids: Identifiers, options: EpcisOptions): EpcisEvent {
  const place = event.facilityCode ? { id: ids.location(event.facilityCode) } : undefined;
  const transactions = bizTransactions(event, ids.namespace);
  const sensors = sensorElements(event);
  return {
    eventID: eventId(ids.namespace, event.id),
    eventTime: event.at.toISOString(),
    eventTimeZoneOffset: options.timeZoneOffset ?? '+08:00',
    ...content(event, before, ids, transactions.length > 0),
    ...(place && { readPoint: place }),
    ...(place && !MOVING.has(event.kind) && { bizLocation: place }),
    ...(transactions.length > 0 && { bizTransactionList: transactions }),
    ...(sensors.length > 0 && { sensorElementList: sensors }),
    [`${PREFIX}:custodyEventId`]: event.id,
    [`${PREFIX}:actor`]: event.actorCode,
    ...(event.outputLotNumber && event.kind !== 'WASHED' && { [`${PREFIX}:outputLotNumber`]: event.outputLotNumber }),
  };
}

/** The event type, what it is about, and its bizStep and disposition: the table at the top. */
function content(event: EpcisCustodyEvent, before: LotState, ids: Identifiers, hasTransactions: boolean): EventContent {
  const quantity = (lotNumber: string, kg: string): QuantityElement[] => [{ epcClass: ids.lotClass(lotNumber), quantity: kilograms(kg), uom: 'KGM' }];
  const observed = (bizStep: string, disposition: string): EventContent => ({
    type: 'ObjectEvent',
    action: 'OBSERVE',
    quantityList: quantity(before.lotNumber, event.quantityKg),
    bizStep,
    disposition,
  });
  switch (event.kind) {
    case 'RECEIVED':
      return observed('receiving', 'in_progress');
    case 'WASHED':
      return {
        type: 'TransformationEvent',
        inputQuantityList: quantity(before.lotNumber, before.quantityKg),
        outputQuantityList: quantity(event.outputLotNumber ?? before.lotNumber, event.quantityKg),
        bizStep: 'commissioning',
        disposition: 'active',
      };
    case 'ICED':
      return observed(`${ids.namespace}bizstep:icing`, 'in_progress');
    case 'PACKED':
      return {
        type: 'AggregationEvent',
        action: 'ADD',
        parentID: ids.package(event.id),
        childQuantityList: quantity(before.lotNumber, event.quantityKg),
        bizStep: 'packing',
        disposition: 'in_progress',
      };
    case 'STORED':
      return observed('storing', event.reservationId ? 'reserved' : 'available');
    case 'LOADED':
      // A TransactionEvent must name a business transaction.
      if (!hasTransactions) return observed('loading', 'in_transit');
      return { ...observed('loading', 'in_transit'), type: 'TransactionEvent', action: 'ADD' };
    case 'IN_TRANSIT':
      return observed('transporting', 'in_transit');
    case 'DELIVERED':
      return observed('accepting', event.excursion ? 'non_conformant' : 'conformant');
    case 'REJECTED':
      return observed('inspecting', 'non_conformant');
  }
}

/** Kinds after which the goods are on a vehicle, not at a business location. */
const MOVING: ReadonlySet<CustodyKind> = new Set(['LOADED', 'IN_TRANSIT']);

function bizTransactions(event: EpcisCustodyEvent, namespace: string): BizTransaction[] {
  const list: BizTransaction[] = [];
  if (event.shipmentId) list.push({ type: 'bol', bizTransaction: `${namespace}shipment:${uriSafe(event.shipmentId)}` });
  if (event.reservationId) list.push({ type: 'po', bizTransaction: `${namespace}reservation:${uriSafe(event.reservationId)}` });
  return list;
}

/** One element per event: each reading as a timed report, and an alarm when the event saw an excursion. */
function sensorElements(event: EpcisCustodyEvent): SensorElement[] {
  const readings = [...(event.readings ?? [])].sort((a, b) => a.at.getTime() - b.at.getTime());
  const reports: SensorReport[] = readings.flatMap((r) => [
    { type: 'Temperature' as const, value: r.tempC, uom: 'CEL' as const, time: r.at.toISOString() },
    ...(r.relativeHumidity == null ? [] : [{ type: 'RelativeHumidity' as const, value: r.relativeHumidity, uom: 'P1' as const, time: r.at.toISOString() }]),
  ]);
  if (event.excursion) reports.push({ type: 'Temperature', exception: 'ALARM_CONDITION', booleanValue: true });
  if (!reports.length) return [];
  const first = readings[0];
  const last = readings[readings.length - 1];
  const sensorMetadata = first && last ? { startTime: first.at.toISOString(), endTime: last.at.toISOString() } : undefined;
  return [{ ...(sensorMetadata && { sensorMetadata }), sensorReport: reports }];
}

function kilograms(value: string): number {
  let kg: Decimal;
  try {
    kg = new Decimal(value);
  } catch {
    throw new Error(`Quantity "${value}" is not a number of kg.`);
  }
  if (!kg.isFinite() || kg.isNegative()) throw new Error(`Quantity "${value}" is not a number of kg.`);
  return kg.toNumber();
}

// ---- identifiers --------------------------------------------------------------------------------

interface Identifiers {
  namespace: string;
  lotClass(lotNumber: string): string;
  location(facilityCode: string): string;
  package(custodyEventId: string): string;
}

const DEFAULT_ITEM_NUMBERS: Record<Crop, number> = { SCALLION: 1, SAFFLOWER_FLORET: 2, SAFFLOWER_SEED: 3 };

/** EPC URIs (GS1 Tag Data Standard) under the alliance's company prefix. */
function identifiers(lot: EpcisLot, options: EpcisOptions): Identifiers {
  const prefix = options.companyPrefix;
  if (!/^\d{6,12}$/.test(prefix)) throw new Error(`Company prefix "${prefix}" must be 6 to 12 digits.`);
  const namespace = options.namespace ?? DEFAULT_NAMESPACE;
  const itemRef = lot.gtin ? itemReferenceOf(lot.gtin, prefix) : configuredItemReference(lot.crop, prefix, options);
  return {
    namespace,
    lotClass: (lotNumber) => `urn:epc:class:lgtin:${prefix}.${itemRef}.${uriSafe(lotNumber)}`,
    location: (code) => {
      const ref = options.locationReferences?.[code];
      if (ref !== undefined) return `urn:epc:id:sgln:${prefix}.${digits(ref, 12 - prefix.length, `Location reference of ${code}`)}.0`;
      // The alliance's own GLN, with the facility code as the GLN extension (AI 254).
      return `urn:epc:id:sgln:${prefix}.${'0'.repeat(12 - prefix.length)}.${uriSafe(code)}`;
    },
    package: (custodyEventId) => `urn:epc:id:sscc:${prefix}.${hashDigits(`${namespace}package:${custodyEventId}`, 17 - prefix.length)}`,
  };
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
