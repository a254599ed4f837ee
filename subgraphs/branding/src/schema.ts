import { readFileSync } from 'node:fs';
import { parse } from 'graphql';

/** The contract: schema/branding.graphql at the repository root. */
export const brandingSdl = readFileSync(new URL('../../../schema/branding.graphql', import.meta.url), 'utf8');
export const typeDefs = parse(brandingSdl);
