import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  BadInput,
  Conflict,
  Decimal,
  Forbidden,
  NotFound,
  kgString,
  pageSize,
  parseKg,
  requireViewer,
  type Viewer,
} from '@alliance/domain-kit';
import { publish } from '@alliance/messaging';
import { Facility, Sensor, Shipment, ShipmentReservation, Vehicle } from '../entities/index.ts';
import { ACTORS, canActOnShipment, canPlanFrom, canSeeShipment, isOfficeOf, type ShipmentAction, type ShipmentFacts } from './shipment-access.ts';
import { loadProblem, transitionRefusal, type LoadProblem } from './shipment-rules.ts';
import { requireActive } from './member-directory.ts';
import type { ColdchainRequest } from './request.ts';
import type { ShipmentStatus } from './vocabulary.ts';

/**
 * Shipments: a truckload from a facility to a partner market, fulfilling the market's confirmed
 * reservations. Reservations and lots belong to the members subgraph; the two coordinate by
 * messages (`@alliance/messaging`'s contract), each published in the transaction of the change.
 *
 * Every change to a shipment locks its row first, so two operators loading the same shipment at
 * once queue; a check constraint (loaded ≤ reserved per line) is the database's guarantee.
 */
const PRODUCER = 'coldchain';
const MAX_RESERVATIONS = 50;
const MAX_LOADS = 200;
const CLOCK_SKEW_MS = 5 * 60_000;

export interface PlanShipmentInput {
  originFacilityId: string;
  vehicleId: string;
  reservationIds: string[];
  sensorCode?: string | null;
  plannedDeparture?: Date | null;
}

export async function planShipment(req: ColdchainRequest, input: PlanShipmentInput): Promise<Shipment> {
  const viewer = await requireActive(req);
  const reservationIds = [...new Set(input.reservationIds)];
  if (reservationIds.length === 0) throw new BadInput('Name at least one confirmed reservation to ship.', { field: 'reservationIds' });
  if (reservationIds.length !== input.reservationIds.length) throw new BadInput('A reservation is named twice.', { field: 'reservationIds' });
  if (reservationIds.length > MAX_RESERVATIONS) throw new BadInput(`A shipment carries at most ${MAX_RESERVATIONS} reservations.`, { field: 'reservationIds' });

  const origin = await req.em.findOne(Facility, { id: input.originFacilityId });
  if (!origin) throw new NotFound(`No facility has id ${input.originFacilityId}.`, { field: 'originFacilityId' });
  if (!canPlanFrom(viewer, origin)) throw new Forbidden(`Shipments from ${origin.code} are planned by its operator or the alliance office.`);
  if (origin.kind === 'ICE_PLANT') throw new BadInput(`${origin.code} is an ice plant; produce ships from a cold store, washing plant or dry warehouse.`, { field: 'originFacilityId' });
  if (origin.status !== 'ACTIVE') throw new Conflict(`${origin.code} is ${origin.status.toLowerCase()}; nothing ships from it now.`);
  const vehicle = await req.em.findOne(Vehicle, { id: input.vehicleId });
  if (!vehicle || (vehicle.allianceId && vehicle.allianceId !== viewer.allianceId)) {
    throw new NotFound(`No vehicle of your alliance has id ${input.vehicleId}.`, { field: 'vehicleId' });
  }
  const sensor = await vehicleSensor(req.em, vehicle, input.sensorCode);

  const shipment = Object.assign(new Shipment(), {
    allianceId: origin.allianceId ?? viewer.allianceId,
    origin,
    vehicle,
    sensor,
    plannedBy: viewer.memberId,
    plannedDeparture: input.plannedDeparture ?? null,
  });
  try {
    await req.em.transactional(async (em) => {
      await refuseReservationsOnOtherShipments(em, reservationIds);
      em.persist(shipment);
      reservationIds.forEach((reservationId, position) => em.persist(Object.assign(new ShipmentReservation(), { shipment, reservationId, position })));
      await em.flush();
      await publish(em, PRODUCER, 'shipment.planned', shipment.id, { shipmentId: shipment.id, allianceId: shipment.allianceId, reservationIds });
    });
  } catch (error) {
    // Two plans racing for one reservation: the partial unique index lets one through.
    if (error instanceof UniqueConstraintViolationException) throw new Conflict('A reservation you named was just put on another shipment; plan again without it.', { field: 'reservationIds' });
    throw error;
  }
  return shipment;
}

