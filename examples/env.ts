/**
 * How the examples reach the API when run by hand against `npm start`: ALLIANCE_URL (default
 * http://localhost:4000/graphql) and ALLIANCE_TOKEN, or a token from `npm run -s token -- <member>`.
 */
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { createAllianceClient, type AllianceClient } from '@alliance/client';

export function clientFromEnv(member: string): AllianceClient {
  let token = process.env.ALLIANCE_TOKEN;
  return createAllianceClient({
    url: process.env.ALLIANCE_URL ?? 'http://localhost:4000/graphql',
    // Asked once, on the first request; a long-running partner would refresh it before it expires.
    token: () => (token ??= execFileSync('npm', ['run', '-s', 'token', '--', member], { encoding: 'utf8' }).trim()),
  });
}

/** True when the module is the script node was asked to run (not imported by the examples' test). */
export function isMain(meta: ImportMeta): boolean {
  return !!process.argv[1] && meta.url === pathToFileURL(process.argv[1]).href;
}

/** The Asia/Shanghai day `days` from today, YYYY-MM-DD: the examples' dates are relative to today. */
export function shanghaiDay(days = 0): string {
  return new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

export function run(main: () => Promise<unknown>): void {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(error instanceof Error ? `${error.name}: ${error.message}${'code' in error ? ` (${String(error.code)})` : ''}` : error);
      process.exit(1);
    },
  );
}
