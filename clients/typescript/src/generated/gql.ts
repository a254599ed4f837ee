/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Supply($filter: SupplyFilter!, $first: Int) {\n    supply(filter: $filter, first: $first) {\n      totalCount\n      totalAvailableKg\n      edges {\n        node {\n          id\n          lotNumber\n          township\n          harvestDate\n          grade\n          availableKg\n          askingPricePerKg\n          coldChain { remainingShelfLifeDays excursionCount latestTemperature { celsius at } }\n          originCertificate { number status certifiedKg }\n        }\n      }\n    }\n  }\n": typeof types.SupplyDocument,
    "\n  mutation ReserveSupply($input: ReserveSupplyInput!) {\n    reserveSupply(input: $input) { id status holdUntil totalKg totalPrice idempotencyKey lines { kg pricePerKg lot { id township harvestDate } } }\n  }\n": typeof types.ReserveSupplyDocument,
    "\n  mutation ConfirmReservation($id: ID!) {\n    confirmReservation(id: $id) { id status totalKg }\n  }\n": typeof types.ConfirmReservationDocument,
    "\n  query MyReservations {\n    viewer { code reservations { id status totalKg shippedKg shipment { id status departedAt arrivedAt vehicle { plate } } } }\n  }\n": typeof types.MyReservationsDocument,
    "\n  query FollowShipment($id: ID!) {\n    shipment(id: $id) { id status departedAt arrivedAt loadedKg excursionCount meanKineticTemperatureC temperatureTrace { at celsius } }\n  }\n": typeof types.FollowShipmentDocument,
    "\n  query PriceIndex($crop: Crop!, $from: Date!, $to: Date!, $interval: PriceInterval!) {\n    priceIndex(crop: $crop, from: $from, to: $to, interval: $interval) { crop from to interval points { periodStart periodEnd priceCnyPerKg volumeKg observationCount } }\n  }\n": typeof types.PriceIndexDocument,
    "\n  mutation QuoteFloor($input: QuoteFloorInput!) {\n    quoteFloor(input: $input) { id floorPerKg sumInsuredCny premiumCny rate validUntil windows { start end } }\n  }\n": typeof types.QuoteFloorDocument,
    "\n  mutation BindFloor($quoteId: ID!, $idempotencyKey: String!) {\n    bindFloor(quoteId: $quoteId, idempotencyKey: $idempotencyKey) { id number status sumInsuredCny premiumCny coverFrom coverTo }\n  }\n": typeof types.BindFloorDocument,
    "\n  mutation SettleFloor($contractId: ID!, $window: WindowInput!) {\n    settleFloor(contractId: $contractId, window: $window) { id windowStart windowEnd indexPerKg floorPerKg payoutCny }\n  }\n": typeof types.SettleFloorDocument,
    "\n  query Exposure($crop: Crop!, $seasonOn: Date) {\n    exposure(crop: $crop, seasonOn: $seasonOn) { crop contracts insuredKg sumInsuredCny maximumPayoutCny premiumCny }\n  }\n": typeof types.ExposureDocument,
    "\n  mutation RecordResidueTest($input: RecordResidueTestInput!) {\n    recordResidueTest(input: $input) { id result }\n  }\n": typeof types.RecordResidueTestDocument,
    "\n  mutation IssueOriginCertificate($lotId: ID!, $certifiedKg: Decimal) {\n    issueOriginCertificate(lotId: $lotId, certifiedKg: $certifiedKg) { id number status certifiedKg }\n  }\n": typeof types.IssueOriginCertificateDocument,
    "\n  mutation GrantLicence($input: GrantLicenceInput!) {\n    grantLicence(input: $input) { id number gtin status quotaKg remainingKg }\n  }\n": typeof types.GrantLicenceDocument,
    "\n  mutation IssueLabels($licenceId: ID!, $lotId: ID!, $count: Int!, $packKg: Decimal!) {\n    issueLabels(licenceId: $licenceId, lotId: $lotId, count: $count, packKg: $packKg) { id count packKg totalKg feeCny gtin lotNumber status }\n  }\n": typeof types.IssueLabelsDocument,
    "\n  query CounterfeitAlerts($since: DateTime, $first: Int) {\n    counterfeitAlerts(since: $since, first: $first) { kind place scanCount codes reasons firstScanAt lastScanAt }\n  }\n": typeof types.CounterfeitAlertsDocument,
    "\n  mutation RecordTemperatures($readings: [TemperatureReadingInput!]!) {\n    recordTemperatures(readings: $readings) { received stored duplicates rejected { index sensorCode reason } }\n  }\n": typeof types.RecordTemperaturesDocument,
};
const documents: Documents = {
    "\n  query Supply($filter: SupplyFilter!, $first: Int) {\n    supply(filter: $filter, first: $first) {\n      totalCount\n      totalAvailableKg\n      edges {\n        node {\n          id\n          lotNumber\n          township\n          harvestDate\n          grade\n          availableKg\n          askingPricePerKg\n          coldChain { remainingShelfLifeDays excursionCount latestTemperature { celsius at } }\n          originCertificate { number status certifiedKg }\n        }\n      }\n    }\n  }\n": types.SupplyDocument,
    "\n  mutation ReserveSupply($input: ReserveSupplyInput!) {\n    reserveSupply(input: $input) { id status holdUntil totalKg totalPrice idempotencyKey lines { kg pricePerKg lot { id township harvestDate } } }\n  }\n": types.ReserveSupplyDocument,
    "\n  mutation ConfirmReservation($id: ID!) {\n    confirmReservation(id: $id) { id status totalKg }\n  }\n": types.ConfirmReservationDocument,
    "\n  query MyReservations {\n    viewer { code reservations { id status totalKg shippedKg shipment { id status departedAt arrivedAt vehicle { plate } } } }\n  }\n": types.MyReservationsDocument,
    "\n  query FollowShipment($id: ID!) {\n    shipment(id: $id) { id status departedAt arrivedAt loadedKg excursionCount meanKineticTemperatureC temperatureTrace { at celsius } }\n  }\n": types.FollowShipmentDocument,
    "\n  query PriceIndex($crop: Crop!, $from: Date!, $to: Date!, $interval: PriceInterval!) {\n    priceIndex(crop: $crop, from: $from, to: $to, interval: $interval) { crop from to interval points { periodStart periodEnd priceCnyPerKg volumeKg observationCount } }\n  }\n": types.PriceIndexDocument,
    "\n  mutation QuoteFloor($input: QuoteFloorInput!) {\n    quoteFloor(input: $input) { id floorPerKg sumInsuredCny premiumCny rate validUntil windows { start end } }\n  }\n": types.QuoteFloorDocument,
    "\n  mutation BindFloor($quoteId: ID!, $idempotencyKey: String!) {\n    bindFloor(quoteId: $quoteId, idempotencyKey: $idempotencyKey) { id number status sumInsuredCny premiumCny coverFrom coverTo }\n  }\n": types.BindFloorDocument,
    "\n  mutation SettleFloor($contractId: ID!, $window: WindowInput!) {\n    settleFloor(contractId: $contractId, window: $window) { id windowStart windowEnd indexPerKg floorPerKg payoutCny }\n  }\n": types.SettleFloorDocument,
    "\n  query Exposure($crop: Crop!, $seasonOn: Date) {\n    exposure(crop: $crop, seasonOn: $seasonOn) { crop contracts insuredKg sumInsuredCny maximumPayoutCny premiumCny }\n  }\n": types.ExposureDocument,
    "\n  mutation RecordResidueTest($input: RecordResidueTestInput!) {\n    recordResidueTest(input: $input) { id result }\n  }\n": types.RecordResidueTestDocument,
    "\n  mutation IssueOriginCertificate($lotId: ID!, $certifiedKg: Decimal) {\n    issueOriginCertificate(lotId: $lotId, certifiedKg: $certifiedKg) { id number status certifiedKg }\n  }\n": types.IssueOriginCertificateDocument,
    "\n  mutation GrantLicence($input: GrantLicenceInput!) {\n    grantLicence(input: $input) { id number gtin status quotaKg remainingKg }\n  }\n": types.GrantLicenceDocument,
    "\n  mutation IssueLabels($licenceId: ID!, $lotId: ID!, $count: Int!, $packKg: Decimal!) {\n    issueLabels(licenceId: $licenceId, lotId: $lotId, count: $count, packKg: $packKg) { id count packKg totalKg feeCny gtin lotNumber status }\n  }\n": types.IssueLabelsDocument,
    "\n  query CounterfeitAlerts($since: DateTime, $first: Int) {\n    counterfeitAlerts(since: $since, first: $first) { kind place scanCount codes reasons firstScanAt lastScanAt }\n  }\n": types.CounterfeitAlertsDocument,
    "\n  mutation RecordTemperatures($readings: [TemperatureReadingInput!]!) {\n    recordTemperatures(readings: $readings) { received stored duplicates rejected { index sensorCode reason } }\n  }\n": types.RecordTemperaturesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Supply($filter: SupplyFilter!, $first: Int) {\n    supply(filter: $filter, first: $first) {\n      totalCount\n      totalAvailableKg\n      edges {\n        node {\n          id\n          lotNumber\n          township\n          harvestDate\n          grade\n          availableKg\n          askingPricePerKg\n          coldChain { remainingShelfLifeDays excursionCount latestTemperature { celsius at } }\n          originCertificate { number status certifiedKg }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Supply($filter: SupplyFilter!, $first: Int) {\n    supply(filter: $filter, first: $first) {\n      totalCount\n      totalAvailableKg\n      edges {\n        node {\n          id\n          lotNumber\n          township\n          harvestDate\n          grade\n          availableKg\n          askingPricePerKg\n          coldChain { remainingShelfLifeDays excursionCount latestTemperature { celsius at } }\n          originCertificate { number status certifiedKg }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReserveSupply($input: ReserveSupplyInput!) {\n    reserveSupply(input: $input) { id status holdUntil totalKg totalPrice idempotencyKey lines { kg pricePerKg lot { id township harvestDate } } }\n  }\n"): (typeof documents)["\n  mutation ReserveSupply($input: ReserveSupplyInput!) {\n    reserveSupply(input: $input) { id status holdUntil totalKg totalPrice idempotencyKey lines { kg pricePerKg lot { id township harvestDate } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmReservation($id: ID!) {\n    confirmReservation(id: $id) { id status totalKg }\n  }\n"): (typeof documents)["\n  mutation ConfirmReservation($id: ID!) {\n    confirmReservation(id: $id) { id status totalKg }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyReservations {\n    viewer { code reservations { id status totalKg shippedKg shipment { id status departedAt arrivedAt vehicle { plate } } } }\n  }\n"): (typeof documents)["\n  query MyReservations {\n    viewer { code reservations { id status totalKg shippedKg shipment { id status departedAt arrivedAt vehicle { plate } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowShipment($id: ID!) {\n    shipment(id: $id) { id status departedAt arrivedAt loadedKg excursionCount meanKineticTemperatureC temperatureTrace { at celsius } }\n  }\n"): (typeof documents)["\n  query FollowShipment($id: ID!) {\n    shipment(id: $id) { id status departedAt arrivedAt loadedKg excursionCount meanKineticTemperatureC temperatureTrace { at celsius } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PriceIndex($crop: Crop!, $from: Date!, $to: Date!, $interval: PriceInterval!) {\n    priceIndex(crop: $crop, from: $from, to: $to, interval: $interval) { crop from to interval points { periodStart periodEnd priceCnyPerKg volumeKg observationCount } }\n  }\n"): (typeof documents)["\n  query PriceIndex($crop: Crop!, $from: Date!, $to: Date!, $interval: PriceInterval!) {\n    priceIndex(crop: $crop, from: $from, to: $to, interval: $interval) { crop from to interval points { periodStart periodEnd priceCnyPerKg volumeKg observationCount } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QuoteFloor($input: QuoteFloorInput!) {\n    quoteFloor(input: $input) { id floorPerKg sumInsuredCny premiumCny rate validUntil windows { start end } }\n  }\n"): (typeof documents)["\n  mutation QuoteFloor($input: QuoteFloorInput!) {\n    quoteFloor(input: $input) { id floorPerKg sumInsuredCny premiumCny rate validUntil windows { start end } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BindFloor($quoteId: ID!, $idempotencyKey: String!) {\n    bindFloor(quoteId: $quoteId, idempotencyKey: $idempotencyKey) { id number status sumInsuredCny premiumCny coverFrom coverTo }\n  }\n"): (typeof documents)["\n  mutation BindFloor($quoteId: ID!, $idempotencyKey: String!) {\n    bindFloor(quoteId: $quoteId, idempotencyKey: $idempotencyKey) { id number status sumInsuredCny premiumCny coverFrom coverTo }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettleFloor($contractId: ID!, $window: WindowInput!) {\n    settleFloor(contractId: $contractId, window: $window) { id windowStart windowEnd indexPerKg floorPerKg payoutCny }\n  }\n"): (typeof documents)["\n  mutation SettleFloor($contractId: ID!, $window: WindowInput!) {\n    settleFloor(contractId: $contractId, window: $window) { id windowStart windowEnd indexPerKg floorPerKg payoutCny }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Exposure($crop: Crop!, $seasonOn: Date) {\n    exposure(crop: $crop, seasonOn: $seasonOn) { crop contracts insuredKg sumInsuredCny maximumPayoutCny premiumCny }\n  }\n"): (typeof documents)["\n  query Exposure($crop: Crop!, $seasonOn: Date) {\n    exposure(crop: $crop, seasonOn: $seasonOn) { crop contracts insuredKg sumInsuredCny maximumPayoutCny premiumCny }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordResidueTest($input: RecordResidueTestInput!) {\n    recordResidueTest(input: $input) { id result }\n  }\n"): (typeof documents)["\n  mutation RecordResidueTest($input: RecordResidueTestInput!) {\n    recordResidueTest(input: $input) { id result }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueOriginCertificate($lotId: ID!, $certifiedKg: Decimal) {\n    issueOriginCertificate(lotId: $lotId, certifiedKg: $certifiedKg) { id number status certifiedKg }\n  }\n"): (typeof documents)["\n  mutation IssueOriginCertificate($lotId: ID!, $certifiedKg: Decimal) {\n    issueOriginCertificate(lotId: $lotId, certifiedKg: $certifiedKg) { id number status certifiedKg }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantLicence($input: GrantLicenceInput!) {\n    grantLicence(input: $input) { id number gtin status quotaKg remainingKg }\n  }\n"): (typeof documents)["\n  mutation GrantLicence($input: GrantLicenceInput!) {\n    grantLicence(input: $input) { id number gtin status quotaKg remainingKg }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueLabels($licenceId: ID!, $lotId: ID!, $count: Int!, $packKg: Decimal!) {\n    issueLabels(licenceId: $licenceId, lotId: $lotId, count: $count, packKg: $packKg) { id count packKg totalKg feeCny gtin lotNumber status }\n  }\n"): (typeof documents)["\n  mutation IssueLabels($licenceId: ID!, $lotId: ID!, $count: Int!, $packKg: Decimal!) {\n    issueLabels(licenceId: $licenceId, lotId: $lotId, count: $count, packKg: $packKg) { id count packKg totalKg feeCny gtin lotNumber status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CounterfeitAlerts($since: DateTime, $first: Int) {\n    counterfeitAlerts(since: $since, first: $first) { kind place scanCount codes reasons firstScanAt lastScanAt }\n  }\n"): (typeof documents)["\n  query CounterfeitAlerts($since: DateTime, $first: Int) {\n    counterfeitAlerts(since: $since, first: $first) { kind place scanCount codes reasons firstScanAt lastScanAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordTemperatures($readings: [TemperatureReadingInput!]!) {\n    recordTemperatures(readings: $readings) { received stored duplicates rejected { index sensorCode reason } }\n  }\n"): (typeof documents)["\n  mutation RecordTemperatures($readings: [TemperatureReadingInput!]!) {\n    recordTemperatures(readings: $readings) { received stored duplicates rejected { index sensorCode reason } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;