/**
 * `npm start`: the whole federated API with demo data. Embedded PostgreSQL unless DATABASE_URL is
 * set; Ctrl-C stops everything, the embedded server included.
 */
process.env.APOLLO_TELEMETRY_DISABLED ??= '1';
process.env.LOG_LEVEL ??= 'warn';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
// The signal listeners of the runner (tsx's CLI relays Ctrl-C through them), before the imports add theirs.
const runnersListeners = new Map(SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));

const { signToken } = await import('@alliance/auth');
const { createLogger, expectClosingErrors } = await import('@alliance/subgraph-kit');
const { identityOfMember } = await import('@alliance/members');
const { loadDevSecrets } = await import('../dev-secrets.ts');
const { resolveDatabase } = await import('../database.ts');
const { dataDir } = await import('../paths.ts');
const { startStack } = await import('../stack.ts');
const { DEMO_USERS } = await import('../demo-users.ts');

// Once stopping began, nothing of the start-up is printed any more (it may go on for a moment).
const say = (text: string) => {
  if (!stopping) console.log(text);
};
const step = (message: string) => say(`  … ${message}`);
const log = createLogger('alliance');

console.log('Starting the alliance supergraph');
const secrets = await loadDevSecrets(dataDir);
let database: Awaited<ReturnType<typeof resolveDatabase>> | undefined;
let stack: Awaited<ReturnType<typeof startStack>> | undefined;
let stopping = false;
let stopRequestedAt = 0;

async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  stopRequestedAt = Date.now();
  // Stopped during start-up, what is still starting fails on its connections as the server stops:
  // expected, not news. Libraries (knex) print such failures with console.warn themselves;
  // LOG_LEVEL=debug still shows them.
  if (database?.embedded || !stack) {
    expectClosingErrors();
    // Stopped while the stack still starts (demo data being played), its message workers are not
    // closed yet when the server goes: their last queries fail as it stops. Expected, not a crash.
    const quiet = (error: unknown) => log.debug({ err: error }, 'failed while stopping');
    process.on('unhandledRejection', quiet);
    process.on('uncaughtException', quiet);
  }
  const print = { log: console.log, error: console.error };
  if (!['debug', 'trace'].includes(process.env.LOG_LEVEL ?? '')) console.log = console.warn = console.error = () => {};
  print.log('\nStopping…');
  await stack?.close().catch((e: unknown) => print.error(e));
  await database?.stop().catch((e: unknown) => print.error(e));
  print.log('Stopped.');
  process.exit(code);
}
for (const signal of SIGNALS) {
  // Imports may stop things and exit on these signals by themselves, before the subgraphs have
  // closed; here the stack closes first and the server after (its exit hook stays, for crashes).
  for (const listener of process.listeners(signal)) if (!runnersListeners.get(signal)!.has(listener)) process.removeListener(signal, listener);
  process.on(signal, () => {
    // One Ctrl-C can arrive twice (from the terminal, and relayed by npm and tsx): only a second
    // press, a moment later, skips the orderly stop.
    if (stopping) {
      if (Date.now() - stopRequestedAt > 1000) process.exit(1);
      return;
    }
    void stop(0);
  });
}

try {
  database = await resolveDatabase({ dataDir, postgresPassword: secrets.postgresPassword, onProgress: step });
  step(database.embedded ? `embedded PostgreSQL ready (data in ${database.pgDataDir})` : 'using the PostgreSQL at DATABASE_URL');
  stack = await startStack({
    databaseUrl: database.url,
    jwtSecret: secrets.jwtSecret,
    gatewaySecret: secrets.gatewaySecret,
    log,
    gatewayPort: Number(process.env.PORT ?? 4000),
    seedDemo: process.env.SEED_DEMO !== 'false',
    // `npm start -- --processes`: each subgraph in its own process, as docker compose runs them.
    processes: process.argv.includes('--processes'),
    onProgress: step,
  });
} catch (error) {
  // startGateway and startSubgraphServer say which service could not listen; the variables are the stack's (stack.ts).
  const e = error as NodeJS.ErrnoException & { port?: number; service?: string; subgraph?: string };
  const portVariable = e.subgraph ? `${e.subgraph.toUpperCase()}_PORT` : 'PORT';
  const hint =
    e.code === 'EADDRINUSE'
      ? `port ${e.port}${e.service ? ` (${e.service})` : ''} is taken by another program. Stop it, or choose another with ${portVariable}=<port>.`
      : e.message;
  // A start-up cut short by Ctrl-C fails too; that is no news.
  if (!stopping) console.error(`\nCould not start: ${hint}`);
  await stop(1);
}
if (!stopping) await announce(stack!);

/** The ready banner and the demo tokens; nothing once stopping began (say). */
async function announce(running: NonNullable<typeof stack>) {
  const em = running.membersEm();
  const tokens: string[] = [];
  for (const user of DEMO_USERS) {
    try {
      const identity = await identityOfMember(em, user.code);
      tokens.push(`  ${user.code.padEnd(10)} ${user.who}\n    ${await signToken(identity, secrets.jwtSecret)}`);
    } catch {
      tokens.push(`  ${user.code.padEnd(10)} (not in this database)`);
    }
  }
  const url = running.gateway.url;
  say(`
The gateway is ready: ${url}
Subgraphs: ${[...running.subgraphs].map(([name, s]) => `${name} ${s.url}`).join(', ')}

Demo tokens (valid 12 hours; \`npm run token -- <member-code>\` prints more):
${tokens.join('\n')}

Try:
  curl -s ${url} -H 'content-type: application/json' \\
    -H "authorization: Bearer $(npm run -s token -- SH-VEG)" \\
    -d '{"query":"{ viewer { code name kind alliances { alliance { name } roles } } }"}'

Ctrl-C stops everything.`);
}
