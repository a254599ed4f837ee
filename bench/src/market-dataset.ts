import pg from 'pg';

/**
 * A large, reproducible marketplace dataset built inside PostgreSQL (setseed + generate_series),
 * with the shapes of real data:
 * - lots spread over a year of harvests; only the last ~10 days are still on offer, older ones
 *   were shipped (so the table grows with history while the supply on offer stays county-sized);
 * - townships skewed by their scallion area (Jinma and Zhongshu dominate), varieties RED > WHITE
 *   > BLACK, grades mostly A/B; lot sizes log-normal (most lots small, a few large);
 * - reservations mostly confirmed or cancelled on old lots, some live holds on recent ones.
 */
export interface DatasetSize {
  lots: number;
  reservations: number;
}

export interface Dataset {
  allianceId: string;
  marketIds: string[];
  /** A cold store operator (FACILITY_OPERATOR) who runs every bench cold store. */
  operatorId: string;
  /** One big lot (1,000 t, BLACK grade C in Yongning: outside the partner page's filter) for the hot-lot reservations. */
  hotLotId: string;
  lotsOnOffer: number;
}

const TOWNSHIPS = [
  ['Jinma', 50_000],
  ['Zhongshu', 45_000],
  ['Baishui', 28_000],
  ['Jiucheng', 8_500],
  ['Wujie', 2_000],
  ['Yongning', 1_500],
] as const;

