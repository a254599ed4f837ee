/**
 * `npm run compose` writes schema/supergraph.graphql from the subgraphs' SDL.
 * `npm run compose -- --check` fails when composition has errors or the committed file is stale.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { composeSupergraph } from '../compose.ts';
import { supergraphFile } from '../paths.ts';
import { subgraphModules } from '../subgraphs.ts';

const check = process.argv.includes('--check');
let supergraph: string;
try {
  supergraph = composeSupergraph(subgraphModules);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
if (check) {
  const committed = existsSync(supergraphFile) ? readFileSync(supergraphFile, 'utf8') : '';
  if (committed !== supergraph) {
    console.error('schema/supergraph.graphql is stale: run `npm run compose` and commit the result.');
    process.exit(1);
  }
  console.log('supergraph composes and is up to date');
} else {
  writeFileSync(supergraphFile, supergraph);
  console.log(`wrote ${supergraphFile}`);
}
