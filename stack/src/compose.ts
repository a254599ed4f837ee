import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import type { SubgraphModule } from '@alliance/subgraph-kit';

/** Composes the subgraphs' SDL into the supergraph the gateway serves. Throws on any composition error. */
export function composeSupergraph(modules: SubgraphModule<any>[], host = 'localhost'): string {
  const result = composeServices(
    modules.map((m) => ({ name: m.name, typeDefs: parse(m.sdl), url: `http://${host}:${m.defaultPort}/graphql` })),
  );
  if (result.errors?.length) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
  return result.supergraphSdl!;
}