async function vehicleSensor(em: EntityManager, vehicle: Vehicle, code: string | null | undefined): Promise<Sensor | null> {
  if (code) {
    const sensor = await em.findOne(Sensor, { code, vehicle });
    if (!sensor) throw new BadInput(`Sensor "${code}" is not in vehicle ${vehicle.plate}.`, { field: 'sensorCode' });
    return sensor;
  }
  return em.findOne(Sensor, { vehicle }, { orderBy: { code: 'asc' } });
}

async function refuseReservationsOnOtherShipments(em: EntityManager, reservationIds: string[]): Promise<void> {
  const taken = await em.find(ShipmentReservation, { reservationId: { $in: reservationIds }, status: { $in: ['PENDING', 'COMMITTED'] } });
  const first = taken[0];
  if (first) throw new Conflict(`Reservation ${first.reservationId} is already on shipment ${first.shipment.id}.`, { reservationId: first.reservationId, shipmentId: first.shipment.id });
}

// ---------------------------------------------------------------- changes to a planned shipment

interface LockedShipment extends ShipmentFacts {
  id: string;
  status: ShipmentStatus;
  vehicleId: string;
  departedAt: Date | null;
}

/** Locks the shipment row and checks that the caller may act on it in its present status. */
async function lockForAction(em: EntityManager, viewer: Viewer, id: string, action: ShipmentAction): Promise<LockedShipment> {
  const schema = em.config.get('schema');
  const [row] = await em.execute<{ id: string; status: ShipmentStatus; alliance_id: string; market_id: string | null; vehicle_id: string; departed_at: Date | null; origin_operator_id: string; vehicle_operator_id: string }[]>(
    `select s.id, s.status, s.alliance_id, s.market_id, s.vehicle_id, s.departed_at, f.operator_id as origin_operator_id, v.operator_id as vehicle_operator_id
     from "${schema}".shipment s join "${schema}".facility f on f.id = s.origin_id join "${schema}".vehicle v on v.id = s.vehicle_id
     where s.id = ? for update of s`,
    [id],
  );
  if (!row) throw new NotFound(`No shipment has id ${id}.`, { field: 'id' });
  const shipment: LockedShipment = {
    id: row.id,
    status: row.status,
    allianceId: row.alliance_id,
    marketId: row.market_id,
    vehicleId: row.vehicle_id,
    departedAt: row.departed_at ? new Date(row.departed_at) : null,
    originOperatorId: row.origin_operator_id,
    vehicleOperatorId: row.vehicle_operator_id,
  };
  if (!canSeeShipment(viewer, shipment)) throw new Forbidden(`Shipment ${id} is not yours to see.`);
  if (!canActOnShipment(viewer, shipment, action)) throw new Forbidden(`Only ${ACTORS[action]} may ${action} shipment ${id}.`);
  const refusal = transitionRefusal(shipment.status, action);
  if (refusal) throw new Conflict(`Shipment ${id} cannot ${action} now. ${refusal}`, { status: shipment.status });
  return shipment;
}

function eventTime(at: Date | null | undefined, now: Date, notBefore?: Date | null): Date {
  const when = at ?? now;
  if (when.getTime() > now.getTime() + CLOCK_SKEW_MS) throw new BadInput(`${when.toISOString()} is in the future.`, { field: 'at' });
  if (notBefore && when < notBefore) throw new BadInput(`${when.toISOString()} is before the shipment left (${notBefore.toISOString()}).`, { field: 'at' });
  return when;
}

