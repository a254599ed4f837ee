import type { EntityManager } from '@mikro-orm/postgresql';
import { entityColumns, entityRow, query, queryOne, sql, table } from '@alliance/db';
import { Lot, Reservation, ReservationLine, type Member } from '../entities/index.ts';
import type { Crop, Grade, ReservationStatus, Variety } from '../entities/vocabulary.ts';
import { availableKgOfLot } from './availability.ts';
import { predictedDaysOnArrivalSql } from './freshness.ts';

/**
 * The reservation statements: claiming an idempotency key, locking lots, holding and releasing kg.
 * Lots are always locked in one fixed order (harvest date, id), here and in fulfilment, so that
 * concurrent reservations and shipments queue rather than deadlock.
 */

/** A lot row locked for allocation, with its counters as they are under the lock. */
export interface LockedLot {
  id: string;
  alliance_id: string;
  status: string;
  quantity_kg: string;
  held_kg: string;
  confirmed_kg: string;
  shipped_kg: string;
  asking_price_per_kg: string;
  harvest_date: string;
  /** Kg of its holds whose time has passed but which are still counted as held. */
  expired_kg: string;
}

export interface HoldClaim {
  id: string;
  marketId: string;
  allianceId: string;
  idempotencyKey: string;
  fingerprint: string;
  holdMinutes: number;
}

/**
 * Inserts the reservation, or does nothing when the market already used the key (a concurrent
 * retry waits here for the first on the unique index). Returns the id when this call claimed it.
 */
export async function claimIdempotencyKey(em: EntityManager, claim: HoldClaim): Promise<string | null> {
  const row = await queryOne<{ id: string }>(
    em,
    sql`insert into ${table('reservation')} (id, market_id, alliance_id, idempotency_key, request_fingerprint, status, hold_until, created_at, updated_at)
        values (${claim.id}, ${claim.marketId}, ${claim.allianceId}, ${claim.idempotencyKey}, ${claim.fingerprint}, 'HELD',
                now() + make_interval(mins => ${claim.holdMinutes}::int), now(), now())
        on conflict (market_id, idempotency_key) do nothing returning id`,
  );
  return row?.id ?? null;
}

/** The reservation a market made under an idempotency key, with the request it was made for. */
export async function findReservationByKey(em: EntityManager, marketId: string, key: string): Promise<{ id: string; fingerprint: string } | null> {
  return queryOne(
    em,
    sql`select id, request_fingerprint as fingerprint from ${table('reservation')} where market_id = ${marketId} and idempotency_key = ${key}`,
  );
}

/**
 * A reservation with its lines and their lots in one statement, as managed entities (the lines in
 * allocation order: oldest harvest first); null when there is none. Read with the ORM's populated
 * find, building the query cost more CPU than running it: ~16 % of the members process's on the
 * hot lot's load (CPU profile), whose every request reads its reservation back this way.
 */
export async function reservationWithLines(em: EntityManager, id: string): Promise<{ reservation: Reservation; lines: ReservationLine[] } | null> {
  const rows = await query(
    em,
    sql`select ${entityColumns(em, Reservation, 'r')}, ${entityColumns(em, ReservationLine, 'rl')}, ${entityColumns(em, Lot, 'l')}
        from ${table('reservation')} r
        left join ${table('reservation_line')} rl on rl.reservation_id = r.id
        left join ${table('lot')} l on l.id = rl.lot_id
        where r.id = ${id}::uuid
        order by l.harvest_date, l.id`,
  );
  if (!rows.length) return null;
  const reservation = em.map(Reservation, entityRow(rows[0]!, 'r')!);
  const lines: ReservationLine[] = [];
  for (const row of rows) {
    const line = entityRow(row, 'rl');
    if (!line) continue;
    // The lot first, so that the line's reference to it is the loaded lot.
    em.map(Lot, entityRow(row, 'l')!);
    lines.push(em.map(ReservationLine, line));
  }
  return { reservation, lines };
}

/** What reserving one named lot came to (reserveOnLot). */
export type OneLotOutcome =
  | { outcome: 'HELD'; reservationId: string }
  | { outcome: 'REPLAY'; reservationId: string; fingerprint: string }
  | { outcome: 'NO_LOT' }
  | { outcome: 'WITHDRAWN' }
  | { outcome: 'SHORT'; availableKg: string };

/**
 * Reserves kg of one named lot in one statement, its own transaction (migration
 * Migration20270103090000, function reserve_on_lot): claims the key, locks the lot, releases its
 * expired holds, raises its held kg where what is available covers the request and writes the
 * line. The lot row is locked only while the database runs that statement, not across round
 * trips; a refused request leaves no reservation behind. Run outside a transaction.
 */
