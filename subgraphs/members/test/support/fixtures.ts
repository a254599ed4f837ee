import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Role, Viewer } from '@alliance/domain-kit';
import { Alliance, Base, Lot, Member, Membership } from '../../src/entities/index.ts';
import { makeCreditCode } from '../../src/domain/credit-code.ts';
import { announceMembers } from '../../src/domain/members.ts';
import type { MemberKind } from '../../src/domain/vocabulary.ts';

/** Each test seeds its own alliance and members, with codes that cannot collide across tests. */
export function uniqueCode(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString('hex').toUpperCase()}`;
}

/** A valid unified social credit code with a random organisation body (digits). */
export function randomCreditCode(): string {
  const body = Array.from(randomBytes(8), (b) => String(b % 10)).join('');
  return makeCreditCode('9', '1', '532527', body);
}

export async function seedAlliance(em: EntityManager, name = 'Test alliance'): Promise<Alliance> {
  const alliance = em.create(Alliance, { code: uniqueCode('AL'), name, region: 'Yunnan', crops: ['SCALLION'], createdAt: new Date() });
  await em.persistAndFlush(alliance);
  return alliance;
}

export interface SeededMember {
  member: Member;
  viewer: Viewer;
}

export async function seedMember(
  em: EntityManager,
  alliance: Alliance,
  kind: MemberKind,
  roles: Role[],
  overrides: Partial<Member> = {},
): Promise<SeededMember> {
  const member = new Member();
  Object.assign(member, {
    code: uniqueCode(kind.slice(0, 3)),
    name: `${kind.toLowerCase()} ${randomBytes(2).toString('hex')}`,
    kind,
    creditCode: kind === 'GROWER' ? null : randomCreditCode(),
    township: 'Zhongshu',
    contactName: 'Li Wei',
    contactPhone: '13800001111',
    status: 'ACTIVE',
    joinedOn: '2023-03-01',
    ...overrides,
  });
  await em.transactional(async (tx) => {
    tx.persist(member);
    tx.persist(new Membership(member, alliance, roles));
    await tx.flush();
    // As admitMember does: the other subgraphs learn the member from the members subgraph.
    await announceMembers(tx, [member.id]);
  });
  return { member, viewer: { memberId: member.id, allianceId: alliance.id, roles, status: member.status, kind } };
}

export async function seedBase(em: EntityManager, member: Member, township = 'Jinma', areaMu = '12.50'): Promise<Base> {
  const base = new Base(member, township, areaMu, 'SCALLION');
  await em.persistAndFlush(base);
  return base;
}

/** An alliance with its office, a grower, a partner market and a cold-store operator. */
export async function seedAllianceWithCast(em: EntityManager) {
  const alliance = await seedAlliance(em);
  const office = await seedMember(em, alliance, 'SALES_ENTITY', ['ALLIANCE_ADMIN']);
  const grower = await seedMember(em, alliance, 'GROWER', ['GROWER'], { contactPhone: '13912345678' });
  const market = await seedMember(em, alliance, 'PARTNER_MARKET', ['PARTNER_MARKET'], { township: 'Shanghai' });
  const coldStore = await seedMember(em, alliance, 'COLD_STORE', ['FACILITY_OPERATOR']);
  return { alliance, office, grower, market, coldStore };
}

export interface LotSpec {
  quantityKg?: string;
  harvestDate?: string;
  variety?: 'RED' | 'WHITE' | 'BLACK';
  grade?: 'A' | 'B' | 'C';
  price?: string;
  township?: string;
}

/** A listed scallion lot of a grower, on a base of its own. */
export async function seedLot(em: EntityManager, grower: SeededMember, spec: LotSpec = {}): Promise<Lot> {
  const base = await seedBase(em, grower.member, spec.township ?? 'Zhongshu', '10.00');
  const lot = new Lot();
  Object.assign(lot, {
    member: grower.member,
    allianceId: grower.viewer.allianceId,
    base,
    township: base.township,
    crop: 'SCALLION',
    variety: spec.variety ?? 'RED',
    grade: spec.grade ?? 'A',
    quantityKg: spec.quantityKg ?? '1000.000',
    harvestDate: spec.harvestDate ?? daysAgo(1),
    askingPricePerKg: spec.price ?? '2.40',
  });
  await em.persistAndFlush(lot);
  return lot;
}

export function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}
