import type { EntityManager } from '@mikro-orm/postgresql';
import { query, queryOne, sql, table } from '@alliance/db';
import type { CertificateBasis, Crop, Grade, Variety } from '../entities/index.ts';

/**
 * Label checks in SQL: what a code stands for (its batch, licence, certificate and lot), the scan
 * recorded against the code's row lock, the brand office's alerts, and the per-client allowance.
 */

/** What a shopper may learn of a code, and what decides its outcome. */
export interface LabelCodeFacts {
  serial: string;
  allianceId: string;
  licenceId: string;
  lotId: string;
  gtin: string;
  lotNumber: string;
  licenceStatus: string;
  certificateStatus: string;
  productName: string;
  crop: Crop;
  variety: Variety | null;
  grade: Grade;
  township: string;
  county: string;
  harvestDate: string;
  certificateNumber: string;
  certificateBasis: CertificateBasis;
  licenseeName: string;
  licenseeCreditCode: string;
  trademarkName: string;
}

/** What a check reads first, without locking: the code's facts and, for a Digital Link, its GTIN's alliance. */
export interface LabelLookup {
  /** Null for a code no batch holds. */
  facts: LabelCodeFacts | null;
  /** The one alliance whose licences carry the Digital Link's GTIN; null when none does or several do, or without a link. */
  gtinAllianceId: string | null;
}

/** One statement: code → batch, licence, certificate, lot facts, and the alliance of a GTIN (when given). */
export async function findLabelCodeFacts(em: EntityManager, serial: string, gtin14: string | null): Promise<LabelLookup> {
  const row = await queryOne<Partial<LabelCodeFacts> & { gtinAllianceId: string | null }>(
    em,
    sql`select (select (array_agg(distinct g.alliance_id))[1] from ${table('licence')} g
                 where g.gtin = ${gtin14}::text having count(distinct g.alliance_id) = 1) as "gtinAllianceId",
               c.serial, c.alliance_id as "allianceId", c.licence_id as "licenceId", c.lot_id as "lotId", b.gtin, b.lot_number as "lotNumber",
               l.status as "licenceStatus", o.status as "certificateStatus", o.product_name as "productName", o.crop, o.variety, o.grade,
               o.township, o.county, to_char(f.harvest_date, 'YYYY-MM-DD') as "harvestDate", o.number as "certificateNumber",
               o.basis as "certificateBasis", l.licensee_name as "licenseeName", l.licensee_credit_code as "licenseeCreditCode",
               l.trademark_name as "trademarkName"
          from (select 1) one
          left join (${table('label_code')} c
                     join ${table('label_batch')} b on b.id = c.batch_id
                     join ${table('licence')} l on l.id = c.licence_id
                     join ${table('origin_certificate')} o on o.id = c.certificate_id
                     join ${table('lot_fact')} f on f.lot_id = c.lot_id) on c.serial = ${serial}`,
  );
  const { gtinAllianceId, ...facts } = row!;
  return { gtinAllianceId, facts: facts.serial == null ? null : (facts as LabelCodeFacts) };
}

export interface ScanRecord {
  codeAsScanned: string;
  at: Date;
  place: string | null;
  latitude: number | null;
  longitude: number | null;
  clientHash: string;
}

/** The client's allowance a check counts against: its row for the window, and how many it may make. */
export interface Allowance {
  clientHash: string;
  windowStart: Date;
  limit: number;
}

/**
 * Counts one more check for the client in the window, as the first part of a writing statement:
 * the upsert takes the client's row, so concurrent checks of one client take turns on it, whichever
 * replica answers. `allowance` is its count, this check included.
 */
function allowanceUpsert(a: Allowance) {
  return sql`allowance as (
          insert into ${table('verification_allowance')} as a (client_hash, window_start, count) values (${a.clientHash}, ${a.windowStart}, 1)
          on conflict (client_hash, window_start) do update set count = a.count + 1
          returning count)`;
}

export interface CountedScan {
  scanCount: number;
  firstScannedAt: Date;
  firstPlace: string | null;
  outcome: 'GENUINE' | 'ALREADY_VERIFIED' | 'REVOKED';
}

