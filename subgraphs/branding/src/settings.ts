import { parseEnvironment, z } from '@alliance/subgraph-kit';
import { randomBytes } from 'node:crypto';
import { resolverBase } from './domain/digital-link.ts';
import type { VerificationSettings } from './domain/verification.ts';
import { clientHashKey } from './domain/verification-allowance.ts';

const environment = z
  .object({
    NODE_ENV: z.string().optional(),
    /**
     * The GS1 company prefix the alliance's default trade items (one GTIN per crop) are numbered
     * under. The default, 6999999, is a placeholder in GS1 China's 690–699 range: replace it with the
     * alliance's real GS1 China (中国物品编码中心) company prefix before printing labels for sale.
     */
    BRANDING_GS1_COMPANY_PREFIX: z
      .string()
      .regex(/^69\d{5,10}$/, 'a GS1 China company prefix is 7 to 12 digits starting with 690–699')
      .default('6999999')
      .describe('GS1 company prefix of the default GTINs; placeholder until the alliance\'s real GS1 China prefix is set'),
    /** The origin of the GS1 Digital Link resolver printed in every label's QR code (the gateway serves the verification page). */
    BRANDING_RESOLVER_URL: z
      .string()
      .default('http://localhost:4000')
      .describe('Origin (and optional base path) of the Digital Link resolver on the labels'),
    /** Public label checks per minute from one anonymous client (an IPv4 address, an IPv6 /64). */
    BRANDING_VERIFY_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(30),
    /** Label checks per minute of one signed-in member (brand offices test their own labels). */
    BRANDING_VERIFY_MEMBER_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
    /**
     * Keys the hash of client addresses kept with each scan and allowance; by default derived from
     * GATEWAY_SECRET, which every replica shares. At least 16 characters.
     */
    BRANDING_CLIENT_HASH_KEY: z.string().min(16).optional(),
    GATEWAY_SECRET: z.string().optional(),
  })
  .superRefine((env, ctx) => {
    let base: string;
    try {
      base = resolverBase(env.BRANDING_RESOLVER_URL);
    } catch (error) {
      ctx.addIssue({ code: 'custom', path: ['BRANDING_RESOLVER_URL'], message: (error as Error).message });
      return;
    }
    if (env.NODE_ENV === 'production' && !base.startsWith('https://')) {
      ctx.addIssue({ code: 'custom', path: ['BRANDING_RESOLVER_URL'], message: 'labels printed in production link to an https resolver' });
    }
    if (env.NODE_ENV === 'production' && !env.BRANDING_CLIENT_HASH_KEY && !env.GATEWAY_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['BRANDING_CLIENT_HASH_KEY'], message: 'replicas must hash client addresses alike: set it, or GATEWAY_SECRET' });
    }
  });

/** Branding's settings, parsed once at start. */
export interface BrandingSettings {
  /** The company prefix of the alliance's own GTINs (a licence's default trade item). */
  gs1CompanyPrefix: string;
  /** The resolver base of the labels' Digital Link URIs, e.g. https://verify.example.cn. */
  resolverUrl: string;
  /** Public label checks: per-client allowances and the key of client hashes. */
  verification: VerificationSettings;
}

export function brandingSettings(env: Record<string, string | undefined>): BrandingSettings {
  const parsed = parseEnvironment('branding', environment, env);
  // With neither secret (npm start in one process, tests) one process is all the replicas there are.
  const hashSecret = parsed.BRANDING_CLIENT_HASH_KEY ?? parsed.GATEWAY_SECRET ?? randomBytes(32).toString('base64url');
  return {
    gs1CompanyPrefix: parsed.BRANDING_GS1_COMPANY_PREFIX,
    resolverUrl: resolverBase(parsed.BRANDING_RESOLVER_URL),
    verification: {
      anonymousPerMinute: parsed.BRANDING_VERIFY_LIMIT_PER_MINUTE,
      memberPerMinute: parsed.BRANDING_VERIFY_MEMBER_LIMIT_PER_MINUTE,
      clientHashKey: clientHashKey(hashSecret),
    },
  };
}
