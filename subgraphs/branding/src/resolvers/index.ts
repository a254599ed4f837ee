import type { Resolvers } from '../generated/resolvers.ts';
import { BrandOffice, Lot, OriginCertificate, OriginCertificateConnection, ResidueTest } from './certificate.ts';
import { CertificateLabels, LabelBatch, LabelBatchConnection, LabelCode, LabelCodeConnection, Licence, LicenceConnection, LicenceMutation, LicenceQuery, Licensee } from './licence.ts';
import { FeePoolMutation, FeePoolQuery, FeePoolShare } from './fee-pool.ts';
import { Mutation } from './mutation.ts';
import { Query } from './query.ts';
import { CertifiedLot, Shipment, TruckloadCertificate, TruckloadMutation } from './truckload.ts';
import { CounterfeitAlert, VerificationMutation, VerificationQuery } from './verification.ts';

export const resolvers: Resolvers = {
  Query: { ...Query, ...FeePoolQuery, ...LicenceQuery, ...VerificationQuery },
  Mutation: { ...Mutation, ...FeePoolMutation, ...LicenceMutation, ...VerificationMutation, ...TruckloadMutation },
  BrandOffice,
  Lot,
  OriginCertificate: { ...OriginCertificate, ...CertificateLabels, ...TruckloadCertificate },
  OriginCertificateConnection,
  ResidueTest,
  FeePoolShare,
  Licence,
  Licensee,
  LicenceConnection,
  LabelBatch,
  LabelBatchConnection,
  LabelCode,
  LabelCodeConnection,
  CounterfeitAlert,
  Shipment,
  CertifiedLot,
};
