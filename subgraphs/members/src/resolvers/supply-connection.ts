import type { SupplyConnectionResolvers } from '../generated/resolvers.ts';

export const SupplyConnection: SupplyConnectionResolvers = {
  edges: (page) => page.nodes.map((node) => ({ cursor: page.cursorOf(node), node })),
  pageInfo: (page) => ({
    hasNextPage: page.hasNextPage,
    endCursor: page.nodes.length ? page.cursorOf(page.nodes[page.nodes.length - 1]!) : null,
  }),
};
