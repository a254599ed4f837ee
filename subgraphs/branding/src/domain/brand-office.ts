import type { Viewer } from '@alliance/domain-kit';

export interface BrandOfficeView {
  allianceId: string;
  memberId: string;
}

/** The caller as its alliance's brand office, by its roles in the member directory now. */
export function brandOfficeOf(viewer: Viewer | null): BrandOfficeView | null {
  if (!viewer?.roles.includes('BRAND_OFFICE')) return null;
  return { allianceId: viewer.allianceId, memberId: viewer.memberId };
}
