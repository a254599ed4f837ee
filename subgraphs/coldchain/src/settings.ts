import { parseEnvironment, z } from '@alliance/subgraph-kit';

const environment = z.object({
  /** The alliance's GS1 company prefix; GS1's documentation prefix until the alliance sets its own. */
  GS1_COMPANY_PREFIX: z.string().regex(/^\d{6,12}$/, 'a GS1 company prefix is 6 to 12 digits').default('0614141'),
});

/** The cold chain's settings, parsed once at start. */
export interface ColdchainSettings {
  /** Identifiers of EPCIS exports (lots, locations, packages) are under it. */
  gs1CompanyPrefix: string;
}

export function coldchainSettings(env: Record<string, string | undefined>): ColdchainSettings {
  const parsed = parseEnvironment('coldchain', environment, env);
  return { gs1CompanyPrefix: parsed.GS1_COMPANY_PREFIX };
}