async function reload(req: ColdchainRequest, id: string): Promise<Shipment> {
  return req.em.findOneOrFail(Shipment, { id }, { refresh: true });
}

export interface ShipmentLoadInput {
  reservationId: string;
  lotId: string;
  kg: string;
}

function loadConflict(problem: LoadProblem): Error {
  switch (problem.kind) {
    case 'NOT_ON_SHIPMENT':
      return new BadInput(`Reservation ${problem.reservationId} is not on this shipment.`, { field: 'loads', reservationId: problem.reservationId });
    case 'NOT_COMMITTED':
      return problem.status === 'PENDING'
        ? new Conflict(`Reservation ${problem.reservationId} is not committed to this shipment yet (the members subgraph confirms it within moments); try again shortly.`, { reservationId: problem.reservationId })
        : new Conflict(`Reservation ${problem.reservationId} is ${problem.status.toLowerCase()} on this shipment${problem.reason ? `: ${problem.reason}` : '.'}`, { reservationId: problem.reservationId });
    case 'LOT_NOT_RESERVED':
      return new BadInput(`Lot ${problem.lotId} is not in reservation ${problem.reservationId}.`, { field: 'loads', lotId: problem.lotId });
    case 'TOO_MUCH':
      return new Conflict(
        `Only ${problem.remainingKg} kg of lot ${problem.lotId} remain to load for reservation ${problem.reservationId}; you asked to load ${problem.requestedKg} kg.`,
        { remainingKg: problem.remainingKg, requestedKg: problem.requestedKg, lotId: problem.lotId },
      );
  }
}

/**
 * Loads lots onto the vehicle: each load is a lot of a committed reservation, never more than
 * remains reserved. Records LOADED custody per load and tells the members subgraph, which moves
 * the kg from confirmed to shipped.
 */
export async function loadShipment(req: ColdchainRequest, id: string, loads: ShipmentLoadInput[], at?: Date | null, now = new Date()): Promise<Shipment> {
  const viewer = await requireActive(req);
  if (!loads.length) throw new BadInput('Load at least one lot.', { field: 'loads' });
  if (loads.length > MAX_LOADS) throw new BadInput(`At most ${MAX_LOADS} loads at a time.`, { field: 'loads' });
  const requests = loads.map((l, i) => ({ reservationId: l.reservationId, lotId: l.lotId, kg: parseKg(l.kg, `loads[${i}].kg`) }));
  const when = eventTime(at, now);
  await onlyOneTripPerVehicle(() => req.em.transactional(async (em) => {
    const shipment = await lockForAction(em, viewer, id, 'load');
    const schema = em.config.get('schema');
    const reservations = await em.execute<{ reservation_id: string; status: ShipmentReservation['status']; reason: string | null }[]>(
      `select reservation_id, status, reason from "${schema}".shipment_reservation where shipment_id = ?`,
      [id],
    );
    const lines = await em.execute<{ reservation_id: string; lot_id: string; reserved_kg: string; loaded_kg: string }[]>(
      `select reservation_id, lot_id, reserved_kg, loaded_kg from "${schema}".shipment_line where shipment_id = ?`,
      [id],
    );
    const problem = loadProblem(
      requests,
      new Map(reservations.map((r) => [r.reservation_id, { status: r.status, reason: r.reason }])),
      lines.map((l) => ({ reservationId: l.reservation_id, lotId: l.lot_id, reservedKg: l.reserved_kg, loadedKg: l.loaded_kg })),
    );
    if (problem) throw loadConflict(problem);
    if (shipment.status === 'PLANNED') await refuseVehicleOnAnotherTrip(em, shipment);

    const values = requests.map(() => '(?::uuid, ?::uuid, ?::numeric)').join(', ');
    const params = requests.flatMap((r) => [r.reservationId, r.lotId, r.kg.toString()]);
    await em.execute(
      `update "${schema}".shipment_line sl set loaded_kg = sl.loaded_kg + x.kg
       from (select reservation_id, lot_id, sum(kg) as kg from (values ${values}) v(reservation_id, lot_id, kg) group by reservation_id, lot_id) x
       where sl.shipment_id = ? and sl.reservation_id = x.reservation_id and sl.lot_id = x.lot_id`,
      [...params, id],
    );
    await em.execute(
      `insert into "${schema}".custody_event (id, lot_id, kind, at, facility_id, vehicle_id, actor_id, quantity_kg, shipment_id, reservation_id, recorded_at)
       select gen_random_uuid(), v.lot_id, 'LOADED', ?, null, ?, ?, v.kg, ?, v.reservation_id, now() from (values ${values}) v(reservation_id, lot_id, kg)`,
      [when, shipment.vehicleId, viewer.memberId, id, ...params],
    );
    await em.execute(`update "${schema}".shipment set status = 'LOADING', updated_at = now() where id = ?`, [id]);
    await publish(em, PRODUCER, 'shipment.loaded', id, {
      shipmentId: id,
      loads: requests.map((r) => ({ reservationId: r.reservationId, lotId: r.lotId, kg: kgString(r.kg) })),
    });
  }));
  return reload(req, id);
}

