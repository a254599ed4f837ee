import { fileURLToPath } from 'node:url';
import { introspectionFromEnv, trustProxyFromEnv } from '@alliance/gateway';
import { startHiveGateway } from './gateway.ts';

/**
 * Hive Gateway on the same supergraph and the same environment as our gateway (gateway/src/main.ts),
 * plus HIVE_PLANNER=rust for Hive Router's Rust query planner (js by default).
 */
function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    console.error(`${name} is not set. See README.md, "Another gateway".`);
    process.exit(1);
  }
  return value;
}

const planner = process.env.HIVE_PLANNER ?? 'js';
if (planner !== 'js' && planner !== 'rust') {
  console.error(`HIVE_PLANNER must be js or rust, not ${planner}.`);
  process.exit(1);
}
const subgraphUrls = Object.fromEntries(
  Object.entries(process.env)
    .filter(([key, value]) => key.startsWith('SUBGRAPH_URL_') && value)
    .map(([key, value]) => [key.slice('SUBGRAPH_URL_'.length).toLowerCase(), value!]),
);
const gateway = await startHiveGateway({
  supergraphFile: process.env.SUPERGRAPH_FILE ?? fileURLToPath(new URL('../../../schema/supergraph.graphql', import.meta.url)),
  subgraphUrls,
  auth: {
    secret: process.env.JWT_SECRET,
    jwksUrl: process.env.JWT_JWKS_URL,
    issuer: process.env.JWT_ISSUER,
    audience: process.env.JWT_AUDIENCE,
    production: process.env.NODE_ENV === 'production',
  },
  gatewaySecret: required('GATEWAY_SECRET'),
  planner,
  port: Number(process.env.PORT ?? 4000),
  host: process.env.HOST ?? '0.0.0.0',
  introspection: introspectionFromEnv(),
  trustProxy: trustProxyFromEnv(),
  subgraphTimeoutMs: Number(process.env.SUBGRAPH_TIMEOUT_MS ?? 10_000),
});
console.log(`Hive Gateway (${gateway.planner} planner) ready at ${gateway.url}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void gateway.close().then(() => process.exit(0)));
}
