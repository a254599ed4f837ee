import type { QueryResolvers } from '../generated/resolvers.ts';
import { brandOfficeOf } from '../domain/brand-office.ts';
import * as certificates from '../domain/origin-certificates.ts';

export const Query: QueryResolvers = {
  brandOffice: (_root, _args, ctx) => brandOfficeOf(ctx.viewer),
  originCertificate: (_root, { id }, ctx) => certificates.findOriginCertificate(ctx, id),
  originCertificates: (_root, { filter, first, after }, ctx) => certificates.listOriginCertificates(ctx, filter, first, after),
};
