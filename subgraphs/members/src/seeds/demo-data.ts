import type { Role } from '@alliance/domain-kit';
import { CREDIT_CODE_CHARSET, makeCreditCode } from '@alliance/domain-kit';
import type { Crop, MemberKind, MemberStatus } from '../entities/vocabulary.ts';
import { Prng } from '@alliance/domain-kit';

/**
 * The demo data of the members subgraph, built from the figures of BRIEF.md section 4 and the
 * two seed papers: the Luxi County (Yunnan) scallion alliance and the Yili River Valley (Xinjiang)
 * safflower cluster. Pure and deterministic: the same seed gives the same data, byte for byte,
 * and nothing here touches a database (`demo-seeder.ts` loads it).
 *
 * Choices the vocabulary leaves open, made once here:
 * - An alliance office (LX-OFFICE, YL-OFFICE) is not a kind of member of its own. It is recorded
 *   as a SALES_ENTITY — the alliance association sells under the alliance's name and signs its
 *   supply agreements — with the role ALLIANCE_ADMIN; the kind carries no rights, the role does.
 *   (COOPERATIVE would wrongly put it into the licence-fee pool paid out to cooperatives.)
 * - Yili's 74 enterprises (seed 004: research, growing, picking, processing, pharmaceuticals,
 *   packaging, trade; 7 of them seed processors) map onto the kinds as follows:
 *     7 seed processors            SALES_ENTITY   names contain 红花籽加工 (and no other name does)
 *    22 farmer cooperatives        COOPERATIVE    role COOPERATIVE, organisation type 93
 *    12 floret processors / pharma SALES_ENTITY
 *    11 traders and exporters      SALES_ENTITY
 *     9 seed breeders / agritech   INPUT_SUPPLIER
 *     4 packaging makers           INPUT_SUPPLIER
 *     3 picking labour agencies    LABOR_AGENCY
 *     6 dry warehouses / logistics LOGISTICS      role FACILITY_OPERATOR (dried florets and seed
 *                                                live in dry warehouses, not cold stores)
 * - Suppliers, sales entities and labour agencies hold no special role (an empty role list).
 * - Zhaosu has no Yili bases: seed 004 says that by 2019 every part of the valley except Zhaosu
 *   County grew safflower.
 */

export type { Crop, MemberKind, Role };

export interface DemoAlliance {
  id: string;
  code: string;
  name: string;
  region: string;
  crops: Crop[];
}

export interface DemoMembership {
  allianceCode: string;
  roles: Role[];
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
  status: MemberStatus;
  /** YYYY-MM-DD */
  joinedOn: string;
  memberships: DemoMembership[];
  /** A grower's cooperative (its code), if it belongs to one. */
  cooperativeCode?: string | null;
}

export interface DemoBase {
  id: string;
  memberCode: string;
  township: string;
  /** A decimal with 2 places, e.g. "7.40". */
  areaMu: string;
  crop: Crop;
}

export interface DemoUser {
  role: Role;
  memberCode: string;
  description: string;
}

export interface DemoData {
  alliances: DemoAlliance[];
  members: DemoMember[];
  bases: DemoBase[];
  demoUsers: DemoUser[];
}

export const DEFAULT_DEMO_SEED = 20231;

/**
 * mulberry32 as a plain function: a float in [0, 1) per call, the same sequence as `Prng.next()`
 * (the demo lots use it).
 */
export function seededRandom(seed: number): () => number {
  const prng = new Prng(seed);
  return () => prng.next();
}

/** Scallion base area per Luxi township at the end of 2023, in mu (BRIEF.md section 4). */
export const LUXI_TOWNSHIPS: [string, number][] = [
  ['Zhongshu', 45_000],
  ['Jinma', 50_000],
  ['Baishui', 28_000],
  ['Jiucheng', 8_500],
  ['Wujie', 2_000],
  ['Yongning', 1_500],
];
export const LUXI_TOWNSHIP_AREAS_MU: Readonly<Record<string, number>> = Object.fromEntries(LUXI_TOWNSHIPS);