/** Two shipments of one truck starting to load at once: the index lets one through. */
async function onlyOneTripPerVehicle<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw new Conflict('The vehicle has just started loading another shipment; plan this one on another vehicle.');
    throw error;
  }
}

/** A truck is on one trip at a time (a partial unique index guarantees it; this says which trip). */
async function refuseVehicleOnAnotherTrip(em: EntityManager, shipment: LockedShipment): Promise<void> {
  const schema = em.config.get('schema');
  const [other] = await em.execute<{ id: string; status: string }[]>(
    `select id, status from "${schema}".shipment where vehicle_id = ? and id <> ? and status in ('LOADING', 'IN_TRANSIT') limit 1`,
    [shipment.vehicleId, shipment.id],
  );
  if (other) {
    throw new Conflict(`The vehicle is ${other.status === 'LOADING' ? 'being loaded for' : 'on the road with'} shipment ${other.id}; load this one when it is back, or plan it on another vehicle.`, {
      shipmentId: other.id,
    });
  }
}

/**
 * The vehicle leaves: reservations with loads are fulfilled (what was not loaded goes back to the
 * market's supply), reservations with none leave the shipment. Waits for every reservation to be
 * answered by the members subgraph.
 */
export async function dispatchShipment(req: ColdchainRequest, id: string, at?: Date | null, now = new Date()): Promise<Shipment> {
  const viewer = await requireActive(req);
  const when = eventTime(at, now);
  await req.em.transactional(async (em) => {
    const shipment = await lockForAction(em, viewer, id, 'dispatch');
    const schema = em.config.get('schema');
    const reservations = await em.execute<{ reservation_id: string; status: string; loaded: string }[]>(
      `select r.reservation_id, r.status, coalesce(sum(l.loaded_kg), 0) as loaded
       from "${schema}".shipment_reservation r left join "${schema}".shipment_line l on l.shipment_id = r.shipment_id and l.reservation_id = r.reservation_id
       where r.shipment_id = ? group by r.reservation_id, r.status order by r.reservation_id`,
      [id],
    );
    const pending = reservations.find((r) => r.status === 'PENDING');
    if (pending) throw new Conflict(`Reservation ${pending.reservation_id} is not yet committed to this shipment; dispatch once it is (moments).`);
    const [lastLoad] = await em.execute<{ at: Date | null }[]>(`select max(at) as at from "${schema}".custody_event where shipment_id = ? and kind = 'LOADED'`, [id]);
    if (lastLoad?.at && when < new Date(lastLoad.at)) throw new BadInput(`It cannot leave (${when.toISOString()}) before its last loading (${new Date(lastLoad.at).toISOString()}).`, { field: 'at' });
    const committed = reservations.filter((r) => r.status === 'COMMITTED');
    const fulfilled = committed.filter((r) => new Decimal(r.loaded).gt(0)).map((r) => r.reservation_id);
    const released = committed.filter((r) => new Decimal(r.loaded).eq(0)).map((r) => r.reservation_id);
    if (released.length) {
      await em.execute(`update "${schema}".shipment_reservation set status = 'RELEASED' where shipment_id = ? and reservation_id = any(?::uuid[])`, [id, `{${released.join(',')}}`]);
    }
    await recordPerLot(em, id, 'IN_TRANSIT', when, viewer.memberId, shipment.vehicleId);
    await em.execute(`update "${schema}".shipment set status = 'IN_TRANSIT', departed_at = ?, updated_at = now() where id = ?`, [when, id]);
    await publish(em, PRODUCER, 'shipment.dispatched', id, { shipmentId: id, departedAt: when.toISOString(), fulfilled, released });
  });
  return reload(req, id);
}

