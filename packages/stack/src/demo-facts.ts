import type { EntityManager } from '@mikro-orm/postgresql';
import type { DemoFacts } from '@alliance/subgraph-kit';

/**
 * The development seeder's view of the members demo data, so other subgraphs' demo records
 * (facilities of operators, custody of lots) can refer to real ids. Only `npm start` seeding uses
 * this; no subgraph reads another's tables.
 */
export async function demoFacts(membersEm: EntityManager): Promise<DemoFacts> {
  const members = await membersEm.execute<DemoFacts['members']>(
    `select m.id, m.code, m.kind, m.township,
            (select ms.alliance_id from members.membership ms join members.alliance a on a.id = ms.alliance_id
             where ms.member_id = m.id order by a.code limit 1) as "allianceId"
     from members.member m
     where m.kind in ('COLD_STORE', 'ICE_PLANT', 'WASHING_PLANT', 'LOGISTICS', 'PARTNER_MARKET', 'GROWER', 'COOPERATIVE') order by m.code`,
  );
  const lots = await membersEm.execute<DemoFacts['lots']>(
    `select l.id, l.crop, to_char(l.harvest_date, 'YYYY-MM-DD') as "harvestDate", l.township, l.quantity_kg::text as "quantityKg", m.code as "memberCode"
     from members.lot l join members.member m on m.id = l.member_id
     where not l.forward order by l.harvest_date, l.id limit 400`,
  );
  return { members, lots };
}
