export * from './errors.ts';
export * from './viewer.ts';
export * from './access.ts';
export * from './time.ts';
export * from './pagination.ts';
export * from './decimal.ts';
