/** The partners' typed client for the alliance supergraph. */
export { createAllianceClient, inputsWithIdempotencyKey, AllianceApiError, AllianceTransportError, type AllianceClient, type AllianceClientOptions, type RequestOptions, type GraphQLErrorEntry } from './client.ts';
export * as operations from './operations.ts';
export type * from './generated/graphql.ts';
