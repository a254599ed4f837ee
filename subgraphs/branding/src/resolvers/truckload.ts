import type { CertifiedLotResolvers, MutationResolvers, OriginCertificateResolvers, ShipmentResolvers } from '../generated/resolvers.ts';
import * as truckloads from '../domain/truckload-certificates.ts';

export const TruckloadMutation: MutationResolvers = {
  issueTruckloadCertificate: (_root, { shipmentId }, ctx) => truckloads.issueTruckloadCertificate(ctx, shipmentId),
};

export const Shipment: ShipmentResolvers = {
  // The gateway has already resolved the shipment (and its visibility) in the cold chain.
  originCertificate: (shipment, _args, ctx) => truckloads.originCertificateOfShipment(ctx, shipment.id),
};

export const TruckloadCertificate: OriginCertificateResolvers = {
  shipment: (certificate) => (certificate.shipmentId ? { id: certificate.shipmentId } : null),
  lots: (certificate, _args, ctx) => truckloads.lotsOfCertificate(ctx, certificate),
};

export const CertifiedLot: CertifiedLotResolvers = {
  lot: (certified) => certified.lot,
};
