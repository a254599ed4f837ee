import type { EntityManager } from '@mikro-orm/postgresql';
import { query, sql, table, verbatim } from '@alliance/db';
import { CapacityBooking } from '../entities/index.ts';
import type { CapacityKind, FacilityKind } from '../entities/vocabulary.ts';

/** The facility column that holds the size of each kind of capacity: a constant, never a client's text. */
const CAPACITY_COLUMN: Record<CapacityKind, string> = {
  COLD_STORAGE: 'storage_capacity_kg',
  WASHING: 'washing_tonnes_per_day',
  ICE: 'ice_tonnes_per_day',
};

export interface CapacitySearch {
  allianceId: string;
  kind: CapacityKind;
  facilityKinds: readonly FacilityKind[];
  township?: string | null;
  from: string;
  to: string;
}

/** Active facilities of the alliance with this capacity, and what is booked on the busiest day of the period; most free first. */
export async function capacityAtPeak(em: EntityManager, search: CapacitySearch): Promise<{ id: string; capacity: string; peak: string }[]> {
  const column = verbatim(`f.${CAPACITY_COLUMN[search.kind]}`);
  return query(
    em,
    sql`select f.id, ${column} as capacity, coalesce(max(d.booked), 0) as peak
        from ${table('facility')} f
        left join ${table('capacity_day')} d on d.facility_id = f.id and d.kind = ${search.kind} and d.day between ${search.from}::date and ${search.to}::date
        where f.alliance_id = ${search.allianceId} and f.kind = any(${[...search.facilityKinds]}::text[]) and f.status = 'ACTIVE' and ${column} is not null
          ${search.township ? sql`and f.township = ${search.township}` : sql``}
        group by f.id order by ${column} - coalesce(max(d.booked), 0) desc, f.id`,
  );
}

/**
 * Creates the ledger rows of every day of the period (taking the facility's capacity) and locks
 * them in date order, so concurrent bookings of overlapping periods queue rather than deadlock.
 * Returns the days with less than `amount` free.
 */
export async function lockLedgerDays(em: EntityManager, facilityId: string, kind: CapacityKind, from: string, to: string, amount: string) {
  const column = verbatim(`f.${CAPACITY_COLUMN[kind]}`);
  return query<{ day: string; free: string }>(
    em,
    sql`with wanted as (
          select f.id as facility_id, ${kind}::text as kind, d::date as day, ${column} as capacity
          from ${table('facility')} f, generate_series(${from}::date, ${to}::date, interval '1 day') d where f.id = ${facilityId}
        ), upserted as (
          insert into ${table('capacity_day')} (facility_id, kind, day, capacity, booked)
          select facility_id, kind, day, capacity, 0 from wanted order by day
          on conflict (facility_id, kind, day) do update set capacity = excluded.capacity
          returning day, capacity, booked
        )
        select to_char(day, 'YYYY-MM-DD') as day, capacity - booked as free from upserted where capacity - booked < ${amount}::numeric order by day`,
  );
}

/** Adds (or with a negative amount returns) booked capacity on every day of the period; the check constraint refuses an overbooking. */
export async function addBooked(em: EntityManager, facilityId: string, kind: CapacityKind, from: string, to: string, amount: string): Promise<void> {
  await query(
    em,
    sql`update ${table('capacity_day')} set booked = booked + ${amount}::numeric
        where facility_id = ${facilityId} and kind = ${kind} and day between ${from}::date and ${to}::date`,
  );
}

export async function findBooking(em: EntityManager, id: string): Promise<CapacityBooking | null> {
  return em.findOne(CapacityBooking, { id }, { populate: ['facility'] });
}

/** Flips a booking to CANCELLED once: of two cancels racing, one finds nothing to cancel. */
export async function cancelBookingOnce(em: EntityManager, id: string): Promise<boolean> {
  const rows = await query(em, sql`update ${table('capacity_booking')} set status = 'CANCELLED' where id = ${id} and status = 'BOOKED' returning id`);
  return rows.length > 0;
}

/** The ledger days of a facility from a day on, locked, with what is booked. */
export async function lockLedgerDaysFrom(em: EntityManager, facilityId: string, kind: CapacityKind, from: string) {
  return query<{ day: string; booked: string }>(
    em,
    sql`select to_char(day, 'YYYY-MM-DD') as day, booked from ${table('capacity_day')}
        where facility_id = ${facilityId} and kind = ${kind} and day >= ${from}::date order by day for update`,
  );
}

export async function setLedgerCapacityFrom(em: EntityManager, facilityId: string, kind: CapacityKind, from: string, capacity: string): Promise<void> {
  await query(
    em,
    sql`update ${table('capacity_day')} set capacity = ${capacity}::numeric where facility_id = ${facilityId} and kind = ${kind} and day >= ${from}::date`,
  );
}
