import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildEpcisDocument, type EpcisCustodyEvent, type EpcisLot } from '../../src/domain/epcis.ts';
import type { EpcisDocument } from '../../src/domain/epcis-format.ts';
import { eventId, gs1CheckDigit, itemReferenceOf, uriSafe } from '../../src/domain/epcis-identifiers.ts';
import { CUSTODY_KINDS } from '../../src/entities/vocabulary.ts';
import { EPCIS_FOLDER, epcisSchema, epcisSchemaErrors as errorsOf } from '../support/epcis-schema.ts';

const PREFIX = '0614141';
const at = (iso: string) => new Date(iso);
const lot: EpcisLot = { id: 'lot-1', lotNumber: 'LX-20250601-0007', crop: 'SCALLION', quantityKg: '5000.000' };
const options = { companyPrefix: PREFIX, createdAt: at('2025-06-04T00:00:00Z') };

const readings = (start: string, temps: number[]) =>
  temps.map((tempC, i) => ({ at: new Date(new Date(start).getTime() + i * 15 * 60_000), tempC, relativeHumidity: 96 }));

const custody: EpcisCustodyEvent[] = [
  { id: 'ev-1', kind: 'RECEIVED', at: at('2025-06-01T06:00:00Z'), facilityCode: 'LX-W03', actorCode: 'LX-W03', quantityKg: '5000.000' },
  { id: 'ev-2', kind: 'WASHED', at: at('2025-06-01T08:00:00Z'), facilityCode: 'LX-W03', actorCode: 'LX-W03', quantityKg: '4750.500', outputLotNumber: 'LX-20250601-0007W' },
  { id: 'ev-3', kind: 'ICED', at: at('2025-06-01T09:00:00Z'), facilityCode: 'LX-I02', actorCode: 'LX-I02', quantityKg: '4750.500', readings: readings('2025-06-01T09:00:00Z', [8, 4, 1.5]) },
  { id: 'ev-4', kind: 'PACKED', at: at('2025-06-01T10:00:00Z'), facilityCode: 'LX-I02', actorCode: 'LX-I02', quantityKg: '4750.500' },
  { id: 'ev-5', kind: 'STORED', at: at('2025-06-01T11:00:00Z'), facilityCode: 'LX-C01', actorCode: 'LX-C01', quantityKg: '4750.500', reservationId: 'res-42', readings: readings('2025-06-01T11:00:00Z', [0.5, 0.4]) },
  { id: 'ev-6', kind: 'LOADED', at: at('2025-06-02T02:00:00Z'), facilityCode: 'LX-C01', actorCode: 'LX-T01', quantityKg: '4750.500', shipmentId: 'shp-9', reservationId: 'res-42' },
  {
    id: 'ev-7',
    kind: 'IN_TRANSIT',
    at: at('2025-06-02T14:00:00Z'),
    actorCode: 'LX-T01',
    quantityKg: '4750.500',
    shipmentId: 'shp-9',
    readings: readings('2025-06-02T12:00:00Z', [2, 6.5, 7.2, 6.8, 3]),
    excursion: true,
  },
  { id: 'ev-8', kind: 'DELIVERED', at: at('2025-06-03T20:00:00Z'), facilityCode: 'SH-VEG', actorCode: 'SH-VEG', quantityKg: '4750.500', shipmentId: 'shp-9', excursion: true },
];

/** The other ending of a shipment: the market refused it on arrival. */
const rejected: EpcisCustodyEvent = { id: 'ev-9', kind: 'REJECTED', at: at('2025-06-05T20:00:00Z'), actorCode: 'DYB-MKT', quantityKg: '3000.000', shipmentId: 'shp-10' };

const eventsOf = (doc: EpcisDocument) => doc.epcisBody.eventList;

