import { fileURLToPath } from 'node:url';
import type { TokenVerifierOptions } from '@alliance/auth';
import { introspectionFromEnv, trustProxyFromEnv, type TrustProxy } from './gateway.ts';

/** The checkout's composed supergraph (`schema/supergraph.graphql`). */
export const defaultSupergraphFile = fileURLToPath(new URL('../../schema/supergraph.graphql', import.meta.url));

/** What every gateway of this project (ours, Hive Gateway) reads from its environment. */
export interface GatewaySettings {
  supergraphFile: string;
  subgraphUrls: Record<string, string>;
  auth: TokenVerifierOptions;
  gatewaySecret: string;
  port: number;
  host: string;
  introspection: boolean;
  trustProxy: TrustProxy;
  subgraphTimeoutMs: number;
}

/** A setting that is missing or wrong, worded for the person starting the gateway. */
export class GatewaySettingError extends Error {}

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new GatewaySettingError(`${name} must be a whole number, not "${raw}".`);
  return value;
}

/**
 * The gateway's settings from the environment (docker compose, `npm start` of one service):
 * SUBGRAPH_URL_<NAME> per subgraph, JWT_* for tokens, GATEWAY_SECRET (required), PORT, HOST,
 * INTROSPECTION, TRUST_PROXY, SUBGRAPH_TIMEOUT_MS, SUPERGRAPH_FILE. README "Environment variables".
 */
export function gatewaySettingsFromEnv(env: NodeJS.ProcessEnv = process.env): GatewaySettings {
  const gatewaySecret = env.GATEWAY_SECRET;
  if (!gatewaySecret) throw new GatewaySettingError('GATEWAY_SECRET is not set: the subgraphs refuse requests without it. See README.md, "Environment variables".');
  const subgraphUrls = Object.fromEntries(
    Object.entries(env)
      .filter(([key, value]) => key.startsWith('SUBGRAPH_URL_') && value)
      .map(([key, value]) => [key.slice('SUBGRAPH_URL_'.length).toLowerCase(), value!]),
  );
  return {
    supergraphFile: env.SUPERGRAPH_FILE || defaultSupergraphFile,
    subgraphUrls,
    auth: {
      secret: env.JWT_SECRET,
      jwksUrl: env.JWT_JWKS_URL,
      issuer: env.JWT_ISSUER,
      audience: env.JWT_AUDIENCE,
      production: env.NODE_ENV === 'production',
    },
    gatewaySecret,
    port: wholeNumber(env, 'PORT', 4000),
    host: env.HOST || '0.0.0.0',
    introspection: introspectionFromEnv(env),
    trustProxy: trustProxyFromEnv(env),
    subgraphTimeoutMs: wholeNumber(env, 'SUBGRAPH_TIMEOUT_MS', 10_000),
  };
}

/** The settings, or the reason they are wrong on stderr and exit 1 (a service's entry point). */
export function gatewaySettingsOrExit(env: NodeJS.ProcessEnv = process.env): GatewaySettings {
  try {
    return gatewaySettingsFromEnv(env);
  } catch (error) {
    if (!(error instanceof GatewaySettingError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
