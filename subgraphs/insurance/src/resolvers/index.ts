import type { Resolvers } from '../generated/resolvers.ts';

/** Each part of the schema has its file; this joins them. */
export const resolvers: Resolvers = {};
