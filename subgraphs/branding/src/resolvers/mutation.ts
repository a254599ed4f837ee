import type { MutationResolvers } from '../generated/resolvers.ts';
import * as certificates from '../domain/origin-certificates.ts';
import * as tests from '../domain/residue-tests.ts';

export const Mutation: MutationResolvers = {
  recordResidueTest: (_root, { input }, ctx) => tests.recordResidueTest(ctx, input),
  issueOriginCertificate: (_root, { lotId, certifiedKg }, ctx) => certificates.issueOriginCertificate(ctx, lotId, certifiedKg),
  revokeOriginCertificate: (_root, { id, reason }, ctx) => certificates.revokeOriginCertificate(ctx, id, reason),
};