/** How many members of each kind the Luxi alliance has (besides its office and partners). */
export const LUXI_COUNTS = {
  GROWER: 588,
  COOPERATIVE: 12,
  WASHING_PLANT: 23,
  ICE_PLANT: 12,
  COLD_STORE: 30,
  INPUT_SUPPLIER: 32,
  SALES_ENTITY: 24,
  LABOR_AGENCY: 18,
  LOGISTICS: 6,
} as const;

export const YILI_ENTERPRISE_COUNT = 74;
export const YILI_SEED_PROCESSOR_COUNT = 7;
export const YILI_GROWER_COUNT = 240;

const LUXI_DIVISION = '532527';

const LUXI_TOWNSHIPS_CN: Record<string, string> = {
  Zhongshu: '中枢镇',
  Jinma: '金马镇',
  Baishui: '白水镇',
  Jiucheng: '旧城镇',
  Wujie: '午街镇',
  Yongning: '永宁乡',
};

/** Yili counties growing safflower: Chinese name, division code, weight for bases and enterprises. */
const YILI_COUNTIES: readonly { township: string; cn: string; division: string; weight: number }[] = [
  { township: 'Chabuchaer', cn: '察布查尔县', division: '654022', weight: 30 },
  { township: 'Huocheng', cn: '霍城县', division: '654023', weight: 16 },
  { township: 'Yining County', cn: '伊宁县', division: '654021', weight: 14 },
  { township: 'Gongliu', cn: '巩留县', division: '654024', weight: 12 },
  { township: 'Xinyuan', cn: '新源县', division: '654025', weight: 10 },
  { township: 'Nilka', cn: '尼勒克县', division: '654028', weight: 10 },
  { township: 'Tekes', cn: '特克斯县', division: '654027', weight: 8 },
];

const SURNAMES = [...'王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔向汤普毕施昂'];
/** Xibe and other Yili family names, mixed in with the common ones there. */
const YILI_EXTRA_SURNAMES = [...'关佟富安那'];
const GIVEN = [...'国建华明文志永海春红玉秀兰芳丽金学光成福德荣祥云勇军平林强伟梅英琼顺富贵发才忠正有兴家俊斌涛磊鹏飞敏静燕霞娟艳萍桂珍凤'];
const UYGHUR_KAZAKH_GIVEN = ['阿不都', '艾力', '买买提', '努尔兰', '叶尔兰', '吐尔逊', '阿力木', '赛力克', '达吾列提', '加那提', '别克', '胡安', '古丽娜尔', '阿依古丽', '热依拉', '帕提古丽', '迪丽努尔', '哈力木', '巴合提', '叶尔肯'];
const UYGHUR_KAZAKH_FATHER = ['艾买提', '托合提', '热合曼', '沙比提', '吾斯曼', '哈斯木', '努尔', '阿合买提', '吐尔洪', '卡德尔'];

const LUXI_BRANDS = ['鑫源', '宏达', '绿源', '丰收', '金穗', '惠农', '兴农', '高原', '阿庐', '滇红', '葱香', '绿野', '佳禾', '裕丰', '恒通', '云葱', '康源', '明珠', '万家', '祥和', '顺发', '益农', '富民', '瑞丰', '嘉禾', '天润', '润泽', '青山', '碧水', '农乐', '金田', '沃土', '丰源', '华盛', '永兴', '吉祥', '鸿运', '泰和', '森茂', '清泉'];
const YILI_BRANDS = ['天山', '河谷', '锡伯', '红韵', '金花', '沃野', '丰泽', '伊禾', '雪峰', '绿洲', '那拉提', '喀拉峻', '果子沟', '天马', '薰衣草', '金穗', '福源', '润田', '丝路', '昌盛', '博远', '新丰', '玉禾', '鑫旺', '恒丰', '瑞禾', '乌孙', '阿力麻里', '赛里木', '海努克'];

