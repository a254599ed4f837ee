import {
  BadInput,
  Conflict,
  Decimal,
  Forbidden,
  NotFound,
  isIsoDay,
  kgString,
  parseKg,
  hasRole,
  isMemberOf,
  operatesOrIsOffice,
  requireActive,
  requireActiveRole,
  requireViewer,
  shanghaiDay,
} from '@alliance/domain-kit';
import { CapacityBooking, type Facility } from '../entities/index.ts';
import type { CapacityKind } from '../entities/vocabulary.ts';
import { addBooked, cancelBookingOnce, capacityAtPeak, findBooking, lockLedgerDays } from '../store/capacity.ts';
import { findFacilityOfAlliance } from '../store/facilities.ts';
import type { ColdchainRequest } from './request.ts';
import { aFacility, CAPACITY_SOURCES } from './vocabulary.ts';

export interface CapacityAvailabilityView {
  facility: Facility;
  capacity: string;
  bookedAtPeak: string;
  free: string;
}

const MAX_DAYS = 92;

function period(from: string, to: string): number {
  for (const [field, value] of [['from', from], ['to', to]] as const) {
    if (!isIsoDay(value)) throw new BadInput(`${field} "${value}" is not a calendar day (YYYY-MM-DD).`, { field });
  }
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
  if (days < 1) throw new BadInput(`The period ends (${to}) before it starts (${from}).`, { field: 'to' });
  if (days > MAX_DAYS) throw new BadInput(`A period is at most ${MAX_DAYS} days; got ${days}.`, { field: 'to' });
  return days;
}

/** Free capacity per facility: its size less what is booked on the busiest day of the period. */
export async function capacity(
  req: ColdchainRequest,
  kind: CapacityKind,
  township: string | null | undefined,
  from: string,
  to: string,
): Promise<CapacityAvailabilityView[]> {
  const viewer = requireViewer(req.viewer);
  period(from, to);
  const rows = await capacityAtPeak(req.em, { allianceId: viewer.allianceId, kind, facilityKinds: CAPACITY_SOURCES[kind].kinds, township, from, to });
  const facilities = await req.loaders.facilityById.loadMany(rows.map((r) => r.id));
  return rows.map((row, i) => ({
    facility: facilities[i] as Facility,
    capacity: kgString(row.capacity),
    bookedAtPeak: kgString(row.peak),
    free: kgString(Decimal.max(0, new Decimal(row.capacity).minus(row.peak))),
  }));
}

export interface BookCapacityInput {
  facilityId: string;
  kind: CapacityKind;
  amount: string;
  from: string;
  to: string;
}

const BOOKERS = ['GROWER', 'COOPERATIVE', 'FACILITY_OPERATOR', 'PARTNER_MARKET', 'ALLIANCE_ADMIN'] as const;

/**
 * Books capacity for every day of the period in one statement per booking: each day's ledger row
 * is created or raised under its row lock, and the check constraint (booked ≤ capacity) refuses
 * the booking as a whole if any day would overflow — however many members book at once.
 */
export async function bookCapacity(req: ColdchainRequest, input: BookCapacityInput): Promise<CapacityBooking> {
  const viewer = requireActiveRole(req.viewer, [...BOOKERS], 'book capacity');
  period(input.from, input.to);
  if (input.from < shanghaiDay()) throw new BadInput(`Capacity cannot be booked in the past (from ${input.from}).`, { field: 'from' });
  const amount = parseKg(input.amount, 'amount');
  const facility = await findFacilityOfAlliance(req.em, input.facilityId, viewer.allianceId);
  if (!facility) throw new NotFound(`No facility of your alliance has id ${input.facilityId}.`, { field: 'facilityId' });
  const source = CAPACITY_SOURCES[input.kind];
  if (!source.kinds.includes(facility.kind)) {
    throw new BadInput(`${aFacility(facility.kind)} offers no ${input.kind.toLowerCase().replace('_', ' ')}.`, { field: 'kind' });
  }
  if (facility.status !== 'ACTIVE') throw new Conflict(`Facility ${facility.code} is ${facility.status.toLowerCase()} and takes no bookings.`);
  const booking = Object.assign(new CapacityBooking(), { facility, memberId: viewer.memberId, allianceId: viewer.allianceId, kind: input.kind, amount: kgString(amount), fromDay: input.from, toDay: input.to });
  await req.em.transactional(async (em) => {
    const full = await lockLedgerDays(em, facility.id, input.kind, input.from, input.to, amount.toString());
    if (full.length) {
      const first = full[0]!;
      throw new Conflict(
        `Facility ${facility.code} has only ${kgString(first.free)} free on ${first.day}${full.length > 1 ? ` (and ${full.length - 1} more full day(s))` : ''}; you asked for ${kgString(amount)}.`,
        { freeOnFullestDay: kgString(first.free), day: first.day },
      );
    }
    await addBooked(em, facility.id, input.kind, input.from, input.to, amount.toString());
    em.persist(booking);
  });
  return booking;
}

/** The member who booked, the facility's operator or the alliance office cancel; another alliance's booking is not found. */
export async function cancelCapacityBooking(req: ColdchainRequest, id: string): Promise<CapacityBooking> {
  const viewer = requireActive(req.viewer);
  const booking = await findBooking(req.em, id);
  if (!booking || !isMemberOf(viewer, booking.allianceId ?? booking.facility.allianceId)) throw new NotFound(`No capacity booking of your alliance has id ${id}.`, { field: 'id' });
  // The booker cancels holding a role that may book now; the operator as FACILITY_OPERATOR (operates).
  const asBooker = booking.memberId === viewer.memberId && hasRole(viewer, ...BOOKERS);
  if (!asBooker && !operatesOrIsOffice(viewer, booking.facility)) {
    throw new Forbidden(`Only the member who booked (as ${BOOKERS.join(', ')}), the facility operator or the alliance office may cancel a booking.`);
  }
  await req.em.transactional(async (em) => {
    if (!(await cancelBookingOnce(em, id))) throw new Conflict(`Booking ${id} is already cancelled.`);
    await addBooked(em, booking.facility.id, booking.kind, booking.fromDay, booking.toDay, new Decimal(booking.amount).negated().toString());
  });
  booking.status = 'CANCELLED';
  return booking;
}
