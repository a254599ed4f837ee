import { readFileSync } from 'node:fs';
import { parse } from 'graphql';

/** The contract: schema/coldchain.graphql at the repository root. */
export const coldchainSdl = readFileSync(new URL('../../../schema/coldchain.graphql', import.meta.url), 'utf8');
export const typeDefs = parse(coldchainSdl);
