import { describe, expect, it } from 'vitest';
import { validateCreditCode } from '@alliance/domain-kit';
import { normaliseMemberCode, validAreaMu, validPhone } from '../../src/domain/member-rules.ts';
import { buildDemoData, LUXI_TOWNSHIPS, type DemoData } from '../../src/seeds/demo-data.ts';
import { buildDemoLots } from '../../src/seeds/demo-lots.ts';

const data = buildDemoData();
const byCode = new Map(data.members.map((m) => [m.code, m]));
const member = (code: string) => {
  const m = byCode.get(code);
  if (!m) throw new Error(`no member ${code}`);
  return m;
};
const withPrefix = (d: DemoData, prefix: string) => d.members.filter((m) => m.code.startsWith(prefix));
const kindCounts = (members: DemoData['members']) => {
  const counts: Record<string, number> = {};
  for (const m of members) counts[m.kind] = (counts[m.kind] ?? 0) + 1;
  return counts;
};
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('demo data: determinism', () => {
  it('is the same for the same seed', () => {
    expect(buildDemoData()).toEqual(data);
    expect(buildDemoData(20231)).toEqual(data);
    expect(JSON.stringify(buildDemoData(5))).toBe(JSON.stringify(buildDemoData(5)));
  });

  it('differs for another seed, with the same shape', () => {
    const other = buildDemoData(7);
    expect(other.members[0]!.id).not.toBe(data.members[0]!.id);
    expect(other.members.map((m) => m.name)).not.toEqual(data.members.map((m) => m.name));
    expect(other.members.map((m) => m.creditCode)).not.toEqual(data.members.map((m) => m.creditCode));
    expect(other.members.map((m) => m.code)).toEqual(data.members.map((m) => m.code));
    expect(kindCounts(other.members)).toEqual(kindCounts(data.members));
  });
});

