/**
 * Codegen mappers of the branding subgraph: GraphQL type -> the model its resolvers receive as parent.
 * Read by the root codegen.ts; paths are relative to src/generated/. No imports: codegen loads this file alone.
 */
export const mappers: Record<string, string> = {
  BrandOffice: '../domain/brand-office.ts#BrandOfficeView',
  Lot: '../domain/references.ts#LotReference',
  Member: '../domain/references.ts#MemberReference',
  ResidueTest: '../entities/index.ts#ResidueTest',
  OriginCertificate: '../entities/index.ts#OriginCertificate',
  OriginCertificateConnection: '../domain/origin-certificates.ts#OriginCertificatePage',
  Licence: '../entities/index.ts#Licence',
  Licensee: '../domain/licences.ts#LicenseeView',
  LicenceConnection: '../domain/licences.ts#LicencePage',
  LabelBatch: '../entities/index.ts#LabelBatch',
  LabelBatchConnection: '../domain/labels.ts#LabelBatchPage',
  LabelCode: '../domain/labels.ts#LabelCodeView',
  LabelCodeConnection: '../domain/labels.ts#LabelCodePage',
  FeePool: '../domain/fee-pool-distribution.ts#FeePoolView',
  FeePoolShare: '../domain/fee-pool-distribution.ts#FeePoolShareView',
  LabelVerification: '../domain/verification.ts#LabelVerificationView',
  CounterfeitAlert: '../domain/counterfeit-alerts.ts#CounterfeitAlertView',
  Shipment: '../domain/references.ts#ShipmentReference',
  CertifiedLot: '../domain/truckload-certificates.ts#CertifiedLotView',
};