export async function reserveOnLot(em: EntityManager, claim: HoldClaim, lotId: string, kg: string): Promise<OneLotOutcome> {
  const row = (await queryOne<{ outcome: OneLotOutcome['outcome']; reservation: string | null; fingerprint: string | null; available: string | null }>(
    em,
    sql`select outcome, reservation, fingerprint, available::text as available
        from ${table('reserve_on_lot')}(${claim.id}::uuid, ${claim.marketId}::uuid, ${claim.allianceId}::uuid, ${claim.idempotencyKey}::text,
                                         ${claim.fingerprint}::text, ${claim.holdMinutes}::int, ${lotId}::uuid, ${kg}::numeric)`,
  ))!;
  switch (row.outcome) {
    case 'HELD':
      return { outcome: 'HELD', reservationId: row.reservation! };
    case 'REPLAY':
      return { outcome: 'REPLAY', reservationId: row.reservation!, fingerprint: row.fingerprint! };
    case 'SHORT':
      return { outcome: 'SHORT', availableKg: row.available! };
    default:
      return { outcome: row.outcome };
  }
}

const LOCKED_LOT_COLUMNS = sql`l.id, l.alliance_id, l.status, l.quantity_kg, l.held_kg, l.confirmed_kg, l.shipped_kg, l.asking_price_per_kg,
  to_char(l.harvest_date, 'YYYY-MM-DD') as harvest_date,
  CASE WHEN l.held_kg = 0 THEN 0 ELSE coalesce((select sum(rl.kg) from ${table('reservation_line')} rl
    where rl.lot_id = l.id and rl.status = 'HELD' and rl.hold_until <= now()), 0) END as expired_kg`;

export interface LotSpecification {
  allianceId: string;
  crop: Crop;
  variety: Variety | null;
  grade: Grade;
  deliverableBy: string;
}

/** Lots for a reservation that needs shelf life on arrival at a market (see lockLotsForAllocation). */
export interface FreshnessNeed {
  marketId: string;
  minDays: number;
  /** Lock only the first lots, soonest to expire on arrival first, whose available kg cover this; null: every qualifying lot. */
  coverKg: string | null;
}

/**
 * The next `limit` open lots matching a specification after the keyset, oldest harvest first, locked.
 * With `fresh`: instead the lots predicted to arrive at the market with at least `minDays` of shelf
 * life (lots of unknown freshness left out), each with its `predicted_days`, as many as cover
 * `coverKg` when taken soonest-to-expire first; still locked in the one order every reservation
 * locks lots in (harvest date, id), so that they queue rather than deadlock.
 */
export async function lockLotsForAllocation(
  em: EntityManager,
  spec: LotSpecification,
  after: [harvestDate: string, id: string] | null,
  limit: number,
  fresh?: FreshnessNeed,
): Promise<(LockedLot & { predicted_days?: number })[]> {
  const matches = sql`l.alliance_id = ${spec.allianceId} and l.crop = ${spec.crop} and l.variety is not distinct from ${spec.variety}::text
          and l.grade = ${spec.grade} and l.harvest_date <= ${spec.deliverableBy}::date
          and l.status = 'LISTED' and l.quantity_kg > l.confirmed_kg + l.shipped_kg`;
  if (fresh) {
    const cover = fresh.coverKg === null ? sql`true` : sql`c.before_kg < ${fresh.coverKg}::numeric`;
    return query<LockedLot & { predicted_days: number }>(
      em,
      sql`with c as (
            select l.id, fr.days, sum(a.kg) over (order by fr.days, l.harvest_date, l.id) - a.kg as before_kg
            from ${table('lot')} l
            join ${table('lot_freshness')} f on f.lot_id = l.id
            join ${table('market_route')} r on r.alliance_id = ${spec.allianceId} and r.market_id = ${fresh.marketId}::uuid
            cross join lateral (select ${predictedDaysOnArrivalSql('f', 'r')} as days) fr
            cross join lateral (select ${availableKgOfLot} as kg offset 0) a
            where ${matches} and fr.days >= ${fresh.minDays}::float8 and a.kg > 0
          )
          select ${LOCKED_LOT_COLUMNS}, c.days as predicted_days from ${table('lot')} l join c on c.id = l.id
          where ${cover} and ${matches}
          order by l.harvest_date, l.id for update of l`,
    );
  }
  const keyset = after ? sql`and (l.harvest_date, l.id) > (${after[0]}::date, ${after[1]}::uuid)` : sql``;
  return query<LockedLot>(
    em,
    sql`select ${LOCKED_LOT_COLUMNS} from ${table('lot')} l
        where ${matches} ${keyset}
        order by l.harvest_date, l.id limit ${limit} for update`,
  );
}

/**
 * Marks expired holds EXPIRED and takes their kg off the lots' held counters, in one statement;
 * returns the kg released per lot. Only for lots the caller has locked (or, for the sweeper,
 * locked with SKIP LOCKED).
 */
