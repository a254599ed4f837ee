/**
 * The messages subgraphs exchange, and who receives each. This is the integration contract
 * between subgraphs, as the SDL is the contract with clients: a subgraph never reads another's
 * tables nor calls another directly; when a change in one must move state in another, it
 * publishes one of these in the same transaction as the change, and the receiver applies it in
 * its own transaction, exactly once.
 *
 * The shipment saga (BRIEF.md: members own reservations and lots, the cold chain owns shipments):
 *
 *   coldchain  planShipment      ── shipment.planned ─────▶ members commits each CONFIRMED reservation
 *   members                      ◀─ reservation.committed ─ (its market, its lines: lot, crop, kg)
 *                                ◀─ reservation.refused ─── (not confirmed, other market, already shipping…)
 *   coldchain  loadShipment      ── shipment.loaded ──────▶ members moves kg from confirmed to shipped
 *   coldchain  dispatchShipment  ── shipment.dispatched ──▶ members marks shipped reservations FULFILLED,
 *                                                            returns what was not loaded to supply
 *   coldchain  cancelShipment    ── shipment.cancelled ───▶ members releases its reservations
 *
 * A committed reservation cannot be cancelled in members, and the cold chain loads only committed
 * reservations, so loading and cancelling can never race.
 *
 * The member directory: members announces members.changed on admission, suspension,
 * reinstatement and every change of roles, memberships, name or credit code (and the whole directory at its start), so
 * other subgraphs know who is a member of which alliance, with which roles and in what standing,
 * without asking: they authorize every request from it (`@alliance/member-directory`). Each entry carries when it was announced; a
 * receiver keeps the newest.
 */
export interface MemberEntry {
  memberId: string;
  /** GROWER, COOPERATIVE, PARTNER_MARKET… */
  kind?: string;
  /** The member's registered name (a licensee's name on branding's licences); absent in announcements made before it travelled. */
  name?: string | null;
  /** The 18-character unified social credit code of an organisation; null for a person, absent in announcements made before it travelled. */
  creditCode?: string | null;
  status: string;
  /** A grower's cooperative (a COOPERATIVE member of the same alliance), if it has one. */
  cooperativeId?: string | null;
  allianceIds: string[];
  /**
   * The member's roles and standing in each of its alliances: every subgraph authorizes from these.
   * `allianceCode` (e.g. LUXI: branding's licence numbers and default GTINs) is absent in announcements made before it travelled.
   */
  memberships?: { allianceId: string; allianceCode?: string; roles: string[]; status?: string }[];
  /** When the members subgraph announced this state: a receiver keeps the newest. */
  announcedAt: string;
}

/**
 * A lot as the members subgraph knows it when it announces it: registered, updated, withdrawn, or
 * all of them at start. Everything but lotId and allianceId is optional for announcements made
 * before the facts travelled; a receiver keeps the newest (announcedAt).
 */
export interface LotEntry {
  lotId: string;
  allianceId: string;
  /** The lot's number, unique in its alliance and at most 20 characters (GS1 AI 10), e.g. LUXI-261126-0042. */
  lotNumber?: string;
  /** The alliance's code, e.g. LX (origin certificate numbers start with it). */
  allianceCode?: string;
  /** The alliance's county or prefecture: the last part of its region ("Yunnan, Honghe, Luxi County" → "Luxi County"). */
  county?: string;
  growerId?: string;
  producerName?: string;
  producerPhone?: string;
  /** The grower's cooperative, if it has one. */
  cooperativeId?: string | null;
  crop?: string;
  variety?: string | null;
  grade?: string;
  quantityKg?: string;
  harvestDate?: string;
  township?: string;
  /** LISTED or WITHDRAWN. */
  status?: string;
  announcedAt?: string;
}

/**
 * A growing base as the members subgraph knows it after it was added, changed or removed (and all
 * of them at start): insurance never insures more kg than a member's bases can grow. A receiver
 * keeps the newest (announcedAt).
 */
export interface BaseEntry {
  baseId: string;
  memberId: string;
  crop: string;
  township: string;
  areaMu: string;
  /** True once the base was removed. */
  removed: boolean;
  announcedAt: string;
}

