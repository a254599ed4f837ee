import { Decimal } from 'decimal.js';
import type { Crop } from '@alliance/domain-kit';
import type { CustodyKind } from '../entities/vocabulary.ts';
import type { BizTransaction, EpcisDocument, EpcisEvent, QuantityElement, SensorElement, SensorReport } from './epcis-format.ts';
import { eventId, identifiers, isAi10LotNumber, uriSafe, type Identifiers } from './epcis-identifiers.ts';

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
 * | WASHED     | ObjectEvent         | OBSERVE | <namespace>bizstep:washing | in_progress                       |
 * | WASHED → new lot | TransformationEvent | –  | commissioning           | active                               |
 * | ICED       | ObjectEvent         | OBSERVE | <namespace>bizstep:icing| in_progress                          |
 * | PACKED     | AggregationEvent    | ADD     | packing                 | in_progress                          |
 * | STORED     | ObjectEvent         | OBSERVE | storing                 | reserved (with a reservation), else available |
 * | LOADED     | TransactionEvent    | ADD     | loading                 | in_transit                           |
 * | IN_TRANSIT | ObjectEvent         | OBSERVE | transporting            | in_transit                           |
 * | DELIVERED  | ObjectEvent         | OBSERVE | accepting               | conformant, non_conformant after an excursion |
 * | REJECTED   | ObjectEvent         | OBSERVE | inspecting              | non_conformant                       |
 *
 * - WASHED under the same lot number is an ObjectEvent: the same lot class goes in and comes out,
 *   so a TransformationEvent (whose input and output would be identical) or `commissioning` (which
 *   creates the class) would say something that did not happen. CBV 2.0 has no washing or cleaning
 *   step — its nearest (inspecting, repackaging, repairing) each name another activity — and CBV
 *   allows private bizStep URIs, so washing uses one in our namespace, as icing does; the kg after
 *   washing are the event's quantity.
 * - WASHED under a new lot number (a valid AI (10) value) does turn one class into another: a
 *   TransformationEvent from the lot's quantity before to the quantity after, the output
 *   commissioned (how GS1 food-traceability guidance records processing). Later events name the
 *   output lot. Elsewhere an `outputLotNumber` does not change identifiers; it is kept as an
 *   extension field so nothing is lost.
 * - CBV 2.0 has no icing step either, so ICED uses a private bizStep too.
 * - Readings are reported per sensor: one sensor element per device, whose metadata names it
 *   (`deviceID`, a URI in our namespace from the sensor's code) and spans its readings. Each
 *   excursion of the event's stay is an ALARM_CONDITION element of its own: its metadata spans the
 *   excursion (start to end), its report is timed at the start and carries the peak.
 * - A lot whose number the cold chain has not heard yet is named by its GTIN alone
 *   (`urn:epc:idpat:sgtin:…*`): never with an identifier GS1 AI (10) cannot carry.
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
  /** The lot's number (GS1 AI (10): at most 20 characters); null while unknown. */
  lotNumber: string | null;
  crop: Crop;
  quantityKg: string;
}

export interface EpcisReading {
  at: Date;
  tempC: number;
  relativeHumidity?: number | null;
  /** The code of the sensor that took it. */
  sensorCode?: string;
}

/** A run outside the limits, as the cold chain judged it. */
export interface EpcisExcursion {
  kind: 'HIGH' | 'LOW';
  start: Date;
  end: Date;
  /** The highest reading of a HIGH run, the lowest of a LOW one. */
  peakC: number;
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
  /** The excursions of the event's stay, timed; or, where only that is known, whether there was one. */
  excursions?: readonly EpcisExcursion[];
  excursion?: boolean;
}

