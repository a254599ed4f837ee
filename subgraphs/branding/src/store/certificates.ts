import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { queryOne, sql, table, takeYearlySequence } from '@alliance/db';
import { OriginCertificate, type CertificateStatus } from '../entities/index.ts';

/**
 * The next certificate sequence of an alliance and year. The upsert locks the counter row until
 * the issuing transaction ends (as `select … for update` would), so concurrent issuers take turns
 * and a rolled-back issue gives its number back: no gaps, no duplicates.
 */
export function takeCertificateSequence(em: EntityManager, allianceId: string, year: number): Promise<number> {
  return takeYearlySequence(em, 'certificate_counter', allianceId, year);
}

export async function certificatesByIds(em: EntityManager, ids: readonly string[]): Promise<OriginCertificate[]> {
  return em.find(OriginCertificate, { id: { $in: [...ids] } });
}

/** The valid certificate of each of many lots. */
export async function validCertificatesOfLots(em: EntityManager, lotIds: readonly string[]): Promise<OriginCertificate[]> {
  return em.find(OriginCertificate, { lotId: { $in: [...lotIds] }, status: 'VALID' });
}

/** The certificate, locked and read afresh for a change. */
export async function lockCertificate(em: EntityManager, id: string): Promise<OriginCertificate | null> {
  const locked = await queryOne<{ id: string }>(em, sql`select id from ${table('origin_certificate')} where id = ${id} for update`);
  return locked ? em.findOne(OriginCertificate, { id }, { refresh: true }) : null;
}

export interface CertificateListFilter {
  allianceId: string;
  status: CertificateStatus | null;
  lotId: string | null;
  year: number | null;
  /** Keyset: (year, sequence) strictly before this one. */
  before: [number, number] | null;
  limit: number;
}

/** An alliance's certificates, newest number first, a keyset page (limit + 1 rows). */
export async function listCertificates(em: EntityManager, f: CertificateListFilter): Promise<OriginCertificate[]> {
  const where: FilterQuery<OriginCertificate> = { allianceId: f.allianceId };
  if (f.status) where.status = f.status;
  if (f.lotId) where.lotId = f.lotId;
  if (f.year) where.year = f.year;
  if (f.before) where.$or = [{ year: { $lt: f.before[0] } }, { year: f.before[0], sequence: { $lt: f.before[1] } }];
  return em.find(OriginCertificate, where, { orderBy: { year: 'desc', sequence: 'desc' }, limit: f.limit + 1 });
}
