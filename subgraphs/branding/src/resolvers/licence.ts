import { edgesOf, pageInfoOf } from '@alliance/subgraph-kit';
import type {
  LabelBatchConnectionResolvers,
  LabelBatchResolvers,
  LabelCodeConnectionResolvers,
  LabelCodeResolvers,
  LicenceConnectionResolvers,
  LicenceResolvers,
  LicenseeResolvers,
  MutationResolvers,
  OriginCertificateResolvers,
  QueryResolvers,
} from '../generated/resolvers.ts';
import { kgString, cnyString } from '@alliance/domain-kit';
import * as labels from '../domain/labels.ts';
import { labelBatchCsv } from '../domain/label-csv.ts';
import * as licences from '../domain/licences.ts';

export const LicenceQuery: QueryResolvers = {
  licence: (_root, { id }, ctx) => licences.findLicence(ctx, id),
  licences: (_root, { filter, first, after }, ctx) => licences.listLicences(ctx, filter, first, after),
  labelBatch: (_root, { id }, ctx) => labels.findLabelBatch(ctx, id),
};

export const LicenceMutation: MutationResolvers = {
  grantLicence: (_root, { input }, ctx) => licences.grantLicence(ctx, ctx.settings, input),
  suspendLicence: (_root, { id, reason }, ctx) => licences.changeLicence(ctx, id, { type: 'SUSPEND', reason }),
  reinstateLicence: (_root, { id }, ctx) => licences.changeLicence(ctx, id, { type: 'REINSTATE' }),
  revokeLicence: (_root, { id, reason }, ctx) => licences.changeLicence(ctx, id, { type: 'REVOKE', reason }),
  issueLabels: (_root, { licenceId, lotId, count, packKg }, ctx) => labels.issueLabels(ctx, licenceId, lotId, count, packKg),
};

export const Licence: LicenceResolvers = {
  // Other subgraphs reach licences through here: the same visibility rule applies.
  __resolveReference: (ref, ctx) => licences.findLicence(ctx, ref.id),
  licensee: (licence) => licences.licenseeOf(licence),
  trademark: (licence) => licences.trademarkOf(licence),
  quotaKg: (licence) => kgString(licence.quotaKg),
  usedKg: (licence) => kgString(licence.usedKg),
  remainingKg: (licence) => licences.remainingKgOf(licence),
  feePerKg: (licence) => licence.feePerKg,
  feesAccrued: (licence) => cnyString(licence.feesAccruedCny),
  status: (licence) => licences.licenceStatusOf(licence),
  labelBatches: (licence, { first, after }, ctx) => labels.labelBatchesOfLicence(ctx, licence, first, after),
};

export const Licensee: LicenseeResolvers = {
  member: (licensee) => (licensee.memberId ? { id: licensee.memberId } : null),
};

export const LicenceConnection: LicenceConnectionResolvers = {
  edges: (page) => edgesOf(page),
  pageInfo: (page) => pageInfoOf(page),
};

export const LabelBatch: LabelBatchResolvers = {
  __resolveReference: (ref, ctx) => labels.findLabelBatch(ctx, ref.id),
  licence: (batch, _args, ctx) => labels.licenceOfBatch(ctx, batch),
  lot: (batch) => ({ id: batch.lotId }),
  certificate: (batch, _args, ctx) => labels.certificateOfBatch(ctx, batch),
  packKg: (batch) => kgString(batch.packKg),
  totalKg: (batch) => kgString(batch.totalKg),
  feeCny: (batch) => cnyString(batch.feeCny),
  issuedBy: (batch) => ({ id: batch.issuedBy }),
  status: (batch, _args, ctx) => labels.batchStatusOf(ctx, batch),
  codes: (batch, { first, after }, ctx) => labels.codesOfLabelBatch(ctx, ctx.settings, batch, first, after),
  csv: (batch, _args, ctx) => labelBatchCsv(ctx, ctx.settings, batch),
};

export const LabelBatchConnection: LabelBatchConnectionResolvers = {
  edges: (page) => edgesOf(page),
  pageInfo: (page) => pageInfoOf(page),
};

export const LabelCode: LabelCodeResolvers = {
  printedSerial: (code) => labels.printedSerialOf(code),
  digitalLink: (code) => labels.digitalLinkOf(code),
  qrSvg: (code) => labels.qrSvgOf(code),
};

export const LabelCodeConnection: LabelCodeConnectionResolvers = {
  edges: (page) => edgesOf(page),
  pageInfo: (page) => pageInfoOf(page),
};

/** What labels add to a certificate. */
export const CertificateLabels: OriginCertificateResolvers = {
  labelledKg: (certificate, _args, ctx) => labels.labelledKgOf(ctx, certificate),
};
