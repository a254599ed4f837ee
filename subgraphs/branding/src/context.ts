import type { RequestBase } from '@alliance/subgraph-kit';

/** The request base; branding's DataLoaders join it with its first entities. */
export interface BrandingContext extends RequestBase {}

export function createBrandingContext(base: RequestBase): BrandingContext {
  return base;
}
