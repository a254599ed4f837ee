import type { Role } from '@alliance/domain-kit';
import { makeCreditCode } from '../domain/credit-code.ts';
import type { Crop, MemberKind } from '../domain/vocabulary.ts';

/**
 * The demo alliances at the scale of BRIEF.md section 4, built deterministically from a seed:
 * the same seed always gives the same members, codes, credit codes and bases.
 */
export interface DemoAlliance {
  id: string;
  code: string;
  name: string;
  region: string;
  crops: Crop[];
}

export interface DemoMember {
  id: string;
  code: string;
  name: string;
  kind: MemberKind;
  creditCode: string | null;
  township: string;
  contactName: string;
  contactPhone: string;
  status: 'ACTIVE' | 'PENDING' | 'SUSPENDED';
  joinedOn: string;
  memberships: { allianceCode: string; roles: Role[] }[];
}

export interface DemoBase {
  id: string;
  memberCode: string;
  township: string;
  areaMu: string;
  crop: Crop;
}

export interface DemoData {
  alliances: DemoAlliance[];
  members: DemoMember[];
  bases: DemoBase[];
}

/** mulberry32: small, fast, and the same on every platform. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Scallion area by township (mu), BRIEF.md section 4. */
export const LUXI_TOWNSHIPS: [string, number][] = [
  ['Zhongshu', 45_000],
  ['Jinma', 50_000],
  ['Baishui', 28_000],
  ['Jiucheng', 8_500],
  ['Wujie', 2_000],
  ['Yongning', 1_500],
];
const YILI_COUNTIES = ['Huocheng', 'Yining County', 'Chabuchaer', 'Xinyuan', 'Gongliu', 'Tekes', 'Zhaosu', 'Nilka'];

/** Characters valid both in an organisation code body and in a credit code. */
const ORG_BODY_CHARS = '0123456789ABCDEFGH';
const SURNAMES = '李王张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国文辉力金凤云海林春梅荣';

