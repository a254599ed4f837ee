/**
 * Runs a subgraph's `src/main.ts` (given as the argument) as a child of the stack. When the stack
 * goes away without stopping it (killed, crashed), the IPC channel closes and the subgraph stops
 * too, instead of holding its port and database connections as an orphan.
 */
import { pathToFileURL } from 'node:url';

process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
await import(pathToFileURL(process.argv[2]!).href);