/**
 * One statement: counts the check against its client's allowance and, within it, counts the scan on
 * the code's row and records it. The update takes the code's row lock (after the client's row), so
 * concurrent first scans of one code are numbered 1, 2, … in turn and only one sees 1: GENUINE;
 * later ones ALREADY_VERIFIED; REVOKED whenever the licence or certificate is. Over the allowance
 * only the allowance counts (counted is null). Sent on its own (its own transaction, one commit):
 * both rows are held only for the statement and its commit.
 */
export async function countAndRecordScan(
  em: EntityManager,
  allowance: Allowance,
  scan: ScanRecord,
  code: { serial: string; allianceId: string; licenceId: string; revoked: boolean },
): Promise<{ allowanceCount: number; counted: CountedScan | null }> {
  const row = await queryOne<{ allowance_count: number; scan_count: number | null; first_scanned_at: Date | null; first_place: string | null; outcome: CountedScan['outcome'] | null }>(
    em,
    sql`with ${allowanceUpsert(allowance)},
        counted as (
          update ${table('label_code')}
             set scan_count = scan_count + 1,
                 first_scanned_at = coalesce(first_scanned_at, ${scan.at}),
                 first_place = case when scan_count = 0 then ${scan.place}::text else first_place end
           where serial = ${code.serial} and (select count from allowance) <= ${allowance.limit}
       returning serial, scan_count, first_scanned_at, first_place,
                 case when ${code.revoked}::boolean then 'REVOKED' when scan_count = 1 then 'GENUINE' else 'ALREADY_VERIFIED' end as outcome),
        recorded as (
          insert into ${table('label_scan')} (alliance_id, licence_id, serial, code_as_scanned, scanned_at, place, latitude, longitude, client_hash, outcome)
          select ${code.allianceId}, ${code.licenceId}, serial, ${scan.codeAsScanned}, ${scan.at}, ${scan.place}, ${scan.latitude}, ${scan.longitude}, ${scan.clientHash}, outcome
            from counted)
        select (select count from allowance) as allowance_count, c.scan_count, c.first_scanned_at, c.first_place, c.outcome
          from (select 1) one left join counted c on true`,
  );
  const r = row!;
  const counted = r.scan_count === null ? null : { scanCount: r.scan_count, firstScannedAt: new Date(r.first_scanned_at!), firstPlace: r.first_place, outcome: r.outcome! };
  return { allowanceCount: r.allowance_count, counted };
}

/**
 * One statement: counts the check against its client's allowance and, within it, records the scan
 * of a code that is no label (UNKNOWN, no serial, attributed to the alliance it imitates).
 */
export async function recordUnknownScan(em: EntityManager, allowance: Allowance, scan: ScanRecord, allianceId: string | null): Promise<{ allowanceCount: number }> {
  const row = await queryOne<{ allowance_count: number }>(
    em,
    sql`with ${allowanceUpsert(allowance)},
        recorded as (
          insert into ${table('label_scan')} (alliance_id, licence_id, serial, code_as_scanned, scanned_at, place, latitude, longitude, client_hash, outcome)
          select ${allianceId}::uuid, null, null, ${scan.codeAsScanned}, ${scan.at}, ${scan.place}, ${scan.latitude}, ${scan.longitude}, ${scan.clientHash}, 'UNKNOWN'
           where (select count from allowance) <= ${allowance.limit})
        select count as allowance_count from allowance`,
  );
  return { allowanceCount: row!.allowance_count };
}

export interface StoredScan {
  serial: string;
  at: Date;
  place: string | null;
  latitude: number | null;
  longitude: number | null;
}

/** How many of a code's latest scans its suspicion is judged on. */
export const SCANS_ASSESSED = 200;

export async function recentScansOf(em: EntityManager, serial: string): Promise<StoredScan[]> {
  const rows = await query<{ serial: string; scanned_at: Date; place: string | null; latitude: number | null; longitude: number | null }>(
    em,
    sql`select serial, scanned_at, place, latitude, longitude from ${table('label_scan')}
         where serial = ${serial} order by scanned_at desc limit ${SCANS_ASSESSED}`,
  );
  return rows.map(storedScan);
}

