import { runSubgraphFromEnv } from '@alliance/subgraph-kit';
import { coldchainSubgraph } from './index.ts';

await runSubgraphFromEnv(coldchainSubgraph);
