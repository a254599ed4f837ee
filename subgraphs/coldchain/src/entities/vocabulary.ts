/** The cold-chain subgraph's enumerations, in the words of BRIEF.md section 3: the entities' vocabulary. */
export const FACILITY_KINDS = ['COLD_STORE', 'ICE_PLANT', 'WASHING_PLANT', 'DRY_WAREHOUSE'] as const;
export type FacilityKind = (typeof FACILITY_KINDS)[number];

export const FACILITY_STATUSES = ['ACTIVE', 'MAINTENANCE', 'CLOSED'] as const;
export type FacilityStatus = (typeof FACILITY_STATUSES)[number];

/** REJECTED: the market refused the delivery on arrival. */
export const CUSTODY_KINDS = ['RECEIVED', 'WASHED', 'ICED', 'PACKED', 'STORED', 'LOADED', 'IN_TRANSIT', 'DELIVERED', 'REJECTED'] as const;
export type CustodyKind = (typeof CUSTODY_KINDS)[number];

export const SHIPMENT_STATUSES = ['PLANNED', 'LOADING', 'IN_TRANSIT', 'DELIVERED', 'REJECTED', 'CANCELLED'] as const;
export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number];

/**
 * A reservation on a shipment: PENDING until the members subgraph (which owns reservations)
 * commits it or refuses it; RELEASED when the shipment was cancelled or left without loading it.
 */
export const SHIPMENT_RESERVATION_STATUSES = ['PENDING', 'COMMITTED', 'REFUSED', 'RELEASED'] as const;
export type ShipmentReservationStatus = (typeof SHIPMENT_RESERVATION_STATUSES)[number];

export const CAPACITY_KINDS = ['COLD_STORAGE', 'WASHING', 'ICE'] as const;
export type CapacityKind = (typeof CAPACITY_KINDS)[number];
