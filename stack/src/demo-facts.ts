import type { EntityManager } from '@mikro-orm/postgresql';
import type { DemoFacts } from '@alliance/subgraph-kit';

/**
 * The development seeder's view of the members demo data, so other subgraphs' demo records
 * (facilities of operators, custody of lots) can refer to real ids. Only `npm start` seeding uses
 * this; no subgraph reads another's tables.
 */
export async function demoFacts(membersEm: EntityManager): Promise<DemoFacts> {
  const members = await membersEm.execute<DemoFacts['members']>(
    `select m.id, m.code, m.kind, m.township, m.status,
            (array_agg(ms.alliance_id order by a.code))[1] as "allianceId", array_agg(ms.alliance_id order by a.code) as "allianceIds"
     from members.member m join members.membership ms on ms.member_id = m.id join members.alliance a on a.id = ms.alliance_id
     group by m.id order by m.code`,
  );
  const lots = await membersEm.execute<DemoFacts['lots']>(
    `select l.id, l.crop, to_char(l.harvest_date, 'YYYY-MM-DD') as "harvestDate", l.township, l.quantity_kg::text as "quantityKg", m.code as "memberCode"
     from members.lot l join members.member m on m.id = l.member_id
     where not l.forward order by l.harvest_date, l.id limit 400`,
  );
  return { members, lots };
}