const MOBILE_PREFIXES = ['133', '135', '136', '137', '138', '139', '150', '151', '152', '157', '158', '159', '177', '180', '181', '182', '183', '187', '188', '189', '199'];

const FIRST_DAY = Date.UTC(2019, 0, 1);
const LAST_DAY = Date.UTC(2023, 11, 31);
const PENDING_FROM = Date.UTC(2023, 9, 1);
const DAY_MS = 86_400_000;

/** Hundredths of a mu as a decimal string with 2 places. */
function formatHundredths(hundredths: number): string {
  return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;
}

interface Owner {
  memberIndex: number;
  /** Areas of the owner's bases, in hundredths of a mu. */
  areas: number[];
  crops: Crop[];
  township?: string;
}

class DemoBuilder {
  private readonly rng: Prng;
  /** Ids come from a stream of their own so that they do not shift the rest of the data. */
  private readonly ids: Prng;
  private readonly creditCodes = new Set<string>();
  private readonly phones = new Set<string>();
  private readonly orgNames = new Set<string>();
  readonly members: DemoMember[] = [];

  constructor(seed: number) {
    this.rng = new Prng(seed);
    this.ids = new Prng((seed ^ 0x9e3779b9) >>> 0);
  }

  get random(): Prng {
    return this.rng;
  }

  id(): string {
    return this.ids.uuid();
  }

  date(from = FIRST_DAY, to = LAST_DAY): string {
    const days = Math.round((to - from) / DAY_MS);
    return new Date(from + this.rng.int(0, days) * DAY_MS).toISOString().slice(0, 10);
  }

  hanName(yili = false): string {
    // Skewed towards the front of the list, where the most common surnames are.
    const pool = yili && this.rng.chance(0.15) ? YILI_EXTRA_SURNAMES : SURNAMES;
    const surname = pool[Math.floor(pool.length * this.rng.next() ** 1.6)]!;
    const given = this.rng.chance(0.65) ? this.rng.pick(GIVEN) + this.rng.pick(GIVEN) : this.rng.pick(GIVEN);
    return surname + given;
  }

  yiliName(): string {
    return this.rng.chance(0.35)
      ? `${this.rng.pick(UYGHUR_KAZAKH_GIVEN)}·${this.rng.pick(UYGHUR_KAZAKH_FATHER)}`
      : this.hanName(true);
  }

  mobile(): string {
    for (;;) {
      const phone = this.rng.pick(MOBILE_PREFIXES) + String(this.rng.int(0, 99_999_999)).padStart(8, '0');
      if (!this.phones.has(phone)) {
        this.phones.add(phone);
        return phone;
      }
    }
  }

  /** A landline: area code and a local number of the given length, first digit given. */
  landline(areaCode: string, first: string, length: number): string {
    for (;;) {
      const phone = `${areaCode}-${first}${String(this.rng.int(0, 10 ** (length - 1) - 1)).padStart(length - 1, '0')}`;
      if (!this.phones.has(phone)) {
        this.phones.add(phone);
        return phone;
      }
    }
  }

  /**
   * A unique valid credit code. Organisation bodies are mostly the post-2015 kind (MA + 6
   * characters of the code's set); a few are old 8-digit organisation codes.
   */
  creditCode(authority: string, orgType: string, division: string): string {
    for (;;) {
      const body = this.rng.chance(0.25)
        ? String(this.rng.int(10_000_000, 99_999_999))
        : 'MA' + Array.from({ length: 6 }, () => this.rng.pick([...CREDIT_CODE_CHARSET])).join('');
      const code = makeCreditCode(authority, orgType, division, body);
      if (!this.creditCodes.has(code)) {
        this.creditCodes.add(code);
        return code;
      }
    }
  }

  orgName(name: string): string {
    if (this.orgNames.has(name)) throw new Error(`demo data: organisation name ${name} used twice`);
    this.orgNames.add(name);
    return name;
  }

