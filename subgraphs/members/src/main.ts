import { runSubgraphFromEnv } from '@alliance/subgraph-kit';
import { membersSubgraph } from './index.ts';

await runSubgraphFromEnv(membersSubgraph);
