import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { DemoFacts } from '@alliance/subgraph-kit';
import { Prng } from '@alliance/domain-kit';
import { CustodyEvent, Facility, Sensor, Vehicle } from '../entities/index.ts';
import { generateDemoReadings, recordAlliancesOfOperatorsPlaces } from '../store/demo.ts';
import { recordLotAlliances } from '../store/lot-alliances.ts';

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
  const random = new Prng(2023);
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
    const m3 = Math.round(300 + 560 * random.next());
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
    // Loads go through shipments (stack/src/demo-shipments.ts): a lot's kg leave its store only
    // when a trip takes them, so what is on offer is what the stores hold.
  });

  await em.transactional(async (tx) => {
    tx.persist([...facilities, ...vehicles, ...sensors, ...events]);
    await tx.flush();
    await generateDemoReadings(tx, ['CS-003', 'CS-010', 'CS-017']);
    await recordLotAlliances(tx, lotAlliancesOf(facts));
  });
  log.info({ facilities: facilities.length, vehicles: vehicles.length, custodyEvents: events.length }, 'coldchain demo data loaded');
  return true;
}

/** Each demo lot's alliance: its grower's (the members subgraph announces lots it registers from now on). */
function lotAlliancesOf(facts: DemoFacts): { lotId: string; allianceId: string }[] {
  const allianceOf = new Map(facts.members.map((m) => [m.code, m.allianceId]));
  return facts.lots.flatMap((l) => {
    const allianceId = allianceOf.get(l.memberCode);
    return allianceId ? [{ lotId: l.id, allianceId }] : [];
  });
}

/**
 * Demo data loaded before facilities and vehicles recorded their alliance (take their operator's),
 * and before lots' alliances were announced. The member directory is the members subgraph's
 * announcement at its start.
 */
async function recordAlliancesOfOlderDemoData(em: EntityManager, facts: DemoFacts): Promise<void> {
  await recordAlliancesOfOperatorsPlaces(em, facts.members);
  await recordLotAlliances(em, lotAlliancesOf(facts));
}
