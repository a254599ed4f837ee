import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { query, queryOne, sql, table } from '@alliance/db';
import { Base, Lot, type Member } from '../entities/index.ts';

/** The lot, locked for a change and read afresh under the lock. */
export async function lockLot(em: EntityManager, id: string): Promise<Lot> {
  return em.findOneOrFail(Lot, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
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

/** Lots' alliances in id order after `afterId`, a page at a time (to announce them all). */
export async function lotAlliancesAfter(em: EntityManager, afterId: string | null, limit: number): Promise<{ id: string; allianceId: string }[]> {
  return query<{ id: string; allianceId: string }>(
    em,
    sql`select id, alliance_id as "allianceId" from ${table('lot')}
        where ${afterId}::uuid is null or id > ${afterId}::uuid order by id limit ${limit}`,
  );
}
