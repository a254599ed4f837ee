import type { SubgraphModule } from '@alliance/subgraph-kit';

/**
 * Every subgraph of the supergraph, in start order: one line each. It drives the stack (ports
 * `<NAME>_PORT`, default `defaultPort`), composition, the test database, the messaging contract
 * test and the docker compose test; codegen finds the same subgraphs by their folders.
 */
export const subgraphModules: SubgraphModule<any>[] = [
  (await import('@alliance/members')).membersSubgraph,
  (await import('@alliance/coldchain')).coldchainSubgraph,
  (await import('@alliance/branding')).brandingSubgraph,
  (await import('@alliance/insurance')).insuranceSubgraph,
];
