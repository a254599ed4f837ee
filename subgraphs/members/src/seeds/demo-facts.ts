import type { EntityManager } from '@mikro-orm/postgresql';
import type { DemoFacts } from '@alliance/subgraph-kit';
import { Lot, Member, Membership } from '../entities/index.ts';

/**
 * What other subgraphs' demo data may refer to (operators of facilities, lots in custody), handed
 * out by the members subgraph itself so that the stack's seeder never reads members' tables. Only
 * demo seeding calls it.
 */
export async function demoFacts(em: EntityManager): Promise<DemoFacts> {
  const memberships = await em.find(Membership, {}, { populate: ['alliance'], orderBy: { alliance: { code: 'asc' } } });
  const alliancesOf = new Map<string, string[]>();
  for (const m of memberships) alliancesOf.set(m.member.id, [...(alliancesOf.get(m.member.id) ?? []), m.alliance.id]);
  const members = (await em.find(Member, { id: { $in: [...alliancesOf.keys()] } }, { orderBy: { code: 'asc' } })).map((m) => {
    const allianceIds = alliancesOf.get(m.id)!;
    return { id: m.id, code: m.code, kind: m.kind, township: m.township, status: m.status, allianceId: allianceIds[0]!, allianceIds };
  });
  const lots = await em.find(Lot, { forward: false }, { populate: ['member'], orderBy: { harvestDate: 'asc', id: 'asc' }, limit: 400 });
  return {
    members,
    lots: lots.map((l) => ({ id: l.id, crop: l.crop, harvestDate: l.harvestDate, township: l.township, quantityKg: l.quantityKg, memberCode: l.member.code })),
  };
}