describe('demo data: the Luxi alliance', () => {
  it('has the alliance as in the seed paper', () => {
    const luxi = data.alliances.find((a) => a.code === 'LUXI')!;
    expect(luxi).toMatchObject({ crops: ['SCALLION'], region: 'Yunnan, Honghe, Luxi County' });
    expect(luxi.name).toContain('Luxi County Scallion Industry Alliance');
  });

  it('has exactly the counts of BRIEF.md section 4, each kind under its code prefix', () => {
    const expected: [string, string, number, string[]][] = [
      ['LX-G', 'GROWER', 588, ['GROWER']],
      ['LX-P', 'COOPERATIVE', 12, ['COOPERATIVE']],
      ['LX-W', 'WASHING_PLANT', 23, ['FACILITY_OPERATOR']],
      ['LX-I', 'ICE_PLANT', 12, ['FACILITY_OPERATOR']],
      ['LX-C', 'COLD_STORE', 30, ['FACILITY_OPERATOR']],
      ['LX-S', 'INPUT_SUPPLIER', 32, []],
      ['LX-E', 'SALES_ENTITY', 24, []],
      ['LX-L', 'LABOR_AGENCY', 18, []],
      ['LX-T', 'LOGISTICS', 6, ['FACILITY_OPERATOR']],
    ];
    for (const [prefix, kind, count, roles] of expected) {
      const members = withPrefix(data, prefix);
      expect(members.length, prefix).toBe(count);
      expect(members.every((m) => m.kind === kind), prefix).toBe(true);
      expect(members.every((m) => /^LX-[A-Z]\d+$/.test(m.code))).toBe(true);
      for (const m of members) expect(m.memberships, m.code).toEqual([{ allianceCode: 'LUXI', roles }]);
    }
    expect(member('LX-G0001').kind).toBe('GROWER');
    expect(member('LX-G0588').kind).toBe('GROWER');
    expect(byCode.has('LX-G0589')).toBe(false);
    expect(member('LX-W01').kind).toBe('WASHING_PLANT');
    expect(member('LX-W23').kind).toBe('WASHING_PLANT');
  });

  it('has the office, the brand office and the partners with their roles', () => {
    expect(member('LX-OFFICE')).toMatchObject({ kind: 'SALES_ENTITY', memberships: [{ allianceCode: 'LUXI', roles: ['ALLIANCE_ADMIN'] }] });
    expect(member('LX-BRAND')).toMatchObject({ kind: 'BRAND_OFFICE', memberships: [{ allianceCode: 'LUXI', roles: ['BRAND_OFFICE'] }] });
    expect(member('SH-VEG')).toMatchObject({ kind: 'PARTNER_MARKET', memberships: [{ allianceCode: 'LUXI', roles: ['PARTNER_MARKET'] }] });
    expect(member('SH-VEG').creditCode!.slice(2, 4)).toBe('31'); // Shanghai
    expect(member('DYB-MKT')).toMatchObject({ kind: 'PARTNER_MARKET', memberships: [{ allianceCode: 'LUXI', roles: ['PARTNER_MARKET'] }] });
    expect(member('DYB-MKT').creditCode!.slice(2, 6)).toBe('4413'); // Huizhou, Guangdong
    expect(member('INS-PRICE')).toMatchObject({
      kind: 'INSURER',
      memberships: [
        { allianceCode: 'LUXI', roles: ['INSURER'] },
        { allianceCode: 'YILI', roles: ['INSURER'] },
      ],
    });
  });

  it('gives Luxi organisations Luxi credit codes: 91 for enterprises, 93 for farmer cooperatives', () => {
    for (const m of withPrefix(data, 'LX-').filter((m) => /^LX-[PWICSELT]\d+$/.test(m.code))) {
      expect(m.creditCode!.slice(2, 8), m.code).toBe('532527');
      expect(m.creditCode!.slice(0, 2), m.code).toBe(m.kind === 'COOPERATIVE' ? '93' : '91');
    }
  });

  it('has individual growers: no credit code, a Chinese name, a mobile number, one or two bases', () => {
    const basesPerMember = new Map<string, number>();
    for (const b of data.bases) basesPerMember.set(b.memberCode, (basesPerMember.get(b.memberCode) ?? 0) + 1);
    for (const g of withPrefix(data, 'LX-G')) {
      expect(g.creditCode).toBeNull();
      expect(g.name).toMatch(/^[\u4e00-\u9fff]{2,4}$/);
      expect(g.contactName).toBe(g.name);
      expect(g.contactPhone).toMatch(/^1[3-9]\d{9}$/);
      expect([1, 2]).toContain(basesPerMember.get(g.code));
    }
  });

  it('spreads the Luxi scallion base area over the six townships in the proportions of the brief', () => {
    const total = LUXI_TOWNSHIPS.reduce((s, [, a]) => s + a, 0);
    for (const seed of [20231, 1, 7, 99]) {
      const d = seed === 20231 ? data : buildDemoData(seed);
      const luxiBases = d.bases.filter((b) => b.crop === 'SCALLION');
      const area = luxiBases.reduce((s, b) => s + Number(b.areaMu), 0);
      expect(new Set(luxiBases.map((b) => b.township))).toEqual(new Set(LUXI_TOWNSHIPS.map(([t]) => t)));
      for (const [township, townshipArea] of LUXI_TOWNSHIPS) {
        const share = luxiBases.filter((b) => b.township === township).reduce((s, b) => s + Number(b.areaMu), 0) / area;
        expect(Math.abs(share - townshipArea / total), `${township}, seed ${seed}`).toBeLessThan(0.01);
      }
    }
  });

  it('has skewed grower bases: most of a few mu, some of tens of mu', () => {
    const areas = data.bases.filter((b) => b.memberCode.startsWith('LX-G')).map((b) => Number(b.areaMu)).sort((a, b) => a - b);
    const median = areas[Math.floor(areas.length / 2)]!;
    expect(median).toBeGreaterThanOrEqual(3);
    expect(median).toBeLessThanOrEqual(15);
    expect(areas.filter((a) => a < 30).length / areas.length).toBeGreaterThan(0.8);
    expect(areas.filter((a) => a >= 30).length).toBeGreaterThan(10);
    expect(areas[0]!).toBeGreaterThanOrEqual(1);
  });

  it('puts each Luxi grower and cooperative in the township of its bases', () => {
    for (const b of data.bases) expect(b.township, b.memberCode).toBe(member(b.memberCode).township);
  });
});

