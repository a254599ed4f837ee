import { AllianceSchema } from './alliance.ts';
import { BaseSchema } from './base.ts';
import { MemberSchema } from './member.ts';
import { MembershipSchema } from './membership.ts';

export { Alliance } from './alliance.ts';
export { Base } from './base.ts';
export { Member } from './member.ts';
export { Membership } from './membership.ts';

export const entities = [AllianceSchema, MemberSchema, MembershipSchema, BaseSchema];