export function buildDemoData(seed = 20231): DemoData {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const uuid = () => {
    const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
    hex[12] = '4';
    hex[16] = '89ab'[Math.floor(random() * 4)]!;
    const h = hex.join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  };
  const personName = () => pick([...SURNAMES]) + pick([...GIVEN]) + (random() < 0.6 ? pick([...GIVEN]) : '');
  const mobile = () => `1${pick(['3', '5', '8', '9'])}${String(Math.floor(random() * 1e9)).padStart(9, '0')}`;
  const day = (fromYear: number, toYear: number) => {
    const from = Date.UTC(fromYear, 0, 1);
    const to = Date.UTC(toYear, 11, 31);
    return new Date(from + Math.floor(random() * ((to - from) / 86_400_000)) * 86_400_000).toISOString().slice(0, 10);
  };
  const usedBodies = new Set<string>();
  /** Organisations: registration authority 9 (market regulation), type 1 enterprise or 3 cooperative. */
  const creditCode = (orgType: '1' | '3', division: string) => {
    let body: string;
    do body = Array.from({ length: 8 }, () => pick([...ORG_BODY_CHARS])).join('');
    while (usedBodies.has(body));
    usedBodies.add(body);
    return makeCreditCode('9', orgType, division, body);
  };
  const weighted = (entries: [string, number][]) => {
    const total = entries.reduce((s, [, w]) => s + w, 0);
    return () => {
      let r = random() * total;
      for (const [name, w] of entries) if ((r -= w) < 0) return name;
      return entries[0]![0];
    };
  };

  const alliances: DemoAlliance[] = [
    { id: uuid(), code: 'LUXI', name: 'Luxi County Scallion Industry Alliance (泸西县小葱产业联盟)', region: 'Luxi County, Honghe, Yunnan', crops: ['SCALLION'] },
    { id: uuid(), code: 'YILI', name: 'Yili River Valley Safflower Industry Cluster (伊犁河谷红花产业集群)', region: 'Ili Kazakh Autonomous Prefecture, Xinjiang', crops: ['SAFFLOWER_FLORET', 'SAFFLOWER_SEED'] },
  ];
  const members: DemoMember[] = [];
  const bases: DemoBase[] = [];
  const luxiTownship = weighted(LUXI_TOWNSHIPS);

  const organisation = (
    code: string,
    name: string,
    kind: MemberKind,
    township: string,
    division: string,
    memberships: DemoMember['memberships'],
    orgType: '1' | '3' = '1',
  ) => {
    members.push({
      id: uuid(),
      code,
      name,
      kind,
      creditCode: creditCode(orgType, division),
      township,
      contactName: personName(),
      contactPhone: mobile(),
      status: 'ACTIVE',
      joinedOn: day(2019, 2023),
      memberships,
    });
  };
  const luxi = (roles: Role[]) => [{ allianceCode: 'LUXI', roles }];
  const yili = (roles: Role[]) => [{ allianceCode: 'YILI', roles }];
  const numbered = (n: number, width: number) => String(n).padStart(width, '0');

  // The offices and the partners. The alliance office is recorded as a sales entity: it is the
  // alliance's secretariat and sells on the members' behalf; ALLIANCE_ADMIN is what matters.
  organisation('LX-OFFICE', '泸西县小葱产业联盟秘书处 (Luxi alliance office)', 'SALES_ENTITY', 'Zhongshu', '532527', luxi(['ALLIANCE_ADMIN']));
  organisation('LX-BRAND', '泸西小葱区域公用品牌办公室 (Luxi brand office)', 'BRAND_OFFICE', 'Zhongshu', '532527', luxi(['BRAND_OFFICE']));
  organisation('SH-VEG', '上海市蔬菜食用菌行业协会采购部 (Shanghai vegetable and edible fungi association buyers)', 'PARTNER_MARKET', 'Shanghai', '310101', luxi(['PARTNER_MARKET']));
  organisation('DYB-MKT', '大亚湾农产品批发市场 (Daya Bay wholesale market)', 'PARTNER_MARKET', 'Huizhou', '441300', luxi(['PARTNER_MARKET']));
  organisation('INS-PRICE', '滇惠农业保险有限公司 (Dianhui agricultural insurance)', 'INSURER', 'Kunming', '530102', [
    { allianceCode: 'LUXI', roles: ['INSURER'] },
    { allianceCode: 'YILI', roles: ['INSURER'] },
  ]);
  organisation('YL-OFFICE', '伊犁河谷红花产业集群办公室 (Yili cluster office)', 'SALES_ENTITY', 'Yining County', '654021', yili(['ALLIANCE_ADMIN']));

  // Luxi: the alliance's organisations (BRIEF.md section 4).
  const luxiOrgs: [string, MemberKind, number, string, Role[]][] = [
    ['P', 'COOPERATIVE', 12, '小葱种植专业合作社', ['COOPERATIVE']],
    ['W', 'WASHING_PLANT', 23, '小葱清洗加工厂', ['FACILITY_OPERATOR']],
    ['I', 'ICE_PLANT', 12, '制冰厂', ['FACILITY_OPERATOR']],
    ['C', 'COLD_STORE', 30, '冷链仓储有限公司', ['FACILITY_OPERATOR']],
    ['S', 'INPUT_SUPPLIER', 32, '农资经营部', []],
    ['E', 'SALES_ENTITY', 24, '蔬菜销售有限公司', []],
    ['L', 'LABOR_AGENCY', 18, '劳务服务有限公司', []],
    ['T', 'LOGISTICS', 6, '冷链物流有限公司', ['FACILITY_OPERATOR']],
  ];
  for (const [letter, kind, count, suffix, roles] of luxiOrgs) {
    for (let i = 1; i <= count; i++) {
      const township = luxiTownship();
      organisation(`LX-${letter}${numbered(i, 2)}`, `泸西县${township}${suffix}${i}`, kind, township, '532527', luxi(roles), kind === 'COOPERATIVE' ? '3' : '1');
    }
  }

  // Luxi: 588 grower households, one or two bases each, most of a few mu.
  for (let i = 1; i <= 588; i++) {
    const code = `LX-G${numbered(i, 4)}`;
    const township = luxiTownship();
    const status = i === 587 || i === 588 ? 'SUSPENDED' : i >= 584 ? 'PENDING' : 'ACTIVE';
    members.push({
      id: uuid(),
      code,
      name: personName(),
      kind: 'GROWER',
      creditCode: null,
      township,
      contactName: '',
      contactPhone: mobile(),
      status,
      joinedOn: day(2019, 2023),
      memberships: luxi(['GROWER']),
    });
    members[members.length - 1]!.contactName = members[members.length - 1]!.name;
    const baseCount = random() < 0.3 ? 2 : 1;
    for (let b = 0; b < baseCount; b++) {
      bases.push({ id: uuid(), memberCode: code, township: b === 0 ? township : luxiTownship(), areaMu: (2 + 40 * random() ** 3).toFixed(2), crop: 'SCALLION' });
    }
  }

  // Yili: 74 enterprises, 7 of them seed processors.
  const yiliOrgs: [string, MemberKind, number, string, Role[], '1' | '3'][] = [
    ['E', 'SALES_ENTITY', 7, '红花籽加工有限公司 (safflower seed processor)', [], '1'],
    ['E', 'COOPERATIVE', 30, '红花种植专业合作社', ['COOPERATIVE'], '3'],
    ['E', 'SALES_ENTITY', 25, '红花丝贸易有限公司', [], '1'],
    ['E', 'LOGISTICS', 6, '仓储物流有限公司 (dry warehouse)', ['FACILITY_OPERATOR'], '1'],
    ['E', 'INPUT_SUPPLIER', 6, '农资有限公司', [], '1'],
  ];
  let enterprise = 0;
  for (const [letter, kind, count, suffix, roles, orgType] of yiliOrgs) {
    for (let i = 1; i <= count; i++) {
      enterprise++;
      const county = pick(YILI_COUNTIES);
      organisation(`YL-${letter}${numbered(enterprise, 2)}`, `伊犁${county}${suffix}${i}`, kind, county, '654000', yili(roles), orgType);
    }
  }
  for (let i = 1; i <= 240; i++) {
    const code = `YL-G${numbered(i, 4)}`;
    const county = pick(YILI_COUNTIES);
    const name = personName();
    members.push({ id: uuid(), code, name, kind: 'GROWER', creditCode: null, township: county, contactName: name, contactPhone: mobile(), status: 'ACTIVE', joinedOn: day(2019, 2023), memberships: yili(['GROWER']) });
    bases.push({ id: uuid(), memberCode: code, township: county, areaMu: (20 + 200 * random() ** 2).toFixed(2), crop: random() < 0.7 ? 'SAFFLOWER_FLORET' : 'SAFFLOWER_SEED' });
  }
  return { alliances, members, bases };
}
