export * from './server.ts';
export * from './scalars.ts';
export * from './loaders.ts';
export * from './logger.ts';
export { formatErrorFor } from './errors.ts';
export * from './module.ts';
export * from './environment.ts';
export { runSubgraphFromEnv } from './main.ts';
export * from './connection.ts';
