/**
 * The partners' operations, one per step of each user's day, typed by graphql-codegen's client
 * preset against the composed supergraph (`npm run codegen` writes ./generated/).
 */
import { graphql } from './generated/index.ts';

// The market: supply with freshness and certificate, reserve, confirm, follow the shipment.
export const Supply = graphql(`
  query Supply($filter: SupplyFilter!, $first: Int) {
    supply(filter: $filter, first: $first) {
      totalCount
      totalAvailableKg
      edges {
        node {
          id
          lotNumber
          township
          harvestDate
          grade
          availableKg
          askingPricePerKg
          coldChain { remainingShelfLifeDays excursionCount latestTemperature { celsius at } }
          originCertificate { number status certifiedKg }
        }
      }
    }
  }
`);

export const ReserveSupply = graphql(`
  mutation ReserveSupply($input: ReserveSupplyInput!) {
    reserveSupply(input: $input) { id status holdUntil totalKg totalPrice idempotencyKey lines { kg pricePerKg lot { id township harvestDate } } }
  }
`);

export const ConfirmReservation = graphql(`
  mutation ConfirmReservation($id: ID!) {
    confirmReservation(id: $id) { id status totalKg }
  }
`);

export const MyReservations = graphql(`
  query MyReservations {
    viewer { code reservations { id status totalKg shippedKg shipment { id status departedAt arrivedAt vehicle { plate } } } }
  }
`);

export const FollowShipment = graphql(`
  query FollowShipment($id: ID!) {
    shipment(id: $id) { id status departedAt arrivedAt loadedKg excursionCount meanKineticTemperatureC temperatureTrace { at celsius } }
  }
`);

// The insurer: index, quote, bind, settle, exposure.
export const PriceIndex = graphql(`
  query PriceIndex($crop: Crop!, $from: Date!, $to: Date!, $interval: PriceInterval!) {
    priceIndex(crop: $crop, from: $from, to: $to, interval: $interval) { crop from to interval points { periodStart periodEnd priceCnyPerKg volumeKg observationCount } }
  }
`);

export const QuoteFloor = graphql(`
  mutation QuoteFloor($input: QuoteFloorInput!) {
    quoteFloor(input: $input) { id floorPerKg sumInsuredCny premiumCny rate validUntil windows { start end } }
  }
`);

export const BindFloor = graphql(`
  mutation BindFloor($quoteId: ID!, $idempotencyKey: String!) {
    bindFloor(quoteId: $quoteId, idempotencyKey: $idempotencyKey) { id number status sumInsuredCny premiumCny coverFrom coverTo }
  }
`);

export const SettleFloor = graphql(`
  mutation SettleFloor($contractId: ID!, $window: WindowInput!) {
    settleFloor(contractId: $contractId, window: $window) { id windowStart windowEnd indexPerKg floorPerKg payoutCny }
  }
`);

export const Exposure = graphql(`
  query Exposure($crop: Crop!, $seasonOn: Date) {
    exposure(crop: $crop, seasonOn: $seasonOn) { crop contracts insuredKg sumInsuredCny maximumPayoutCny premiumCny }
  }
`);

// The brand office: certify, license, issue labels, alerts.
export const RecordResidueTest = graphql(`
  mutation RecordResidueTest($input: RecordResidueTestInput!) {
    recordResidueTest(input: $input) { id result }
  }
`);

export const IssueOriginCertificate = graphql(`
  mutation IssueOriginCertificate($lotId: ID!, $certifiedKg: Decimal) {
    issueOriginCertificate(lotId: $lotId, certifiedKg: $certifiedKg) { id number status certifiedKg }
  }
`);

export const GrantLicence = graphql(`
  mutation GrantLicence($input: GrantLicenceInput!) {
    grantLicence(input: $input) { id number gtin status quotaKg remainingKg }
  }
`);

export const IssueLabels = graphql(`
  mutation IssueLabels($licenceId: ID!, $lotId: ID!, $count: Int!, $packKg: Decimal!) {
    issueLabels(licenceId: $licenceId, lotId: $lotId, count: $count, packKg: $packKg) { id count packKg totalKg feeCny gtin lotNumber status }
  }
`);

export const CounterfeitAlerts = graphql(`
  query CounterfeitAlerts($since: DateTime, $first: Int) {
    counterfeitAlerts(since: $since, first: $first) { kind place scanCount codes reasons firstScanAt lastScanAt }
  }
`);

// An operator: temperature readings in batches.
export const RecordTemperatures = graphql(`
  mutation RecordTemperatures($readings: [TemperatureReadingInput!]!) {
    recordTemperatures(readings: $readings) { received stored duplicates rejected { index sensorCode reason } }
  }
`);
