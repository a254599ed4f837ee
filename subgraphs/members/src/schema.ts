import { readFileSync } from 'node:fs';
import { parse } from 'graphql';

/** The contract: schema/members.graphql at the repository root. */
export const membersSdl = readFileSync(new URL('../../../schema/members.graphql', import.meta.url), 'utf8');
export const typeDefs = parse(membersSdl);
