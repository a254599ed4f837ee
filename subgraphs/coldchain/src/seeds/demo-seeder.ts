import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { DemoFacts } from '@alliance/subgraph-kit';
import { CustodyEvent, Facility, Sensor, Vehicle } from '../entities/index.ts';

/** A small deterministic generator, so the demo is the same on every machine. */
function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Luxi's cold chain at the scale of BRIEF.md section 4: 242 cold stores with over 100,000 m³,
 * 17 ice plants making 3,000 t of ice a day, 23 washing plants with 400+ lines washing 3,000 t a
 * day, refrigerated trucks of the logistics members; dry warehouses for Yili. Sensors report every
 * 15 minutes for the last four days; recent lots went through washing, icing and cold storage.
 */
export async function seedDemoColdChain(em: EntityManager, log: Logger, facts: DemoFacts): Promise<boolean> {
  if (!facts.members.length) return false;
  if ((await em.count(Facility, {})) > 0) {
    await recordAlliancesOfOlderDemoData(em, facts);
    return false;
  }
  const allianceOf = new Map(facts.members.map((m) => [m.id, m.allianceId]));
  const random = seeded(2023);
  const of = (kind: string, prefix: string) => facts.members.filter((m) => m.kind === kind && m.code.startsWith(prefix));
  const coldStoreOperators = of('COLD_STORE', 'LX-');
  const iceOperators = of('ICE_PLANT', 'LX-');
  const washers = of('WASHING_PLANT', 'LX-');
  const haulers = of('LOGISTICS', 'LX-');
  const warehouses = of('LOGISTICS', 'YL-');
  const facilities: Facility[] = [];
  const sensors: Sensor[] = [];
  const add = (f: Partial<Facility>) => {
    const facility = Object.assign(new Facility(), { ...f, allianceId: allianceOf.get(f.operatorId!) ?? null });
    facilities.push(facility);
    if (facility.kind !== 'ICE_PLANT') sensors.push(Object.assign(new Sensor(), { code: `T-${facility.code}`, facility }));
    return facility;
  };
  for (let i = 0; i < 242; i++) {
    const op = coldStoreOperators[i % coldStoreOperators.length]!;
    const m3 = Math.round(300 + 560 * random());
    add({ code: `CS-${String(i + 1).padStart(3, '0')}`, name: `Cold store ${i + 1} (${op.code})`, kind: 'COLD_STORE', operatorId: op.id, township: op.township, storageCubicMetres: m3.toFixed(2), storageCapacityKg: (m3 * 250).toFixed(3) });
  }
  for (let i = 0; i < 17; i++) {
    const op = iceOperators[i % iceOperators.length]!;
    add({ code: `IP-${String(i + 1).padStart(2, '0')}`, name: `Ice plant ${i + 1} (${op.code})`, kind: 'ICE_PLANT', operatorId: op.id, township: op.township, iceTonnesPerDay: (3000 / 17).toFixed(3) });
  }
  washers.forEach((op, i) => {
    const lines = 17 + (i % 3);
    add({ code: `WP-${String(i + 1).padStart(2, '0')}`, name: `Washing plant ${i + 1} (${op.code})`, kind: 'WASHING_PLANT', operatorId: op.id, township: op.township, washingLines: lines, washingTonnesPerDay: (lines * 7.25).toFixed(3) });
  });
  warehouses.forEach((op, i) => {
    const m3 = 2000 + 1000 * i;
    add({ code: `DW-${String(i + 1).padStart(2, '0')}`, name: `Dry warehouse ${i + 1} (${op.code})`, kind: 'DRY_WAREHOUSE', operatorId: op.id, township: op.township, storageCubicMetres: m3.toFixed(2), storageCapacityKg: (m3 * 120).toFixed(3) });
  });
  const vehicles: Vehicle[] = [];
  haulers.forEach((op, i) => {
    for (let v = 0; v < 5; v++) {
      const vehicle = Object.assign(new Vehicle(), { plate: `云G·${String(i * 5 + v + 1).padStart(2, '0')}${'LXKJ'[v % 4]}冷`, operatorId: op.id, allianceId: op.allianceId });
      vehicles.push(vehicle);
      sensors.push(Object.assign(new Sensor(), { code: `T-V${String(i * 5 + v + 1).padStart(2, '0')}`, vehicle }));
    }
  });

  const coldStores = facilities.filter((f) => f.kind === 'COLD_STORE');
  const washingPlants = facilities.filter((f) => f.kind === 'WASHING_PLANT');
  const events: CustodyEvent[] = [];
  const event = (lotId: string, kind: CustodyEvent['kind'], at: Date, actorId: string, quantityKg: string, place: { facility?: Facility; vehicle?: Vehicle }) =>
    events.push(Object.assign(new CustodyEvent(), { lotId, kind, at, actorId, quantityKg, facility: place.facility ?? null, vehicle: place.vehicle ?? null }));
  const scallionLots = facts.lots.filter((l) => l.crop === 'SCALLION').slice(0, 120);
  scallionLots.forEach((lot, i) => {
    const day = Date.parse(`${lot.harvestDate}T00:00:00+08:00`);
    const wash = washingPlants[i % washingPlants.length]!;
    const store = coldStores[i % coldStores.length]!;
    event(lot.id, 'RECEIVED', new Date(day + 9 * 3_600_000), wash.operatorId, lot.quantityKg, { facility: wash });
    event(lot.id, 'WASHED', new Date(day + 10 * 3_600_000), wash.operatorId, lot.quantityKg, { facility: wash });
    event(lot.id, 'ICED', new Date(day + 10.5 * 3_600_000), wash.operatorId, lot.quantityKg, { facility: wash });
    event(lot.id, 'STORED', new Date(day + 12 * 3_600_000), store.operatorId, lot.quantityKg, { facility: store });
    if (i % 6 === 0 && vehicles.length) {
      const truck = vehicles[i % vehicles.length]!;
      event(lot.id, 'LOADED', new Date(day + 30 * 3_600_000), truck.operatorId, lot.quantityKg, { vehicle: truck });
    }
  });

  await em.transactional(async (tx) => {
    tx.persist([...facilities, ...vehicles, ...sensors, ...events]);
    await tx.flush();
    // Four days of readings every 15 minutes from every sensor, generated in the database: cold
    // stores near 0.5 °C, washing halls (iced water) near 3.5 °C, trucks near 2 °C; a few stores had
    // a door left open, so a few lots show an excursion.
    const schema = tx.config.get('schema');
    await tx.execute(
      `insert into "${schema}".temperature_reading (sensor_id, at, celsius, relative_humidity)
       select s.id, t,
              round((case when f.kind = 'WASHING_PLANT' then 3.5 when f.kind = 'DRY_WAREHOUSE' then 15 when s.vehicle_id is not null then 2 else 0.5 end
                     + 0.6 * sin(extract(epoch from t) / 5400 + hashtext(s.code) % 7)
                     + case when f.code in ('CS-003', 'CS-010', 'CS-017') and t between date_trunc('hour', now()) - interval '30 hours' and date_trunc('hour', now()) - interval '29 hours'
                            then 6.5 else 0 end)::numeric, 2),
              round((case when f.kind = 'DRY_WAREHOUSE' then 50 else 95 end + 3 * cos(extract(epoch from t) / 7200))::numeric, 2)
       from "${schema}".sensor s left join "${schema}".facility f on f.id = s.facility_id,
            generate_series(date_trunc('hour', now()) - interval '4 days', date_trunc('hour', now()), interval '15 minutes') t`,
    );
  });
  log.info({ facilities: facilities.length, vehicles: vehicles.length, custodyEvents: events.length }, 'coldchain demo data loaded');
  return true;
}

/**
 * Demo data loaded before facilities and vehicles recorded their alliance (take their operator's),
 * and before the members subgraph announced its members (take them as they stand, as an
 * announcement older than any real one).
 */
async function recordAlliancesOfOlderDemoData(em: EntityManager, facts: DemoFacts): Promise<void> {
  const schema = em.config.get('schema');
  await em.execute(
    `insert into "${schema}".member_directory (member_id, status, alliance_ids, announced_at)
     select m.id, m.status, m.alliance_ids, 'epoch'::timestamptz from json_to_recordset(?::json) as m(id uuid, status text, alliance_ids uuid[])
     on conflict (member_id) do nothing`,
    [JSON.stringify(facts.members.map((m) => ({ id: m.id, status: m.status, alliance_ids: m.allianceIds })))],
  );
  const operators = JSON.stringify(facts.members.map((m) => ({ id: m.id, alliance_id: m.allianceId })));
  for (const table of ['facility', 'vehicle']) {
    await em.execute(
      `update "${schema}".${table} t set alliance_id = o.alliance_id from json_to_recordset(?::json) as o(id uuid, alliance_id uuid)
       where t.alliance_id is null and t.operator_id = o.id`,
      [operators],
    );
  }
}