  add(member: Omit<DemoMember, 'id' | 'status' | 'joinedOn'> & Partial<Pick<DemoMember, 'joinedOn'>>): number {
    this.members.push({ id: this.id(), status: 'ACTIVE', joinedOn: member.joinedOn ?? this.date(), ...member });
    return this.members.length - 1;
  }

  /** Marks a member PENDING (joined recently, not yet admitted) or SUSPENDED. */
  setStatus(index: number, status: MemberStatus) {
    const member = this.members[index]!;
    member.status = status;
    if (status === 'PENDING') member.joinedOn = this.date(PENDING_FROM, LAST_DAY);
  }

  /** A lognormal area in hundredths of a mu, rounded to a tenth of a mu and clamped. */
  area(medianMu: number, sigma: number, minMu: number, maxMu: number): number {
    const mu = Math.min(maxMu, Math.max(minMu, medianMu * Math.exp(sigma * this.rng.normal())));
    return Math.round(mu * 10) * 10;
  }
}

function code(prefix: string, n: number, width: number): string {
  return `${prefix}${String(n).padStart(width, '0')}`;
}

/**
 * Puts each owner (all of its bases together) into a township so that the total area per
 * township follows the target weights, and so, roughly, does the number of owners: each owner
 * goes into a township chosen at random in proportion to the area it still lacks, among those
 * that can still take the owner whole (the one lacking most when none can). The largest 5 % go
 * first, so that the leftovers at the end are small; the rest in random order.
 */
function allocateTownships(rng: Prng, owners: Owner[], targets: Readonly<Record<string, number>>) {
  const names = Object.keys(targets);
  const weightSum = names.reduce((a, n) => a + targets[n]!, 0);
  const grand = owners.reduce((a, o) => a + o.areas.reduce((x, y) => x + y, 0), 0);
  const goal = names.map((n) => (targets[n]! / weightSum) * grand);
  const assigned = names.map(() => 0);
  const totals = owners.map((o) => o.areas.reduce((x, y) => x + y, 0));
  const bySize = owners.map((_, i) => i).sort((a, b) => totals[b]! - totals[a]! || a - b);
  const large = Math.ceil(owners.length * 0.05);
  const order = [...bySize.slice(0, large), ...rng.shuffled(bySize.slice(large))];
  for (const i of order) {
    const deficits = goal.map((g, t) => g - assigned[t]!);
    const fits = deficits.map((d) => (d >= totals[i]! ? d : 0));
    const t = fits.some((w) => w > 0)
      ? rng.weightedIndex(fits)
      : deficits.indexOf(Math.max(...deficits));
    assigned[t]! += totals[i]!;
    owners[i]!.township = names[t]!;
  }
}

