import {
  BadInput,
  Conflict,
  Decimal,
  Forbidden,
  NotFound,
  isIsoDay,
  kgString,
  parseKg,
  requireViewer,
  shanghaiDay,
} from '@alliance/domain-kit';
import { CapacityBooking, Facility } from '../entities/index.ts';
import type { ColdchainRequest } from './request.ts';
import { requireActive, requireActiveRole } from './member-directory.ts';
import { aFacility, CAPACITY_SOURCES, type CapacityKind } from './vocabulary.ts';

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
  const source = CAPACITY_SOURCES[kind];
  const schema = req.em.config.get('schema');
  const rows = await req.em.execute<{ id: string; capacity: string; peak: string }[]>(
    `select f.id, f.${source.column} as capacity, coalesce(max(d.booked), 0) as peak
     from "${schema}".facility f
     left join "${schema}".capacity_day d on d.facility_id = f.id and d.kind = ? and d.day between ? and ?
     where f.alliance_id = ? and f.kind in (?) and f.status = 'ACTIVE' and f.${source.column} is not null ${township ? 'and f.township = ?' : ''}
     group by f.id order by f.${source.column} - coalesce(max(d.booked), 0) desc, f.id`,
    [kind, from, to, viewer.allianceId, source.kinds, ...(township ? [township] : [])],
  );
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
  const viewer = await requireActiveRole(req, [...BOOKERS], 'book capacity');
  period(input.from, input.to);
  if (input.from < shanghaiDay()) throw new BadInput(`Capacity cannot be booked in the past (from ${input.from}).`, { field: 'from' });
  const amount = parseKg(input.amount, 'amount');
  const facility = await req.em.findOne(Facility, { id: input.facilityId, allianceId: viewer.allianceId });
  if (!facility) throw new NotFound(`No facility of your alliance has id ${input.facilityId}.`, { field: 'facilityId' });
  const source = CAPACITY_SOURCES[input.kind];
  if (!source.kinds.includes(facility.kind)) {
    throw new BadInput(`${aFacility(facility.kind)} offers no ${input.kind.toLowerCase().replace('_', ' ')}.`, { field: 'kind' });
  }
  if (facility.status !== 'ACTIVE') throw new Conflict(`Facility ${facility.code} is ${facility.status.toLowerCase()} and takes no bookings.`);
  const schema = req.em.config.get('schema');
  const booking = new CapacityBooking();
  Object.assign(booking, { facility, memberId: viewer.memberId, allianceId: viewer.allianceId, kind: input.kind, amount: kgString(amount), fromDay: input.from, toDay: input.to });
  await req.em.transactional(async (em) => {
    // Lock the days in date order, so concurrent bookings of overlapping periods queue, not deadlock.
    const full = await em.execute<{ day: string; free: string }[]>(
      `with wanted as (
         select f.id as facility_id, ?::text as kind, d::date as day, f.${source.column} as capacity
         from "${schema}".facility f, generate_series(?::date, ?::date, interval '1 day') d where f.id = ?
       ), upserted as (
         insert into "${schema}".capacity_day (facility_id, kind, day, capacity, booked)
         select facility_id, kind, day, capacity, 0 from wanted order by day
         on conflict (facility_id, kind, day) do update set capacity = excluded.capacity
         returning day, capacity, booked
       )
       select to_char(day, 'YYYY-MM-DD') as day, capacity - booked as free from upserted where capacity - booked < ? order by day`,
      [input.kind, input.from, input.to, facility.id, amount.toString()],
    );
    if (full.length) {
      const first = full[0]!;
      throw new Conflict(
        `Facility ${facility.code} has only ${kgString(first.free)} free on ${first.day}${full.length > 1 ? ` (and ${full.length - 1} more full day(s))` : ''}; you asked for ${kgString(amount)}.`,
        { freeOnFullestDay: kgString(first.free), day: first.day },
      );
    }
    await em.execute(
      `update "${schema}".capacity_day set booked = booked + ? where facility_id = ? and kind = ? and day between ? and ?`,
      [amount.toString(), facility.id, input.kind, input.from, input.to],
    );
    em.persist(booking);
  });
  return booking;
}

export async function cancelCapacityBooking(req: ColdchainRequest, id: string): Promise<CapacityBooking> {
  const viewer = await requireActive(req);
  const booking = await req.em.findOne(CapacityBooking, { id }, { populate: ['facility'] });
  if (!booking) throw new NotFound(`No capacity booking has id ${id}.`, { field: 'id' });
  const office = viewer.roles.includes('ALLIANCE_ADMIN') && booking.allianceId === viewer.allianceId;
  if (booking.memberId !== viewer.memberId && booking.facility.operatorId !== viewer.memberId && !office) {
    throw new Forbidden('Only the member who booked, the facility operator or the alliance office may cancel a booking.');
  }
  const schema = req.em.config.get('schema');
  await req.em.transactional(async (em) => {
    // The status flips once: of two cancels racing, one finds nothing to cancel, so capacity is returned once.
    const cancelled = await em.execute(`update "${schema}".capacity_booking set status = 'CANCELLED' where id = ? and status = 'BOOKED' returning id`, [id]);
    if (!cancelled.length) throw new Conflict(`Booking ${id} is already cancelled.`);
    await em.execute(
      `update "${schema}".capacity_day set booked = booked - ? where facility_id = ? and kind = ? and day between ? and ?`,
      [booking.amount, booking.facility.id, booking.kind, booking.fromDay, booking.toDay],
    );
  });
  booking.status = 'CANCELLED';
  return booking;
}
