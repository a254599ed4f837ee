import type { CounterfeitAlertResolvers, MutationResolvers, QueryResolvers } from '../generated/resolvers.ts';
import { counterfeitAlerts } from '../domain/counterfeit-alerts.ts';
import { findLicence } from '../domain/licences.ts';
import { verifyLabel } from '../domain/verification.ts';

export const VerificationMutation: MutationResolvers = {
  verifyLabel: (_root, { code, where }, ctx) => verifyLabel(ctx, code, where),
};

export const VerificationQuery: QueryResolvers = {
  counterfeitAlerts: (_root, { since, first }, ctx) => counterfeitAlerts(ctx, since, first),
};

export const CounterfeitAlert: CounterfeitAlertResolvers = {
  licence: (alert, _args, ctx) => (alert.licenceId ? findLicence(ctx, alert.licenceId) : null),
};
