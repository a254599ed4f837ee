/** The words branding's tables are written in; the domain and the SDL use the same. */
export const CERTIFICATE_BASES = ['SELF_TEST', 'COMMISSIONED_TEST', 'INTERNAL_CONTROL', 'SELF_COMMITMENT'] as const;
export type CertificateBasis = (typeof CERTIFICATE_BASES)[number];

export const RESIDUE_RESULTS = ['PASS', 'FAIL'] as const;
export type ResidueResult = (typeof RESIDUE_RESULTS)[number];

export const CERTIFICATE_STATUSES = ['VALID', 'REVOKED'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];

export type Crop = 'SCALLION' | 'SAFFLOWER_FLORET' | 'SAFFLOWER_SEED';
export type Variety = 'RED' | 'WHITE' | 'BLACK';
export type Grade = 'A' | 'B' | 'C';
