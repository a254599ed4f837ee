import path from 'node:path';
import { ensureDatabase, startEmbeddedPostgres } from '@alliance/db';

export interface ResolvedDatabase {
  /** URL of the database holding every subgraph's schema. */
  url: string;
  embedded: boolean;
  /** The embedded server's data directory (as root, possibly a reachable one instead of <dataDir>/pg). */
  pgDataDir?: string;
  stop(): Promise<void>;
}

/** DATABASE_URL when set; otherwise an embedded PostgreSQL with its data in <dataDir>/pg. */
export async function resolveDatabase(options: {
  dataDir: string;
  postgresPassword: string;
  onProgress: (message: string) => void;
}): Promise<ResolvedDatabase> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  const server = await startEmbeddedPostgres({
    dataDir: path.join(options.dataDir, 'pg'),
    port,
    password: options.postgresPassword,
    onProgress: options.onProgress,
    // start.ts stops it on Ctrl-C, after the subgraphs that use it.
    ownProcessGroup: true,
  });
  const url = await ensureDatabase(server.url, 'alliance');
  return { url, embedded: true, pgDataDir: server.dataDir, stop: server.stop };
}