describe('the EPCIS JSON schema', () => {
  it('is the draft-07 schema of EPCIS 2.0', () => {
    expect(epcisSchema.$schema).toBe('http://json-schema.org/draft-07/schema#');
  });

  it('accepts the official examples', () => {
    for (const file of ['Example_9.6.1-ObjectEvent.jsonld', 'SensorDataExample2.jsonld', 'SensorDataExample9.jsonld']) {
      expect(errorsOf(JSON.parse(readFileSync(`${EPCIS_FOLDER}${file}`, 'utf8'))), file).toEqual([]);
    }
  });
});

describe('buildEpcisDocument', () => {
  const doc = buildEpcisDocument(lot, custody, options);

  it('validates against the EPCIS 2.0 JSON schema, as built and as serialized', () => {
    expect(errorsOf(doc)).toEqual([]);
    expect(errorsOf(JSON.parse(JSON.stringify(doc)))).toEqual([]);
  });

  it('validates for each custody kind on its own, every kind the code has', () => {
    const everyKind = [...custody, rejected];
    expect(new Set(everyKind.map((e) => e.kind))).toEqual(new Set(CUSTODY_KINDS));
    for (const event of everyKind) {
      expect(errorsOf(buildEpcisDocument(lot, [event], options)), event.kind).toEqual([]);
    }
  });

  it('records a rejection on arrival as an inspection found non-conformant, tied to the shipment', () => {
    const [event] = eventsOf(buildEpcisDocument(lot, [rejected], options));
    expect([event!.type, event!.action, event!.bizStep, event!.disposition]).toEqual(['ObjectEvent', 'OBSERVE', 'inspecting', 'non_conformant']);
    expect(event!.bizTransactionList).toEqual([{ type: 'bol', bizTransaction: 'urn:alliance:epcis:shipment:shp-10' }]);
  });

  it('rejects broken documents, so the validation can fail', () => {
    const broken = (mutate: (event: Record<string, unknown> & { quantityList: { uom: string }[] }) => void) => {
      const copy = JSON.parse(JSON.stringify(doc));
      mutate(copy.epcisBody.eventList[0]);
      return errorsOf(copy);
    };
    expect(broken((e) => delete e.eventTime)).toContain("/epcisBody/eventList/0 must have required property 'eventTime'");
    expect(broken((e) => (e.quantityList[0]!.uom = 'kilograms'))).toContain('/epcisBody/eventList/0/quantityList/0/uom must match pattern "^[A-Z0-9]{2,3}$"');
    // A field that is neither EPCIS nor a prefixed extension.
    expect(broken((e) => (e.temperature = 4))).toContain('/epcisBody/eventList/0 property name must be valid');
    expect(broken((e) => (e.eventID = 'not a uri'))).toContain('/epcisBody/eventList/0/eventID must match format "uri"');
    const noBody = JSON.parse(JSON.stringify(doc));
    delete noBody.epcisBody;
    expect(errorsOf(noBody)).toContain(" must have required property 'epcisBody'");
  });

  it('has the document header of the examples', () => {
    expect(doc['@context']).toEqual(['https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld', { alliance: 'urn:alliance:epcis:' }]);
    expect(doc.type).toBe('EPCISDocument');
    expect(doc.schemaVersion).toBe('2.0');
    expect(doc.creationDate).toBe('2025-06-04T00:00:00.000Z');
  });

  it('emits all four event types', () => {
    expect(new Set(eventsOf(doc).map((e) => e.type))).toEqual(new Set(['ObjectEvent', 'TransformationEvent', 'AggregationEvent', 'TransactionEvent']));
  });

  it('maps each custody kind to its event type, bizStep and disposition', () => {
    expect(eventsOf(doc).map((e) => [e['alliance:custodyEventId'], e.type, e.action, e.bizStep, e.disposition])).toEqual([
      ['ev-1', 'ObjectEvent', 'OBSERVE', 'receiving', 'in_progress'],
      ['ev-2', 'TransformationEvent', undefined, 'commissioning', 'active'],
      ['ev-3', 'ObjectEvent', 'OBSERVE', 'urn:alliance:epcis:bizstep:icing', 'in_progress'],
      ['ev-4', 'AggregationEvent', 'ADD', 'packing', 'in_progress'],
      ['ev-5', 'ObjectEvent', 'OBSERVE', 'storing', 'reserved'],
      ['ev-6', 'TransactionEvent', 'ADD', 'loading', 'in_transit'],
      ['ev-7', 'ObjectEvent', 'OBSERVE', 'transporting', 'in_transit'],
      ['ev-8', 'ObjectEvent', 'OBSERVE', 'accepting', 'non_conformant'],
    ]);
  });

  it('stamps every event with time, the +08:00 offset, a deterministic eventID and the actor', () => {
    for (const [i, event] of eventsOf(doc).entries()) {
      expect(event.eventTime).toBe(custody[i]!.at.toISOString());
      expect(event.eventTimeZoneOffset).toBe('+08:00');
      expect(event.eventID).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(event['alliance:actor']).toBe(custody[i]!.actorCode);
    }
    expect(new Set(eventsOf(doc).map((e) => e.eventID)).size).toBe(custody.length);
    expect(buildEpcisDocument(lot, custody, options)).toEqual(doc);
  });

  it('orders events by time whatever the input order', () => {
    const reversed = buildEpcisDocument(lot, [...custody].reverse(), options);
    expect(eventsOf(reversed).map((e) => e.eventID)).toEqual(eventsOf(doc).map((e) => e.eventID));
  });

  it('names quantities in KGM against LGTIN classes, following the washed lot', () => {
    const [received, washed, iced, packed] = eventsOf(doc);
    const raw = `urn:epc:class:lgtin:${PREFIX}.000001.LX-20250601-0007`;
    const clean = `urn:epc:class:lgtin:${PREFIX}.000001.LX-20250601-0007W`;
    expect(received!.quantityList).toEqual([{ epcClass: raw, quantity: 5000, uom: 'KGM' }]);
    expect(washed!.inputQuantityList).toEqual([{ epcClass: raw, quantity: 5000, uom: 'KGM' }]);
    expect(washed!.outputQuantityList).toEqual([{ epcClass: clean, quantity: 4750.5, uom: 'KGM' }]);
    expect(iced!.quantityList).toEqual([{ epcClass: clean, quantity: 4750.5, uom: 'KGM' }]);
    expect(packed!.childQuantityList).toEqual([{ epcClass: clean, quantity: 4750.5, uom: 'KGM' }]);
    // SSCC: company prefix + 10-digit serial reference (extension digit first).
    expect(packed!.parentID).toMatch(new RegExp(`^urn:epc:id:sscc:${PREFIX}\\.\\d{10}$`));
  });

  it('places events at SGLNs, with no business location while on the road', () => {
    const [received, , , , , loaded, inTransit] = eventsOf(doc);
    expect(received!.readPoint).toEqual({ id: `urn:epc:id:sgln:${PREFIX}.00000.LX-W03` });
    expect(received!.bizLocation).toEqual({ id: `urn:epc:id:sgln:${PREFIX}.00000.LX-W03` });
    expect(loaded!.readPoint).toEqual({ id: `urn:epc:id:sgln:${PREFIX}.00000.LX-C01` });
    expect(loaded!.bizLocation).toBeUndefined();
    expect(inTransit!.readPoint).toBeUndefined();
    const mapped = buildEpcisDocument(lot, custody, { ...options, locationReferences: { 'LX-C01': '12345' } });
    expect(eventsOf(mapped)[4]!.bizLocation).toEqual({ id: `urn:epc:id:sgln:${PREFIX}.12345.0` });
  });

  it('references the shipment and the reservation as business transactions', () => {
    const [, , , , stored, loaded, inTransit] = eventsOf(doc);
    expect(loaded!.bizTransactionList).toEqual([
      { type: 'bol', bizTransaction: 'urn:alliance:epcis:shipment:shp-9' },
      { type: 'po', bizTransaction: 'urn:alliance:epcis:reservation:res-42' },
    ]);
    expect(stored!.bizTransactionList).toEqual([{ type: 'po', bizTransaction: 'urn:alliance:epcis:reservation:res-42' }]);
    expect(inTransit!.bizTransactionList).toEqual([{ type: 'bol', bizTransaction: 'urn:alliance:epcis:shipment:shp-9' }]);
  });

  it('reports readings as Temperature in CEL and excursions as ALARM_CONDITION', () => {
    const [, , iced, , , , inTransit, delivered] = eventsOf(doc);
    const [element] = iced!.sensorElementList!;
    expect(element!.sensorMetadata).toEqual({ startTime: '2025-06-01T09:00:00.000Z', endTime: '2025-06-01T09:30:00.000Z' });
    expect(element!.sensorReport.filter((r) => r.type === 'Temperature')).toEqual([
      { type: 'Temperature', value: 8, uom: 'CEL', time: '2025-06-01T09:00:00.000Z' },
      { type: 'Temperature', value: 4, uom: 'CEL', time: '2025-06-01T09:15:00.000Z' },
      { type: 'Temperature', value: 1.5, uom: 'CEL', time: '2025-06-01T09:30:00.000Z' },
    ]);
    expect(element!.sensorReport).toContainEqual({ type: 'RelativeHumidity', value: 96, uom: 'P1', time: '2025-06-01T09:00:00.000Z' });
    expect(iced!.sensorElementList!.flatMap((e) => e.sensorReport).some((r) => r.exception)).toBe(false);
    expect(inTransit!.sensorElementList!.flatMap((e) => e.sensorReport)).toContainEqual({ type: 'Temperature', exception: 'ALARM_CONDITION', booleanValue: true });
    // An alarm without readings still makes a sensor element.
    expect(delivered!.sensorElementList).toEqual([{ sensorReport: [{ type: 'Temperature', exception: 'ALARM_CONDITION', booleanValue: true }] }]);
  });

  it('times each excursion\'s alarm at its start, spans it in the metadata, and names the sensor of each reading', () => {
    const trip: EpcisCustodyEvent = {
      id: 'ev-t',
      kind: 'IN_TRANSIT',
      at: at('2025-06-02T14:00:00Z'),
      actorCode: 'LX-T01',
      quantityKg: '10',
      readings: readings('2025-06-02T12:00:00Z', [2, 6.5, 7.2]).map((r) => ({ ...r, sensorCode: 'TRUCK-7/T' })),
      excursions: [{ kind: 'HIGH', start: at('2025-06-02T12:15:00Z'), end: at('2025-06-02T13:00:00Z'), peakC: 7.2 }],
    };
    const single = buildEpcisDocument(lot, [trip], options);
    expect(errorsOf(single)).toEqual([]);
    const [readingsElement, alarm] = eventsOf(single)[0]!.sensorElementList!;
    const deviceID = 'urn:alliance:epcis:sensor:TRUCK-7%2FT';
    expect(readingsElement!.sensorMetadata).toEqual({ deviceID, startTime: '2025-06-02T12:00:00.000Z', endTime: '2025-06-02T12:30:00.000Z' });
    expect(alarm).toEqual({
      sensorMetadata: { deviceID, startTime: '2025-06-02T12:15:00.000Z', endTime: '2025-06-02T13:00:00.000Z' },
      sensorReport: [{ type: 'Temperature', exception: 'ALARM_CONDITION', booleanValue: true, time: '2025-06-02T12:15:00.000Z', maxValue: 7.2, uom: 'CEL' }],
    });
  });

  it('records washing under the same lot number as an observation, not a transformation or a commissioning', () => {
    const washed: EpcisCustodyEvent = { id: 'w', kind: 'WASHED', at: at('2025-06-01T08:00:00Z'), facilityCode: 'LX-W03', actorCode: 'LX-W03', quantityKg: '4750.500' };
    for (const event of [washed, { ...washed, outputLotNumber: lot.lotNumber! }]) {
      const single = buildEpcisDocument(lot, [event], options);
      expect(errorsOf(single)).toEqual([]);
      expect(eventsOf(single)[0]).toMatchObject({
        type: 'ObjectEvent',
        action: 'OBSERVE',
        bizStep: 'urn:alliance:epcis:bizstep:washing',
        disposition: 'in_progress',
        quantityList: [{ epcClass: `urn:epc:class:lgtin:${PREFIX}.000001.${lot.lotNumber}`, quantity: 4750.5, uom: 'KGM' }],
      });
    }
  });

  it('names every LGTIN by the lot number, at most 20 characters, and the GTIN alone while the number is unknown', () => {
    const numbered: EpcisLot = { ...lot, lotNumber: 'LUXI-261126-0042' };
    const plain = custody.map((e) => (e.kind === 'WASHED' ? { ...e, outputLotNumber: undefined } : e));
    const classes = JSON.stringify(buildEpcisDocument(numbered, plain, options)).match(/urn:epc:class:lgtin:[^"]+/g)!;
    expect(classes.length).toBeGreaterThanOrEqual(custody.length);
    for (const epcClass of classes) {
      const ai10 = decodeURIComponent(epcClass.split('.').slice(2).join('.'));
      expect(ai10.length).toBeLessThanOrEqual(20);
      expect(ai10).toBe('LUXI-261126-0042');
    }
    const unknown = buildEpcisDocument({ ...lot, lotNumber: null }, plain, options);
    expect(errorsOf(unknown)).toEqual([]);
    expect(JSON.stringify(unknown)).not.toContain('lgtin');
    expect(eventsOf(unknown)[0]!.quantityList![0]!.epcClass).toBe(`urn:epc:idpat:sgtin:${PREFIX}.000001.*`);
    expect(() => buildEpcisDocument({ ...lot, lotNumber: '7f3c2a90-1b2c-4d5e-8f90-0123456789ab' }, plain, options)).toThrow(/AI \(10\)/);
  });

  it('falls back to an ObjectEvent for a loading with no shipment or reservation', () => {
    const bare: EpcisCustodyEvent = { id: 'ev-x', kind: 'LOADED', at: at('2025-06-02T02:00:00Z'), actorCode: 'LX-T01', quantityKg: '10' };
    const single = buildEpcisDocument(lot, [bare], options);
    expect(eventsOf(single)[0]).toMatchObject({ type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'loading', disposition: 'in_transit' });
    expect(errorsOf(single)).toEqual([]);
  });

  it('stores unreserved goods as available and accepts a clean delivery as conformant', () => {
    const stored: EpcisCustodyEvent = { id: 's', kind: 'STORED', at: at('2025-06-01T11:00:00Z'), actorCode: 'LX-C01', quantityKg: '1' };
    const delivered: EpcisCustodyEvent = { id: 'd', kind: 'DELIVERED', at: at('2025-06-02T11:00:00Z'), actorCode: 'SH-VEG', quantityKg: '1' };
    expect(eventsOf(buildEpcisDocument(lot, [stored, delivered], options)).map((e) => e.disposition)).toEqual(['available', 'conformant']);
  });

  it('keeps an output lot number given outside washing as an extension field', () => {
    const packed: EpcisCustodyEvent = { id: 'p', kind: 'PACKED', at: at('2025-06-01T10:00:00Z'), actorCode: 'LX-I02', quantityKg: '1', outputLotNumber: 'BOX-1' };
    const [event] = eventsOf(buildEpcisDocument(lot, [packed], options));
    expect(event!['alliance:outputLotNumber']).toBe('BOX-1');
    expect(event!.childQuantityList![0]!.epcClass).toBe(`urn:epc:class:lgtin:${PREFIX}.000001.LX-20250601-0007`);
  });

  it('uses the lot GTIN when it has one, and the configured item reference or namespace otherwise', () => {
    // GTIN-14 10614141073464: indicator 1, prefix 0614141, item 07346, check digit 4 → item reference 107346.
    const withGtin = buildEpcisDocument({ ...lot, gtin: '10614141073464' }, custody.slice(0, 1), options);
    expect(eventsOf(withGtin)[0]!.quantityList![0]!.epcClass).toBe(`urn:epc:class:lgtin:${PREFIX}.107346.LX-20250601-0007`);
    const safflower = buildEpcisDocument({ ...lot, crop: 'SAFFLOWER_SEED' }, custody.slice(0, 1), { ...options, namespace: 'https://id.example.org/yili/' });
    expect(eventsOf(safflower)[0]!.quantityList![0]!.epcClass).toBe(`urn:epc:class:lgtin:${PREFIX}.000003.LX-20250601-0007`);
    expect(safflower['@context'][1]).toEqual({ alliance: 'https://id.example.org/yili/' });
    expect(errorsOf(safflower)).toEqual([]);
    const configured = buildEpcisDocument(lot, custody.slice(0, 1), { ...options, itemReferences: { SCALLION: '012345' } });
    expect(eventsOf(configured)[0]!.quantityList![0]!.epcClass).toBe(`urn:epc:class:lgtin:${PREFIX}.012345.LX-20250601-0007`);
  });

  it('refuses identifiers it cannot build', () => {
    expect(() => buildEpcisDocument(lot, custody, { ...options, companyPrefix: '61414' })).toThrow(/6 to 12 digits/);
    expect(() => buildEpcisDocument({ ...lot, gtin: '10614141073465' }, custody, options)).toThrow(/check digit/);
    expect(() => buildEpcisDocument({ ...lot, gtin: '10012345000017' }, custody, options)).toThrow(/company prefix/);
    expect(() => buildEpcisDocument(lot, custody, { ...options, itemReferences: { SCALLION: '12' } })).toThrow(/6 digits/);
    expect(() => buildEpcisDocument(lot, [{ ...custody[0]!, quantityKg: 'lots' }], options)).toThrow(/not a number/);
  });
});

describe('identifier helpers', () => {
  it('computes GS1 check digits', () => {
    // 1061414107346: from the right, 6·3 + 4·1 + 3·3 + 7·1 + 0·3 + 1·1 + 4·3 + 1·1 + 4·3 + 1·1 + 6·3 + 0·1 + 1·3 = 86 → 4
    expect(gs1CheckDigit('1061414107346')).toBe('4');
    expect(gs1CheckDigit('629104150021')).toBe('3'); // GTIN-13 6291041500213
  });

  it('splits a GTIN into indicator and item reference under a company prefix', () => {
    expect(itemReferenceOf('10614141073464', '0614141')).toBe('107346');
    // A GTIN-13 is a GTIN-14 with indicator 0.
    expect(itemReferenceOf('6291041500213', '629104')).toBe('0150021');
  });

  it('escapes what an EPC URI component cannot hold bare', () => {
    expect(uriSafe('LX-2025/06?#1')).toBe('LX-2025%2F06%3F%231');
    expect(uriSafe("A.b_c-!'()*+,:;=")).toBe("A.b_c-!'()*+,:;=");
    expect(uriSafe('批次 1')).toBe('%E6%89%B9%E6%AC%A1%201');
  });

  it('derives the same v5 UUID for the same event, and different ones otherwise', () => {
    expect(eventId('urn:alliance:epcis:', 'ev-1')).toBe(eventId('urn:alliance:epcis:', 'ev-1'));
    expect(eventId('urn:alliance:epcis:', 'ev-1')).not.toBe(eventId('urn:alliance:epcis:', 'ev-2'));
    expect(eventId('urn:alliance:epcis:', 'ev-1')).not.toBe(eventId('urn:other:', 'ev-1'));
  });
});