export interface EpcisOptions {
  /** The alliance's GS1 company prefix, 6–12 digits, e.g. '0614141'. */
  companyPrefix: string;
  /** The document's creationDate. */
  createdAt: Date;
  /** Local offset of the events; the alliances are in China. */
  timeZoneOffset?: string;
  /** False: quantity elements name the lot class only, without kg (for a caller who may not read them). Default true. */
  withQuantities?: boolean;
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

/** Builds the EPCIS document of one lot's history. Events may come in any order. */
export function buildEpcisDocument(lot: EpcisLot, custody: readonly EpcisCustodyEvent[], options: EpcisOptions): EpcisDocument {
  const ids = identifiers(lot, options);
  const events = [...custody].sort((a, b) => a.at.getTime() - b.at.getTime());
  let current = { lotNumber: lot.lotNumber, quantityKg: lot.quantityKg };
  const eventList = events.map((event) => {
    const epcisEvent = toEpcisEvent(event, current, ids, options);
    if (event.kind === 'WASHED') current = { lotNumber: newLotOf(event, current) ?? current.lotNumber, quantityKg: event.quantityKg };
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
  lotNumber: string | null;
  quantityKg: string;
}

type EventContent = Omit<EpcisEvent, 'eventID' | 'eventTime' | 'eventTimeZoneOffset'>;

function toEpcisEvent(event: EpcisCustodyEvent, before: LotState, ids: Identifiers, options: EpcisOptions): EpcisEvent {
  const place = event.facilityCode ? { id: ids.location(event.facilityCode) } : undefined;
  const transactions = bizTransactions(event, ids.namespace);
  const sensors = sensorElements(event, ids.namespace);
  return {
    eventID: eventId(ids.namespace, event.id),
    eventTime: event.at.toISOString(),
    eventTimeZoneOffset: options.timeZoneOffset ?? '+08:00',
    ...content(event, before, ids, transactions.length > 0, options.withQuantities ?? true),
    ...(place && { readPoint: place }),
    ...(place && !MOVING.has(event.kind) && { bizLocation: place }),
    ...(transactions.length > 0 && { bizTransactionList: transactions }),
    ...(sensors.length > 0 && { sensorElementList: sensors }),
    [`${PREFIX}:custodyEventId`]: event.id,
    [`${PREFIX}:actor`]: event.actorCode,
    ...(event.outputLotNumber && !(event.kind === 'WASHED' && newLotOf(event, before)) && { [`${PREFIX}:outputLotNumber`]: event.outputLotNumber }),
  };
}

/** The event type, what it is about, and its bizStep and disposition: the table at the top. */
function content(event: EpcisCustodyEvent, before: LotState, ids: Identifiers, hasTransactions: boolean, withQuantities: boolean): EventContent {
  const quantity = (lotNumber: string | null, kg: string): QuantityElement[] => [
    withQuantities ? { epcClass: ids.lotClass(lotNumber), quantity: kilograms(kg), uom: 'KGM' } : { epcClass: ids.lotClass(lotNumber) },
  ];
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
    case 'WASHED': {
      const output = newLotOf(event, before);
      // Same lot in and out: washed, not transformed (see the notes at the top).
      if (!output) return observed(`${ids.namespace}bizstep:washing`, 'in_progress');
      return {
        type: 'TransformationEvent',
        inputQuantityList: quantity(before.lotNumber, before.quantityKg),
        outputQuantityList: quantity(output, event.quantityKg),
        bizStep: 'commissioning',
        disposition: 'active',
      };
    }
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

/** The lot number a washing gives, when it gives a new one that AI (10) can carry; null otherwise. */
function newLotOf(event: EpcisCustodyEvent, before: LotState): string | null {
  const output = event.outputLotNumber;
  return output && output !== before.lotNumber && isAi10LotNumber(output) ? output : null;
}

/** Kinds after which the goods are on a vehicle, not at a business location. */
const MOVING: ReadonlySet<CustodyKind> = new Set(['LOADED', 'IN_TRANSIT']);

function bizTransactions(event: EpcisCustodyEvent, namespace: string): BizTransaction[] {
  const list: BizTransaction[] = [];
  if (event.shipmentId) list.push({ type: 'bol', bizTransaction: `${namespace}shipment:${uriSafe(event.shipmentId)}` });
  if (event.reservationId) list.push({ type: 'po', bizTransaction: `${namespace}reservation:${uriSafe(event.reservationId)}` });
  return list;
}

/**
 * The event's sensor elements: one per sensor that took readings during it (named by deviceID), and
 * one alarm per excursion, spanning it and timed at its start.
 */
function sensorElements(event: EpcisCustodyEvent, namespace: string): SensorElement[] {
  const bySensor = new Map<string | undefined, EpcisReading[]>();
  for (const r of [...(event.readings ?? [])].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    bySensor.set(r.sensorCode, [...(bySensor.get(r.sensorCode) ?? []), r]);
  }
  const device = (code: string | undefined) => (code === undefined ? {} : { deviceID: `${namespace}sensor:${uriSafe(code)}` });
  const elements: SensorElement[] = [...bySensor].map(([code, readings]) => ({
    sensorMetadata: { ...device(code), startTime: readings[0]!.at.toISOString(), endTime: readings[readings.length - 1]!.at.toISOString() },
    sensorReport: readings.flatMap((r): SensorReport[] => [
      { type: 'Temperature', value: r.tempC, uom: 'CEL', time: r.at.toISOString() },
      ...(r.relativeHumidity == null ? [] : [{ type: 'RelativeHumidity' as const, value: r.relativeHumidity, uom: 'P1' as const, time: r.at.toISOString() }]),
    ]),
  }));
  // With one sensor in the place, its alarms are that device's.
  const alarmDevice = bySensor.size === 1 ? device([...bySensor.keys()][0]) : {};
  const excursions = [...(event.excursions ?? [])].sort((a, b) => a.start.getTime() - b.start.getTime());
  for (const x of excursions) {
    elements.push({
      sensorMetadata: { ...alarmDevice, startTime: x.start.toISOString(), endTime: x.end.toISOString() },
      sensorReport: [
        {
          type: 'Temperature',
          exception: 'ALARM_CONDITION',
          booleanValue: true,
          time: x.start.toISOString(),
          ...(x.kind === 'HIGH' ? { maxValue: x.peakC } : { minValue: x.peakC }),
          uom: 'CEL',
        },
      ],
    });
  }
  // Only told that there was one: an alarm without its time.
  if (!excursions.length && event.excursion) elements.push({ sensorReport: [{ type: 'Temperature', exception: 'ALARM_CONDITION', booleanValue: true }] });
  return elements;
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
