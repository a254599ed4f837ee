import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { query, queryOne, sql, table, type Sql } from '@alliance/db';
import { Base, Lot, type Member } from '../entities/index.ts';

/** The lot, locked for a change and read afresh under the lock. */
export async function lockLot(em: EntityManager, id: string): Promise<Lot> {
  return em.findOneOrFail(Lot, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
}

/**
 * The next number of the alliance's gapless counter of lots harvested on `harvestDate`, with the
 * alliance's code, in one statement. The upsert locks the counter row until the caller's
 * transaction ends, so concurrent registrations take turns and a rolled-back one gives its number back.
 */
export async function takeLotSequence(em: EntityManager, allianceId: string, harvestDate: string): Promise<{ sequence: number; allianceCode: string }> {
  const row = await queryOne<{ sequence: number; allianceCode: string }>(
    em,
    sql`insert into ${table('lot_number_counter')} as c (alliance_id, harvest_date, last_sequence) values (${allianceId}, ${harvestDate}::date, 1)
        on conflict (alliance_id, harvest_date) do update set last_sequence = c.last_sequence + 1
        returning last_sequence as sequence, (select code from ${table('alliance')} where id = ${allianceId}) as "allianceCode"`,
  );
  return row!;
}

/** Kg buyers have a live claim on: confirmed lines and holds that have not expired. */
export async function liveClaimsKgOfLot(em: EntityManager, lotId: string): Promise<string> {
  const row = await queryOne<{ kg: string }>(
    em,
    sql`select coalesce(sum(kg), 0) as kg from ${table('reservation_line')}
        where lot_id = ${lotId} and (status = 'CONFIRMED' or (status = 'HELD' and hold_until > now()))`,
  );
  return row?.kg ?? '0';
}

/** A member's lots in one alliance, newest harvest first. */
export async function lotsOfMemberIn(em: EntityManager, member: Member, allianceId: string, limit: number): Promise<Lot[]> {
  return em.find(Lot, { member, allianceId }, { orderBy: { harvestDate: 'desc', id: 'asc' }, limit });
}

export async function countLotsOnBase(em: EntityManager, base: Base): Promise<number> {
  return em.count(Lot, { base });
}

export async function findBaseWithMember(em: EntityManager, id: string): Promise<Base | null> {
  return em.findOne(Base, { id }, { populate: ['member'] });
}

export interface LotFactsRow {
  lotId: string;
  lotNumber: string;
  allianceId: string;
  allianceCode: string;
  region: string;
  growerId: string;
  producerName: string;
  producerPhone: string;
  cooperativeId: string | null;
  crop: string;
  variety: string | null;
  grade: string;
  quantityKg: string;
  harvestDate: string;
  township: string;
  status: string;
}

/** Lots with what other subgraphs need of them (their alliance and grower), in one statement. */
function lotFactsWhere(em: EntityManager, where: Sql, limit: number | null): Promise<LotFactsRow[]> {
  return query<LotFactsRow>(
    em,
    sql`select l.id as "lotId", l.lot_number as "lotNumber", l.alliance_id as "allianceId", a.code as "allianceCode", a.region,
               m.id as "growerId", m.name as "producerName", m.contact_phone as "producerPhone", m.cooperative_id as "cooperativeId",
               l.crop, l.variety, l.grade, l.quantity_kg::text as "quantityKg", to_char(l.harvest_date, 'YYYY-MM-DD') as "harvestDate",
               l.township, l.status
        from ${table('lot')} l join ${table('member')} m on m.id = l.member_id join ${table('alliance')} a on a.id = l.alliance_id
        where ${where} order by l.id limit ${limit}`,
  );
}

export function lotFactsOf(em: EntityManager, lotIds: readonly string[]): Promise<LotFactsRow[]> {
  return lotFactsWhere(em, sql`l.id = any(${[...lotIds]}::uuid[])`, null);
}

/** A member's lots, for announcing them again when what they carry of the member changes. */
export function lotFactsOfMember(em: EntityManager, memberId: string): Promise<LotFactsRow[]> {
  return lotFactsWhere(em, sql`l.member_id = ${memberId}`, null);
}

/** Lots in id order after `afterId`, a page at a time (to announce them all). */
export function lotFactsAfter(em: EntityManager, afterId: string | null, limit: number): Promise<LotFactsRow[]> {
  return lotFactsWhere(em, sql`(${afterId}::uuid is null or l.id > ${afterId}::uuid)`, limit);
}
