import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { DirectoryLookup, Viewer } from '@alliance/domain-kit';
import type { Facility, Sensor, Shipment, ShipmentLine, ShipmentReservation, Vehicle } from '../entities/index.ts';
import type { ColdchainSettings } from '../settings.ts';
import type { KnownLot } from '../store/lot-alliances.ts';
import type { LatestReading } from '../store/telemetry.ts';
import type { LotHistory } from './lot-history.ts';
import type { ShipmentHistory } from './shipment-trace.ts';

/** What a use case of the cold chain gets from the request: the caller, the directory, the store's entity manager, loaders and settings. */
export interface ColdchainRequest {
  em: EntityManager;
  viewer: Viewer | null;
  directory: DirectoryLookup;
  loaders: ColdchainLoaders;
  settings: ColdchainSettings;
  /** The subgraph's Prometheus metrics (served at /metrics); absent where no server runs. */
  metrics?: { counter(name: string, help: string): { inc(value?: number): void } };
}

export interface ColdchainLoaders {
  facilityById: DataLoader<string, Facility | null>;
  vehicleById: DataLoader<string, Vehicle | null>;
  sensorById: DataLoader<string, Sensor | null>;
  facilitiesByOperator: DataLoader<string, Facility[]>;
  sensorsByFacility: DataLoader<string, Sensor[]>;
  sensorsByVehicle: DataLoader<string, Sensor[]>;
  /** What the cold chain knows of a lot (lots.registered): its alliance, grower and kg; null when it has not heard of it. */
  knownLot: DataLoader<string, KnownLot | null>;
  /** Custody and every temperature reading along a lot's path, for many lots in two statements. */
  historyByLot: DataLoader<string, LotHistory>;
  /** The same, with the readings of every custody stay (the EPCIS export). */
  exportHistoryByLot: DataLoader<string, LotHistory>;
  latestReadingBySensor: DataLoader<string, LatestReading | null>;
  shipmentById: DataLoader<string, Shipment | null>;
  /** The shipment a reservation is on (pending or committed), if any. */
  shipmentByReservation: DataLoader<string, Shipment | null>;
  reservationsByShipment: DataLoader<string, ShipmentReservation[]>;
  linesByShipment: DataLoader<string, ShipmentLine[]>;
  /** Custody, the trace in transit and its excursions of many shipments, in two statements. */
  historyByShipment: DataLoader<string, ShipmentHistory>;
}
