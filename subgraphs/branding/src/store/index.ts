/**
 * Every SQL statement of the branding subgraph will live here, in functions named for what they
 * fetch or change (as `subgraphs/coldchain/src/store/`). The skeleton reads only the member
 * directory, through the kit.
 */
export {};