export async function generateMarketDataset(url: string, size: DatasetSize, onProgress: (m: string) => void): Promise<Dataset> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const q = (sql: string, params: unknown[] = []) => client.query(sql, params);
  try {
    await q('select setseed(0.2023)');
    const total = TOWNSHIPS.reduce((s, [, a]) => s + a, 0);
    let acc = 0;
    const bounds = TOWNSHIPS.map(([name, area]) => {
      acc += area / total;
      return `when r < ${acc.toFixed(6)} then '${name}'`;
    }).join(' ');
    onProgress('alliance, 588 growers with bases, 4 markets');
    const { rows: [alliance] } = await q(
      `insert into members.alliance (id, code, name, region, crops, created_at)
       values (gen_random_uuid(), 'BENCH', 'Benchmark alliance', 'Yunnan', '{SCALLION}', now()) returning id`,
    );
    await q(
      `insert into members.member (id, code, name, kind, township, contact_name, contact_phone, status, joined_on, created_at, updated_at)
       select gen_random_uuid(), 'BG-' || lpad(g::text, 4, '0'), 'Grower ' || g, 'GROWER', t.township, 'Grower ' || g, '138' || lpad(g::text, 8, '0'),
              'ACTIVE', date '2020-01-01', now(), now()
       from generate_series(1, 588) g, lateral (select case ${bounds} else 'Jinma' end as township from (select random() as r) x) t`,
    );
    await q(
      `insert into members.member (id, code, name, kind, township, contact_name, contact_phone, status, joined_on, created_at, updated_at)
       select gen_random_uuid(), 'BM-' || g, 'Market ' || g, 'PARTNER_MARKET', 'Shanghai', 'Buyer', '021' || lpad(g::text, 8, '0'), 'ACTIVE', date '2020-01-01', now(), now()
       from generate_series(1, 4) g`,
    );
    await q(
      `insert into members.member (id, code, name, kind, township, contact_name, contact_phone, status, joined_on, created_at, updated_at)
       values (gen_random_uuid(), 'BO-1', 'Bench cold stores', 'COLD_STORE', 'Jinma', 'Operator', '08710000001', 'ACTIVE', date '2020-01-01', now(), now())`,
    );
    await q(
      `insert into members.membership (member_id, alliance_id, roles)
       select id, $1, case when kind = 'GROWER' then '{GROWER}'::text[] when kind = 'COLD_STORE' then '{FACILITY_OPERATOR}'::text[] else '{PARTNER_MARKET}'::text[] end
       from members.member where code like 'BG-%' or code like 'BM-%' or code = 'BO-1'`,
      [alliance.id],
    );
    await q(
      `insert into members.base (id, member_id, township, area_mu, crop)
       select gen_random_uuid(), id, township, round((2 + 60 * random() ^ 3)::numeric, 2), 'SCALLION' from members.member where code like 'BG-%'`,
    );
    // Lots may carry a short lot number (GS1 AI 10: at most 20 characters); filled when the column exists.
    const { rows: [numbered] } = await q(
      `select count(*)::int as n from information_schema.columns where table_schema = 'members' and table_name = 'lot' and column_name = 'lot_number'`,
    );
    const lotNumberColumn = numbered.n ? ', lot_number' : '';
    const lotNumberOf = (expr: string) => (numbered.n ? `, ${expr}` : '');
    onProgress(`${size.lots.toLocaleString()} lots`);
    // About 1,000 lots a day (2,000 t at ~2 t a lot): a bigger table is a longer history, while the
    // last 10 days — what is still on offer — stay the same size.
    await q(
      `insert into members.lot (id, member_id, alliance_id, base_id, township, crop, variety, grade, quantity_kg, held_kg, confirmed_kg, shipped_kg,
                                harvest_date, forward, asking_price_per_kg, status, created_at, updated_at, lot_number)
       select gen_random_uuid(), b.member_id, $1, b.id, b.township, 'SCALLION',
              case when v < 0.55 then 'RED' when v < 0.85 then 'WHITE' else 'BLACK' end,
              case when gr < 0.45 then 'A' when gr < 0.85 then 'B' else 'C' end,
              kg, 0, 0, case when age >= 10 then kg else 0 end,
              current_date - age, false, round((1.6 + 1.4 * random())::numeric, 2), 'LISTED', now(), now(),
              'BENCH-' || to_char(current_date - age, 'YYMMDD') || '-' || lpad(n::text, greatest(4, length(n::text)), '0')
       from (
         -- The lot number's counter: per harvest day, in the order generated.
         select x0.*, row_number() over (partition by x0.age order by x0.g) as n from (
         select g, random() as v, random() as gr, floor(random() * $3::int)::int as age,
                least(20000, round((exp(6.9 + 0.9 * sqrt(-2 * ln(greatest(random(), 1e-12))) * cos(2 * pi() * random())))::numeric, 3)) as kg,
                1 + floor(random() * 588)::int as grower_no
         from generate_series(1, $2::int) g
       ) x0
       ) x
       join lateral (select b.id, b.member_id, b.township from members.base b join members.member m on m.id = b.member_id
                     where m.code = 'BG-' || lpad(x.grower_no::text, 4, '0') limit 1) b on true`,
      [alliance.id, size.lots, Math.max(10, Math.round(size.lots / 1000))],
    );
    await q(
      `insert into members.lot_number_counter (alliance_id, harvest_date, last_sequence)
       select alliance_id, harvest_date, count(*) from members.lot where alliance_id = $1 group by alliance_id, harvest_date`,
      [alliance.id],
    );
    onProgress(`${size.reservations.toLocaleString()} reservations`);
    await q(
      `create temporary table bench_res as
       select gen_random_uuid() as id, m.id as market_id, l.id as lot_id, l.harvest_date, l.quantity_kg, l.asking_price_per_kg,
              case when l.harvest_date > current_date - 10 then (case when random() < 0.3 then 'HELD' else 'CONFIRMED' end)
                   else (case when random() < 0.85 then 'CONFIRMED' when random() < 0.5 then 'CANCELLED' else 'EXPIRED' end) end as status,
              row_number() over () as n
       from (select id, harvest_date, quantity_kg, asking_price_per_kg, 1 + floor(random() * 4)::int as market_no
             from members.lot where alliance_id = $1 order by random() limit $2) l
       join members.member m on m.code = 'BM-' || l.market_no`,
      [alliance.id, size.reservations],
    );
    await q(
      `insert into members.reservation (id, market_id, alliance_id, idempotency_key, request_fingerprint, status, hold_until, created_at, updated_at)
       select id, market_id, $1, 'bench-' || n, '{}', status,
              case when status = 'HELD' then now() + interval '2 hours' else harvest_date + interval '1 day' end, now(), now() from bench_res`,
      [alliance.id],
    );
    // Each lot is picked once above, and its market once per lot (a random() in the join condition
    // would be drawn again for every market row, giving a lot up to four reservations whose lines
    // could sum past its quantity: lot_never_oversold). So a lot has one line of 10–40 % of it.
    // Old lots were shipped whole; a reservation on one is its history. Recent lots carry a live share.
    await q(
      `insert into members.reservation_line (id, reservation_id, lot_id, kg, price_per_kg, status, hold_until)
       select gen_random_uuid(), r.id, r.lot_id, round(r.quantity_kg * (0.1 + 0.3 * random())::numeric, 3), r.asking_price_per_kg, r.status,
              case when r.status = 'HELD' then now() + interval '2 hours' else r.harvest_date + interval '1 day' end
       from bench_res r`,
    );
    await q(
      `update members.lot l set held_kg = x.held, confirmed_kg = x.confirmed
       from (select lot_id, coalesce(sum(kg) filter (where status = 'HELD'), 0) as held, coalesce(sum(kg) filter (where status = 'CONFIRMED'), 0) as confirmed
             from members.reservation_line group by lot_id) x
       join members.lot l2 on l2.id = x.lot_id and l2.shipped_kg = 0
       where l.id = x.lot_id`,
    );
    const { rows: [hot] } = await q(
      `insert into members.lot (id, member_id, alliance_id, base_id, township, crop, variety, grade, quantity_kg, held_kg, confirmed_kg, shipped_kg,
                                harvest_date, forward, asking_price_per_kg, status, created_at, updated_at${lotNumberColumn})
       select gen_random_uuid(), b.member_id, $1, b.id, 'Yongning', 'SCALLION', 'BLACK', 'C', 1000000, 0, 0, 0, current_date, false, 2.00, 'LISTED', now(), now()${lotNumberOf(`'BL-HOT'`)}
       from members.base b join members.member m on m.id = b.member_id where m.code = 'BG-0001' limit 1 returning id`,
      [alliance.id],
    );
    // What autovacuum does after a bulk load: statistics, and the visibility map for index-only scans.
    onProgress('vacuum analyze');
    for (const table of ['lot', 'reservation_line', 'reservation']) await q(`vacuum analyze members.${table}`);
    const { rows: markets } = await q(`select id from members.member where code like 'BM-%' order by code`);
    const { rows: [operator] } = await q(`select id from members.member where code = 'BO-1'`);
    const { rows: [open] } = await q(
      `select count(*)::int as n from members.lot where alliance_id = $1 and status = 'LISTED' and quantity_kg > confirmed_kg + shipped_kg`,
      [alliance.id],
    );
    return { allianceId: alliance.id, marketIds: markets.map((m) => m.id), operatorId: operator.id, hotLotId: hot.id, lotsOnOffer: open.n };
  } finally {
    await client.end();
  }
}