/** One custody event per lot aboard, with the kg loaded of it. */
async function recordPerLot(em: EntityManager, shipmentId: string, kind: 'IN_TRANSIT' | 'DELIVERED' | 'REJECTED', at: Date, actorId: string, vehicleId: string | null) {
  const schema = em.config.get('schema');
  await em.execute(
    `insert into "${schema}".custody_event (id, lot_id, kind, at, facility_id, vehicle_id, actor_id, quantity_kg, shipment_id, reservation_id, recorded_at)
     select gen_random_uuid(), lot_id, ?, ?, null, ?, ?, sum(loaded_kg), shipment_id, null, now()
     from "${schema}".shipment_line where shipment_id = ? and loaded_kg > 0 group by shipment_id, lot_id`,
    [kind, at, vehicleId, actorId, shipmentId],
  );
}

export async function deliverShipment(req: ColdchainRequest, id: string, at?: Date | null, now = new Date()): Promise<Shipment> {
  return arrive(req, id, 'deliver', null, at, now);
}

export async function rejectShipment(req: ColdchainRequest, id: string, reason: string, at?: Date | null, now = new Date()): Promise<Shipment> {
  const why = reason.trim();
  if (!why || why.length > 500) throw new BadInput('Give the reason for the rejection, in at most 500 characters.', { field: 'reason' });
  return arrive(req, id, 'reject', why, at, now);
}

/** Arrival: DELIVERED (accepted) or REJECTED, with a custody event per lot. Shipped volume stays shipped. */
async function arrive(req: ColdchainRequest, id: string, action: 'deliver' | 'reject', reason: string | null, at: Date | null | undefined, now: Date): Promise<Shipment> {
  const viewer = await requireActive(req);
  await req.em.transactional(async (em) => {
    const shipment = await lockForAction(em, viewer, id, action);
    const when = eventTime(at, now, shipment.departedAt);
    const schema = em.config.get('schema');
    await recordPerLot(em, id, action === 'deliver' ? 'DELIVERED' : 'REJECTED', when, viewer.memberId, null);
    await em.execute(`update "${schema}".shipment set status = ?, arrived_at = ?, rejection_reason = ?, updated_at = now() where id = ?`, [
      action === 'deliver' ? 'DELIVERED' : 'REJECTED',
      when,
      reason,
      id,
    ]);
  });
  return reload(req, id);
}

/** A planned shipment that will not go: its reservations are released for another. */
export async function cancelShipment(req: ColdchainRequest, id: string): Promise<Shipment> {
  const viewer = await requireActive(req);
  await req.em.transactional(async (em) => {
    await lockForAction(em, viewer, id, 'cancel');
    const schema = em.config.get('schema');
    const released = await em.execute<{ reservation_id: string }[]>(
      `update "${schema}".shipment_reservation set status = 'RELEASED' where shipment_id = ? and status in ('PENDING', 'COMMITTED') returning reservation_id`,
      [id],
    );
    await em.execute(`update "${schema}".shipment set status = 'CANCELLED', updated_at = now() where id = ?`, [id]);
    await publish(em, PRODUCER, 'shipment.cancelled', id, { shipmentId: id, reservationIds: released.map((r) => r.reservation_id) });
  });
  return reload(req, id);
}

