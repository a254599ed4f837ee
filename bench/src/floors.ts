/**
 * The floors the marketplace bench prints beside each operation: what the database alone needs to
 * answer the same thing, sent from the bench's process over plain `pg` connections. They are
 * written here, not borrowed from the subgraphs' stores, so a change to a store cannot move its
 * own floor; they follow the rules of those stores (the availability rule of
 * members/store/availability.ts, the Q10 shelf-life model and excursion limits of the scallion
 * profile in coldchain/domain) and return the same rows as the operations they stand beside.
 */

/** The filter of the partner market's page (the bench's SUPPLY_QUERY and JOINED_QUERY). */
export interface PageFilter {
  allianceId: string;
  /** availableBy, YYYY-MM-DD. */
  by: string;
  first: number;
}

/** Available kg of the open lot `l`: quantity − confirmed − shipped − live holds. */
const AVAILABLE = `(l.quantity_kg - l.confirmed_kg - l.shipped_kg - case when l.held_kg = 0 then 0 else
  coalesce((select sum(rl.kg) from members.reservation_line rl where rl.lot_id = l.id and rl.status = 'HELD' and rl.hold_until > now()), 0) end)`;

/** The open scallion lots available by $2 with their available kg, each evaluated once. */
const OPEN_LOTS = `open as materialized (
    select l.id, l.member_id, l.variety, l.grade, l.township, l.harvest_date, l.asking_price_per_kg, a.available_kg
    from members.lot l cross join lateral (select ${AVAILABLE} as available_kg) a
    where l.alliance_id = $1 and l.status = 'LISTED' and l.quantity_kg > l.confirmed_kg + l.shipped_kg
      and l.crop = 'SCALLION' and l.harvest_date <= $2::date and a.available_kg > 0
  ),
  matching as (select * from open where variety = 'RED' and grade = any('{A,B}') and township = any('{Jinma,Zhongshu}')),
  page as (
    select m.id, m.grade, m.variety, m.township, m.harvest_date, m.available_kg, m.asking_price_per_kg, g.code as grower_code, g.name as grower_name
    from matching m join members.member g on g.id = m.member_id order by m.harvest_date, m.id limit $3::int + 1
  )`;

/**
 * The supply page + summary in one statement: the page (first + 1 rows, to tell whether more
 * follow, with each grower), the totals over every matching lot, and the summary by variety and
 * grade over the wider filter, from one pass over the open lots.
 */
export const SUPPLY_FLOOR = `with ${OPEN_LOTS}
  select (select json_agg(p) from page p) as page,
         (select json_build_object('lots', count(*), 'kg', sum(available_kg)) from matching) as totals,
         (select json_agg(s) from (select variety, grade, sum(available_kg) as kg, count(*) as lots from open group by variety, grade order by 1, 2) s) as summary`;

/**
 * The joined page in one statement: the supply page and totals, and for each lot on it what the
 * cold chain shows — where it is (its latest custody event's facility), the latest reading there,
 * the excursions since it arrived (runs above 5 °C, hourly readings holding until the next, or below
 * −1 °C) and the remaining shelf life by the Q10 model (28 days at 0 °C, Q10 2.5; harvest midnight to
 * the first reading counted at the unmonitored 20 °C), computed from the raw readings.
 */
export const JOINED_FLOOR = `with ${OPEN_LOTS},
  stay as (
    select distinct on (p.id) p.id as lot_id, p.harvest_date, e.facility_id, e.at
    from page p join coldchain.custody_event e on e.lot_id = p.id and e.facility_id is not null
    order by p.id, e.at desc
  ),
  r as (
    select s.lot_id, t.at, t.celsius::float8 as c, lead(t.at) over w as next_at, lag(t.celsius::float8) over w as prev_c
    from stay s join coldchain.sensor se on se.facility_id = s.facility_id
    join coldchain.temperature_reading t on t.sensor_id = se.id and t.at >= s.at and t.at <= now()
    window w as (partition by s.lot_id order by t.at)
  ),
  agg as (
    select lot_id, min(at) as first_at, (array_agg(c order by at desc))[1] as latest_c,
           sum(extract(epoch from coalesce(next_at, now()) - at) / 3600.0 / (28 * 24 * power(2.5, (0 - c) / 10))) as used,
           count(*) filter (where (c > 5 and not coalesce(prev_c > 5, false)) or (c < -1 and not coalesce(prev_c < -1, false))) as excursions
    from r group by lot_id
  )
  select (select json_agg(x) from (
            select p.*, f.code as location_code, f.township as location_township, a.latest_c, a.excursions,
                   greatest(0, 1 - coalesce(extract(epoch from a.first_at - s.harvest_date::timestamptz) / 3600.0 / (28 * 24 * power(2.5, -2.0)), 0) - coalesce(a.used, 0)) * 28 as remaining_days
            from page p left join stay s on s.lot_id = p.id left join agg a on a.lot_id = p.id left join coldchain.facility f on f.id = s.facility_id
            order by p.harvest_date, p.id) x) as page,
         (select json_build_object('lots', count(*), 'kg', sum(available_kg)) from matching) as totals`;

/** What the floors' workers send: one pg connection each. */
export interface Sender {
  query(text: string, params?: unknown[]): Promise<{ rows: any[]; rowCount: number | null }>;
}

/**
 * reserveSupply's statement on one lot (members/store/reservations.ts reserveOnLot: the
 * reserve_on_lot function claims the key, locks the lot, releases its expired holds, raises its
 * held kg and writes the line), sent raw and autocommitted: what the subgraph sends, without it.
 */
export async function reserveInRawTransaction(c: Sender, x: { lotId: string; marketId: string; allianceId: string; key: string; kg: string }): Promise<void> {
  const { rows: [row] } = await c.query(
    `select outcome from members.reserve_on_lot(gen_random_uuid(), $1::uuid, $2::uuid, $3::text, '{}'::text, 120, $4::uuid, $5::numeric)`,
    [x.marketId, x.allianceId, x.key, x.lotId, x.kg],
  );
  if (row.outcome !== 'HELD') throw new Error(`the hot lot reservation came to ${row.outcome}`);
}

/** The least a hold on one lot can be: one autocommitted conditional UPDATE of its counter. */
export async function bareConditionalUpdate(c: Sender, lotId: string, kg: string): Promise<void> {
  const { rowCount } = await c.query(
    `update members.lot set held_kg = held_kg + $2::numeric, updated_at = now()
     where id = $1 and quantity_kg - confirmed_kg - shipped_kg - held_kg >= $2::numeric`,
    [lotId, kg],
  );
  if (rowCount !== 1) throw new Error('the hot lot ran out');
}
