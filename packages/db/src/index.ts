export * from './embedded.ts';
export * from './orm.ts';
export * from './sql-statements.ts';
export * from './sql.ts';
export * from './ports.ts';
export * from './sequences.ts';
export * from './copy.ts';
export * from './entity-rows.ts';