export async function releaseExpiredHolds(em: EntityManager, lotIds: readonly string[]): Promise<Map<string, string>> {
  if (!lotIds.length) return new Map();
  const rows = await query<{ lot_id: string; kg: string }>(
    em,
    sql`with expired as (
          update ${table('reservation_line')} set status = 'EXPIRED'
          where lot_id = any(${[...lotIds]}::uuid[]) and status = 'HELD' and hold_until <= now()
          returning lot_id, kg, reservation_id
        ), per_lot as (
          select lot_id, sum(kg) as kg from expired group by lot_id
        ), lots as (
          update ${table('lot')} l set held_kg = l.held_kg - p.kg from per_lot p where l.id = p.lot_id returning l.id
        ), reservations as (
          update ${table('reservation')} r set status = 'EXPIRED', updated_at = now()
          where r.id in (select reservation_id from expired) and r.status = 'HELD' returning r.id
        )
        select lot_id, kg from per_lot`,
  );
  return new Map(rows.map((r) => [r.lot_id, r.kg]));
}

/** Up to `limit` lots with expired holds, locked; lots another transaction holds are skipped. */
export async function lockLotsWithExpiredHolds(em: EntityManager, limit: number): Promise<string[]> {
  const rows = await query<{ id: string }>(
    em,
    sql`select l.id from ${table('lot')} l
        where l.held_kg > 0 and exists (select 1 from ${table('reservation_line')} rl
                                        where rl.lot_id = l.id and rl.status = 'HELD' and rl.hold_until <= now())
        order by l.harvest_date, l.id limit ${limit} for update skip locked`,
  );
  return rows.map((r) => r.id);
}

export interface HeldLine {
  lotId: string;
  kg: string;
  pricePerKg: string;
}

/**
 * Raises the lots' held kg and writes the reservation's lines, with the reservation's hold time:
 * one statement, so the lots stay locked for as short a time as can be.
 */
export async function holdOnLots(em: EntityManager, reservationId: string, lines: readonly HeldLine[]): Promise<void> {
  await query(
    em,
    sql`with v as (
          select * from unnest(${lines.map((l) => l.lotId)}::uuid[], ${lines.map((l) => l.kg)}::numeric[], ${lines.map((l) => l.pricePerKg)}::numeric[]) v(id, kg, price)
        ), held as (
          update ${table('lot')} l set held_kg = l.held_kg + v.kg, updated_at = now() from v where l.id = v.id returning l.id
        )
        insert into ${table('reservation_line')} (id, reservation_id, lot_id, kg, price_per_kg, status, hold_until)
        select gen_random_uuid(), r.id, v.id, v.kg, v.price, 'HELD', r.hold_until
        from v, ${table('reservation')} r where r.id = ${reservationId}`,
  );
}

/** The reservation locked for a change of status: its status, whether its hold is still live, its shipment. */
export async function lockReservation(
  em: EntityManager,
  id: string,
): Promise<{ status: ReservationStatus; live: boolean; shipment_id: string | null } | null> {
  return queryOne(em, sql`select status, hold_until > now() as live, shipment_id from ${table('reservation')} where id = ${id} for update`);
}

/** Locks the reservation's lots, in the order every reservation locks lots. */
export async function lockLotsOfReservation(em: EntityManager, reservationId: string): Promise<void> {
  await query(
    em,
    sql`select l.id from ${table('lot')} l where l.id in (select lot_id from ${table('reservation_line')} where reservation_id = ${reservationId})
        order by l.harvest_date, l.id for update`,
  );
}

/**
 * Moves a reservation's kg out of the lots' `from` counter (into confirmed kg when it is
 * confirmed, back to supply when cancelled) and sets it and its lines to `to`.
 */
export async function moveReservation(em: EntityManager, id: string, from: 'HELD' | 'CONFIRMED', to: 'CONFIRMED' | 'CANCELLED'): Promise<void> {
  const per = sql`(select lot_id, sum(kg) as kg from ${table('reservation_line')} where reservation_id = ${id} group by lot_id) x`;
  const counters =
    from === 'HELD'
      ? to === 'CONFIRMED'
        ? sql`held_kg = l.held_kg - x.kg, confirmed_kg = l.confirmed_kg + x.kg`
        : sql`held_kg = l.held_kg - x.kg`
      : to === 'CONFIRMED'
        ? sql`confirmed_kg = l.confirmed_kg`
        : sql`confirmed_kg = l.confirmed_kg - x.kg`;
  await query(em, sql`update ${table('lot')} l set ${counters}, updated_at = now() from ${per} where l.id = x.lot_id`);
  await query(em, sql`update ${table('reservation_line')} set status = ${to} where reservation_id = ${id}`);
  await query(em, sql`update ${table('reservation')} set status = ${to}, updated_at = now() where id = ${id}`);
}

/** A market's reservations in one alliance, newest first. */
export async function reservationsOfMarketIn(
  em: EntityManager,
  market: Member,
  allianceId: string,
  status: ReservationStatus | null,
  limit: number,
): Promise<Reservation[]> {
  return em.find(Reservation, { market, allianceId, ...(status ? { status } : {}) }, { orderBy: { createdAt: 'desc', id: 'asc' }, limit });
}
