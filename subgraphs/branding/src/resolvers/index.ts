import type { Resolvers } from '../generated/resolvers.ts';
import { brandOfficeOf } from '../domain/brand-office.ts';

export const resolvers: Resolvers = {
  Query: {
    brandOffice: (_root, _args, ctx) => brandOfficeOf(ctx.viewer),
  },
  BrandOffice: {
    member: (office) => ({ id: office.memberId }),
  },
};