/**
 * The cold chain behind the open lots: 60 cold stores with a sensor each, readings every
 * `readingMinutes` (hourly by default; 5 for 5-minute loggers) for the last 12 days, and a STORED
 * custody event for every lot on offer, at noon of its harvest day.
 */
export async function generateColdChainDataset(
  url: string,
  data: Pick<Dataset, 'allianceId' | 'operatorId'>,
  onProgress: (m: string) => void,
  opts: { readingMinutes?: number } = {},
): Promise<void> {
  const every = opts.readingMinutes ?? 60;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const q = (sql: string, params: unknown[] = []) => client.query(sql, params);
  try {
    onProgress(`cold chain: 60 cold stores, a reading every ${every} minutes for 12 days, custody of every lot on offer`);
    await q('select setseed(0.2024)');
    await q(
      `insert into coldchain.facility (id, code, name, kind, operator_id, alliance_id, township, status, storage_cubic_metres, storage_capacity_kg, created_at)
       select gen_random_uuid(), 'BCS-' || g, 'Bench cold store ' || g, 'COLD_STORE', $1, $2,
              (array['Jinma','Zhongshu','Baishui','Jiucheng','Wujie','Yongning'])[1 + g % 6], 'ACTIVE', 500, 125000, now()
       from generate_series(1, 60) g`,
      [data.operatorId, data.allianceId],
    );
    await q(`insert into coldchain.sensor (id, code, facility_id) select gen_random_uuid(), 'BT-' || code, id from coldchain.facility where code like 'BCS-%'`);
    await q(
      `insert into coldchain.temperature_reading (sensor_id, at, celsius)
       select s.id, t, round((0.5 + 0.8 * sin(extract(epoch from t) / 9000 + hashtext(s.code) % 5) + case when random() < 0.01 then 6 else 0 end)::numeric, 2)
       from coldchain.sensor s, generate_series(date_trunc('hour', now()) - interval '12 days', date_trunc('hour', now()), make_interval(mins => $1)) t
       where s.code like 'BT-BCS-%'`,
      [every],
    );
    await q(
      `insert into coldchain.custody_event (id, lot_id, kind, at, facility_id, actor_id, quantity_kg, recorded_at)
       select gen_random_uuid(), l.id, 'STORED', l.harvest_date + interval '12 hours', f.id, f.operator_id, l.quantity_kg, now()
       from members.lot l
       cross join lateral (select id, operator_id from coldchain.facility where code = 'BCS-' || (1 + abs(hashtext(l.id::text)) % 60)) f
       where l.alliance_id = $1 and l.status = 'LISTED' and l.quantity_kg > l.confirmed_kg + l.shipped_kg`,
      [data.allianceId],
    );
    for (const table of ['temperature_reading', 'custody_event', 'sensor', 'facility']) await q(`vacuum analyze coldchain.${table}`);
  } finally {
    await client.end();
  }
}
