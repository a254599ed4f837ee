/** The cold-chain subgraph's enumerations, in the words of BRIEF.md section 3. */
export const FACILITY_KINDS = ['COLD_STORE', 'ICE_PLANT', 'WASHING_PLANT', 'DRY_WAREHOUSE'] as const;
export type FacilityKind = (typeof FACILITY_KINDS)[number];

export const CUSTODY_KINDS = ['RECEIVED', 'WASHED', 'ICED', 'PACKED', 'STORED', 'LOADED', 'IN_TRANSIT', 'DELIVERED'] as const;
export type CustodyKind = (typeof CUSTODY_KINDS)[number];

export const SHIPMENT_STATUSES = ['PLANNED', 'LOADING', 'IN_TRANSIT', 'DELIVERED', 'REJECTED'] as const;
export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number];
