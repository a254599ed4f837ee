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
};
