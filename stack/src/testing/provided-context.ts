import type {} from 'vitest';

/** What the global test setup hands to every test file through `inject`. */
declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
