import { runSubgraphFromEnv } from '@alliance/subgraph-kit';
import { brandingSubgraph } from './index.ts';

await runSubgraphFromEnv(brandingSubgraph);
