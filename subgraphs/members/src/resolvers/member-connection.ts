import { edgesOf, pageInfoOf } from '@alliance/subgraph-kit';
import type { MemberConnectionResolvers } from '../generated/resolvers.ts';

export const MemberConnection: MemberConnectionResolvers = {
  edges: (page) => edgesOf(page),
  pageInfo: (page) => pageInfoOf(page),
  totalCount: (page) => page.totalCount,
};
