/** The demo members whose tokens `npm start` prints; the README lists the same codes. */
export const DEMO_USERS = [
  { code: 'LX-OFFICE', who: 'Luxi alliance office (ALLIANCE_ADMIN)' },
  { code: 'SH-VEG', who: 'Shanghai vegetable association buyers (PARTNER_MARKET)' },
  { code: 'DYB-MKT', who: 'Daya Bay market (PARTNER_MARKET)' },
  { code: 'INS-PRICE', who: 'price-floor insurer (INSURER)' },
  { code: 'LX-BRAND', who: 'Luxi brand office (BRAND_OFFICE)' },
  { code: 'LX-G0001', who: 'a Luxi scallion grower (GROWER)' },
  { code: 'LX-C01', who: 'a Luxi cold-store operator (FACILITY_OPERATOR)' },
  { code: 'YL-OFFICE', who: 'Yili safflower cluster office (ALLIANCE_ADMIN)' },
  { code: 'YL-BRAND', who: 'Yili brand office (BRAND_OFFICE)' },
] as const;
