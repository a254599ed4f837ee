/** A second process starting PostgreSQL on a data directory: prints the error and exits 1 if refused. */
import { startEmbeddedPostgres } from '../../src/index.ts';

const [dataDir, port] = process.argv.slice(2);
try {
  const server = await startEmbeddedPostgres({ dataDir: dataDir!, port: Number(port), password: 'test' });
  await server.stop();
  console.log('started');
  process.exit(0);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
