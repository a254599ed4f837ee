import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '@alliance/domain-kit';
import type { Facility, Sensor, Vehicle } from '../entities/index.ts';
import type { LotHistory } from './lot-history.ts';

export interface ColdchainRequest {
  em: EntityManager;
  viewer: Viewer | null;
  loaders: ColdchainLoaders;
}

export interface ColdchainLoaders {
  facilityById: DataLoader<string, Facility | null>;
  vehicleById: DataLoader<string, Vehicle | null>;
  facilitiesByOperator: DataLoader<string, Facility[]>;
  sensorsByFacility: DataLoader<string, Sensor[]>;
  sensorsByVehicle: DataLoader<string, Sensor[]>;
  /** Custody and every temperature reading along a lot's path, for many lots in two statements. */
  historyByLot: DataLoader<string, LotHistory>;
  latestReadingBySensor: DataLoader<string, { at: Date; celsius: number; relativeHumidity: number | null } | null>;
}
