import { InboxMessageSchema } from '@alliance/messaging';
import { AllianceSchema } from './alliance.ts';
import { BaseSchema } from './growing-base.ts';
import { LotSchema } from './lot.ts';
import { MemberSchema } from './member.ts';
import { MembershipSchema } from './membership.ts';
import { ReservationLineSchema, ReservationSchema } from './reservation.ts';

export { Alliance } from './alliance.ts';
export { Base } from './growing-base.ts';
export { Lot } from './lot.ts';
export { Member } from './member.ts';
export { Membership } from './membership.ts';
export { Reservation, ReservationLine } from './reservation.ts';

export const entities = [AllianceSchema, MemberSchema, MembershipSchema, BaseSchema, LotSchema, ReservationSchema, ReservationLineSchema, InboxMessageSchema];
