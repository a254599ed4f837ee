import { readFileSync } from 'node:fs';
import { parse } from 'graphql';

/** The contract: schema/insurance.graphql at the repository root. */
export const insuranceSdl = readFileSync(new URL('../../../schema/insurance.graphql', import.meta.url), 'utf8');
export const typeDefs = parse(insuranceSdl);
