import type { EntitySchema } from '@mikro-orm/core';
import { CostBasisSchema } from './cost-basis.ts';
import { FloorContractSchema } from './floor-contract.ts';
import { FloorQuoteSchema } from './floor-quote.ts';
import { FloorSchemeSchema } from './floor-scheme.ts';
import { FloorSettlementSchema } from './floor-settlement.ts';
import { PriceObservationSchema } from './price-observation.ts';

export * from './cost-basis.ts';
export * from './floor-contract.ts';
export * from './floor-quote.ts';
export * from './floor-scheme.ts';
export * from './floor-settlement.ts';
export * from './price-observation.ts';
export * from './vocabulary.ts';

/**
 * The tables read as entities (by id, through loaders). The facts heard from members (base_fact,
 * lot_fact), cost lines, contract windows, window indexes and counters are tables of the migration
 * only: the store reads and writes them in SQL. The member directory's replica and the inbox are
 * added by `withMemberDirectory`.
 */
export const entities: EntitySchema<any, any>[] = [CostBasisSchema, PriceObservationSchema, FloorSchemeSchema, FloorQuoteSchema, FloorContractSchema, FloorSettlementSchema];
