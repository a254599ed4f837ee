import type { EntityManager } from '@mikro-orm/postgresql';
import { query, sql, table } from '@alliance/db';

/**
 * Four days of readings every 15 minutes from every sensor, generated in the database: cold stores
 * near 0.5 °C, washing halls (iced water) near 3.5 °C, trucks near 2 °C, dry warehouses near 15 °C;
 * a few stores had a door left open, so a few lots show an excursion.
 */
export async function generateDemoReadings(em: EntityManager, doorLeftOpenAt: readonly string[]): Promise<void> {
  await query(
    em,
    sql`insert into ${table('temperature_reading')} (sensor_id, at, celsius, relative_humidity)
        select s.id, t,
               round((case when f.kind = 'WASHING_PLANT' then 3.5 when f.kind = 'DRY_WAREHOUSE' then 15 when s.vehicle_id is not null then 2 else 0.5 end
                      + 0.6 * sin(extract(epoch from t) / 5400 + hashtext(s.code) % 7)
                      + case when f.code = any(${[...doorLeftOpenAt]}::text[]) and t between date_trunc('hour', now()) - interval '30 hours' and date_trunc('hour', now()) - interval '29 hours'
                             then 6.5 else 0 end)::numeric, 2),
               round((case when f.kind = 'DRY_WAREHOUSE' then 50 else 95 end + 3 * cos(extract(epoch from t) / 7200))::numeric, 2)
        from ${table('sensor')} s left join ${table('facility')} f on f.id = s.facility_id,
             generate_series(date_trunc('hour', now()) - interval '4 days', date_trunc('hour', now()), interval '15 minutes') t`,
  );
}

/** Facilities and vehicles of demo data loaded before they recorded their alliance take their operator's. */
export async function recordAlliancesOfOperatorsPlaces(em: EntityManager, operators: readonly { id: string; allianceId: string }[]): Promise<void> {
  const json = JSON.stringify(operators.map((o) => ({ id: o.id, alliance_id: o.allianceId })));
  for (const place of [table('facility'), table('vehicle')]) {
    await query(
      em,
      sql`update ${place} t set alliance_id = o.alliance_id from json_to_recordset(${json}::json) as o(id uuid, alliance_id uuid)
          where t.alliance_id is null and t.operator_id = o.id`,
    );
  }
}