// ---------------------------------------------------------------- reading

export async function shipmentFacts(req: ColdchainRequest, shipment: Shipment): Promise<ShipmentFacts> {
  const [origin, vehicle] = await Promise.all([req.loaders.facilityById.load(shipment.origin.id), req.loaders.vehicleById.load(shipment.vehicle.id)]);
  return { allianceId: shipment.allianceId, marketId: shipment.marketId, originOperatorId: origin!.operatorId, vehicleOperatorId: vehicle!.operatorId };
}

export async function findShipment(req: ColdchainRequest, id: string): Promise<Shipment | null> {
  const viewer = requireViewer(req.viewer);
  const shipment = await req.loaders.shipmentById.load(id);
  if (!shipment) return null;
  if (!canSeeShipment(viewer, await shipmentFacts(req, shipment))) throw new Forbidden(`Shipment ${id} is not yours to see.`);
  return shipment;
}

/** A shipment linked from elsewhere (a reservation, a custody event): null when the caller may not see it. */
async function visible(req: ColdchainRequest, shipment: Shipment | null): Promise<Shipment | null> {
  const viewer = requireViewer(req.viewer);
  if (!shipment) return null;
  return canSeeShipment(viewer, await shipmentFacts(req, shipment)) ? shipment : null;
}

export async function shipmentOfReservation(req: ColdchainRequest, reservationId: string): Promise<Shipment | null> {
  return visible(req, await req.loaders.shipmentByReservation.load(reservationId));
}

export async function shipmentOfCustodyEvent(req: ColdchainRequest, event: { shipment: { id: string } | null }): Promise<Shipment | null> {
  return event.shipment ? visible(req, await req.loaders.shipmentById.load(event.shipment.id)) : null;
}

/**
 * A shipment's reservations, as the caller may see them: the operators and the office see every
 * one named, with the reasons of refusals; the market sees those committed, which are its own.
 */
export async function reservationsOfShipment(req: ColdchainRequest, shipment: Shipment): Promise<ShipmentReservation[]> {
  const viewer = requireViewer(req.viewer);
  const all = await req.loaders.reservationsByShipment.load(shipment.id);
  const facts = await shipmentFacts(req, shipment);
  const operatorOrOffice = [facts.originOperatorId, facts.vehicleOperatorId].includes(viewer.memberId) || isOfficeOf(viewer, facts.allianceId);
  return operatorOrOffice ? all : all.filter((r) => r.status === 'COMMITTED');
}

export interface ShipmentFilter {
  status?: ShipmentStatus | null;
  marketId?: string | null;
  originFacilityId?: string | null;
}

/** The caller's shipments: a market's own, an operator's own, all of the office's alliance. Newest first. */
export async function listShipments(req: ColdchainRequest, filter: ShipmentFilter, first: number | null | undefined): Promise<Shipment[]> {
  const viewer = requireViewer(req.viewer);
  const mine = [
    { marketId: viewer.memberId },
    { origin: { operatorId: viewer.memberId } },
    { vehicle: { operatorId: viewer.memberId } },
    ...(isOfficeOf(viewer, viewer.allianceId) ? [{ allianceId: viewer.allianceId }] : []),
  ];
  return req.em.find(
    Shipment,
    {
      $or: mine,
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.marketId ? { marketId: filter.marketId } : {}),
      ...(filter.originFacilityId ? { origin: filter.originFacilityId } : {}),
    },
    { orderBy: { createdAt: 'desc', id: 'asc' }, limit: pageSize(first, { fallback: 20, max: 100 }) },
  );
}