describe('demo data: the Yili cluster', () => {
  it('has the cluster with both safflower crops', () => {
    expect(data.alliances.find((a) => a.code === 'YILI')).toMatchObject({
      crops: ['SAFFLOWER_FLORET', 'SAFFLOWER_SEED'],
      region: 'Xinjiang, Ili Kazakh Autonomous Prefecture',
    });
    expect(data.alliances.map((a) => a.code)).toEqual(['LUXI', 'YILI']);
  });

  it('has 74 enterprises, exactly 7 of them named as seed processors, mapped onto the kinds', () => {
    const enterprises = withPrefix(data, 'YL-E');
    expect(enterprises.length).toBe(74);
    expect(enterprises.map((m) => m.code)).toEqual(Array.from({ length: 74 }, (_, i) => `YL-E${String(i + 1).padStart(2, '0')}`));
    const processors = enterprises.filter((m) => m.name.includes('红花籽加工'));
    expect(processors.length).toBe(7);
    expect(processors.every((m) => m.kind === 'SALES_ENTITY')).toBe(true);
    expect(data.members.filter((m) => m.name.includes('红花籽加工')).length).toBe(7);
    expect(kindCounts(enterprises)).toEqual({ SALES_ENTITY: 30, COOPERATIVE: 22, INPUT_SUPPLIER: 13, LABOR_AGENCY: 3, LOGISTICS: 6 });
    for (const m of enterprises) {
      const roles = m.kind === 'COOPERATIVE' ? ['COOPERATIVE'] : m.kind === 'LOGISTICS' ? ['FACILITY_OPERATOR'] : [];
      expect(m.memberships, m.code).toEqual([{ allianceCode: 'YILI', roles }]);
      expect(m.creditCode!.slice(2, 5), m.code).toBe('654'); // Ili Kazakh Autonomous Prefecture
    }
  });

  it('has growers with safflower bases in the valley counties, and its office', () => {
    const growers = withPrefix(data, 'YL-G');
    expect(growers.length).toBe(240);
    expect(growers.every((g) => g.kind === 'GROWER' && g.creditCode === null)).toBe(true);
    const yiliBases = data.bases.filter((b) => b.memberCode.startsWith('YL-'));
    expect(new Set(yiliBases.map((b) => b.crop))).toEqual(new Set(['SAFFLOWER_FLORET', 'SAFFLOWER_SEED']));
    const counties = ['Huocheng', 'Yining County', 'Chabuchaer', 'Xinyuan', 'Gongliu', 'Tekes', 'Zhaosu', 'Nilka'];
    expect(yiliBases.every((b) => counties.includes(b.township))).toBe(true);
    expect(member('YL-OFFICE').memberships).toEqual([{ allianceCode: 'YILI', roles: ['ALLIANCE_ADMIN'] }]);
    expect(member('YL-BRAND').memberships).toEqual([{ allianceCode: 'YILI', roles: ['BRAND_OFFICE'] }]);
    expect(member('YL-BRAND').kind).toBe('BRAND_OFFICE');
  });
});

