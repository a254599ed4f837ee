import type { Resolvers } from '../generated/resolvers.ts';
import { BrandOffice, Lot, OriginCertificate, OriginCertificateConnection, ResidueTest } from './certificate.ts';
import { Mutation } from './mutation.ts';
import { Query } from './query.ts';

export const resolvers: Resolvers = { Query, Mutation, BrandOffice, Lot, OriginCertificate, OriginCertificateConnection, ResidueTest };