function storedScan(r: { serial: string; scanned_at: Date; place: string | null; latitude: number | null; longitude: number | null }): StoredScan {
  return { serial: r.serial, at: new Date(r.scanned_at), place: r.place, latitude: r.latitude, longitude: r.longitude };
}

/** Once suspicious, a code stays so: its older scans may leave the window it is judged on. */
export async function markSuspicious(em: EntityManager, serial: string): Promise<void> {
  await query(em, sql`update ${table('label_code')} set suspicious = true where serial = ${serial} and not suspicious`);
}

export interface SuspiciousCode {
  serial: string;
  licenceId: string;
  scanCount: number;
  /** Its latest scans (SCANS_ASSESSED at most), newest first. */
  scans: StoredScan[];
}

/** How many suspicious codes one alert list looks at: the ones scanned most recently. */
export const SUSPICIOUS_CODES_LISTED = 500;

/** The alliance's suspicious codes scanned since `since`, most recently scanned first, with their latest scans. */
export async function suspiciousCodesScannedSince(em: EntityManager, allianceId: string, since: Date): Promise<SuspiciousCode[]> {
  const rows = await query<{
    serial: string;
    licence_id: string;
    scan_count: number;
    scanned_at: Date;
    place: string | null;
    latitude: number | null;
    longitude: number | null;
  }>(
    em,
    sql`with codes as (
          select c.serial, c.licence_id, c.scan_count, last.at
            from ${table('label_code')} c
            cross join lateral (select max(s.scanned_at) as at from ${table('label_scan')} s where s.serial = c.serial) last
           where c.alliance_id = ${allianceId} and c.suspicious and last.at >= ${since}
           order by last.at desc
           limit ${SUSPICIOUS_CODES_LISTED})
        select codes.serial, codes.licence_id, codes.scan_count, s.scanned_at, s.place, s.latitude, s.longitude
          from codes
          cross join lateral (select * from ${table('label_scan')} s where s.serial = codes.serial order by s.scanned_at desc limit ${SCANS_ASSESSED}) s
         order by codes.at desc, codes.serial, s.scanned_at desc`,
  );
  const bySerial = new Map<string, SuspiciousCode>();
  for (const r of rows) {
    let code = bySerial.get(r.serial);
    if (!code) bySerial.set(r.serial, (code = { serial: r.serial, licenceId: r.licence_id, scanCount: r.scan_count, scans: [] }));
    code.scans.push(storedScan(r));
  }
  return [...bySerial.values()];
}

export interface UnknownCodeGroup {
  place: string | null;
  scanCount: number;
  codes: string[];
  firstScanAt: Date;
  lastScanAt: Date;
}

/** How many distinct unknown codes an alert names (the count covers them all). */
export const UNKNOWN_CODES_NAMED = 100;

/** Scans of unknown codes attributed to the alliance since `since`, per place, most recent first. */
export async function unknownCodeScansByPlace(em: EntityManager, allianceId: string, since: Date, limit: number): Promise<UnknownCodeGroup[]> {
  const rows = await query<{ place: string | null; scan_count: number; codes: string[]; first_at: Date; last_at: Date }>(
    em,
    sql`select place, count(*)::int as scan_count, (array_agg(distinct code_as_scanned))[1:${UNKNOWN_CODES_NAMED}] as codes,
               min(scanned_at) as first_at, max(scanned_at) as last_at
          from ${table('label_scan')}
         where alliance_id = ${allianceId} and outcome = 'UNKNOWN' and scanned_at >= ${since}
         group by place
         order by last_at desc
         limit ${limit}`,
  );
  return rows.map((r) => ({ place: r.place, scanCount: r.scan_count, codes: r.codes, firstScanAt: new Date(r.first_at), lastScanAt: new Date(r.last_at) }));
}

/** Windows that have closed are no longer needed. */
export async function dropAllowancesBefore(em: EntityManager, windowStart: Date): Promise<void> {
  await query(em, sql`delete from ${table('verification_allowance')} where window_start < ${windowStart}`);
}
