import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFound, type Identity } from '@alliance/domain-kit';
import { findMemberByCode, membershipsWithAlliances } from '../store/members.ts';

/**
 * The identity a token carries for a member: its id and the alliance it acts in. What it may do
 * there is read from the member directory on every request.
 * Used by the development token command; production tokens come from an identity provider.
 */
export async function identityOfMember(em: EntityManager, code: string, allianceCode?: string): Promise<Identity> {
  const member = await findMemberByCode(em, code.trim().toUpperCase());
  if (!member) throw new NotFound(`No member has code ${code}. The README lists the demo members' codes.`);
  const memberships = await membershipsWithAlliances(em, member);
  const membership = allianceCode ? memberships.find((m) => m.alliance.code === allianceCode.toUpperCase()) : memberships[0];
  if (!membership) {
    throw new NotFound(`Member ${member.code} is not in ${allianceCode ? `alliance ${allianceCode}` : 'any alliance'}.`);
  }
  return { memberId: member.id, allianceId: membership.alliance.id };
}
