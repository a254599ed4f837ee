import type { MemberConnectionResolvers } from '../generated/resolvers.ts';

export const MemberConnection: MemberConnectionResolvers = {
  edges: (page) => page.nodes.map((node) => ({ cursor: page.cursorOf(node), node })),
  pageInfo: (page) => ({
    hasNextPage: page.hasNextPage,
    endCursor: page.nodes.length ? page.cursorOf(page.nodes[page.nodes.length - 1]!) : null,
  }),
  totalCount: (page) => page.totalCount,
};
