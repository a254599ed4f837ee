export * from './stack.ts';
export * from './compose.ts';
export * from './database.ts';
export * from './dev-secrets.ts';
export * from './paths.ts';
export { subgraphModules } from './subgraphs.ts';