export function buildDemoData(seed = DEFAULT_DEMO_SEED): DemoData {
  const b = new DemoBuilder(seed);
  const rng = b.random;

  const luxi: DemoAlliance = {
    id: b.id(),
    code: 'LUXI',
    name: 'Luxi County Scallion Industry Alliance (泸西县小香葱产业联盟)',
    region: 'Yunnan, Honghe, Luxi County',
    crops: ['SCALLION'],
  };
  const yili: DemoAlliance = {
    id: b.id(),
    code: 'YILI',
    name: 'Yili River Valley Safflower Industry Cluster (伊犁河谷红花产业集群)',
    region: 'Xinjiang, Ili Kazakh Autonomous Prefecture',
    crops: ['SAFFLOWER_FLORET', 'SAFFLOWER_SEED'],
  };
  const inLuxi = (...roles: Role[]): DemoMembership[] => [{ allianceCode: 'LUXI', roles }];
  const inYili = (...roles: Role[]): DemoMembership[] => [{ allianceCode: 'YILI', roles }];
  const luxiTownshipNames = Object.keys(LUXI_TOWNSHIP_AREAS_MU);
  const luxiTownshipWeights = luxiTownshipNames.map((t) => LUXI_TOWNSHIP_AREAS_MU[t]!);
  const luxiTownship = () => luxiTownshipNames[rng.weightedIndex(luxiTownshipWeights)]!;
  const luxiPhone = () => (rng.chance(0.5) ? b.mobile() : b.landline('0873', '6', 7));
  const luxiOrgCode = () => b.creditCode('9', '1', LUXI_DIVISION);

  // ---- Luxi: the office, the brand office, the partners.
  b.add({
    code: 'LX-OFFICE',
    name: b.orgName('泸西县小香葱产业联盟协会'),
    kind: 'SALES_ENTITY', // see the note at the top of the file
    creditCode: b.creditCode('5', '1', LUXI_DIVISION), // 民政 / 社会团体
    township: 'Zhongshu',
    contactName: b.hanName(),
    contactPhone: b.landline('0873', '6', 7),
    memberships: inLuxi('ALLIANCE_ADMIN'),
  });
  b.add({
    code: 'LX-BRAND',
    name: b.orgName('泸西县小香葱区域公用品牌管理办公室'),
    kind: 'BRAND_OFFICE',
    creditCode: b.creditCode('1', '2', LUXI_DIVISION), // 机构编制 / 事业单位
    township: 'Zhongshu',
    contactName: b.hanName(),
    contactPhone: b.landline('0873', '6', 7),
    memberships: inLuxi('BRAND_OFFICE'),
  });
  b.add({
    code: 'SH-VEG',
    name: b.orgName('上海市蔬菜食用菌行业协会采购商联合体'),
    kind: 'PARTNER_MARKET',
    creditCode: b.creditCode('5', '1', '310000'),
    township: 'Shanghai',
    contactName: b.hanName(),
    contactPhone: b.landline('021', '6', 8),
    memberships: inLuxi('PARTNER_MARKET'),
  });
  b.add({
    code: 'DYB-MKT',
    name: b.orgName('惠州大亚湾区农产品大市场有限公司'),
    kind: 'PARTNER_MARKET',
    creditCode: b.creditCode('9', '1', '441300'),
    township: 'Daya Bay, Huizhou',
    contactName: b.hanName(),
    contactPhone: b.landline('0752', '5', 7),
    memberships: inLuxi('PARTNER_MARKET'),
  });
  b.add({
    code: 'INS-PRICE',
    name: b.orgName('锦程农业保险股份有限公司云南分公司'), // fictional
    kind: 'INSURER',
    creditCode: b.creditCode('9', '1', '530100'),
    township: 'Kunming',
    contactName: b.hanName(),
    contactPhone: b.landline('0871', '6', 8),
    memberships: [
      { allianceCode: 'LUXI', roles: ['INSURER'] },
      { allianceCode: 'YILI', roles: ['INSURER'] },
    ],
  });

  // ---- Luxi organisations.
  const luxiOwners: Owner[] = [];
  const coopBrands = rng.shuffled(LUXI_BRANDS);
  for (let i = 1; i <= LUXI_COUNTS.COOPERATIVE; i++) {
    // The cooperative's township follows its demonstration base (allocated below); its name is set then.
    const index = b.add({
      code: code('LX-P', i, 2),
      name: coopBrands[i - 1]!,
      kind: 'COOPERATIVE',
      creditCode: b.creditCode('9', '3', LUXI_DIVISION), // 工商 / 农民专业合作社
      township: '',
      contactName: b.hanName(),
      contactPhone: b.mobile(),
      memberships: inLuxi('COOPERATIVE'),
    });
    luxiOwners.push({ memberIndex: index, areas: [b.area(220, 0.6, 60, 800)], crops: ['SCALLION'] });
  }

  const luxiOrgs: { prefix: string; kind: MemberKind; count: number; roles: Role[]; name: (brand: string, i: number) => string }[] = [
    { prefix: 'LX-W', kind: 'WASHING_PLANT', count: LUXI_COUNTS.WASHING_PLANT, roles: ['FACILITY_OPERATOR'], name: (br) => `泸西县${br}香葱清洗加工厂` },
    { prefix: 'LX-I', kind: 'ICE_PLANT', count: LUXI_COUNTS.ICE_PLANT, roles: ['FACILITY_OPERATOR'], name: (br) => `泸西县${br}制冰厂` },
    { prefix: 'LX-C', kind: 'COLD_STORE', count: LUXI_COUNTS.COLD_STORE, roles: ['FACILITY_OPERATOR'], name: (br) => `泸西县${br}冷链仓储有限公司` },
    {
      prefix: 'LX-S',
      kind: 'INPUT_SUPPLIER',
      count: LUXI_COUNTS.INPUT_SUPPLIER,
      roles: [],
      name: (br, i) => `泸西县${br}${['农资经营有限公司', '种苗有限公司', '肥业有限公司', '包装材料有限公司'][i % 4]}`,
    },
    {
      prefix: 'LX-E',
      kind: 'SALES_ENTITY',
      count: LUXI_COUNTS.SALES_ENTITY,
      roles: [],
      name: (br, i) => (i % 2 === 0 ? `云南${br}农产品销售有限公司` : `泸西县${br}蔬菜贸易有限公司`),
    },
    {
      prefix: 'LX-L',
      kind: 'LABOR_AGENCY',
      count: LUXI_COUNTS.LABOR_AGENCY,
      roles: [],
      // Seed 000 names the “葱向前” labour service team.
      name: (br, i) => (i === 1 ? '泸西县葱向前劳务服务有限公司' : `泸西县${br}劳务服务有限公司`),
    },
    { prefix: 'LX-T', kind: 'LOGISTICS', count: LUXI_COUNTS.LOGISTICS, roles: ['FACILITY_OPERATOR'], name: (br) => `泸西县${br}物流运输有限公司` },
  ];
  const luxiSales: number[] = [];
  for (const org of luxiOrgs) {
    const brands = rng.shuffled(LUXI_BRANDS);
    for (let i = 1; i <= org.count; i++) {
      const index = b.add({
        code: code(org.prefix, i, 2),
        name: b.orgName(org.name(brands[i - 1]!, i)),
        kind: org.kind,
        creditCode: luxiOrgCode(),
        township: luxiTownship(),
        contactName: b.hanName(),
        contactPhone: luxiPhone(),
        memberships: inLuxi(...org.roles),
      });
      if (org.kind === 'SALES_ENTITY') luxiSales.push(index);
    }
  }

  // ---- Luxi growers: one or two bases each, most of a few mu, some of tens of mu.
  const luxiGrowers: number[] = [];
  for (let i = 1; i <= LUXI_COUNTS.GROWER; i++) {
    const name = b.hanName();
    const index = b.add({
      code: code('LX-G', i, 4),
      name,
      kind: 'GROWER',
      creditCode: null,
      township: '',
      contactName: name,
      contactPhone: b.mobile(),
      memberships: inLuxi('GROWER'),
    });
    luxiGrowers.push(index);
    const count = rng.chance(0.3) ? 2 : 1;
    luxiOwners.push({
      memberIndex: index,
      areas: Array.from({ length: count }, () => b.area(8, 0.85, 1, 150)),
      crops: Array.from({ length: count }, (): Crop => 'SCALLION'),
    });
  }
  allocateTownships(rng, luxiOwners, LUXI_TOWNSHIP_AREAS_MU);
  for (const owner of luxiOwners) {
    const member = b.members[owner.memberIndex]!;
    member.township = owner.township!;
    if (member.kind === 'COOPERATIVE') {
      member.name = b.orgName(`泸西县${LUXI_TOWNSHIPS_CN[owner.township!]}${member.name}香葱种植专业合作社`);
    }
  }
  // Most Luxi growers belong to a cooperative, one of their township when there is one. Chosen by
  // position, not by the random stream, so the rest of the demo data stays as it was.
  const luxiCoops = luxiOwners.map((o) => b.members[o.memberIndex]!).filter((m) => m.kind === 'COOPERATIVE');
  luxiGrowers.forEach((index, i) => {
    if (i % 5 === 4) return;
    const grower = b.members[index]!;
    const local = luxiCoops.filter((c) => c.township === grower.township);
    const pool = local.length ? local : luxiCoops;
    grower.cooperativeCode = pool[i % pool.length]!.code;
  });

  // ---- Yili: the office, the 74 enterprises, the growers.
  const countyWeights = YILI_COUNTIES.map((c) => c.weight);
  const yiliCounty = () => YILI_COUNTIES[rng.weightedIndex(countyWeights)]!;
  b.add({
    code: 'YL-OFFICE',
    name: b.orgName('伊犁河谷红花产业集群促进会'),
    kind: 'SALES_ENTITY', // see the note at the top of the file
    creditCode: b.creditCode('5', '1', '654002'), // 民政 / 社会团体, Yining City
    township: 'Yining City',
    contactName: b.hanName(true),
    contactPhone: b.landline('0999', '8', 7),
    memberships: inYili('ALLIANCE_ADMIN'),
  });

  const yiliOrgs: { kind: MemberKind; count: number; roles: Role[]; orgType: string; name: (brand: string, countyCn: string, i: number) => string }[] = [
    { kind: 'SALES_ENTITY', count: YILI_SEED_PROCESSOR_COUNT, roles: [], orgType: '1', name: (br) => `伊犁${br}红花籽加工有限公司` },
    { kind: 'COOPERATIVE', count: 22, roles: ['COOPERATIVE'], orgType: '3', name: (br, c) => `${c}${br}红花种植农民专业合作社` },
    { kind: 'SALES_ENTITY', count: 12, roles: [], orgType: '1', name: (br, _c, i) => (i % 3 === 0 ? `新疆${br}药业有限公司` : `伊犁${br}红花丝加工有限公司`) },
    { kind: 'SALES_ENTITY', count: 11, roles: [], orgType: '1', name: (br, _c, i) => (i % 2 === 0 ? `新疆${br}红花进出口贸易有限公司` : `伊犁${br}农产品贸易有限公司`) },
    { kind: 'INPUT_SUPPLIER', count: 9, roles: [], orgType: '1', name: (br, _c, i) => (i % 2 === 0 ? `伊犁${br}红花种业有限公司` : `伊犁${br}农业科技有限公司`) },
    { kind: 'INPUT_SUPPLIER', count: 4, roles: [], orgType: '1', name: (br) => `伊犁${br}包装材料有限公司` },
    { kind: 'LABOR_AGENCY', count: 3, roles: [], orgType: '1', name: (br, c) => `${c}${br}红花采摘劳务服务有限公司` },
    { kind: 'LOGISTICS', count: 6, roles: ['FACILITY_OPERATOR'], orgType: '1', name: (br) => `伊犁${br}仓储物流有限公司` },
  ];
  const yiliOwners: Owner[] = [];
  let enterprise = 0;
  for (const org of yiliOrgs) {
    const brands = rng.shuffled(YILI_BRANDS);
    for (let i = 1; i <= org.count; i++) {
      const county = yiliCounty();
      enterprise++;
      const index = b.add({
        code: code('YL-E', enterprise, 2),
        name: b.orgName(org.name(brands[i - 1]!, county.cn, i)),
        kind: org.kind,
        creditCode: b.creditCode('9', org.orgType, county.division),
        township: county.township,
        contactName: b.yiliName(),
        contactPhone: rng.chance(0.5) ? b.mobile() : b.landline('0999', '8', 7),
        memberships: inYili(...org.roles),
      });
      if (org.kind === 'COOPERATIVE') {
        yiliOwners.push({ memberIndex: index, areas: [b.area(600, 0.5, 150, 3000)], crops: [rng.chance(0.6) ? 'SAFFLOWER_FLORET' : 'SAFFLOWER_SEED'], township: county.township });
      }
    }
  }

  const yiliGrowers: number[] = [];
  for (let i = 1; i <= YILI_GROWER_COUNT; i++) {
    const county = yiliCounty();
    const name = b.yiliName();
    const index = b.add({
      code: code('YL-G', i, 4),
      name,
      kind: 'GROWER',
      creditCode: null,
      township: county.township,
      contactName: name,
      contactPhone: b.mobile(),
      memberships: inYili('GROWER'),
    });
    yiliGrowers.push(index);
    const count = rng.chance(0.25) ? 2 : 1;
    yiliOwners.push({
      memberIndex: index,
      areas: Array.from({ length: count }, () => b.area(40, 0.7, 5, 500)),
      crops: Array.from({ length: count }, (): Crop => (rng.chance(0.55) ? 'SAFFLOWER_FLORET' : 'SAFFLOWER_SEED')),
      township: county.township,
    });
  }

  // ---- Statuses: a few applicants still PENDING, three members SUSPENDED; never a demo user.
  const luxiPicks = rng.shuffled(luxiGrowers.slice(1)); // LX-G0001 is a demo user
  for (const i of luxiPicks.slice(0, 4)) b.setStatus(i, 'PENDING');
  for (const i of luxiPicks.slice(4, 6)) b.setStatus(i, 'SUSPENDED');
  b.setStatus(rng.pick(luxiSales), 'PENDING');
  const yiliPicks = rng.shuffled(yiliGrowers);
  for (const i of yiliPicks.slice(0, 2)) b.setStatus(i, 'PENDING');
  b.setStatus(yiliPicks[2]!, 'SUSPENDED');

  // ---- Bases, in member order.
  const bases: DemoBase[] = [];
  for (const owner of [...luxiOwners, ...yiliOwners]) {
    const member = b.members[owner.memberIndex]!;
    owner.areas.forEach((area, k) => {
      bases.push({ id: b.id(), memberCode: member.code, township: owner.township!, areaMu: formatHundredths(area), crop: owner.crops[k]! });
    });
  }

  // The Yili cluster's brand office certifies florets and licenses "伊犁红花". Added after every
  // other member so that the members, bases and ids drawn before it stay as they were.
  b.add({
    code: 'YL-BRAND',
    name: b.orgName('伊犁河谷红花区域公用品牌管理办公室'),
    kind: 'BRAND_OFFICE',
    creditCode: b.creditCode('1', '2', '654002'), // 机构编制 / 事业单位, Yining City
    township: 'Yining City',
    contactName: b.hanName(true),
    contactPhone: b.landline('0999', '8', 7),
    memberships: inYili('BRAND_OFFICE'),
  });

  const demoUsers: DemoUser[] = [
    { role: 'ALLIANCE_ADMIN', memberCode: 'LX-OFFICE', description: 'Luxi alliance office: admits and suspends members' },
    { role: 'PARTNER_MARKET', memberCode: 'SH-VEG', description: 'Shanghai vegetable and edible fungi association buyers: query supply, reserve volume' },
    { role: 'INSURER', memberCode: 'INS-PRICE', description: 'price-floor insurer of the Luxi and Yili alliances' },
    { role: 'BRAND_OFFICE', memberCode: 'LX-BRAND', description: 'Luxi brand office: origin certificates, label licences and codes' },
    { role: 'GROWER', memberCode: 'LX-G0001', description: 'a Luxi scallion grower: declares harvest lots' },
    { role: 'FACILITY_OPERATOR', memberCode: 'LX-C01', description: 'a Luxi cold-store operator: capacity, temperatures, custody events' },
    { role: 'ALLIANCE_ADMIN', memberCode: 'YL-OFFICE', description: 'Yili safflower cluster office' },
    { role: 'PARTNER_MARKET', memberCode: 'DYB-MKT', description: 'Daya Bay market, Huizhou: query supply, reserve volume' },
    { role: 'BRAND_OFFICE', memberCode: 'YL-BRAND', description: 'Yili brand office: floret certificates and "伊犁红花" label licences' },
  ];

  return { alliances: [luxi, yili], members: b.members, bases, demoUsers };
}
