import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { shanghaiDay } from '@alliance/domain-kit';
import { announceMembers } from '../domain/directory-announcements.ts';
import { announceLots } from '../domain/lots-announcements.ts';
import { numberLot } from '../domain/lots.ts';
import { Alliance, Base, Lot, Member, Membership } from '../entities/index.ts';
import { buildDemoLots } from './demo-lots.ts';
import { buildDemoData } from './demo-data.ts';
import { upsertMarketRoute } from '../store/freshness.ts';

/** The Luxi office's routes to its partner markets: trucks at 2 °C, ~40 h to Shanghai, ~30 h to Daya Bay (Shenzhen side). */
const DEMO_ROUTES: Record<string, { transitHours: number; truckTempC: number }> = {
  'SH-VEG': { transitHours: 40, truckTempC: 2 },
  'DYB-MKT': { transitHours: 30, truckTempC: 2 },
};

/**
 * Loads the deterministic demo data (BRIEF.md section 4) into an empty members schema, in one
 * transaction. Does nothing when alliances already exist.
 */
export async function seedDemoMembers(em: EntityManager, log: Logger): Promise<boolean> {
  if ((await em.count(Alliance, {})) > 0) return false;
  const data = buildDemoData();
  const lots = buildDemoLots(data, shanghaiDay());
  await em.transactional(async (tx) => {
    const alliances = new Map<string, Alliance>();
    for (const a of data.alliances) {
      const alliance = tx.create(Alliance, { id: a.id, code: a.code, name: a.name, region: a.region, crops: a.crops, createdAt: new Date() });
      alliances.set(a.code, alliance);
    }
    const members = new Map<string, Member>();
    for (const m of data.members) {
      const member = new Member();
      Object.assign(member, {
        id: m.id,
        code: m.code,
        name: m.name,
        kind: m.kind,
        creditCode: m.creditCode,
        township: m.township,
        contactName: m.contactName,
        contactPhone: m.contactPhone,
        status: m.status,
        statusReason: m.status === 'SUSPENDED' ? 'Demo: failed a pesticide residue spot check' : null,
        joinedOn: m.joinedOn,
      });
      tx.persist(member);
      members.set(m.code, member);
      for (const ms of m.memberships) tx.persist(new Membership(member, alliances.get(ms.allianceCode)!, ms.roles));
    }
    for (const m of data.members) if (m.cooperativeCode) members.get(m.code)!.cooperativeId = members.get(m.cooperativeCode)!.id;
    const bases = new Map<string, Base>();
    const saved: Lot[] = [];
    for (const b of data.bases) {
      const base = new Base(members.get(b.memberCode)!, b.township, b.areaMu, b.crop);
      base.id = b.id;
      tx.persist(base);
      bases.set(b.id, base);
    }
    await tx.flush();
    for (const l of lots) {
      const member = members.get(l.memberCode)!;
      const alliance = data.members.find((m) => m.code === l.memberCode)!.memberships[0]!.allianceCode;
      const lot = new Lot();
      Object.assign(lot, { ...l, member, base: bases.get(l.baseId)!, allianceId: alliances.get(alliance)!.id });
      await numberLot(tx, lot);
      tx.persist(lot);
      saved.push(lot);
    }
    await tx.flush();
    for (const [code, route] of Object.entries(DEMO_ROUTES)) {
      const market = data.members.find((m) => m.code === code);
      if (!market) continue;
      await upsertMarketRoute(tx, alliances.get(market.memberships[0]!.allianceCode)!.id, members.get(code)!.id, route);
    }
    // The other subgraphs learn the whole directory at once: who is a member of which alliance, in what standing.
    await announceMembers(tx, [...members.values()].map((m) => m.id));
    // And which alliance each lot is of (the cold chain records custody only within it).
    await announceLots(tx, saved);
  });
  log.info({ members: data.members.length, bases: data.bases.length, lots: lots.length }, 'members demo data loaded');
  return true;
}
