import { runSubgraphFromEnv } from '@alliance/subgraph-kit';
import { insuranceSubgraph } from './index.ts';

await runSubgraphFromEnv(insuranceSubgraph);
