import { edgesOf, pageInfoOf } from '@alliance/subgraph-kit';
import type {
  BrandOfficeResolvers,
  LotResolvers,
  OriginCertificateConnectionResolvers,
  OriginCertificateResolvers,
  ResidueTestResolvers,
} from '../generated/resolvers.ts';
import * as certificates from '../domain/origin-certificates.ts';
import * as tests from '../domain/residue-tests.ts';

export const Lot: LotResolvers = {
  // The gateway has already resolved the lot (and its visibility) in the members subgraph.
  residueTests: (lot, _args, ctx) => tests.residueTestsOfLot(ctx, lot.id),
  originCertificate: (lot, _args, ctx) => certificates.originCertificateOfLot(ctx, lot.id),
};

export const OriginCertificate: OriginCertificateResolvers = {
  // Other subgraphs reach certificates through here: the same visibility rule applies.
  __resolveReference: (ref, ctx) => certificates.findOriginCertificate(ctx, ref.id),
  lot: (certificate) => (certificate.lotId ? { id: certificate.lotId } : null),
  producerContact: (certificate, _args, ctx) => certificates.producerContactOf(ctx, certificate),
  basisLabel: (certificate) => certificates.basisLabelOf(certificate),
  // The passing test a visible certificate rests on is part of what it certifies.
  residueTest: async (certificate, _args, ctx) => (await ctx.loaders.residueTestById.load(certificate.residueTestId))!,
};

export const ResidueTest: ResidueTestResolvers = {
  lot: (test) => ({ id: test.lotId }),
  recordedBy: (test) => ({ id: test.recordedBy }),
};

export const OriginCertificateConnection: OriginCertificateConnectionResolvers = {
  edges: (page) => edgesOf(page),
  pageInfo: (page) => pageInfoOf(page),
};

export const BrandOffice: BrandOfficeResolvers = {
  member: (office) => ({ id: office.memberId }),
};
