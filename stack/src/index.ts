// What the benchmarks use; the command-line tools import the modules they need directly.
export { startStack, type RunningStack, type StackOptions, type StackSubgraph } from './stack.ts';
export { repoRoot } from './paths.ts';
export { PARTNER_SUPPLY_QUERY } from './partner-queries.ts';
