import type { EntityManager } from '@mikro-orm/postgresql';
import { query, queryOne, sql, table } from '@alliance/db';
import { LabelBatch } from '../entities/index.ts';

/**
 * Every statement of label issuance. The two running totals — a licence's used kg, a
 * certificate's labelled kg — are raised by `update … set x = x + …`, whose check constraints
 * refuse an overrun whatever the interleaving; callers take them in one order (licence, then
 * certificate) so that concurrent issuers cannot deadlock.
 */

/** The licence's used kg and fees raised by a batch; throws the check violation of licence_within_quota on an overrun. */
export async function addLicenceUse(em: EntityManager, licenceId: string, kg: string, feeCny: string): Promise<{ used_kg: string; quota_kg: string } | null> {
  return queryOne(
    em,
    sql`update ${table('licence')} set used_kg = used_kg + ${kg}::numeric, fees_accrued_cny = fees_accrued_cny + ${feeCny}::numeric
        where id = ${licenceId} returning used_kg, quota_kg`,
  );
}

/**
 * The certificate's labelled kg raised by a batch, if it is still VALID (null otherwise); throws
 * the check violation of origin_certificate_labelled_within_certified on an overrun.
 */
export async function addCertificateLabelled(em: EntityManager, certificateId: string, kg: string): Promise<{ labelled_kg: string; certified_kg: string } | null> {
  return queryOne(
    em,
    sql`update ${table('origin_certificate')} set labelled_kg = labelled_kg + ${kg}::numeric
        where id = ${certificateId} and status = 'VALID' returning labelled_kg, certified_kg`,
  );
}

/** The batch and all its codes, in one statement (ten thousand codes are one array parameter). */
export async function insertLabelBatch(em: EntityManager, b: LabelBatch, serials: readonly string[]): Promise<number> {
  const rows = await query<{ n: number }>(
    em,
    sql`with batch as (
          insert into ${table('label_batch')} (id, alliance_id, licence_id, lot_id, certificate_id, count, pack_kg, total_kg, fee_cny, gtin, lot_number, month, issued_at, issued_by)
          values (${b.id}, ${b.allianceId}, ${b.licenceId}, ${b.lotId}, ${b.certificateId}, ${b.count}, ${b.packKg}::numeric, ${b.totalKg}::numeric, ${b.feeCny}::numeric,
                  ${b.gtin}, ${b.lotNumber}, ${b.month}, ${b.issuedAt}, ${b.issuedBy})
          returning id, licence_id, certificate_id, lot_id, alliance_id
        ), codes as (
          insert into ${table('label_code')} (serial, batch_id, licence_id, certificate_id, lot_id, alliance_id)
          select s.serial, batch.id, batch.licence_id, batch.certificate_id, batch.lot_id, batch.alliance_id
          from batch, unnest(${[...serials]}::text[]) as s(serial)
          returning 1
        )
        select count(*)::int as n from codes`,
  );
  return rows[0]!.n;
}

/** Fresh figures of a licence and a certificate, for the message of a refused batch. */
export async function labelFigures(
  em: EntityManager,
  licenceId: string,
  certificateId: string,
): Promise<{ quota_kg: string; used_kg: string; certified_kg: string; labelled_kg: string } | null> {
  return queryOne(
    em,
    sql`select l.quota_kg, l.used_kg, c.certified_kg, c.labelled_kg
        from ${table('licence')} l, ${table('origin_certificate')} c where l.id = ${licenceId} and c.id = ${certificateId}`,
  );
}

/** A licence's batches, newest first, a keyset page (limit + 1 rows). */
export async function batchesOfLicence(em: EntityManager, licenceId: string, before: [string, string] | null, limit: number): Promise<LabelBatch[]> {
  return em.find(
    LabelBatch,
    before ? { licenceId, $or: [{ issuedAt: { $lt: new Date(before[0]) } }, { issuedAt: new Date(before[0]), id: { $lt: before[1] } }] } : { licenceId },
    { orderBy: { issuedAt: 'desc', id: 'desc' }, limit: limit + 1 },
  );
}

export interface LabelCodeRow {
  serial: string;
  batch_id: string;
  scan_count: number;
}

/** A batch's codes in serial order, a keyset page (limit + 1 rows). */
export async function codesOfBatch(em: EntityManager, batchId: string, afterSerial: string | null, limit: number): Promise<LabelCodeRow[]> {
  return query<LabelCodeRow>(
    em,
    sql`select serial, batch_id, scan_count from ${table('label_code')}
        where batch_id = ${batchId} ${afterSerial ? sql`and serial > ${afterSerial}` : sql``}
        order by serial limit ${limit + 1}`,
  );
}

/** Every serial of a batch, in serial order (the printer's file). */
export async function serialsOfBatch(em: EntityManager, batchId: string): Promise<string[]> {
  const rows = await query<{ serial: string }>(em, sql`select serial from ${table('label_code')} where batch_id = ${batchId} order by serial`);
  return rows.map((r) => r.serial);
}
