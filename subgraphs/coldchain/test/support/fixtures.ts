import { randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Role, Viewer } from '@alliance/domain-kit';
import { CustodyEvent, Facility, Sensor, Vehicle } from '../../src/entities/index.ts';

/**
 * Cold-chain fixtures. Members live in the members subgraph; here a member is only an id, and a
 * viewer is what the gateway would forward for it.
 */
export function viewer(roles: Role[], memberId: string = randomUUID(), allianceId = randomUUID()): Viewer {
  return { memberId, allianceId, roles, status: 'ACTIVE', kind: 'COLD_STORE' };
}

export function code(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString('hex').toUpperCase()}`;
}

/** A facility run by `operator` (a viewer: its member, in its alliance), with one sensor. */
export async function seedFacility(em: EntityManager, operator: Viewer, overrides: Partial<Facility> = {}): Promise<{ facility: Facility; sensor: Sensor }> {
  const facility = Object.assign(new Facility(), {
    code: code('CS'),
    name: 'Test cold store',
    kind: 'COLD_STORE',
    operatorId: operator.memberId,
    allianceId: operator.allianceId,
    township: 'Zhongshu',
    storageCubicMetres: '400.00',
    storageCapacityKg: '100000.000',
    ...overrides,
  });
  const sensor = Object.assign(new Sensor(), { code: code('T'), facility });
  await em.persistAndFlush([facility, sensor]);
  return { facility, sensor };
}

export async function seedVehicle(em: EntityManager, operator: Viewer): Promise<{ vehicle: Vehicle; sensor: Sensor }> {
  const vehicle = Object.assign(new Vehicle(), { plate: code('YUN'), operatorId: operator.memberId, allianceId: operator.allianceId });
  const sensor = Object.assign(new Sensor(), { code: code('TV'), vehicle });
  await em.persistAndFlush([vehicle, sensor]);
  return { vehicle, sensor };
}

export async function seedCustody(
  em: EntityManager,
  lotId: string,
  kind: CustodyEvent['kind'],
  at: Date,
  place: { facility?: Facility; vehicle?: Vehicle },
  quantityKg = '1000.000',
): Promise<CustodyEvent> {
  const event = Object.assign(new CustodyEvent(), {
    lotId,
    kind,
    at,
    actorId: place.facility?.operatorId ?? place.vehicle?.operatorId ?? randomUUID(),
    facility: place.facility ?? null,
    vehicle: place.vehicle ?? null,
    quantityKg,
  });
  await em.persistAndFlush(event);
  return event;
}

/** Readings every `stepMinutes` from `from`, with the temperature given by `celsius(i)`. */
export async function seedReadings(em: EntityManager, sensor: Sensor, from: Date, count: number, stepMinutes: number, celsius: (i: number) => number) {
  const rows = Array.from({ length: count }, (_, i) => ({ sensor_id: sensor.id, at: new Date(from.getTime() + i * stepMinutes * 60_000).toISOString(), celsius: celsius(i) }));
  await em.execute(
    `insert into coldchain.temperature_reading (sensor_id, at, celsius) select sensor_id, at, celsius from json_to_recordset(?::json) as r(sensor_id uuid, at timestamptz, celsius numeric)`,
    [JSON.stringify(rows)],
  );
}
