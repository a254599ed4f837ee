import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { DemoFacts } from '@alliance/subgraph-kit';
import { query, sql, table } from '@alliance/db';
import { shanghaiDay } from '@alliance/domain-kit';
import { LotFact, OriginCertificate, ResidueTest, type CertificateBasis, type Crop, type Grade, type Variety } from '../entities/index.ts';
import { certificatePrefix, certificateYear, formatCertificateNumber } from '../domain/certificate-number.ts';
import { COMMITMENT_STATEMENT } from '../domain/commitment.ts';
import { productNameOf } from '../domain/product-name.ts';
import { countLotFacts, listedLotFactsOf, recentLotFactsOf } from '../store/lot-facts.ts';

const BASES: CertificateBasis[] = ['SELF_TEST', 'COMMISSIONED_TEST', 'INTERNAL_CONTROL', 'SELF_COMMITMENT'];
const DAY = 86_400_000;

/** Who certifies what in the demo: Luxi's recent scallion lots, and Yili's florets of the last season. */
interface DemoCertification {
  allianceCode: string;
  brandOfficeCode: string;
  /** Laboratories that test commissioned samples (a report number goes with them). */
  labs: string[];
  reportPrefix: string;
  lots: (em: EntityManager) => Promise<LotFact[]>;
  /** An analyte a failed test names. */
  failedAnalyte: string;
}

const CERTIFICATIONS: DemoCertification[] = [
  {
    allianceCode: 'LUXI',
    brandOfficeCode: 'LX-BRAND',
    labs: ['Luxi County agricultural product quality testing station', 'Honghe prefecture quality inspection centre', 'Yunnan Academy of Agricultural Sciences test laboratory'],
    reportPrefix: 'HH',
    lots: (em) => recentLotFactsOf(em, 'LUXI', shanghaiDay(new Date(Date.now() - 3 * DAY)), shanghaiDay()),
    failedAnalyte: 'chlorpyrifos',
  },
  {
    allianceCode: 'YILI',
    brandOfficeCode: 'YL-BRAND',
    labs: ['Yili prefecture agricultural product quality testing centre', 'Xinjiang Academy of Agricultural Sciences test laboratory'],
    reportPrefix: 'YL',
    lots: (em) => listedLotFactsOf(em, 'YILI', 'SAFFLOWER_FLORET'),
    failedAnalyte: 'carbendazim',
  },
];

/** The members subgraph announces its lots when it starts: the replica fills within seconds. */
async function waitForLotFacts(em: EntityManager, expected: number, log: Logger): Promise<void> {
  for (const started = Date.now(); Date.now() - started < 60_000; await new Promise((r) => setTimeout(r, 250))) {
    if ((await countLotFacts(em.fork())) >= expected) return;
  }
  log.warn({ expected }, 'branding demo: not every lot was announced yet; certifying those that were');
}

/**
 * Residue tests for most of Luxi's recent lots and Yili's florets (a few failed) and origin
 * certificates, numbered from 1 per alliance, for most of those that passed, issued by each
 * alliance's brand office. Deterministic by position.
 */
export async function seedDemoBranding(em: EntityManager, log: Logger, facts: DemoFacts): Promise<boolean> {
  if ((await em.count(OriginCertificate, {})) > 0) return false;
  await waitForLotFacts(em, facts.lots.length, log);
  let seeded = false;
  for (const plan of CERTIFICATIONS) {
    const brandOffice = facts.members.find((m) => m.code === plan.brandOfficeCode);
    if (!brandOffice) continue;
    const { tests, certificates } = await certifyDemoLots(em, plan, brandOffice.id);
    log.info({ alliance: plan.allianceCode, residueTests: tests, certificates }, 'branding demo: residue tests and certificates');
    seeded = true;
  }
  return seeded;
}

async function certifyDemoLots(em: EntityManager, plan: DemoCertification, brandOfficeId: string): Promise<{ tests: number; certificates: number }> {
  const lots = await plan.lots(em);
  const now = Date.now();
  const tests: ResidueTest[] = [];
  const certificates: OriginCertificate[] = [];
  const issuedAt = new Date();
  const year = certificateYear(issuedAt);
  lots.forEach((lot, i) => {
    if (i % 10 === 9) return; // one lot in ten is not tested yet
    const test = new ResidueTest();
    const sampled = Math.min(new Date(`${lot.harvestDate}T07:30:00+08:00`).getTime(), now - 4 * 3_600_000);
    const commissioned = i % 4 === 1;
    Object.assign(test, {
      lotId: lot.lotId,
      allianceId: lot.allianceId,
      basis: commissioned ? 'COMMISSIONED_TEST' : BASES[i % BASES.length]!,
      tester: commissioned ? plan.labs[i % plan.labs.length]! : lot.producerName,
      reportNumber: commissioned ? `${plan.reportPrefix}-${year}-${String(10_000 + i)}` : null,
      sampledAt: new Date(sampled),
      testedAt: new Date(sampled + 3 * 3_600_000),
      result: i % 37 === 5 ? 'FAIL' : 'PASS',
      failedAnalytes: i % 37 === 5 ? [plan.failedAnalyte] : [],
      recordedBy: lot.cooperativeId ?? lot.growerId,
      recordedAt: new Date(sampled + 3 * 3_600_000),
    } satisfies Partial<ResidueTest>);
    tests.push(test);
    if (test.result === 'FAIL' || i % 6 === 4) return; // failed, or not certified yet
    const certificate = new OriginCertificate();
    const sequence = certificates.length + 1;
    Object.assign(certificate, {
      allianceId: lot.allianceId,
      lotId: lot.lotId,
      number: formatCertificateNumber({ allianceCode: certificatePrefix(lot.allianceCode), year, sequence }),
      year,
      sequence,
      productName: productNameOf(lot.crop as Crop, lot.variety as Variety | null, lot.county),
      crop: lot.crop,
      variety: lot.variety,
      grade: lot.grade as Grade,
      certifiedKg: lot.quantityKg,
      lotQuantityKg: lot.quantityKg,
      producerName: lot.producerName,
      producerPhone: lot.producerPhone,
      growerId: lot.growerId,
      township: lot.township,
      county: lot.county,
      issuedOn: shanghaiDay(issuedAt),
      issuedAt,
      issuedBy: brandOfficeId,
      commitmentStatement: COMMITMENT_STATEMENT,
      basis: test.basis,
      residueTestId: test.id,
    } satisfies Partial<OriginCertificate>);
    certificates.push(certificate);
  });
  await em.transactional(async (tx) => {
    for (const t of tests) tx.persist(t);
    await tx.flush();
    for (const c of certificates) tx.persist(c);
    await tx.flush();
    if (certificates.length) {
      await query(
        tx,
        sql`insert into ${table('certificate_counter')} (alliance_id, year, last_sequence) values (${certificates[0]!.allianceId}, ${year}, ${certificates.length})`,
      );
    }
  });
  return { tests: tests.length, certificates: certificates.length };
}
