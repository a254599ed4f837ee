import type { Resolvers } from '../generated/resolvers.ts';
import { Alliance, AllianceMembership } from './alliance.ts';
import { Member } from './member.ts';
import { MemberConnection } from './member-connection.ts';
import { Mutation } from './mutation.ts';
import { Query } from './query.ts';

export const resolvers: Resolvers = { Query, Mutation, Alliance, AllianceMembership, Member, MemberConnection };
