import type { EntitySchema } from '@mikro-orm/core';

/**
 * The subgraph's own tables (certificates, licences, label codes come with their issue). The member
 * directory's replica and the inbox are added by `withMemberDirectory`.
 */
export const entities: EntitySchema<any, any>[] = [];