describe('demo data: integrity', () => {
  it('has unique, well-formed member codes and organisation names', () => {
    expect(byCode.size).toBe(data.members.length);
    for (const m of data.members) expect(normaliseMemberCode(m.code)).toBe(m.code);
    const orgNames = data.members.filter((m) => m.kind !== 'GROWER').map((m) => m.name);
    expect(new Set(orgNames).size).toBe(orgNames.length);
  });

  it('has unique, valid credit codes on every organisation and none on growers', () => {
    const codes = data.members.flatMap((m) => (m.creditCode ? [m.creditCode] : []));
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(validateCreditCode(code), code).toEqual({ ok: true, normalized: code });
    for (const m of data.members) expect(m.creditCode === null, m.code).toBe(m.kind === 'GROWER');
    expect(codes.length).toBe(data.members.length - 588 - 240);
  });

  it('has unique v4-formatted ids', () => {
    const ids = [...data.alliances.map((a) => a.id), ...data.members.map((m) => m.id), ...data.bases.map((b) => b.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(UUID_V4);
  });

  it('owns every base by an existing grower or cooperative, on a crop of its alliance', () => {
    const crops = new Map(data.alliances.map((a) => [a.code, a.crops as string[]]));
    for (const b of data.bases) {
      const owner = member(b.memberCode);
      expect(['GROWER', 'COOPERATIVE'], b.memberCode).toContain(owner.kind);
      expect(crops.get(owner.memberships[0]!.allianceCode), b.memberCode).toContain(b.crop);
      expect(b.areaMu).toMatch(/^\d+\.\d{2}$/);
      expect(validAreaMu(b.areaMu)).toBe(b.areaMu);
    }
    expect(data.bases.some((b) => member(b.memberCode).kind === 'COOPERATIVE')).toBe(true);
  });

  it('has joining dates from 2019 to 2023, valid contacts, memberships in known alliances', () => {
    for (const m of data.members) {
      expect(m.joinedOn, m.code).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(`${m.joinedOn}T00:00:00Z`).toISOString().slice(0, 10)).toBe(m.joinedOn);
      expect(m.joinedOn >= '2019-01-01' && m.joinedOn <= '2023-12-31', m.code).toBe(true);
      expect(validPhone(m.contactPhone)).toBe(m.contactPhone);
      expect(m.contactName.length).toBeGreaterThan(0);
      expect(m.township.length).toBeGreaterThan(0);
      expect(m.memberships.length).toBeGreaterThan(0);
      for (const ms of m.memberships) expect(['LUXI', 'YILI']).toContain(ms.allianceCode);
    }
  });

  it('has a few PENDING members and two or three SUSPENDED, never a demo user', () => {
    const pending = data.members.filter((m) => m.status === 'PENDING');
    const suspended = data.members.filter((m) => m.status === 'SUSPENDED');
    expect(pending.length).toBeGreaterThanOrEqual(2);
    expect(pending.length).toBeLessThanOrEqual(10);
    expect(suspended.length).toBeGreaterThanOrEqual(2);
    expect(suspended.length).toBeLessThanOrEqual(3);
    for (const u of data.demoUsers) expect(member(u.memberCode).status, u.memberCode).toBe('ACTIVE');
  });

  it('lists the demo users, each holding its role', () => {
    expect(data.demoUsers.map((u) => u.memberCode)).toEqual(['LX-OFFICE', 'SH-VEG', 'INS-PRICE', 'LX-BRAND', 'LX-G0001', 'LX-C01', 'YL-OFFICE', 'DYB-MKT', 'YL-BRAND']);
    for (const u of data.demoUsers) {
      expect(member(u.memberCode).memberships.some((ms) => ms.roles.includes(u.role)), u.memberCode).toBe(true);
      expect(u.description.length).toBeGreaterThan(0);
    }
  });
});

describe('demo lots', () => {
  it('offer about 2,000 t of scallion a day around the seeding day', () => {
    const lots = buildDemoLots(data, '2026-11-23');
    const byDay = new Map<string, number>();
    for (const lot of lots.filter((l) => l.crop === 'SCALLION')) byDay.set(lot.harvestDate, (byDay.get(lot.harvestDate) ?? 0) + Number(lot.quantityKg));
    expect([...byDay.keys()].sort()).toEqual(['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23', '2026-11-24']);
    for (const kg of byDay.values()) expect(kg).toBeGreaterThanOrEqual(2_000_000);
    expect(lots.filter((l) => l.forward).every((l) => l.harvestDate > '2026-11-23')).toBe(true);
    expect(buildDemoLots(data, '2026-11-23')).toEqual(lots);
  });

  it('come only from active members’ bases', () => {
    const bases = new Map(data.bases.map((b) => [b.id, b]));
    for (const lot of buildDemoLots(data, '2026-11-23')) {
      expect(bases.get(lot.baseId)?.memberCode).toBe(lot.memberCode);
      expect(member(lot.memberCode).status).toBe('ACTIVE');
    }
  });
});