/** A shipment's state and its loaded lots (kg summed per lot over its reservations; lots with nothing loaded left out). */
export interface ShipmentEntry {
  shipmentId: string;
  allianceId: string;
  /** PLANNED, LOADING, IN_TRANSIT, DELIVERED, REJECTED or CANCELLED. */
  status: string;
  vehicle: { id: string; plate: string };
  lots: { lotId: string; kg: string }[];
  /** When the cold chain announced this state (its database clock, after locking the shipment): a receiver keeps the newest. */
  announcedAt: string;
}

/**
 * A lot's freshness as the cold chain last computed it, for the kg still on offer: enough for the
 * members subgraph to predict the remaining shelf life on arrival at a market without the readings.
 * Shelf life follows the Q10 model SL(T) = referenceDays × 24 h × q10^((referenceTempC − T)/10).
 * `expiresAt` is when the life runs out if the kg stay at `currentTempC` (the latest reading of
 * the place holding most of the kg on offer); null when the crop has no shelf-life countdown or
 * nothing is logged. A receiver keeps the newest (`asOf`).
 */
export interface LotFreshnessEntry {
  lotId: string;
  expiresAt: string | null;
  currentTempC: number | null;
  referenceDays: number | null;
  referenceTempC: number | null;
  q10: number | null;
  /** The cold chain's clock when it computed the figures. */
  asOf: string;
}

export interface Messages {
  /** The market is the one of the reservations, as the members subgraph knows them. */
  'shipment.planned': { shipmentId: string; allianceId: string; reservationIds: string[] };
  'reservation.committed': { shipmentId: string; reservationId: string; marketId: string; lines: { lotId: string; crop: string; kg: string }[] };
  'reservation.refused': { shipmentId: string; reservationId: string; reason: string };
  'shipment.loaded': { shipmentId: string; loads: { reservationId: string; lotId: string; kg: string }[] };
  'shipment.dispatched': { shipmentId: string; departedAt: string; fulfilled: string[]; released: string[] };
  'shipment.cancelled': { shipmentId: string; reservationIds: string[] };
  /**
   * A shipment as the cold chain knows it after a change of its status or of what is loaded on it
   * (planned, loaded, dispatched, delivered, rejected, cancelled): branding certifies truckloads
   * from it. Not a saga step: any receiver keeps the newest (announcedAt).
   */
  'shipments.changed': ShipmentEntry;
  /**
   * Lots declared, changed or withdrawn, with their facts as they are now (the cold chain records
   * custody only for a lot of the place's alliance; branding certifies from the facts).
   */
  'lots.registered': { lots: LotEntry[] };
  /** Freshness of lots on offer changed (custody, readings): members predicts shelf life on arrival from it. */
  'lots.freshness': { lots: LotFreshnessEntry[] };
  /** Bases added, changed or removed, as they are now (insurance caps insured kg by what they can grow). */
  'bases.changed': { bases: BaseEntry[] };
  /** Admitted, suspended, reinstated, roles, name or credit code changed: other subgraphs authorize from what they last heard. */
  'members.changed': { members: MemberEntry[] };
  /** A subgraph whose directory replica may have missed announcements asks for the whole directory again. */
  'directory.requested': { subgraph: string };
}

export type Topic = keyof Messages;

/**
 * Who receives what is not listed here by hand: a subgraph receives the topics its module has
 * handlers for (`SubgraphModule.messageHandlers`), and registers them when it starts
 * (`registerSubscriptions`), so that a message is queued for every subgraph that handles its topic.
 * Today: the saga topics as drawn above; members.changed by every subgraph that mounts the member
 * directory (`@alliance/member-directory`); directory.requested by members; shipments.changed by branding; bases.changed and lots.registered by insurance;
 * lots.freshness by members (its lot_freshness replica, from which it predicts shelf life on arrival).
 */

/** What travels: the payload, with an id the receiver uses to apply it once. */
export interface Envelope<T extends Topic = Topic> {
  id: string;
  topic: T;
  producer: string;
  publishedAt: string;
  payload: Messages[T];
}
