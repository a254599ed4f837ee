/** The shapes of a GS1 EPCIS 2.0 JSON-LD document, as far as the cold chain's exports use them. */

export type EpcisEventType = 'ObjectEvent' | 'AggregationEvent' | 'TransactionEvent' | 'TransformationEvent';

/** Quantity and unit are optional in EPCIS: without them the element names the class only. */
export interface QuantityElement {
  epcClass: string;
  quantity?: number;
  uom?: 'KGM';
}

export interface SensorReport {
  type: 'Temperature' | 'RelativeHumidity';
  value?: number;
  uom?: 'CEL' | 'P1';
  time?: string;
  exception?: 'ALARM_CONDITION';
  booleanValue?: boolean;
  minValue?: number;
  maxValue?: number;
}

export interface SensorElement {
  /** deviceID: the sensor, a URI; startTime–endTime: the span the reports cover. */
  sensorMetadata?: { deviceID?: string; startTime: string; endTime: string };
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
