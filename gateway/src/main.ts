import { fileURLToPath } from 'node:url';
import { introspectionFromEnv, startGateway, trustProxyFromEnv } from './gateway.ts';

/** The gateway on its own (docker compose): every setting from the environment. */
function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    console.error(`${name} is not set. See README.md, "Environment variables".`);
    process.exit(1);
  }
  return value;
}

process.env.APOLLO_TELEMETRY_DISABLED ??= '1';
const subgraphUrls = Object.fromEntries(
  Object.entries(process.env)
    .filter(([key, value]) => key.startsWith('SUBGRAPH_URL_') && value)
    .map(([key, value]) => [key.slice('SUBGRAPH_URL_'.length).toLowerCase(), value!]),
);
const gateway = await startGateway({
  supergraphFile: process.env.SUPERGRAPH_FILE ?? fileURLToPath(new URL('../../schema/supergraph.graphql', import.meta.url)),
  subgraphUrls,
  auth: {
    secret: process.env.JWT_SECRET,
    jwksUrl: process.env.JWT_JWKS_URL,
    issuer: process.env.JWT_ISSUER,
    audience: process.env.JWT_AUDIENCE,
    production: process.env.NODE_ENV === 'production',
  },
  gatewaySecret: required('GATEWAY_SECRET'),
  port: Number(process.env.PORT ?? 4000),
  host: process.env.HOST ?? '0.0.0.0',
  introspection: introspectionFromEnv(),
  trustProxy: trustProxyFromEnv(),
  subgraphTimeoutMs: Number(process.env.SUBGRAPH_TIMEOUT_MS ?? 10_000),
  // VERIFY_PAGE=off serves the API only (the label check page then lives elsewhere).
  ...(process.env.VERIFY_PAGE === 'off' ? { verifyPage: false as const } : {}),
});
console.log(`gateway ready at ${gateway.url}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void gateway.close().then(() => process.exit(0)));
}
