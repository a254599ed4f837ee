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
    "\n  query GatewayAlliances {\n    alliances { id code name region crops }\n  }\n": typeof types.GatewayAlliancesDocument,
    "\n  query GatewayMemberFields {\n    __type(name: \"Member\") { fields { name } }\n  }\n": typeof types.GatewayMemberFieldsDocument,
    "\n  query PartialSupplyWithColdChain($first: Int!) {\n    supply(filter: { crop: SCALLION }, first: $first) {\n      totalCount\n      edges { node { id availableKg coldChain { excursionCount custody { kind } } } }\n    }\n  }\n": typeof types.PartialSupplyWithColdChainDocument,
    "mutation ReplicasReserve($input: ReserveSupplyInput!) { reserveSupply(input: $input) { id totalKg } }": typeof types.ReplicasReserveDocument,
    "mutation ReplicasConfirm($id: ID!) { confirmReservation(id: $id) { status } }": typeof types.ReplicasConfirmDocument,
    "mutation ReplicasPlan($input: PlanShipmentInput!) { planShipment(input: $input) { id } }": typeof types.ReplicasPlanDocument,
    "query ReplicasShipment($id: ID!) { shipment(id: $id) { reservations { status } } }": typeof types.ReplicasShipmentDocument,
    "\n  query BrandOfficeOfCaller {\n    brandOffice { allianceId member { id code } }\n  }\n": typeof types.BrandOfficeOfCallerDocument,
    "\n  mutation FeePoolRecordTest($input: RecordResidueTestInput!) {\n    recordResidueTest(input: $input) { id }\n  }\n": typeof types.FeePoolRecordTestDocument,
    "\n  mutation FeePoolCertify($lotId: ID!) {\n    issueOriginCertificate(lotId: $lotId) { id certifiedKg }\n  }\n": typeof types.FeePoolCertifyDocument,
    "\n  mutation FeePoolRevokeCertificate($id: ID!, $reason: String!) {\n    revokeOriginCertificate(id: $id, reason: $reason) { id status }\n  }\n": typeof types.FeePoolRevokeCertificateDocument,
    "\n  mutation FeePoolGrant($input: GrantLicenceInput!) {\n    grantLicence(input: $input) { id }\n  }\n": typeof types.FeePoolGrantDocument,
    "\n  mutation FeePoolRevokeLicence($id: ID!, $reason: String!) {\n    revokeLicence(id: $id, reason: $reason) { id status }\n  }\n": typeof types.FeePoolRevokeLicenceDocument,
    "\n  mutation FeePoolIssueLabels($licenceId: ID!, $lotId: ID!, $count: Int!, $packKg: Decimal!) {\n    issueLabels(licenceId: $licenceId, lotId: $lotId, count: $count, packKg: $packKg) { id totalKg feeCny }\n  }\n": typeof types.FeePoolIssueLabelsDocument,
    "\n  mutation FeePoolDistribute($allianceId: ID!, $month: String!) {\n    distributeFeePool(allianceId: $allianceId, month: $month) {\n      allianceId month poolCny certifiedKg distributed distributedAt\n      shares { month cooperative { id } certifiedKg share amountCny distributed }\n    }\n  }\n": typeof types.FeePoolDistributeDocument,
    "\n  query FeePoolOfMonth($month: String!) {\n    feePool(month: $month) {\n      allianceId month poolCny certifiedKg distributed distributedAt\n      shares { month cooperative { id } certifiedKg share amountCny distributed }\n    }\n  }\n": typeof types.FeePoolOfMonthDocument,
    "\n  query FeePoolStatements($first: Int) {\n    feePoolStatements(first: $first) { month cooperative { id } certifiedKg share amountCny distributed }\n  }\n": typeof types.FeePoolStatementsDocument,
    "\n  mutation ConcurrentIssue($licenceId: ID!, $lotId: ID!, $count: Int!, $packKg: Decimal!) {\n    issueLabels(licenceId: $licenceId, lotId: $lotId, count: $count, packKg: $packKg) { id totalKg }\n  }\n": typeof types.ConcurrentIssueDocument,
    "\n  mutation LabelsIssue($licenceId: ID!, $lotId: ID!, $count: Int!, $packKg: Decimal!) {\n    issueLabels(licenceId: $licenceId, lotId: $lotId, count: $count, packKg: $packKg) {\n      id count packKg totalKg feeCny gtin lotNumber issuedAt status\n      licence { id usedKg remainingKg feesAccrued }\n      lot { id }\n      certificate { id number labelledKg }\n      issuedBy { id }\n    }\n  }\n": typeof types.LabelsIssueDocument,
    "\n  query LabelsBatch($id: ID!, $first: Int, $after: String) {\n    labelBatch(id: $id) {\n      id count status\n      codes(first: $first, after: $after) { edges { cursor node { serial printedSerial digitalLink status scanCount } } pageInfo { hasNextPage endCursor } }\n    }\n  }\n": typeof types.LabelsBatchDocument,
    "\n  query LabelsBatchCsv($id: ID!) { labelBatch(id: $id) { id csv } }\n": typeof types.LabelsBatchCsvDocument,
    "\n  query LabelsBatchQr($id: ID!) { labelBatch(id: $id) { id codes(first: 2) { edges { node { serial digitalLink qrSvg } } } } }\n": typeof types.LabelsBatchQrDocument,
    "\n  query LabelsLicence($id: ID!) {\n    licence(id: $id) { id usedKg remainingKg feesAccrued labelBatches(first: 10) { edges { node { id status totalKg } } } }\n  }\n": typeof types.LabelsLicenceDocument,
    "\n  query LabelsCertificate($id: ID!) { originCertificate(id: $id) { id certifiedKg labelledKg status } }\n": typeof types.LabelsCertificateDocument,
    "\n  mutation LabelsRevokeLicence($id: ID!, $reason: String!) { revokeLicence(id: $id, reason: $reason) { id status } }\n": typeof types.LabelsRevokeLicenceDocument,
    "\n  mutation LabelsSuspendLicence($id: ID!, $reason: String!) { suspendLicence(id: $id, reason: $reason) { id status } }\n": typeof types.LabelsSuspendLicenceDocument,
    "\n  mutation LabelsRevokeCertificate($id: ID!, $reason: String!) { revokeOriginCertificate(id: $id, reason: $reason) { id status } }\n": typeof types.LabelsRevokeCertificateDocument,
    "\n  mutation LicenceGrant($input: GrantLicenceInput!) {\n    grantLicence(input: $input) {\n      id number allianceId crop gtin validFrom validUntil quotaKg usedKg remainingKg feePerKg feesAccrued status statusReason grantedAt\n      licensee { member { id } name creditCode }\n      trademark { name registrationNumber }\n    }\n  }\n": typeof types.LicenceGrantDocument,
    "\n  query LicenceById($id: ID!) {\n    licence(id: $id) { id number status statusReason licensee { name member { id } } labelBatches { edges { node { id } } } }\n  }\n": typeof types.LicenceByIdDocument,
    "\n  query LicenceList($filter: LicenceFilter, $first: Int, $after: String) {\n    licences(filter: $filter, first: $first, after: $after) { edges { cursor node { id number status } } pageInfo { hasNextPage endCursor } }\n  }\n": typeof types.LicenceListDocument,
    "\n  mutation LicenceSuspend($id: ID!, $reason: String!) { suspendLicence(id: $id, reason: $reason) { id status statusReason } }\n": typeof types.LicenceSuspendDocument,
    "\n  mutation LicenceReinstate($id: ID!) { reinstateLicence(id: $id) { id status statusReason } }\n": typeof types.LicenceReinstateDocument,
    "\n  mutation LicenceRevoke($id: ID!, $reason: String!) { revokeLicence(id: $id, reason: $reason) { id status statusReason } }\n": typeof types.LicenceRevokeDocument,
    "\n  mutation BrandingRecordTest($input: RecordResidueTestInput!) {\n    recordResidueTest(input: $input) { id basis result failedAnalytes tester reportNumber lot { id } recordedBy { id } }\n  }\n": typeof types.BrandingRecordTestDocument,
    "\n  mutation BrandingIssue($lotId: ID!, $kg: Decimal) {\n    issueOriginCertificate(lotId: $lotId, certifiedKg: $kg) {\n      id number certifiedKg productName producerName producerContact township county commitmentStatement basis basisLabel status\n      residueTest { id result } lot { id }\n    }\n  }\n": typeof types.BrandingIssueDocument,
    "\n  mutation BrandingRevoke($id: ID!, $reason: String!) {\n    revokeOriginCertificate(id: $id, reason: $reason) { id status revokedReason }\n  }\n": typeof types.BrandingRevokeDocument,
    "\n  query BrandingCertificate($id: ID!) {\n    originCertificate(id: $id) { id number status producerContact }\n  }\n": typeof types.BrandingCertificateDocument,
    "\n  query BrandingCertificates($filter: OriginCertificateFilter, $first: Int, $after: String) {\n    originCertificates(filter: $filter, first: $first, after: $after) { edges { node { id number } } pageInfo { hasNextPage endCursor } }\n  }\n": typeof types.BrandingCertificatesDocument,
    "\n  query BrandingLot($id: ID!) {\n    lot(id: $id) { id availableKg residueTests { id result } originCertificate { number status certifiedKg } }\n  }\n": typeof types.BrandingLotDocument,
    "\n  mutation TruckloadRecordTest($input: RecordResidueTestInput!) { recordResidueTest(input: $input) { id } }\n": typeof types.TruckloadRecordTestDocument,
    "\n  mutation TruckloadReserve($input: ReserveSupplyInput!) { reserveSupply(input: $input) { id } }\n": typeof types.TruckloadReserveDocument,
    "\n  mutation TruckloadConfirm($id: ID!) { confirmReservation(id: $id) { status } }\n": typeof types.TruckloadConfirmDocument,
    "\n  mutation TruckloadPlan($input: PlanShipmentInput!) { planShipment(input: $input) { id status } }\n": typeof types.TruckloadPlanDocument,
    "\n  query TruckloadShipmentReservations($id: ID!) { shipment(id: $id) { reservations { status } } }\n": typeof types.TruckloadShipmentReservationsDocument,
    "\n  mutation TruckloadLoad($id: ID!, $loads: [ShipmentLoadInput!]!) { loadShipment(id: $id, loads: $loads) { id status } }\n": typeof types.TruckloadLoadDocument,
    "\n  mutation TruckloadDispatch($id: ID!) { dispatchShipment(id: $id) { status } }\n": typeof types.TruckloadDispatchDocument,
    "\n  mutation TruckloadDeliver($id: ID!) { deliverShipment(id: $id) { status } }\n": typeof types.TruckloadDeliverDocument,
    "\n  mutation TruckloadReject($id: ID!, $reason: String!) { rejectShipment(id: $id, reason: $reason) { status } }\n": typeof types.TruckloadRejectDocument,
    "\n  mutation TruckloadCancel($id: ID!) { cancelShipment(id: $id) { status } }\n": typeof types.TruckloadCancelDocument,
    "\n  mutation TruckloadIssue($shipmentId: ID!) {\n    issueTruckloadCertificate(shipmentId: $shipmentId) {\n      id number certifiedKg productName crop variety grade producerName producerContact township county basis status\n      lot { id } shipment { id } lots { lot { id } kg } residueTest { id }\n    }\n  }\n": typeof types.TruckloadIssueDocument,
    "\n  mutation TruckloadIssueLot($lotId: ID!) { issueOriginCertificate(lotId: $lotId) { number lots { lot { id } kg } shipment { id } } }\n": typeof types.TruckloadIssueLotDocument,
    "\n  mutation TruckloadRevoke($id: ID!, $reason: String!) { revokeOriginCertificate(id: $id, reason: $reason) { status } }\n": typeof types.TruckloadRevokeDocument,
    "\n  query TruckloadCertificate($id: ID!) { originCertificate(id: $id) { number producerContact lots { kg } } }\n": typeof types.TruckloadCertificateDocument,
    "\n  query TruckloadShipment($id: ID!) {\n    shipment(id: $id) { id status loadedKg originCertificate { number status certifiedKg shipment { id } lots { lot { id } kg } } }\n  }\n": typeof types.TruckloadShipmentDocument,
    "\n  mutation VerificationRecordTest($input: RecordResidueTestInput!) {\n    recordResidueTest(input: $input) { id }\n  }\n": typeof types.VerificationRecordTestDocument,
    "\n  mutation VerificationIssueCertificate($lotId: ID!) {\n    issueOriginCertificate(lotId: $lotId) { id number }\n  }\n": typeof types.VerificationIssueCertificateDocument,
    "\n  mutation VerificationRevokeCertificate($id: ID!, $reason: String!) {\n    revokeOriginCertificate(id: $id, reason: $reason) { id status }\n  }\n": typeof types.VerificationRevokeCertificateDocument,
    "\n  mutation VerificationGrantLicence($input: GrantLicenceInput!) {\n    grantLicence(input: $input) { id number gtin }\n  }\n": typeof types.VerificationGrantLicenceDocument,
    "\n  mutation VerificationRevokeLicence($id: ID!, $reason: String!) {\n    revokeLicence(id: $id, reason: $reason) { id status }\n  }\n": typeof types.VerificationRevokeLicenceDocument,
    "\n  mutation VerificationIssueLabels($licenceId: ID!, $lotId: ID!, $count: Int!, $packKg: Decimal!) {\n    issueLabels(licenceId: $licenceId, lotId: $lotId, count: $count, packKg: $packKg) {\n      id gtin lotNumber codes(first: 100) { edges { node { serial printedSerial digitalLink } } }\n    }\n  }\n": typeof types.VerificationIssueLabelsDocument,
    "\n  mutation VerificationVerifyLabel($code: String!, $where: ScanPlaceInput) {\n    verifyLabel(code: $code, where: $where) {\n      outcome message scanCount firstVerifiedAt firstVerifiedIn\n      product crop variety grade originTownship originCounty harvestDate\n      certificateNumber certificateBasis licensee licenseeCreditCode licenseeTrademark\n      freshness { lotId }\n    }\n  }\n": typeof types.VerificationVerifyLabelDocument,
    "\n  query VerificationCounterfeitAlerts($since: DateTime, $first: Int) {\n    counterfeitAlerts(since: $since, first: $first) { kind licence { id } place scanCount codes reasons firstScanAt lastScanAt }\n  }\n": typeof types.VerificationCounterfeitAlertsDocument,
    "\n  mutation ColdchainBook($input: BookCapacityInput!) { bookCapacity(input: $input) { id } }\n": typeof types.ColdchainBookDocument,
    "\n  mutation ColdchainCancelBooking($id: ID!) { cancelCapacityBooking(id: $id) { status } }\n": typeof types.ColdchainCancelBookingDocument,
    "\n  query ColdchainFacility($id: ID!) { facility(id: $id) { id } }\n": typeof types.ColdchainFacilityDocument,
    "\n        query ColdchainWujieStoresAndOperator($operator: ID!) {\n          facilities(filter: { kinds: [COLD_STORE], township: \"Wujie\" }) { id code storageCapacityKg operator { id code } }\n          member(id: $operator) { code facilities { code } }\n        }\n      ": typeof types.ColdchainWujieStoresAndOperatorDocument,
    "mutation ColdchainBookInFull($input: BookCapacityInput!) { bookCapacity(input: $input) { id amount from to status } }": typeof types.ColdchainBookInFullDocument,
    "query ColdchainZhongshuCapacity($from: Date!, $to: Date!) { capacity(kind: COLD_STORAGE, township: \"Zhongshu\", from: $from, to: $to) { facility { id } capacity bookedAtPeak free } }": typeof types.ColdchainZhongshuCapacityDocument,
    "\n    mutation ColdchainRecordTemperatures($readings: [TemperatureReadingInput!]!) {\n      recordTemperatures(readings: $readings) { received stored duplicates rejected { index sensorCode reason } }\n    }\n  ": typeof types.ColdchainRecordTemperaturesDocument,
    "\n        query ColdchainLotColdChain($id: ID!) {\n          lot(id: $id) { id grade coldChain {\n            currentLocation { code } custody { kind facility { code } vehicle { plate } quantityKg }\n            latestTemperature { celsius } excursionCount excursions { kind durationMinutes peakC }\n            remainingShelfLifeDays shelfLifeUsed meanKineticTemperatureC epcisDocument } }\n        }\n      ": typeof types.ColdchainLotColdChainDocument,
    "\n      query ColdchainBaishuiSupplyWithColdChain($first: Int!) {\n        supply(filter: { crop: SCALLION, townships: [\"Baishui\"] }, first: $first) { edges { node {\n          id grade availableKg coldChain { remainingShelfLifeDays latestTemperature { celsius } excursionCount currentLocation { code township } } } } }\n      }\n    ": typeof types.ColdchainBaishuiSupplyWithColdChainDocument,
    "\n    mutation ColdchainRegisterFacility($input: RegisterFacilityInput!) { registerFacility(input: $input) { id code kind storageCapacityKg washingLines operator { id } } }\n  ": typeof types.ColdchainRegisterFacilityDocument,
    "mutation ColdchainResizeStore($id: ID!, $kg: Decimal!) { updateFacility(id: $id, input: { storageCapacityKg: $kg }) { storageCapacityKg } }": typeof types.ColdchainResizeStoreDocument,
    "query ColdchainJinmaCapacity($day: Date!) { capacity(kind: COLD_STORAGE, township: \"Jinma\", from: $day, to: $day) { facility { id } capacity free } }": typeof types.ColdchainJinmaCapacityDocument,
    "mutation ColdchainRegisterVehicle($input: RegisterVehicleInput!) { registerVehicle(input: $input) { id operator { id } } }": typeof types.ColdchainRegisterVehicleDocument,
    "mutation ColdchainRegisterSensor($input: RegisterSensorInput!) { registerSensor(input: $input) { code vehicle { id } facility { id } } }": typeof types.ColdchainRegisterSensorDocument,
    "query ColdchainBaishuiFacilitiesAndCapacity($day: Date!) { facilities(filter: { township: \"Baishui\" }) { id } capacity(kind: COLD_STORAGE, township: \"Baishui\", from: $day, to: $day) { facility { id } } }": typeof types.ColdchainBaishuiFacilitiesAndCapacityDocument,
    "mutation ColdchainSuspendMember($id: ID!, $reason: String!) { suspendMember(id: $id, reason: $reason) { status } }": typeof types.ColdchainSuspendMemberDocument,
    "query ColdchainScallionSupplyCount { supply(filter: { crop: SCALLION }) { totalCount } }": typeof types.ColdchainScallionSupplyCountDocument,
    "mutation ColdchainReinstateMember($id: ID!) { reinstateMember(id: $id) { status } }": typeof types.ColdchainReinstateMemberDocument,
    "\n  mutation ColdchainCrossAllianceRecordCustody($input: CustodyEventInput!) { recordCustodyEvent(input: $input) { id } }\n": typeof types.ColdchainCrossAllianceRecordCustodyDocument,
    "\n  mutation ColdchainCrossAllianceRegisterSensor($input: RegisterSensorInput!) { registerSensor(input: $input) { id } }\n": typeof types.ColdchainCrossAllianceRegisterSensorDocument,
    "mutation ColdchainCrossAllianceRegisterFacility($input: RegisterFacilityInput!) { registerFacility(input: $input) { id } }": typeof types.ColdchainCrossAllianceRegisterFacilityDocument,
    "mutation ColdchainCrossAllianceUpdateFacility($id: ID!) { updateFacility(id: $id, input: { name: \"Taken over\", storageCapacityKg: \"1\" }) { id } }": typeof types.ColdchainCrossAllianceUpdateFacilityDocument,
    "mutation ColdchainCrossAllianceRegisterVehicle($input: RegisterVehicleInput!) { registerVehicle(input: $input) { id } }": typeof types.ColdchainCrossAllianceRegisterVehicleDocument,
    "mutation ColdchainCrossAllianceBookCapacity($input: BookCapacityInput!) { bookCapacity(input: $input) { id } }": typeof types.ColdchainCrossAllianceBookCapacityDocument,
    "mutation ColdchainCrossAllianceCancelBooking($id: ID!) { cancelCapacityBooking(id: $id) { id } }": typeof types.ColdchainCrossAllianceCancelBookingDocument,
    "mutation ColdchainCrossAllianceRecordTemperatures($readings: [TemperatureReadingInput!]!) { recordTemperatures(readings: $readings) { stored rejected { reason } } }": typeof types.ColdchainCrossAllianceRecordTemperaturesDocument,
    "mutation ColdchainCrossAlliancePlanShipment($input: PlanShipmentInput!) { planShipment(input: $input) { id } }": typeof types.ColdchainCrossAlliancePlanShipmentDocument,
    "mutation ColdchainCrossAllianceLoadShipment($id: ID!, $loads: [ShipmentLoadInput!]!) { loadShipment(id: $id, loads: $loads) { id } }": typeof types.ColdchainCrossAllianceLoadShipmentDocument,
    "mutation ColdchainCrossAllianceDispatchShipment($id: ID!) { dispatchShipment(id: $id) { id } }": typeof types.ColdchainCrossAllianceDispatchShipmentDocument,
    "mutation ColdchainCrossAllianceDeliverShipment($id: ID!) { deliverShipment(id: $id) { id } }": typeof types.ColdchainCrossAllianceDeliverShipmentDocument,
    "mutation ColdchainCrossAllianceRejectShipment($id: ID!) { rejectShipment(id: $id, reason: \"Not ours\") { id } }": typeof types.ColdchainCrossAllianceRejectShipmentDocument,
    "mutation ColdchainCrossAllianceCancelShipment($id: ID!) { cancelShipment(id: $id) { id } }": typeof types.ColdchainCrossAllianceCancelShipmentDocument,
    "mutation ColdchainCrossAllianceRegisterLot($input: RegisterLotInput!) { registerLot(input: $input) { id } }": typeof types.ColdchainCrossAllianceRegisterLotDocument,
    "mutation ColdchainCrossAllianceReceiveLot($input: CustodyEventInput!) { recordCustodyEvent(input: $input) { kind } }": typeof types.ColdchainCrossAllianceReceiveLotDocument,
    "\n  query FreshnessLotColdChain($id: ID!) { lot(id: $id) { coldChain { remainingShelfLifeDays latestTemperature { at celsius } excursionCount } } }\n": typeof types.FreshnessLotColdChainDocument,
    "mutation PositionsReserve($input: ReserveSupplyInput!) { reserveSupply(input: $input) { id } }": typeof types.PositionsReserveDocument,
    "mutation PositionsConfirm($id: ID!) { confirmReservation(id: $id) { status } }": typeof types.PositionsConfirmDocument,
    "mutation PositionsCustody($input: CustodyEventInput!) { recordCustodyEvent(input: $input) { id } }": typeof types.PositionsCustodyDocument,
    "mutation PositionsPlan($input: PlanShipmentInput!) { planShipment(input: $input) { id } }": typeof types.PositionsPlanDocument,
    "query PositionsShipment($id: ID!) { shipment(id: $id) { reservations { status } } }": typeof types.PositionsShipmentDocument,
    "mutation PositionsLoad($id: ID!, $loads: [ShipmentLoadInput!]!, $at: DateTime) { loadShipment(id: $id, loads: $loads, at: $at) { id } }": typeof types.PositionsLoadDocument,
    "mutation PositionsDispatch($id: ID!, $at: DateTime) { dispatchShipment(id: $id, at: $at) { id } }": typeof types.PositionsDispatchDocument,
    "mutation PositionsDeliver($id: ID!) { deliverShipment(id: $id) { arrivedAt } }": typeof types.PositionsDeliverDocument,
    "\n  query PositionsColdChain($id: ID!) {\n    lot(id: $id) {\n      coldChain {\n        currentLocation { code }\n        latestTemperature { celsius }\n        excursionCount\n        remainingShelfLifeDays\n        shelfLifeUsed\n        meanKineticTemperatureC\n        positions {\n          facility { code }\n          vehicle { plate }\n          kg\n          since\n          latestTemperature { celsius }\n          excursionCount\n          remainingShelfLifeDays\n          meanKineticTemperatureC\n        }\n      }\n    }\n  }\n": typeof types.PositionsColdChainDocument,
    "mutation ProbeDeliver($id: ID!) { deliverShipment(id: $id) { status } }": typeof types.ProbeDeliverDocument,
    "mutation ProbeReject($id: ID!, $reason: String!) { rejectShipment(id: $id, reason: $reason) { status } }": typeof types.ProbeRejectDocument,
    "mutation ProbeDispatch($id: ID!) { dispatchShipment(id: $id) { status } }": typeof types.ProbeDispatchDocument,
    "mutation ProbeCancelShipment($id: ID!) { cancelShipment(id: $id) { status } }": typeof types.ProbeCancelShipmentDocument,
    "mutation ProbeBook($input: BookCapacityInput!) { bookCapacity(input: $input) { id } }": typeof types.ProbeBookDocument,
    "mutation ProbeCancelBooking($id: ID!) { cancelCapacityBooking(id: $id) { status } }": typeof types.ProbeCancelBookingDocument,
    "query ProbeShipment($id: ID!) { shipment(id: $id) { id } }": typeof types.ProbeShipmentDocument,
    "query ProbeFacility($id: ID!) { facility(id: $id) { id } }": typeof types.ProbeFacilityDocument,
    "mutation ProbeUpdateFacility($id: ID!) { updateFacility(id: $id, input: { name: \"Renamed\" }) { id } }": typeof types.ProbeUpdateFacilityDocument,
    "mutation ProbeRegisterSensor($input: RegisterSensorInput!) { registerSensor(input: $input) { id } }": typeof types.ProbeRegisterSensorDocument,
    "mutation ProbeCustody($input: CustodyEventInput!) { recordCustodyEvent(input: $input) { id quantityKg } }": typeof types.ProbeCustodyDocument,
    "mutation ProbeRecord($readings: [TemperatureReadingInput!]!) { recordTemperatures(readings: $readings) { stored rejected { reason } } }": typeof types.ProbeRecordDocument,
    "query ProbeLotChain($id: ID!) { lot(id: $id) { coldChain { custody { quantityKg } epcisDocument } } }": typeof types.ProbeLotChainDocument,
    "\n  query ReadRulesLotExport($id: ID!) { lot(id: $id) { coldChain { custody { kind shipment { id } } epcisDocument } } }\n": typeof types.ReadRulesLotExportDocument,
    "query ReadRulesJiuchengSupplyCustody { supply(filter: { crop: SCALLION, townships: [\"Jiucheng\"] }, first: 50) { edges { node { id coldChain { custody { kind actor { code } } } } } } }": typeof types.ReadRulesJiuchengSupplyCustodyDocument,
    "query ReadRulesFacility($id: ID!) { facility(id: $id) { id } }": typeof types.ReadRulesFacilityDocument,
    "query ReadRulesYiningFacilities { facilities(filter: { township: \"Yining\" }) { id } }": typeof types.ReadRulesYiningFacilitiesDocument,
    "\n  mutation FoldsRecord($readings: [TemperatureReadingInput!]!) {\n    recordTemperatures(readings: $readings) { stored duplicates rejected { reason } }\n  }\n": typeof types.FoldsRecordDocument,
    "mutation FoldsCustody($input: CustodyEventInput!) { recordCustodyEvent(input: $input) { id } }": typeof types.FoldsCustodyDocument,
    "query FoldsAnonymous($id: ID!) { lot(id: $id) { coldChain { remainingShelfLifeDays excursionCount } } }": typeof types.FoldsAnonymousDocument,
    "\n  mutation ColdchainRecordPartitionedReadings($readings: [TemperatureReadingInput!]!) {\n    recordTemperatures(readings: $readings) { received stored duplicates rejected { index reason } }\n  }\n": typeof types.ColdchainRecordPartitionedReadingsDocument,
    "\n  mutation ColdchainRevocationRecordTemperatures($readings: [TemperatureReadingInput!]!) { recordTemperatures(readings: $readings) { stored rejected { reason } } }\n": typeof types.ColdchainRevocationRecordTemperaturesDocument,
    "\n  query ColdchainRevocationDryWarehouses { facilities(filter: { kinds: [DRY_WAREHOUSE] }) { id } }\n": typeof types.ColdchainRevocationDryWarehousesDocument,
    "\n  query ColdchainRevocationVehicles { vehicles { plate operator { code } } }\n": typeof types.ColdchainRevocationVehiclesDocument,
    "mutation ColdchainRevocationSetRoles($id: ID!, $roles: [Role!]!) { updateMember(id: $id, input: { roles: $roles }) { id } }": typeof types.ColdchainRevocationSetRolesDocument,
    "mutation ColdchainRevocationBook($input: BookCapacityInput!) { bookCapacity(input: $input) { id } }": typeof types.ColdchainRevocationBookDocument,
    "mutation ColdchainRevocationSuspend($id: ID!, $reason: String!) { suspendMember(id: $id, reason: $reason) { status } }": typeof types.ColdchainRevocationSuspendDocument,
    "mutation ColdchainRevocationReinstate($id: ID!) { reinstateMember(id: $id) { status } }": typeof types.ColdchainRevocationReinstateDocument,
    "mutation ColdchainRevocationRegisterVehicle($input: RegisterVehicleInput!) { registerVehicle(input: $input) { id } }": typeof types.ColdchainRevocationRegisterVehicleDocument,
    "\n  fragment ShipmentsShipmentFields on Shipment {\n    id status loadedKg departedAt arrivedAt rejectionReason\n    reservations { reservationId reservation { id } status reason }\n    lines { reservation { id } lot { id } crop reservedKg loadedKg }\n  }\n": typeof types.ShipmentsShipmentFieldsFragmentDoc,
    "\n  mutation ShipmentsPlan($input: PlanShipmentInput!) { planShipment(input: $input) { ...ShipmentsShipmentFields } }\n": typeof types.ShipmentsPlanDocument,
    "\n  mutation ShipmentsLoad($id: ID!, $loads: [ShipmentLoadInput!]!, $at: DateTime) { loadShipment(id: $id, loads: $loads, at: $at) { ...ShipmentsShipmentFields } }\n": typeof types.ShipmentsLoadDocument,
    "\n  mutation ShipmentsDispatch($id: ID!, $at: DateTime) { dispatchShipment(id: $id, at: $at) { ...ShipmentsShipmentFields } }\n": typeof types.ShipmentsDispatchDocument,
    "\n  query ShipmentsShipment($id: ID!) { shipment(id: $id) { ...ShipmentsShipmentFields } }\n": typeof types.ShipmentsShipmentDocument,
    "\n  query ShipmentsLotCounters($id: ID!) { lot(id: $id) { quantityKg reservedKg shippedKg availableKg } }\n": typeof types.ShipmentsLotCountersDocument,
    "\n  query ShipmentsReservation($id: ID!) { reservation(id: $id) { status totalKg shippedKg lines { kg shippedKg } shipment { id status } } }\n": typeof types.ShipmentsReservationDocument,
    "\n  mutation ShipmentsReserve($input: ReserveSupplyInput!) { reserveSupply(input: $input) { id } }\n": typeof types.ShipmentsReserveDocument,
    "\n  mutation ShipmentsConfirmReservation($id: ID!) { confirmReservation(id: $id) { status } }\n": typeof types.ShipmentsConfirmReservationDocument,
    "\n  mutation ShipmentsCancelReservation($id: ID!) { cancelReservation(id: $id) { status } }\n": typeof types.ShipmentsCancelReservationDocument,
    "\n  query ShipmentsShipmentId($id: ID!) { shipment(id: $id) { id } }\n": typeof types.ShipmentsShipmentIdDocument,
    "\n  query ShipmentsList { shipments { id } }\n": typeof types.ShipmentsListDocument,
    "\n  mutation ShipmentsDeliver($id: ID!) { deliverShipment(id: $id) { id status } }\n": typeof types.ShipmentsDeliverDocument,
    "query ShipmentsMarket($id: ID!) { shipment(id: $id) { market { id } } }": typeof types.ShipmentsMarketDocument,
    "\n        mutation ShipmentsDeliverWithTrace($id: ID!) {\n          deliverShipment(id: $id) { status arrivedAt temperatureTrace { celsius } excursionCount excursions { kind durationMinutes peakC } meanKineticTemperatureC custody { kind quantityKg } }\n        }\n      ": typeof types.ShipmentsDeliverWithTraceDocument,
    "query ShipmentsLotExport($id: ID!) { lot(id: $id) { coldChain { custody { kind shipment { id } } epcisDocument } } }": typeof types.ShipmentsLotExportDocument,
    "mutation ShipmentsCancel($id: ID!) { cancelShipment(id: $id) { status reservations { status } } }": typeof types.ShipmentsCancelDocument,
    "mutation ShipmentsReject($id: ID!, $reason: String!) { rejectShipment(id: $id, reason: $reason) { status rejectionReason custody { kind } } }": typeof types.ShipmentsRejectDocument,
    "mutation ShipmentsCancelId($id: ID!) { cancelShipment(id: $id) { id } }": typeof types.ShipmentsCancelIdDocument,
    "query ShipmentsReservationShipment($id: ID!) { reservation(id: $id) { id shipment { id } } }": typeof types.ShipmentsReservationShipmentDocument,
    "\n      query ShipmentsMarketAndReservations($id: ID!) { shipment(id: $id) { market { id } reservations { reservationId status reason reservation { id totalKg } } } }\n    ": typeof types.ShipmentsMarketAndReservationsDocument,
    "query ShipmentsCalledOff($id: ID!) { shipment(id: $id) { status market { id } reservations { status } } }": typeof types.ShipmentsCalledOffDocument,
    "\n  mutation BasesChangedAdd($input: BaseInput!, $memberId: ID) { addBase(memberId: $memberId, input: $input) { id areaMu } }\n": typeof types.BasesChangedAddDocument,
    "\n  mutation BasesChangedUpdate($id: ID!, $input: BaseInput!) { updateBase(id: $id, input: $input) { id areaMu crop } }\n": typeof types.BasesChangedUpdateDocument,
    "\n  mutation BasesChangedRemove($id: ID!) { removeBase(id: $id) }\n": typeof types.BasesChangedRemoveDocument,
    "\n  query ContractReadsById($id: ID!) { floorContract(id: $id) { id number member { id } status } }\n": typeof types.ContractReadsByIdDocument,
    "\n  query ContractReadsList($filter: FloorContractFilter, $first: Int, $after: String) {\n    floorContracts(filter: $filter, first: $first, after: $after) {\n      edges { cursor node { id number member { id } status paidCny } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.ContractReadsListDocument,
    "\n  query ContractReadsFullList($first: Int) {\n    floorContracts(first: $first) {\n      edges { node {\n        id number status paidCny premiumShares { payer amountCny }\n        windows { start end expectedPayoutCny settlement { id payoutCny } }\n        quote { id status } scheme { id boundCny } costBasis { id version } member { id }\n      } }\n    }\n  }\n": typeof types.ContractReadsFullListDocument,
    "\n  query ContractReadsMember($id: ID!) { member(id: $id) { id floorContracts { id number } } }\n": typeof types.ContractReadsMemberDocument,
    "\n  query ContractReadsLot($id: ID!) { lot(id: $id) { id priceFloor { id number member { id } } } }\n": typeof types.ContractReadsLotDocument,
    "\n  query ContractReadsExposure($crop: Crop!, $seasonOn: Date) {\n    exposure(crop: $crop, seasonOn: $seasonOn) {\n      crop scheme { id } contracts insuredKg sumInsuredCny maximumPayoutCny premiumCny\n      byWindow { start end contracts insuredKg sumInsuredCny expectedPayoutCny paidCny }\n    }\n  }\n": typeof types.ContractReadsExposureDocument,
    "\n  mutation ContractsBind($quoteId: ID!, $idempotencyKey: String!) {\n    bindFloor(quoteId: $quoteId, idempotencyKey: $idempotencyKey) {\n      id number member { id } crop variety grade insuredKg coverage floorPerKg sumInsuredCny premiumCny coverFrom coverTo windowLength status paidCny boundAt\n      premiumShares { payer share amountCny }\n      costBasis { id } scheme { id boundCny remainingCapacityCny } quote { id status contract { id } }\n      windows { start end expectedPayoutCny settlement { id } }\n    }\n  }\n": typeof types.ContractsBindDocument,
    "\n  query ContractsById($id: ID!) { floorContract(id: $id) { id number status } }\n": typeof types.ContractsByIdDocument,
    "\n  query ContractsList($filter: FloorContractFilter, $first: Int, $after: String) {\n    floorContracts(filter: $filter, first: $first, after: $after) {\n      edges { cursor node { id number member { id } status paidCny windows { start expectedPayoutCny settlement { id } } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.ContractsListDocument,
    "\n  mutation ContractsUpdateScheme($id: ID!, $input: FloorSchemeUpdateInput!) { updateFloorScheme(id: $id, input: $input) { id capacityCny boundCny } }\n": typeof types.ContractsUpdateSchemeDocument,
    "\n  query ContractsExposure($crop: Crop!, $seasonOn: Date) {\n    exposure(crop: $crop, seasonOn: $seasonOn) {\n      crop scheme { id } contracts insuredKg sumInsuredCny maximumPayoutCny premiumCny\n      byWindow { start end contracts insuredKg sumInsuredCny expectedPayoutCny paidCny }\n    }\n  }\n": typeof types.ContractsExposureDocument,
    "\n  mutation CostBasisPublish($input: CostBasisInput!) {\n    publishCostBasis(input: $input) {\n      id crop variety county seasonFrom seasonTo version current marginalCostPerKg expectedYieldKgPerMu note publishedAt\n      lines { line cnyPerKg }\n    }\n  }\n": typeof types.CostBasisPublishDocument,
    "\n  query CostBasisById($id: ID!) { costBasis(id: $id) { id version current marginalCostPerKg lines { line cnyPerKg } } }\n": typeof types.CostBasisByIdDocument,
    "\n  query CostBasisList($crop: Crop, $current: Boolean) { costBases(crop: $crop, current: $current) { id crop variety seasonFrom version current } }\n": typeof types.CostBasisListDocument,
    "\n  query DemoCostBases { costBases(crop: SCALLION, current: false) { version current seasonFrom seasonTo marginalCostPerKg expectedYieldKgPerMu lines { line cnyPerKg } } }\n": typeof types.DemoCostBasesDocument,
    "\n  query DemoSchemes { floorSchemes { crop seasonFrom seasonTo capacityCny boundCny loading pastSeasons subsidyShares { payer share } } }\n": typeof types.DemoSchemesDocument,
    "\n  query DemoMonthlyIndex($crop: Crop!, $grade: Grade, $from: Date!, $to: Date!) {\n    priceIndex(crop: $crop, grade: $grade, from: $from, to: $to, interval: MONTH) { points { periodStart priceCnyPerKg observationDays } }\n  }\n": typeof types.DemoMonthlyIndexDocument,
    "\n  query DemoContracts { floorContracts(first: 20) { edges { node { number status paidCny coverFrom coverTo member { id } windows { start settlement { id } } } } } }\n": typeof types.DemoContractsDocument,
    "\n  query DemoGrowerView { viewer { id floorContracts { number coverFrom coverTo floorPerKg } lots(first: 50) { id harvestDate forward priceFloor { number } } } }\n": typeof types.DemoGrowerViewDocument,
    "\n  query DemoLotFloor($id: ID!) { lot(id: $id) { id priceFloor { number } } }\n": typeof types.DemoLotFloorDocument,
    "\n  query DemoExposure($on: Date) { exposure(crop: SCALLION, seasonOn: $on) { contracts sumInsuredCny premiumCny byWindow { start paidCny } } }\n": typeof types.DemoExposureDocument,
    "query DemoEarlierShipments { shipments(first: 10) { id status } }": typeof types.DemoEarlierShipmentsDocument,
    "query DemoEarlierLicences { licences(first: 10) { edges { node { number usedKg } } } }": typeof types.DemoEarlierLicencesDocument,
    "\n  mutation SchemeOpen($input: FloorSchemeInput!) {\n    openFloorScheme(input: $input) {\n      id crop seasonFrom seasonTo capacityCny boundCny remainingCapacityCny loading riskFreeRate pastSeasons quoteValidMinutes minObservationDays\n      subsidyShares { payer share }\n    }\n  }\n": typeof types.SchemeOpenDocument,
    "\n  mutation SchemeUpdate($id: ID!, $input: FloorSchemeUpdateInput!) {\n    updateFloorScheme(id: $id, input: $input) {\n      id capacityCny boundCny remainingCapacityCny loading riskFreeRate pastSeasons quoteValidMinutes minObservationDays subsidyShares { payer share }\n    }\n  }\n": typeof types.SchemeUpdateDocument,
    "\n  query SchemeList($crop: Crop) { floorSchemes(crop: $crop) { id crop seasonFrom seasonTo capacityCny remainingCapacityCny } }\n": typeof types.SchemeListDocument,
    "\n  query PriceIndexOf($crop: Crop!, $variety: Variety, $grade: Grade, $from: Date!, $to: Date!, $interval: PriceInterval!) {\n    priceIndex(crop: $crop, variety: $variety, grade: $grade, from: $from, to: $to, interval: $interval) {\n      crop variety grade from to interval\n      points { periodStart periodEnd priceCnyPerKg observationCount volumeKg observationDays }\n    }\n  }\n": typeof types.PriceIndexOfDocument,
    "\n  mutation PriceIndexReport($observations: [PriceObservationInput!]!) { reportPrices(observations: $observations) { inserted } }\n": typeof types.PriceIndexReportDocument,
    "\n  mutation PriceIndexImport($csv: LongText!) { importPricesCsv(csv: $csv) { inserted replaced } }\n": typeof types.PriceIndexImportDocument,
    "\n  mutation ObservationsReport($observations: [PriceObservationInput!]!, $onDuplicate: DuplicatePolicy) {\n    reportPrices(observations: $observations, onDuplicate: $onDuplicate) {\n      inserted replaced\n      observations { id market { id } crop variety grade day priceCnyPerKg volumeKg source reportedAt }\n    }\n  }\n": typeof types.ObservationsReportDocument,
    "\n  mutation ObservationsImport($csv: LongText!, $onDuplicate: DuplicatePolicy) {\n    importPricesCsv(csv: $csv, onDuplicate: $onDuplicate) { inserted replaced observations { market { id } day priceCnyPerKg source } }\n  }\n": typeof types.ObservationsImportDocument,
    "\n  query ObservationsList($filter: PriceObservationFilter, $first: Int, $after: String) {\n    priceObservations(filter: $filter, first: $first, after: $after) {\n      edges { cursor node { id market { id } crop variety grade day priceCnyPerKg volumeKg } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.ObservationsListDocument,
    "\n  mutation PricesReport($observations: [PriceObservationInput!]!, $onDuplicate: DuplicatePolicy) {\n    reportPrices(observations: $observations, onDuplicate: $onDuplicate) {\n      inserted replaced\n      observations { id market { id } crop variety grade day priceCnyPerKg volumeKg source reportedAt }\n    }\n  }\n": typeof types.PricesReportDocument,
    "\n  mutation ProbeInputQuoteFloor($input: QuoteFloorInput!) { quoteFloor(input: $input) { id windows { start end } } }\n": typeof types.ProbeInputQuoteFloorDocument,
    "\n  mutation ProbeInputBindFloor($quoteId: ID!, $idempotencyKey: String!) { bindFloor(quoteId: $quoteId, idempotencyKey: $idempotencyKey) { id } }\n": typeof types.ProbeInputBindFloorDocument,
    "\n  mutation ProbeInputReportPrices($observations: [PriceObservationInput!]!) { reportPrices(observations: $observations) { inserted } }\n": typeof types.ProbeInputReportPricesDocument,
    "query ProbeCostBasis($id: ID!) { costBasis(id: $id) { id } }": typeof types.ProbeCostBasisDocument,
    "query ProbeFloorQuote($id: ID!) { floorQuote(id: $id) { id } }": typeof types.ProbeFloorQuoteDocument,
    "query ProbeFloorContract($id: ID!) { floorContract(id: $id) { id } }": typeof types.ProbeFloorContractDocument,
    "query ProbeFloorSettlement($id: ID!) { floorSettlement(id: $id) { id } }": typeof types.ProbeFloorSettlementDocument,
    "query ProbeContracts($after: String, $first: Int, $memberId: ID) { floorContracts(first: $first, after: $after, filter: { memberId: $memberId }) { edges { node { id } } } }": typeof types.ProbeContractsDocument,
    "query ProbeObservationsPage($after: String, $first: Int, $marketId: ID) { priceObservations(first: $first, after: $after, filter: { marketId: $marketId }) { edges { node { id } } } }": typeof types.ProbeObservationsPageDocument,
    "query ProbeIndex($from: Date!, $to: Date!, $interval: PriceInterval!) { priceIndex(crop: SCALLION, from: $from, to: $to, interval: $interval) { points { periodStart } } }": typeof types.ProbeIndexDocument,
    "query ProbeExposure($seasonOn: Date) { exposure(crop: SCALLION, seasonOn: $seasonOn) { contracts } }": typeof types.ProbeExposureDocument,
    "query ProbeSchemes { floorSchemes { id } }": typeof types.ProbeSchemesDocument,
    "query ProbeCostBases { costBases { id } }": typeof types.ProbeCostBasesDocument,
    "mutation ProbeSettleFloor($contractId: ID!, $window: WindowInput!) { settleFloor(contractId: $contractId, window: $window) { id } }": typeof types.ProbeSettleFloorDocument,
    "mutation ProbeSettleWindow($window: WindowInput!) { settleWindow(crop: SCALLION, window: $window) { settled } }": typeof types.ProbeSettleWindowDocument,
    "mutation ProbeUpdateScheme($id: ID!, $input: FloorSchemeUpdateInput!) { updateFloorScheme(id: $id, input: $input) { id } }": typeof types.ProbeUpdateSchemeDocument,
    "mutation ProbeImportCsv($csv: LongText!) { importPricesCsv(csv: $csv) { inserted } }": typeof types.ProbeImportCsvDocument,
    "mutation ProbeOpenScheme($input: FloorSchemeInput!) { openFloorScheme(input: $input) { id } }": typeof types.ProbeOpenSchemeDocument,
    "mutation ProbePublishBasis($input: CostBasisInput!) { publishCostBasis(input: $input) { id } }": typeof types.ProbePublishBasisDocument,
    "\n  mutation ProbeMoneyQuote($input: QuoteFloorInput!) {\n    quoteFloor(input: $input) { id insuredKg floorPerKg sumInsuredCny premiumCny windows { start } premiumShares { payer share amountCny } }\n  }\n": typeof types.ProbeMoneyQuoteDocument,
    "\n  query ProbeMoneyContract($id: ID!) { floorContract(id: $id) { id insuredKg floorPerKg sumInsuredCny premiumCny premiumShares { payer amountCny } windows { start } } }\n": typeof types.ProbeMoneyContractDocument,
    "\n  query ProbeMoneyExposure { exposure(crop: SCALLION) { contracts insuredKg sumInsuredCny maximumPayoutCny premiumCny byWindow { start end contracts insuredKg sumInsuredCny expectedPayoutCny } } }\n": typeof types.ProbeMoneyExposureDocument,
    "\n  mutation ProbeMoneyBind($quoteId: ID!, $idempotencyKey: String!) { bindFloor(quoteId: $quoteId, idempotencyKey: $idempotencyKey) { id } }\n": typeof types.ProbeMoneyBindDocument,
    "\n  mutation ProbeMoneySettle($contractId: ID!, $window: WindowInput!) { settleFloor(contractId: $contractId, window: $window) { id } }\n": typeof types.ProbeMoneySettleDocument,
    "\n  mutation ProbeMoneyUpdateScheme($id: ID!, $input: FloorSchemeUpdateInput!) { updateFloorScheme(id: $id, input: $input) { id } }\n": typeof types.ProbeMoneyUpdateSchemeDocument,
    "\n  mutation ProbeMoneyReport($observations: [PriceObservationInput!]!) { reportPrices(observations: $observations) { inserted } }\n": typeof types.ProbeMoneyReportDocument,
    "\n  mutation ProbeMoneyImport($csv: LongText!) { importPricesCsv(csv: $csv) { inserted } }\n": typeof types.ProbeMoneyImportDocument,
    "\n  query ProbeMoneyContracts($memberId: ID) { floorContracts(filter: { memberId: $memberId }) { edges { node { id } } } }\n": typeof types.ProbeMoneyContractsDocument,
    "\n  mutation ProbeQuoteFloor($input: QuoteFloorInput!) {\n    quoteFloor(input: $input) { id insuredKg floorPerKg sumInsuredCny premiumCny windows { start end } premiumShares { payer share amountCny } perMu { expectedYieldKgPerMu } }\n  }\n": typeof types.ProbeQuoteFloorDocument,
    "\n  mutation ProbeBindFloor($quoteId: ID!, $idempotencyKey: String!) { bindFloor(quoteId: $quoteId, idempotencyKey: $idempotencyKey) { id number } }\n": typeof types.ProbeBindFloorDocument,
    "\n  mutation ProbeSetRoles($id: ID!, $roles: [Role!]!) { updateMember(id: $id, input: { roles: $roles }) { id } }\n": typeof types.ProbeSetRolesDocument,
    "\n  mutation ProbeSuspend($id: ID!, $reason: String!) { suspendMember(id: $id, reason: $reason) { status } }\n": typeof types.ProbeSuspendDocument,
    "\n  mutation ProbeReinstate($id: ID!) { reinstateMember(id: $id) { status } }\n": typeof types.ProbeReinstateDocument,
    "\n  mutation ProbeReportPrices($observations: [PriceObservationInput!]!) { reportPrices(observations: $observations) { inserted } }\n": typeof types.ProbeReportPricesDocument,
    "\n  query ProbeObservations { priceObservations(first: 5) { edges { node { id } } } }\n": typeof types.ProbeObservationsDocument,
    "\n  mutation QuotesQuoteFloor($input: QuoteFloorInput!) {\n    quoteFloor(input: $input) {\n      id member { id } crop variety grade insuredKg coverage coverFrom coverTo windowLength\n      costBasis { id version } scheme { id }\n      marginalCostPerKg floorPerKg sumInsuredCny black76PerKg burnCostPerKg technicalPerKg loading premiumCny rate\n      premiumShares { payer share amountCny }\n      perMu { insuredMu expectedYieldKgPerMu sumInsuredPerMuCny targetPricePerKg targetPricePerJin premiumPerMuCny farmerPremiumPerMuCny }\n      windows { start end forwardPerKg volatility yearsToExpiry riskFreeRate black76PerKg burnCostPerKg pastSeasons { start end indexPerKg observationDays payoutPerKg } }\n      validUntil status contract { id } createdAt\n    }\n  }\n": typeof types.QuotesQuoteFloorDocument,
    "\n  query QuotesFloorQuote($id: ID!) {\n    floorQuote(id: $id) { id status member { id } premiumCny contract { id } }\n  }\n": typeof types.QuotesFloorQuoteDocument,
    "\n  mutation QuotesBindFloor($quoteId: ID!, $idempotencyKey: String!) {\n    bindFloor(quoteId: $quoteId, idempotencyKey: $idempotencyKey) { id }\n  }\n": typeof types.QuotesBindFloorDocument,
    "\n  mutation SettlementSettleFloor($contractId: ID!, $window: WindowInput!) {\n    settleFloor(contractId: $contractId, window: $window) {\n      id windowStart windowEnd indexPerKg floorPerKg insuredKg payoutCny indemnityPerMuCny observationDays observationCount volumeKg settledAt\n      contract { id status paidCny windows { start settlement { id payoutCny } } }\n      statement { market { id name } day variety grade priceCnyPerKg volumeKg }\n    }\n  }\n": typeof types.SettlementSettleFloorDocument,
    "\n  mutation SettlementSettleWindow($crop: Crop!, $window: WindowInput!) {\n    settleWindow(crop: $crop, window: $window) { crop windowStart windowEnd indexPerKg settled alreadySettled payoutCny totalPayoutCny }\n  }\n": typeof types.SettlementSettleWindowDocument,
    "\n  query SettlementById($id: ID!) { floorSettlement(id: $id) { id payoutCny contract { id } statement { day } } }\n": typeof types.SettlementByIdDocument,
    "\n  query SettlementExposure { exposure(crop: SCALLION) { byWindow { start contracts expectedPayoutCny paidCny } } }\n": typeof types.SettlementExposureDocument,
    "\n  mutation EntitiesReserveSupply($input: ReserveSupplyInput!) {\n    reserveSupply(input: $input) { id }\n  }\n": typeof types.EntitiesReserveSupplyDocument,
    "\n  mutation AffiliateGrower($id: ID!, $cooperativeId: ID) {\n    updateMember(id: $id, input: { cooperativeId: $cooperativeId }) { id cooperative { id code } }\n  }\n": typeof types.AffiliateGrowerDocument,
    "\n  mutation CrossAllianceReserveSupply($input: ReserveSupplyInput!) { reserveSupply(input: $input) { id } }\n": typeof types.CrossAllianceReserveSupplyDocument,
    "mutation CrossAllianceAdmitMember($input: AdmitMemberInput!) { admitMember(input: $input) { id } }": typeof types.CrossAllianceAdmitMemberDocument,
    "mutation CrossAllianceUpdateMember($id: ID!) { updateMember(id: $id, input: { name: \"Taken over\", roles: [ALLIANCE_ADMIN] }) { id } }": typeof types.CrossAllianceUpdateMemberDocument,
    "mutation CrossAllianceSuspendMember($id: ID!) { suspendMember(id: $id, reason: \"x\") { id } }": typeof types.CrossAllianceSuspendMemberDocument,
    "mutation CrossAllianceReinstateMember($id: ID!) { reinstateMember(id: $id) { id } }": typeof types.CrossAllianceReinstateMemberDocument,
    "mutation CrossAllianceAddBase($m: ID!) { addBase(memberId: $m, input: { township: \"Jinma\", areaMu: \"1\", crop: SCALLION }) { id } }": typeof types.CrossAllianceAddBaseDocument,
    "mutation CrossAllianceUpdateBase($id: ID!) { updateBase(id: $id, input: { township: \"Wujie\", areaMu: \"99\", crop: SCALLION }) { id } }": typeof types.CrossAllianceUpdateBaseDocument,
    "mutation CrossAllianceRemoveBase($id: ID!) { removeBase(id: $id) }": typeof types.CrossAllianceRemoveBaseDocument,
    "mutation CrossAllianceRegisterLot($input: RegisterLotInput!) { registerLot(input: $input) { id } }": typeof types.CrossAllianceRegisterLotDocument,
    "mutation CrossAllianceUpdateLot($id: ID!) { updateLot(id: $id, input: { quantityKg: \"9999\" }) { id } }": typeof types.CrossAllianceUpdateLotDocument,
    "mutation CrossAllianceWithdrawLot($id: ID!) { withdrawLot(id: $id) { id } }": typeof types.CrossAllianceWithdrawLotDocument,
    "mutation CrossAllianceReserveNamedLot($input: ReserveSupplyInput!) { reserveSupply(input: $input) { id } }": typeof types.CrossAllianceReserveNamedLotDocument,
    "mutation CrossAllianceConfirmReservation($id: ID!) { confirmReservation(id: $id) { id } }": typeof types.CrossAllianceConfirmReservationDocument,
    "mutation CrossAllianceCancelReservation($id: ID!) { cancelReservation(id: $id) { id } }": typeof types.CrossAllianceCancelReservationDocument,
    "mutation CrossAllianceSetMarketRoute($input: MarketRouteInput!) { setMarketRoute(input: $input) { transitHours } }": typeof types.CrossAllianceSetMarketRouteDocument,
    "\n  mutation DirectoryRenameMember($id: ID!, $name: String, $creditCode: String) {\n    updateMember(id: $id, input: { name: $name, creditCode: $creditCode }) { id name creditCode }\n  }\n": typeof types.DirectoryRenameMemberDocument,
    "\n  mutation DirectoryRenameSelf($name: String!) { updateMyProfile(input: { name: $name }) { id name } }\n": typeof types.DirectoryRenameSelfDocument,
    "\n  mutation FreshnessSetRoute($input: MarketRouteInput!) { setMarketRoute(input: $input) { market { id } transitHours truckTempC } }\n": typeof types.FreshnessSetRouteDocument,
    "\n  query FreshnessRoutes { marketRoutes { market { id } transitHours truckTempC } }\n": typeof types.FreshnessRoutesDocument,
    "\n  query FreshnessSupply($min: Float, $destination: ID) {\n    supply(filter: { crop: SCALLION, minShelfLifeOnArrivalDays: $min, destinationMarketId: $destination }) {\n      totalCount edges { node { id } predictedShelfLifeOnArrivalDays }\n    }\n    supplySummary(filter: { crop: SCALLION, minShelfLifeOnArrivalDays: $min, destinationMarketId: $destination }, groupBy: []) { lotCount }\n  }\n": typeof types.FreshnessSupplyDocument,
    "\n  mutation FreshnessReserve($input: ReserveSupplyInput!) { reserveSupply(input: $input) { id totalKg lines { kg lot { id } } } }\n": typeof types.FreshnessReserveDocument,
    "\n  mutation LotNumbersRegister($input: RegisterLotInput!) { registerLot(input: $input) { id lotNumber harvestDate } }\n": typeof types.LotNumbersRegisterDocument,
    "\n  query LotNumbersLot($id: ID!) { lot(id: $id) { lotNumber } }\n": typeof types.LotNumbersLotDocument,
    "\n  mutation MarketplaceReserve($input: ReserveSupplyInput!) {\n    reserveSupply(input: $input) {\n      id status holdUntil totalKg totalPrice idempotencyKey market { id } lines { kg pricePerKg amount lot { id availableKg } }\n    }\n  }\n": typeof types.MarketplaceReserveDocument,
    "\n  query MarketplaceLotCounters($id: ID!) { lot(id: $id) { quantityKg reservedKg shippedKg availableKg } }\n": typeof types.MarketplaceLotCountersDocument,
    "\n  mutation MarketplaceRegisterLot($input: RegisterLotInput!) { registerLot(input: $input) { id } }\n": typeof types.MarketplaceRegisterLotDocument,
    "\n  mutation MarketplaceUpdateLot($id: ID!, $input: UpdateLotInput!) { updateLot(id: $id, input: $input) { askingPricePerKg quantityKg } }\n": typeof types.MarketplaceUpdateLotDocument,
    "\n  query MarketplaceSupplyCount { supply(filter: {}) { totalCount } }\n": typeof types.MarketplaceSupplyCountDocument,
    "\n  mutation MarketplaceConfirm($id: ID!) { confirmReservation(id: $id) { status } }\n": typeof types.MarketplaceConfirmDocument,
    "\n  mutation MarketplaceCancel($id: ID!) { cancelReservation(id: $id) { status } }\n": typeof types.MarketplaceCancelDocument,
    "\n  query MarketplaceReservationStatus($id: ID!) { reservation(id: $id) { status } }\n": typeof types.MarketplaceReservationStatusDocument,
    "mutation MarketplaceRegisterLotInFull($input: RegisterLotInput!) { registerLot(input: $input) { id crop variety grade quantityKg availableKg harvestDate township askingPricePerKg status grower { id } base { id } } }": typeof types.MarketplaceRegisterLotInFullDocument,
    "mutation MarketplaceWithdrawLot($id: ID!) { withdrawLot(id: $id) { status } }": typeof types.MarketplaceWithdrawLotDocument,
    "mutation MarketplaceRegisterForwardLot($input: RegisterLotInput!) { registerLot(input: $input) { forward harvestDate } }": typeof types.MarketplaceRegisterForwardLotDocument,
    "\n      query MarketplaceRedAScallionPage($after: String) {\n        supply(filter: { crop: SCALLION, varieties: [RED], grades: [A] }, first: 2, after: $after) {\n          totalCount totalAvailableKg edges { node { id availableKg harvestDate askingPricePerKg grower { id contact { phone } } } } pageInfo { hasNextPage endCursor }\n        }\n      }\n    ": typeof types.MarketplaceRedAScallionPageDocument,
    "query MarketplaceCheapLargeLots { supply(filter: { crop: SCALLION, minAvailableKg: \"300\", maxPricePerKg: \"2.25\" }, orderBy: PRICE) { edges { node { availableKg askingPricePerKg } } } }": typeof types.MarketplaceCheapLargeLotsDocument,
    "query MarketplaceWujieSupply { supply(filter: { townships: [\"Wujie\"] }) { totalCount edges { node { grade township } } } }": typeof types.MarketplaceWujieSupplyDocument,
    "query MarketplaceSummaryByVarietyTownship { supplySummary(filter: { crop: SCALLION }, groupBy: [VARIETY, TOWNSHIP]) { crop variety grade township availableKg lotCount } }": typeof types.MarketplaceSummaryByVarietyTownshipDocument,
    "query MarketplaceRedSummaryByGrade { supplySummary(filter: { crop: SCALLION, varieties: [RED] }, groupBy: [GRADE]) { grade availableKg } }": typeof types.MarketplaceRedSummaryByGradeDocument,
    "query MarketplaceReservationId($id: ID!) { reservation(id: $id) { id } }": typeof types.MarketplaceReservationIdDocument,
    "query MarketplaceOwnReservations { viewer { reservations { id } } }": typeof types.MarketplaceOwnReservationsDocument,
    "query MarketplaceLotReservations($id: ID!) { lot(id: $id) { reservations { id } } }": typeof types.MarketplaceLotReservationsDocument,
    "query MarketplaceMemberReservations($id: ID!) { member(id: $id) { reservations { id } } }": typeof types.MarketplaceMemberReservationsDocument,
    "\n  query MembersPublicAlliances($id: ID!) { alliances { id code name region crops } alliance(id: $id) { name } }\n": typeof types.MembersPublicAlliancesDocument,
    "\n  query MembersMemberCode($id: ID!) { member(id: $id) { code } }\n": typeof types.MembersMemberCodeDocument,
    "\n  query MembersViewerCode { viewer { code } }\n": typeof types.MembersViewerCodeDocument,
    "\n  query MembersCount { members { totalCount } }\n": typeof types.MembersCountDocument,
    "\n  query MembersViewerMemberAndCode($id: ID!, $code: String!) {\n    viewer {\n      id code name kind creditCode township status statusReason joinedOn\n      contact { name phone } alliances { alliance { id code } roles } bases { id township areaMu crop }\n    }\n    member(id: $id) { code kind }\n    memberByCode(code: $code) { id }\n  }\n": typeof types.MembersViewerMemberAndCodeDocument,
    "\n  query MembersBaishuiGrowersPage($after: String) {\n    members(filter: { kinds: [GROWER], township: \"Baishui\" }, first: 2, after: $after) {\n      totalCount edges { cursor node { code township } } pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.MembersBaishuiGrowersPageDocument,
    "\n  query MembersFiltered($filter: MemberFilter, $first: Int, $after: String) {\n    members(filter: $filter, first: $first, after: $after) { totalCount edges { node { id } } }\n  }\n": typeof types.MembersFilteredDocument,
    "\n  query MembersTwoContacts($g: ID!, $c: ID!) { g: member(id: $g) { contact { phone } } c: member(id: $c) { contact { phone } } }\n": typeof types.MembersTwoContactsDocument,
    "\n  query MembersMemberAndNone($id: ID!, $none: ID!) { member(id: $id) { code } none: member(id: $none) { code } }\n": typeof types.MembersMemberAndNoneDocument,
    "\n  query MembersByCodeAndNone($code: String!, $none: String!) { other: memberByCode(code: $code) { id } none: memberByCode(code: $none) { id } }\n": typeof types.MembersByCodeAndNoneDocument,
    "\n  query MembersMemberByCode($code: String!) { memberByCode(code: $code) { id } }\n": typeof types.MembersMemberByCodeDocument,
    "\n  mutation MembersAdmitGrower($a: ID!, $code: String!) {\n    admitMember(input: { allianceId: $a, code: $code, name: \"x\", kind: GROWER, township: \"Wujie\", contact: { name: \"x\", phone: \"13700000000\" } }) { id }\n  }\n": typeof types.MembersAdmitGrowerDocument,
    "\n  mutation MembersSuspendStatus($id: ID!) { suspendMember(id: $id, reason: \"x\") { status } }\n": typeof types.MembersSuspendStatusDocument,
    "\n  mutation MembersUpdateMember($id: ID!) {\n    updateMember(id: $id, input: { name: \"Zhang San\", township: \"Wujie\", roles: [GROWER, COOPERATIVE] }) { name township alliances { roles } }\n  }\n": typeof types.MembersUpdateMemberDocument,
    "\n  mutation MembersUpdateMyProfile($input: UpdateProfileInput!) { updateMyProfile(input: $input) { name contact { name phone } } }\n": typeof types.MembersUpdateMyProfileDocument,
    "\n  mutation MembersAddBase($input: BaseInput!, $memberId: ID) { addBase(memberId: $memberId, input: $input) { id areaMu } }\n": typeof types.MembersAddBaseDocument,
    "\n  mutation MembersUpdateBase($id: ID!, $input: BaseInput!) { updateBase(id: $id, input: $input) { township areaMu } }\n": typeof types.MembersUpdateBaseDocument,
    "\n  mutation MembersRemoveBase($id: ID!) { removeBase(id: $id) }\n": typeof types.MembersRemoveBaseDocument,
    "\n    mutation MembersAdmit($input: AdmitMemberInput!) { admitMember(input: $input) { id code kind creditCode status joinedOn alliances { roles } } }\n  ": typeof types.MembersAdmitDocument,
    "\n      mutation MembersSuspend($id: ID!) { suspendMember(id: $id, reason: \"Residue test failed\") { status statusReason } }\n    ": typeof types.MembersSuspendDocument,
    "\n      mutation MembersReinstate($id: ID!) { reinstateMember(id: $id) { status statusReason } }\n    ": typeof types.MembersReinstateDocument,
    "\n  mutation MembersProbeSuspend($id: ID!, $reason: String!) { suspendMember(id: $id, reason: $reason) { status statusReason } }\n": typeof types.MembersProbeSuspendDocument,
    "\n  mutation MembersProbeReinstate($id: ID!) { reinstateMember(id: $id) { status } }\n": typeof types.MembersProbeReinstateDocument,
    "\n  mutation MembersProbeRename($id: ID!, $name: String!) { updateMember(id: $id, input: { name: $name, contact: { name: \"Probe\", phone: \"13800009999\" } }) { name } }\n": typeof types.MembersProbeRenameDocument,
    "\n  query MembersProbeMemberStanding($id: ID!) { member(id: $id) { name status statusReason } }\n": typeof types.MembersProbeMemberStandingDocument,
    "\n  query MembersProbeViewerStanding { viewer { status statusReason } }\n": typeof types.MembersProbeViewerStandingDocument,
    "\n  mutation MembersProbeMyProfile($name: String!) { updateMyProfile(input: { name: $name }) { name } }\n": typeof types.MembersProbeMyProfileDocument,
    "\n  mutation MembersProbeSetRoles($id: ID!, $roles: [Role!]!) { updateMember(id: $id, input: { roles: $roles }) { id } }\n": typeof types.MembersProbeSetRolesDocument,
    "\n  mutation MembersProbeReserve($input: ReserveSupplyInput!) { reserveSupply(input: $input) { id status } }\n": typeof types.MembersProbeReserveDocument,
    "\n  mutation MembersProbeConfirm($id: ID!) { confirmReservation(id: $id) { id status } }\n": typeof types.MembersProbeConfirmDocument,
    "\n  mutation MembersProbeCancel($id: ID!) { cancelReservation(id: $id) { id status } }\n": typeof types.MembersProbeCancelDocument,
    "\n  query MembersProbeReservation($id: ID!) { reservation(id: $id) { id status } }\n": typeof types.MembersProbeReservationDocument,
    "\n  mutation MembersProbeAddBase($memberId: ID, $input: BaseInput!) { addBase(memberId: $memberId, input: $input) { id crop } }\n": typeof types.MembersProbeAddBaseDocument,
    "\n  mutation MembersProbeUpdateBase($id: ID!, $input: BaseInput!) { updateBase(id: $id, input: $input) { id crop } }\n": typeof types.MembersProbeUpdateBaseDocument,
    "\n  mutation MembersProbeRemoveBase($id: ID!) { removeBase(id: $id) }\n": typeof types.MembersProbeRemoveBaseDocument,
    "\n  query MembersProbeMemberAlliances($id: ID!) { member(id: $id) { alliances { alliance { id } roles } } }\n": typeof types.MembersProbeMemberAlliancesDocument,
    "\n  query MembersProbeListedAlliances { members(first: 100) { edges { node { id alliances { alliance { id } roles } } } } }\n": typeof types.MembersProbeListedAlliancesDocument,
    "\n  query MembersProbeViewerAlliances { viewer { alliances { alliance { id } } } }\n": typeof types.MembersProbeViewerAlliancesDocument,
    "\n  mutation ReadLeaksReserve($input: ReserveSupplyInput!) { reserveSupply(input: $input) { id totalKg totalPrice lines { kg amount } } }\n": typeof types.ReadLeaksReserveDocument,
    "\n  query ReadLeaksLotTerms($id: ID!) { lot(id: $id) { id crop availableKg askingPricePerKg } }\n": typeof types.ReadLeaksLotTermsDocument,
    "\n  query ReadLeaksLotBasics($id: ID!) { lot(id: $id) { id crop grade harvestDate grower { code } } }\n": typeof types.ReadLeaksLotBasicsDocument,
    "\n  query ReadLeaksTwoLots($other: ID!, $none: ID!) { other: lot(id: $other) { id } none: lot(id: $none) { id } }\n": typeof types.ReadLeaksTwoLotsDocument,
    "\n  query ReadLeaksLotReservations($id: ID!) {\n    lot(id: $id) { reservations { id lines { kg pricePerKg amount lot { id grower { name } } } totalKg totalPrice } }\n  }\n": typeof types.ReadLeaksLotReservationsDocument,
    "\n  query ReadLeaksReservationLines($id: ID!) {\n    reservation(id: $id) { lines { kg pricePerKg amount lot { id grower { name } } } totalKg totalPrice }\n  }\n": typeof types.ReadLeaksReservationLinesDocument,
    "\n  query ReadLeaksMemberLotsPage($id: ID!, $first: Int!) { member(id: $id) { lots(first: $first) { id } } }\n": typeof types.ReadLeaksMemberLotsPageDocument,
    "\n  query ReadLeaksMemberReservationsPage($id: ID!, $first: Int!) { member(id: $id) { reservations(first: $first) { id } } }\n": typeof types.ReadLeaksMemberReservationsPageDocument,
    "\n  query ReadLeaksMembersPage($first: Int!) { members(first: $first) { totalCount } }\n": typeof types.ReadLeaksMembersPageDocument,
    "\n  query ReadLeaksSupplyPage($first: Int!) { supply(filter: {}, first: $first) { totalCount } }\n": typeof types.ReadLeaksSupplyPageDocument,
    "\n  mutation RevocationRegisterLot($input: RegisterLotInput!) { registerLot(input: $input) { id } }\n": typeof types.RevocationRegisterLotDocument,
    "\n  mutation RevocationSetRoles($id: ID!, $roles: [Role!]!) { updateMember(id: $id, input: { roles: $roles }) { id alliances { roles } } }\n": typeof types.RevocationSetRolesDocument,
    "\n  mutation RevocationSuspend($id: ID!, $reason: String!) { suspendMember(id: $id, reason: $reason) { status } }\n": typeof types.RevocationSuspendDocument,
    "\n  query RevocationSupplyCount { supply(filter: {}) { totalCount } }\n": typeof types.RevocationSupplyCountDocument,
    "\n  query RevocationViewerStatus { viewer { status statusReason } }\n": typeof types.RevocationViewerStatusDocument,
    "\n  query RevocationViewerId { viewer { id } }\n": typeof types.RevocationViewerIdDocument,
    "\n  mutation RevocationAdmit($input: AdmitMemberInput!) { admitMember(input: $input) { id } }\n": typeof types.RevocationAdmitDocument,
    "\n  query SupplyReadPageAndSummary($first: Int!, $by: Date!) {\n    supply(filter: { crop: SCALLION, varieties: [RED], grades: [A, B], townships: [\"Jinma\", \"Zhongshu\"], availableBy: $by }, first: $first) {\n      totalCount totalAvailableKg\n      edges { node { id grade variety township harvestDate availableKg askingPricePerKg grower { code name } } }\n      pageInfo { hasNextPage endCursor }\n    }\n    supplySummary(filter: { crop: SCALLION, availableBy: $by }, groupBy: [VARIETY, GRADE]) { variety grade availableKg lotCount }\n  }\n": typeof types.SupplyReadPageAndSummaryDocument,
    "mutation SupplyReadReserve($input: ReserveSupplyInput!) { reserveSupply(input: $input) { id } }": typeof types.SupplyReadReserveDocument,
    "\n      query SupplyReadByPrice($after: String) {\n        supply(filter: {}, orderBy: PRICE, first: 2, after: $after) {\n          totalCount edges { node { id lotNumber status createdAt base { id } grower { id } reservedKg } } pageInfo { hasNextPage endCursor }\n        }\n      }\n    ": typeof types.SupplyReadByPriceDocument,
    "query SupplyReadSummaryAlone { supplySummary(filter: {}, groupBy: []) { availableKg lotCount } }": typeof types.SupplyReadSummaryAloneDocument,
};
const documents: Documents = {
    "\n  query GatewayAlliances {\n    alliances { id code name region crops }\n  }\n": types.GatewayAlliancesDocument,
    "\n  query GatewayMemberFields {\n    __type(name: \"Member\") { fields { name } }\n  }\n": types.GatewayMemberFieldsDocument,
    "\n  query PartialSupplyWithColdChain($first: Int!) {\n    supply(filter: { crop: SCALLION }, first: $first) {\n      totalCount\n      edges { node { id availableKg coldChain { excursionCount custody { kind } } } }\n    }\n  }\n": types.PartialSupplyWithColdChainDocument,
    "mutation ReplicasReserve($input: ReserveSupplyInput!) { reserveSupply(input: $input) { id totalKg } }": types.ReplicasReserveDocument,
    "mutation ReplicasConfirm($id: ID!) { confirmReservation(id: $id) { status } }": types.ReplicasConfirmDocument,
    "mutation ReplicasPlan($input: PlanShipmentInput!) { planShipment(input: $input) { id } }": types.ReplicasPlanDocument,
    "query ReplicasShipment($id: ID!) { shipment(id: $id) { reservations { status } } }": types.ReplicasShipmentDocument,
    "\n  query BrandOfficeOfCaller {\n    brandOffice { allianceId member { id code } }\n  }\n": types.BrandOfficeOfCallerDocument,
    "\n  mutation FeePoolRecordTest($input: RecordResidueTestInput!) {\n    recordResidueTest(input: $input) { id }\n  }\n": types.FeePoolRecordTestDocument,
    "\n  mutation FeePoolCertify($lotId: ID!) {\n    issueOriginCertificate(lotId: $lotId) { id certifiedKg }\n  }\n": types.FeePoolCertifyDocument,
    "\n  mutation FeePoolRevokeCertificate($id: ID!, $reason: String!) {\n    revokeOriginCertificate(id: $id, reason: $reason) { id status }\n  }\n": types.FeePoolRevokeCertificateDocument,
    "\n  mutation FeePoolGrant($input: GrantLicenceInput!) {\n    grantLicence(input: $input) { id }\n  }\n": types.FeePoolGrantDocument,
    "\n  mutation FeePoolRevokeLicence($id: ID!, $reason: String!) {\n    revokeLicence(id: $id, reason: $reason) { id status }\n  }\n": types.FeePoolRevokeLicenceDocument,
    "\n  mutation FeePoolIssueLabels($licenceId: ID!, $lotId: ID!, $count: Int!, $packKg: Decimal!) {\n    issueLabels(licenceId: $licenceId, lotId: $lotId, count: $count, packKg: $packKg) { id totalKg feeCny }\n  }\n": types.FeePoolIssueLabelsDocument,
    "\n  mutation FeePoolDistribute($allianceId: ID!, $month: String!) {\n    distributeFeePool(allianceId: $allianceId, month: $month) {\n      allianceId month poolCny certifiedKg distributed distributedAt\n      shares { month cooperative { id } certifiedKg share amountCny distributed }\n    }\n  }\n": types.FeePoolDistributeDocument,
    "\n  query FeePoolOfMonth($month: String!) {\n    feePool(month: $month) {\n      allianceId month poolCny certifiedKg distributed distributedAt\n      shares { month cooperative { id } certifiedKg share amountCny distributed }\n    }\n  }\n": types.FeePoolOfMonthDocument,
    "\n  query FeePoolStatements($first: Int) {\n    feePoolStatements(first: $first) { month cooperative { id } certifiedKg share amountCny distributed }\n  }\n": types.FeePoolStatementsDocument,
    "\n  mutation ConcurrentIssue($licenceId: ID!, $lotId: ID!, $count: Int!, $packKg: Decimal!) {\n    issueLabels(licenceId: $licenceId, lotId: $lotId, count: $count, packKg: $packKg) { id totalKg }\n  }\n": types.ConcurrentIssueDocument,
    "\n  mutation LabelsIssue($licenceId: ID!, $lotId: ID!, $count: Int!, $packKg: Decimal!) {\n    issueLabels(licenceId: $licenceId, lotId: $lotId, count: $count, packKg: $packKg) {\n      id count packKg totalKg feeCny gtin lotNumber issuedAt status\n      licence { id usedKg remainingKg feesAccrued }\n      lot { id }\n      certificate { id number labelledKg }\n      issuedBy { id }\n    }\n  }\n": types.LabelsIssueDocument,
    "\n  query LabelsBatch($id: ID!, $first: Int, $after: String) {\n    labelBatch(id: $id) {\n      id count status\n      codes(first: $first, after: $after) { edges { cursor node { serial printedSerial digitalLink status scanCount } } pageInfo { hasNextPage endCursor } }\n    }\n  }\n": types.LabelsBatchDocument,
    "\n  query LabelsBatchCsv($id: ID!) { labelBatch(id: $id) { id csv } }\n": types.LabelsBatchCsvDocument,
    "\n  query LabelsBatchQr($id: ID!) { labelBatch(id: $id) { id codes(first: 2) { edges { node { serial digitalLink qrSvg } } } } }\n": types.LabelsBatchQrDocument,
    "\n  query LabelsLicence($id: ID!) {\n    licence(id: $id) { id usedKg remainingKg feesAccrued labelBatches(first: 10) { edges { node { id status totalKg } } } }\n  }\n": types.LabelsLicenceDocument,
    "\n  query LabelsCertificate($id: ID!) { originCertificate(id: $id) { id certifiedKg labelledKg status } }\n": types.LabelsCertificateDocument,
    "\n  mutation LabelsRevokeLicence($id: ID!, $reason: String!) { revokeLicence(id: $id, reason: $reason) { id status } }\n": types.LabelsRevokeLicenceDocument,
    "\n  mutation LabelsSuspendLicence($id: ID!, $reason: String!) { suspendLicence(id: $id, reason: $reason) { id status } }\n": types.LabelsSuspendLicenceDocument,
    "\n  mutation LabelsRevokeCertificate($id: ID!, $reason: String!) { revokeOriginCertificate(id: $id, reason: $reason) { id status } }\n": types.LabelsRevokeCertificateDocument,
    "\n  mutation LicenceGrant($input: GrantLicenceInput!) {\n    grantLicence(input: $input) {\n      id number allianceId crop gtin validFrom validUntil quotaKg usedKg remainingKg feePerKg feesAccrued status statusReason grantedAt\n      licensee { member { id } name creditCode }\n      trademark { name registrationNumber }\n    }\n  }\n": types.LicenceGrantDocument,
    "\n  query LicenceById($id: ID!) {\n    licence(id: $id) { id number status statusReason licensee { name member { id } } labelBatches { edges { node { id } } } }\n  }\n": types.LicenceByIdDocument,
    "\n  query LicenceList($filter: LicenceFilter, $first: Int, $after: String) {\n    licences(filter: $filter, first: $first, after: $after) { edges { cursor node { id number status } } pageInfo { hasNextPage endCursor } }\n  }\n": types.LicenceListDocument,
    "\n  mutation LicenceSuspend($id: ID!, $reason: String!) { suspendLicence(id: $id, reason: $reason) { id status statusReason } }\n": types.LicenceSuspendDocument,
    "\n  mutation LicenceReinstate($id: ID!) { reinstateLicence(id: $id) { id status statusReason } }\n": types.LicenceReinstateDocument,
    "\n  mutation LicenceRevoke($id: ID!, $reason: String!) { revokeLicence(id: $id, reason: $reason) { id status statusReason } }\n": types.LicenceRevokeDocument,
    "\n  mutation BrandingRecordTest($input: RecordResidueTestInput!) {\n    recordResidueTest(input: $input) { id basis result failedAnalytes tester reportNumber lot { id } recordedBy { id } }\n  }\n": types.BrandingRecordTestDocument,
    "\n  mutation BrandingIssue($lotId: ID!, $kg: Decimal) {\n    issueOriginCertificate(lotId: $lotId, certifiedKg: $kg) {\n      id number certifiedKg productName producerName producerContact township county commitmentStatement basis basisLabel status\n      residueTest { id result } lot { id }\n    }\n  }\n": types.BrandingIssueDocument,
    "\n  mutation BrandingRevoke($id: ID!, $reason: String!) {\n    revokeOriginCertificate(id: $id, reason: $reason) { id status revokedReason }\n  }\n": types.BrandingRevokeDocument,
    "\n  query BrandingCertificate($id: ID!) {\n    originCertificate(id: $id) { id number status producerContact }\n  }\n": types.BrandingCertificateDocument,
    "\n  query BrandingCertificates($filter: OriginCertificateFilter, $first: Int, $after: String) {\n    originCertificates(filter: $filter, first: $first, after: $after) { edges { node { id number } } pageInfo { hasNextPage endCursor } }\n  }\n": types.BrandingCertificatesDocument,
    "\n  query BrandingLot($id: ID!) {\n    lot(id: $id) { id availableKg residueTests { id result } originCertificate { number status certifiedKg } }\n  }\n": types.BrandingLotDocument,
    "\n  mutation TruckloadRecordTest($input: RecordResidueTestInput!) { recordResidueTest(input: $input) { id } }\n": types.TruckloadRecordTestDocument,
    "\n  mutation TruckloadReserve($input: ReserveSupplyInput!) { reserveSupply(input: $input) { id } }\n": types.TruckloadReserveDocument,
    "\n  mutation TruckloadConfirm($id: ID!) { confirmReservation(id: $id) { status } }\n": types.TruckloadConfirmDocument,
    "\n  mutation TruckloadPlan($input: PlanShipmentInput!) { planShipment(input: $input) { id status } }\n": types.TruckloadPlanDocument,
    "\n  query TruckloadShipmentReservations($id: ID!) { shipment(id: $id) { reservations { status } } }\n": types.TruckloadShipmentReservationsDocument,
    "\n  mutation TruckloadLoad($id: ID!, $loads: [ShipmentLoadInput!]!) { loadShipment(id: $id, loads: $loads) { id status } }\n": types.TruckloadLoadDocument,
    "\n  mutation TruckloadDispatch($id: ID!) { dispatchShipment(id: $id) { status } }\n": types.TruckloadDispatchDocument,
    "\n  mutation TruckloadDeliver($id: ID!) { deliverShipment(id: $id) { status } }\n": types.TruckloadDeliverDocument,
    "\n  mutation TruckloadReject($id: ID!, $reason: String!) { rejectShipment(id: $id, reason: $reason) { status } }\n": types.TruckloadRejectDocument,
    "\n  mutation TruckloadCancel($id: ID!) { cancelShipment(id: $id) { status } }\n": types.TruckloadCancelDocument,
    "\n  mutation TruckloadIssue($shipmentId: ID!) {\n    issueTruckloadCertificate(shipmentId: $shipmentId) {\n      id number certifiedKg productName crop variety grade producerName producerContact township county basis status\n      lot { id } shipment { id } lots { lot { id } kg } residueTest { id }\n    }\n  }\n": types.TruckloadIssueDocument,
    "\n  mutation TruckloadIssueLot($lotId: ID!) { issueOriginCertificate(lotId: $lotId) { number lots { lot { id } kg } shipment { id } } }\n": types.TruckloadIssueLotDocument,
    "\n  mutation TruckloadRevoke($id: ID!, $reason: String!) { revokeOriginCertificate(id: $id, reason: $reason) { status } }\n": types.TruckloadRevokeDocument,
    "\n  query TruckloadCertificate($id: ID!) { originCertificate(id: $id) { number producerContact lots { kg } } }\n": types.TruckloadCertificateDocument,
    "\n  query TruckloadShipment($id: ID!) {\n    shipment(id: $id) { id status loadedKg originCertificate { number status certifiedKg shipment { id } lots { lot { id } kg } } }\n  }\n": types.TruckloadShipmentDocument,
    "\n  mutation VerificationRecordTest($input: RecordResidueTestInput!) {\n    recordResidueTest(input: $input) { id }\n  }\n": types.VerificationRecordTestDocument,
    "\n  mutation VerificationIssueCertificate($lotId: ID!) {\n    issueOriginCertificate(lotId: $lotId) { id number }\n  }\n": types.VerificationIssueCertificateDocument,
    "\n  mutation VerificationRevokeCertificate($id: ID!, $reason: String!) {\n    revokeOriginCertificate(id: $id, reason: $reason) { id status }\n  }\n": types.VerificationRevokeCertificateDocument,
    "\n  mutation VerificationGrantLicence($input: GrantLicenceInput!) {\n    grantLicence(input: $input) { id number gtin }\n  }\n": types.VerificationGrantLicenceDocument,
    "\n  mutation VerificationRevokeLicence($id: ID!, $reason: String!) {\n    revokeLicence(id: $id, reason: $reason) { id status }\n  }\n": types.VerificationRevokeLicenceDocument,
    "\n  mutation VerificationIssueLabels($licenceId: ID!, $lotId: ID!, $count: Int!, $packKg: Decimal!) {\n    issueLabels(licenceId: $licenceId, lotId: $lotId, count: $count, packKg: $packKg) {\n      id gtin lotNumber codes(first: 100) { edges { node { serial printedSerial digitalLink } } }\n    }\n  }\n": types.VerificationIssueLabelsDocument,
    "\n  mutation VerificationVerifyLabel($code: String!, $where: ScanPlaceInput) {\n    verifyLabel(code: $code, where: $where) {\n      outcome message scanCount firstVerifiedAt firstVerifiedIn\n      product crop variety grade originTownship originCounty harvestDate\n      certificateNumber certificateBasis licensee licenseeCreditCode licenseeTrademark\n      freshness { lotId }\n    }\n  }\n": types.VerificationVerifyLabelDocument,
    "\n  query VerificationCounterfeitAlerts($since: DateTime, $first: Int) {\n    counterfeitAlerts(since: $since, first: $first) { kind licence { id } place scanCount codes reasons firstScanAt lastScanAt }\n  }\n": types.VerificationCounterfeitAlertsDocument,
    "\n  mutation ColdchainBook($input: BookCapacityInput!) { bookCapacity(input: $input) { id } }\n": types.ColdchainBookDocument,
    "\n  mutation ColdchainCancelBooking($id: ID!) { cancelCapacityBooking(id: $id) { status } }\n": types.ColdchainCancelBookingDocument,
    "\n  query ColdchainFacility($id: ID!) { facility(id: $id) { id } }\n": types.ColdchainFacilityDocument,
    "\n        query ColdchainWujieStoresAndOperator($operator: ID!) {\n          facilities(filter: { kinds: [COLD_STORE], township: \"Wujie\" }) { id code storageCapacityKg operator { id code } }\n          member(id: $operator) { code facilities { code } }\n        }\n      ": types.ColdchainWujieStoresAndOperatorDocument,
    "mutation ColdchainBookInFull($input: BookCapacityInput!) { bookCapacity(input: $input) { id amount from to status } }": types.ColdchainBookInFullDocument,
    "query ColdchainZhongshuCapacity($from: Date!, $to: Date!) { capacity(kind: COLD_STORAGE, township: \"Zhongshu\", from: $from, to: $to) { facility { id } capacity bookedAtPeak free } }": types.ColdchainZhongshuCapacityDocument,
    "\n    mutation ColdchainRecordTemperatures($readings: [TemperatureReadingInput!]!) {\n      recordTemperatures(readings: $readings) { received stored duplicates rejected { index sensorCode reason } }\n    }\n  ": types.ColdchainRecordTemperaturesDocument,
    "\n        query ColdchainLotColdChain($id: ID!) {\n          lot(id: $id) { id grade coldChain {\n            currentLocation { code } custody { kind facility { code } vehicle { plate } quantityKg }\n            latestTemperature { celsius } excursionCount excursions { kind durationMinutes peakC }\n            remainingShelfLifeDays shelfLifeUsed meanKineticTemperatureC epcisDocument } }\n        }\n      ": types.ColdchainLotColdChainDocument,
    "\n      query ColdchainBaishuiSupplyWithColdChain($first: Int!) {\n        supply(filter: { crop: SCALLION, townships: [\"Baishui\"] }, first: $first) { edges { node {\n          id grade availableKg coldChain { remainingShelfLifeDays latestTemperature { celsius } excursionCount currentLocation { code township } } } } }\n      }\n    ": types.ColdchainBaishuiSupplyWithColdChainDocument,
    "\n    mutation ColdchainRegisterFacility($input: RegisterFacilityInput!) { registerFacility(input: $input) { id code kind storageCapacityKg washingLines operator { id } } }\n  ": types.ColdchainRegisterFacilityDocument,
    "mutation ColdchainResizeStore($id: ID!, $kg: Decimal!) { updateFacility(id: $id, input: { storageCapacityKg: $kg }) { storageCapacityKg } }": types.ColdchainResizeStoreDocument,
    "query ColdchainJinmaCapacity($day: Date!) { capacity(kind: COLD_STORAGE, township: \"Jinma\", from: $day, to: $day) { facility { id } capacity free } }": types.ColdchainJinmaCapacityDocument,
    "mutation ColdchainRegisterVehicle($input: RegisterVehicleInput!) { registerVehicle(input: $input) { id operator { id } } }": types.ColdchainRegisterVehicleDocument,
    "mutation ColdchainRegisterSensor($input: RegisterSensorInput!) { registerSensor(input: $input) { code vehicle { id } facility { id } } }": types.ColdchainRegisterSensorDocument,
    "query ColdchainBaishuiFacilitiesAndCapacity($day: Date!) { facilities(filter: { township: \"Baishui\" }) { id } capacity(kind: COLD_STORAGE, township: \"Baishui\", from: $day, to: $day) { facility { id } } }": types.ColdchainBaishuiFacilitiesAndCapacityDocument,
    "mutation ColdchainSuspendMember($id: ID!, $reason: String!) { suspendMember(id: $id, reason: $reason) { status } }": types.ColdchainSuspendMemberDocument,
    "query ColdchainScallionSupplyCount { supply(filter: { crop: SCALLION }) { totalCount } }": types.ColdchainScallionSupplyCountDocument,
    "mutation ColdchainReinstateMember($id: ID!) { reinstateMember(id: $id) { status } }": types.ColdchainReinstateMemberDocument,
    "\n  mutation ColdchainCrossAllianceRecordCustody($input: CustodyEventInput!) { recordCustodyEvent(input: $input) { id } }\n": types.ColdchainCrossAllianceRecordCustodyDocument,
    "\n  mutation ColdchainCrossAllianceRegisterSensor($input: RegisterSensorInput!) { registerSensor(input: $input) { id } }\n": types.ColdchainCrossAllianceRegisterSensorDocument,
    "mutation ColdchainCrossAllianceRegisterFacility($input: RegisterFacilityInput!) { registerFacility(input: $input) { id } }": types.ColdchainCrossAllianceRegisterFacilityDocument,
    "mutation ColdchainCrossAllianceUpdateFacility($id: ID!) { updateFacility(id: $id, input: { name: \"Taken over\", storageCapacityKg: \"1\" }) { id } }": types.ColdchainCrossAllianceUpdateFacilityDocument,
    "mutation ColdchainCrossAllianceRegisterVehicle($input: RegisterVehicleInput!) { registerVehicle(input: $input) { id } }": types.ColdchainCrossAllianceRegisterVehicleDocument,
    "mutation ColdchainCrossAllianceBookCapacity($input: BookCapacityInput!) { bookCapacity(input: $input) { id } }": types.ColdchainCrossAllianceBookCapacityDocument,
    "mutation ColdchainCrossAllianceCancelBooking($id: ID!) { cancelCapacityBooking(id: $id) { id } }": types.ColdchainCrossAllianceCancelBookingDocument,
    "mutation ColdchainCrossAllianceRecordTemperatures($readings: [TemperatureReadingInput!]!) { recordTemperatures(readings: $readings) { stored rejected { reason } } }": types.ColdchainCrossAllianceRecordTemperaturesDocument,
    "mutation ColdchainCrossAlliancePlanShipment($input: PlanShipmentInput!) { planShipment(input: $input) { id } }": types.ColdchainCrossAlliancePlanShipmentDocument,
    "mutation ColdchainCrossAllianceLoadShipment($id: ID!, $loads: [ShipmentLoadInput!]!) { loadShipment(id: $id, loads: $loads) { id } }": types.ColdchainCrossAllianceLoadShipmentDocument,
    "mutation ColdchainCrossAllianceDispatchShipment($id: ID!) { dispatchShipment(id: $id) { id } }": types.ColdchainCrossAllianceDispatchShipmentDocument,
    "mutation ColdchainCrossAllianceDeliverShipment($id: ID!) { deliverShipment(id: $id) { id } }": types.ColdchainCrossAllianceDeliverShipmentDocument,
    "mutation ColdchainCrossAllianceRejectShipment($id: ID!) { rejectShipment(id: $id, reason: \"Not ours\") { id } }": types.ColdchainCrossAllianceRejectShipmentDocument,
    "mutation ColdchainCrossAllianceCancelShipment($id: ID!) { cancelShipment(id: $id) { id } }": types.ColdchainCrossAllianceCancelShipmentDocument,
    "mutation ColdchainCrossAllianceRegisterLot($input: RegisterLotInput!) { registerLot(input: $input) { id } }": types.ColdchainCrossAllianceRegisterLotDocument,
    "mutation ColdchainCrossAllianceReceiveLot($input: CustodyEventInput!) { recordCustodyEvent(input: $input) { kind } }": types.ColdchainCrossAllianceReceiveLotDocument,
    "\n  query FreshnessLotColdChain($id: ID!) { lot(id: $id) { coldChain { remainingShelfLifeDays latestTemperature { at celsius } excursionCount } } }\n": types.FreshnessLotColdChainDocument,
    "mutation PositionsReserve($input: ReserveSupplyInput!) { reserveSupply(input: $input) { id } }": types.PositionsReserveDocument,
    "mutation PositionsConfirm($id: ID!) { confirmReservation(id: $id) { status } }": types.PositionsConfirmDocument,
    "mutation PositionsCustody($input: CustodyEventInput!) { recordCustodyEvent(input: $input) { id } }": types.PositionsCustodyDocument,
    "mutation PositionsPlan($input: PlanShipmentInput!) { planShipment(input: $input) { id } }": types.PositionsPlanDocument,
    "query PositionsShipment($id: ID!) { shipment(id: $id) { reservations { status } } }": types.PositionsShipmentDocument,
    "mutation PositionsLoad($id: ID!, $loads: [ShipmentLoadInput!]!, $at: DateTime) { loadShipment(id: $id, loads: $loads, at: $at) { id } }": types.PositionsLoadDocument,
    "mutation PositionsDispatch($id: ID!, $at: DateTime) { dispatchShipment(id: $id, at: $at) { id } }": types.PositionsDispatchDocument,
    "mutation PositionsDeliver($id: ID!) { deliverShipment(id: $id) { arrivedAt } }": types.PositionsDeliverDocument,
    "\n  query PositionsColdChain($id: ID!) {\n    lot(id: $id) {\n      coldChain {\n        currentLocation { code }\n        latestTemperature { celsius }\n        excursionCount\n        remainingShelfLifeDays\n        shelfLifeUsed\n        meanKineticTemperatureC\n        positions {\n          facility { code }\n          vehicle { plate }\n          kg\n          since\n          latestTemperature { celsius }\n          excursionCount\n          remainingShelfLifeDays\n          meanKineticTemperatureC\n        }\n      }\n    }\n  }\n": types.PositionsColdChainDocument,
    "mutation ProbeDeliver($id: ID!) { deliverShipment(id: $id) { status } }": types.ProbeDeliverDocument,
    "mutation ProbeReject($id: ID!, $reason: String!) { rejectShipment(id: $id, reason: $reason) { status } }": types.ProbeRejectDocument,
    "mutation ProbeDispatch($id: ID!) { dispatchShipment(id: $id) { status } }": types.ProbeDispatchDocument,
    "mutation ProbeCancelShipment($id: ID!) { cancelShipment(id: $id) { status } }": types.ProbeCancelShipmentDocument,
    "mutation ProbeBook($input: BookCapacityInput!) { bookCapacity(input: $input) { id } }": types.ProbeBookDocument,
    "mutation ProbeCancelBooking($id: ID!) { cancelCapacityBooking(id: $id) { status } }": types.ProbeCancelBookingDocument,
    "query ProbeShipment($id: ID!) { shipment(id: $id) { id } }": types.ProbeShipmentDocument,
    "query ProbeFacility($id: ID!) { facility(id: $id) { id } }": types.ProbeFacilityDocument,
    "mutation ProbeUpdateFacility($id: ID!) { updateFacility(id: $id, input: { name: \"Renamed\" }) { id } }": types.ProbeUpdateFacilityDocument,
    "mutation ProbeRegisterSensor($input: RegisterSensorInput!) { registerSensor(input: $input) { id } }": types.ProbeRegisterSensorDocument,
    "mutation ProbeCustody($input: CustodyEventInput!) { recordCustodyEvent(input: $input) { id quantityKg } }": types.ProbeCustodyDocument,
    "mutation ProbeRecord($readings: [TemperatureReadingInput!]!) { recordTemperatures(readings: $readings) { stored rejected { reason } } }": types.ProbeRecordDocument,
    "query ProbeLotChain($id: ID!) { lot(id: $id) { coldChain { custody { quantityKg } epcisDocument } } }": types.ProbeLotChainDocument,
    "\n  query ReadRulesLotExport($id: ID!) { lot(id: $id) { coldChain { custody { kind shipment { id } } epcisDocument } } }\n": types.ReadRulesLotExportDocument,
    "query ReadRulesJiuchengSupplyCustody { supply(filter: { crop: SCALLION, townships: [\"Jiucheng\"] }, first: 50) { edges { node { id coldChain { custody { kind actor { code } } } } } } }": types.ReadRulesJiuchengSupplyCustodyDocument,
    "query ReadRulesFacility($id: ID!) { facility(id: $id) { id } }": types.ReadRulesFacilityDocument,
    "query ReadRulesYiningFacilities { facilities(filter: { township: \"Yining\" }) { id } }": types.ReadRulesYiningFacilitiesDocument,
    "\n  mutation FoldsRecord($readings: [TemperatureReadingInput!]!) {\n    recordTemperatures(readings: $readings) { stored duplicates rejected { reason } }\n  }\n": types.FoldsRecordDocument,
    "mutation FoldsCustody($input: CustodyEventInput!) { recordCustodyEvent(input: $input) { id } }": types.FoldsCustodyDocument,
    "query FoldsAnonymous($id: ID!) { lot(id: $id) { coldChain { remainingShelfLifeDays excursionCount } } }": types.FoldsAnonymousDocument,
    "\n  mutation ColdchainRecordPartitionedReadings($readings: [TemperatureReadingInput!]!) {\n    recordTemperatures(readings: $readings) { received stored duplicates rejected { index reason } }\n  }\n": types.ColdchainRecordPartitionedReadingsDocument,
    "\n  mutation ColdchainRevocationRecordTemperatures($readings: [TemperatureReadingInput!]!) { recordTemperatures(readings: $readings) { stored rejected { reason } } }\n": types.ColdchainRevocationRecordTemperaturesDocument,
    "\n  query ColdchainRevocationDryWarehouses { facilities(filter: { kinds: [DRY_WAREHOUSE] }) { id } }\n": types.ColdchainRevocationDryWarehousesDocument,
    "\n  query ColdchainRevocationVehicles { vehicles { plate operator { code } } }\n": types.ColdchainRevocationVehiclesDocument,
    "mutation ColdchainRevocationSetRoles($id: ID!, $roles: [Role!]!) { updateMember(id: $id, input: { roles: $roles }) { id } }": types.ColdchainRevocationSetRolesDocument,
    "mutation ColdchainRevocationBook($input: BookCapacityInput!) { bookCapacity(input: $input) { id } }": types.ColdchainRevocationBookDocument,
    "mutation ColdchainRevocationSuspend($id: ID!, $reason: String!) { suspendMember(id: $id, reason: $reason) { status } }": types.ColdchainRevocationSuspendDocument,
    "mutation ColdchainRevocationReinstate($id: ID!) { reinstateMember(id: $id) { status } }": types.ColdchainRevocationReinstateDocument,
    "mutation ColdchainRevocationRegisterVehicle($input: RegisterVehicleInput!) { registerVehicle(input: $input) { id } }": types.ColdchainRevocationRegisterVehicleDocument,
    "\n  fragment ShipmentsShipmentFields on Shipment {\n    id status loadedKg departedAt arrivedAt rejectionReason\n    reservations { reservationId reservation { id } status reason }\n    lines { reservation { id } lot { id } crop reservedKg loadedKg }\n  }\n": types.ShipmentsShipmentFieldsFragmentDoc,
    "\n  mutation ShipmentsPlan($input: PlanShipmentInput!) { planShipment(input: $input) { ...ShipmentsShipmentFields } }\n": types.ShipmentsPlanDocument,
    "\n  mutation ShipmentsLoad($id: ID!, $loads: [ShipmentLoadInput!]!, $at: DateTime) { loadShipment(id: $id, loads: $loads, at: $at) { ...ShipmentsShipmentFields } }\n": types.ShipmentsLoadDocument,
    "\n  mutation ShipmentsDispatch($id: ID!, $at: DateTime) { dispatchShipment(id: $id, at: $at) { ...ShipmentsShipmentFields } }\n": types.ShipmentsDispatchDocument,
    "\n  query ShipmentsShipment($id: ID!) { shipment(id: $id) { ...ShipmentsShipmentFields } }\n": types.ShipmentsShipmentDocument,
    "\n  query ShipmentsLotCounters($id: ID!) { lot(id: $id) { quantityKg reservedKg shippedKg availableKg } }\n": types.ShipmentsLotCountersDocument,
    "\n  query ShipmentsReservation($id: ID!) { reservation(id: $id) { status totalKg shippedKg lines { kg shippedKg } shipment { id status } } }\n": types.ShipmentsReservationDocument,
    "\n  mutation ShipmentsReserve($input: ReserveSupplyInput!) { reserveSupply(input: $input) { id } }\n": types.ShipmentsReserveDocument,
    "\n  mutation ShipmentsConfirmReservation($id: ID!) { confirmReservation(id: $id) { status } }\n": types.ShipmentsConfirmReservationDocument,
    "\n  mutation ShipmentsCancelReservation($id: ID!) { cancelReservation(id: $id) { status } }\n": types.ShipmentsCancelReservationDocument,
    "\n  query ShipmentsShipmentId($id: ID!) { shipment(id: $id) { id } }\n": types.ShipmentsShipmentIdDocument,
    "\n  query ShipmentsList { shipments { id } }\n": types.ShipmentsListDocument,
    "\n  mutation ShipmentsDeliver($id: ID!) { deliverShipment(id: $id) { id status } }\n": types.ShipmentsDeliverDocument,
    "query ShipmentsMarket($id: ID!) { shipment(id: $id) { market { id } } }": types.ShipmentsMarketDocument,
    "\n        mutation ShipmentsDeliverWithTrace($id: ID!) {\n          deliverShipment(id: $id) { status arrivedAt temperatureTrace { celsius } excursionCount excursions { kind durationMinutes peakC } meanKineticTemperatureC custody { kind quantityKg } }\n        }\n      ": types.ShipmentsDeliverWithTraceDocument,
    "query ShipmentsLotExport($id: ID!) { lot(id: $id) { coldChain { custody { kind shipment { id } } epcisDocument } } }": types.ShipmentsLotExportDocument,
    "mutation ShipmentsCancel($id: ID!) { cancelShipment(id: $id) { status reservations { status } } }": types.ShipmentsCancelDocument,
    "mutation ShipmentsReject($id: ID!, $reason: String!) { rejectShipment(id: $id, reason: $reason) { status rejectionReason custody { kind } } }": types.ShipmentsRejectDocument,
    "mutation ShipmentsCancelId($id: ID!) { cancelShipment(id: $id) { id } }": types.ShipmentsCancelIdDocument,
    "query ShipmentsReservationShipment($id: ID!) { reservation(id: $id) { id shipment { id } } }": types.ShipmentsReservationShipmentDocument,
    "\n      query ShipmentsMarketAndReservations($id: ID!) { shipment(id: $id) { market { id } reservations { reservationId status reason reservation { id totalKg } } } }\n    ": types.ShipmentsMarketAndReservationsDocument,
    "query ShipmentsCalledOff($id: ID!) { shipment(id: $id) { status market { id } reservations { status } } }": types.ShipmentsCalledOffDocument,
    "\n  mutation BasesChangedAdd($input: BaseInput!, $memberId: ID) { addBase(memberId: $memberId, input: $input) { id areaMu } }\n": types.BasesChangedAddDocument,
    "\n  mutation BasesChangedUpdate($id: ID!, $input: BaseInput!) { updateBase(id: $id, input: $input) { id areaMu crop } }\n": types.BasesChangedUpdateDocument,
    "\n  mutation BasesChangedRemove($id: ID!) { removeBase(id: $id) }\n": types.BasesChangedRemoveDocument,
    "\n  query ContractReadsById($id: ID!) { floorContract(id: $id) { id number member { id } status } }\n": types.ContractReadsByIdDocument,
    "\n  query ContractReadsList($filter: FloorContractFilter, $first: Int, $after: String) {\n    floorContracts(filter: $filter, first: $first, after: $after) {\n      edges { cursor node { id number member { id } status paidCny } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.ContractReadsListDocument,
    "\n  query ContractReadsFullList($first: Int) {\n    floorContracts(first: $first) {\n      edges { node {\n        id number status paidCny premiumShares { payer amountCny }\n        windows { start end expectedPayoutCny settlement { id payoutCny } }\n        quote { id status } scheme { id boundCny } costBasis { id version } member { id }\n      } }\n    }\n  }\n": types.ContractReadsFullListDocument,
    "\n  query ContractReadsMember($id: ID!) { member(id: $id) { id floorContracts { id number } } }\n": types.ContractReadsMemberDocument,
    "\n  query ContractReadsLot($id: ID!) { lot(id: $id) { id priceFloor { id number member { id } } } }\n": types.ContractReadsLotDocument,
    "\n  query ContractReadsExposure($crop: Crop!, $seasonOn: Date) {\n    exposure(crop: $crop, seasonOn: $seasonOn) {\n      crop scheme { id } contracts insuredKg sumInsuredCny maximumPayoutCny premiumCny\n      byWindow { start end contracts insuredKg sumInsuredCny expectedPayoutCny paidCny }\n    }\n  }\n": types.ContractReadsExposureDocument,
    "\n  mutation ContractsBind($quoteId: ID!, $idempotencyKey: String!) {\n    bindFloor(quoteId: $quoteId, idempotencyKey: $idempotencyKey) {\n      id number member { id } crop variety grade insuredKg coverage floorPerKg sumInsuredCny premiumCny coverFrom coverTo windowLength status paidCny boundAt\n      premiumShares { payer share amountCny }\n      costBasis { id } scheme { id boundCny remainingCapacityCny } quote { id status contract { id } }\n      windows { start end expectedPayoutCny settlement { id } }\n    }\n  }\n": types.ContractsBindDocument,
    "\n  query ContractsById($id: ID!) { floorContract(id: $id) { id number status } }\n": types.ContractsByIdDocument,
    "\n  query ContractsList($filter: FloorContractFilter, $first: Int, $after: String) {\n    floorContracts(filter: $filter, first: $first, after: $after) {\n      edges { cursor node { id number member { id } status paidCny windows { start expectedPayoutCny settlement { id } } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.ContractsListDocument,
    "\n  mutation ContractsUpdateScheme($id: ID!, $input: FloorSchemeUpdateInput!) { updateFloorScheme(id: $id, input: $input) { id capacityCny boundCny } }\n": types.ContractsUpdateSchemeDocument,
    "\n  query ContractsExposure($crop: Crop!, $seasonOn: Date) {\n    exposure(crop: $crop, seasonOn: $seasonOn) {\n      crop scheme { id } contracts insuredKg sumInsuredCny maximumPayoutCny premiumCny\n      byWindow { start end contracts insuredKg sumInsuredCny expectedPayoutCny paidCny }\n    }\n  }\n": types.ContractsExposureDocument,
    "\n  mutation CostBasisPublish($input: CostBasisInput!) {\n    publishCostBasis(input: $input) {\n      id crop variety county seasonFrom seasonTo version current marginalCostPerKg expectedYieldKgPerMu note publishedAt\n      lines { line cnyPerKg }\n    }\n  }\n": types.CostBasisPublishDocument,
    "\n  query CostBasisById($id: ID!) { costBasis(id: $id) { id version current marginalCostPerKg lines { line cnyPerKg } } }\n": types.CostBasisByIdDocument,
    "\n  query CostBasisList($crop: Crop, $current: Boolean) { costBases(crop: $crop, current: $current) { id crop variety seasonFrom version current } }\n": types.CostBasisListDocument,
    "\n  query DemoCostBases { costBases(crop: SCALLION, current: false) { version current seasonFrom seasonTo marginalCostPerKg expectedYieldKgPerMu lines { line cnyPerKg } } }\n": types.DemoCostBasesDocument,
    "\n  query DemoSchemes { floorSchemes { crop seasonFrom seasonTo capacityCny boundCny loading pastSeasons subsidyShares { payer share } } }\n": types.DemoSchemesDocument,
    "\n  query DemoMonthlyIndex($crop: Crop!, $grade: Grade, $from: Date!, $to: Date!) {\n    priceIndex(crop: $crop, grade: $grade, from: $from, to: $to, interval: MONTH) { points { periodStart priceCnyPerKg observationDays } }\n  }\n": types.DemoMonthlyIndexDocument,
    "\n  query DemoContracts { floorContracts(first: 20) { edges { node { number status paidCny coverFrom coverTo member { id } windows { start settlement { id } } } } } }\n": types.DemoContractsDocument,
    "\n  query DemoGrowerView { viewer { id floorContracts { number coverFrom coverTo floorPerKg } lots(first: 50) { id harvestDate forward priceFloor { number } } } }\n": types.DemoGrowerViewDocument,
    "\n  query DemoLotFloor($id: ID!) { lot(id: $id) { id priceFloor { number } } }\n": types.DemoLotFloorDocument,
    "\n  query DemoExposure($on: Date) { exposure(crop: SCALLION, seasonOn: $on) { contracts sumInsuredCny premiumCny byWindow { start paidCny } } }\n": types.DemoExposureDocument,
    "query DemoEarlierShipments { shipments(first: 10) { id status } }": types.DemoEarlierShipmentsDocument,
    "query DemoEarlierLicences { licences(first: 10) { edges { node { number usedKg } } } }": types.DemoEarlierLicencesDocument,
    "\n  mutation SchemeOpen($input: FloorSchemeInput!) {\n    openFloorScheme(input: $input) {\n      id crop seasonFrom seasonTo capacityCny boundCny remainingCapacityCny loading riskFreeRate pastSeasons quoteValidMinutes minObservationDays\n      subsidyShares { payer share }\n    }\n  }\n": types.SchemeOpenDocument,
    "\n  mutation SchemeUpdate($id: ID!, $input: FloorSchemeUpdateInput!) {\n    updateFloorScheme(id: $id, input: $input) {\n      id capacityCny boundCny remainingCapacityCny loading riskFreeRate pastSeasons quoteValidMinutes minObservationDays subsidyShares { payer share }\n    }\n  }\n": types.SchemeUpdateDocument,
    "\n  query SchemeList($crop: Crop) { floorSchemes(crop: $crop) { id crop seasonFrom seasonTo capacityCny remainingCapacityCny } }\n": types.SchemeListDocument,
    "\n  query PriceIndexOf($crop: Crop!, $variety: Variety, $grade: Grade, $from: Date!, $to: Date!, $interval: PriceInterval!) {\n    priceIndex(crop: $crop, variety: $variety, grade: $grade, from: $from, to: $to, interval: $interval) {\n      crop variety grade from to interval\n      points { periodStart periodEnd priceCnyPerKg observationCount volumeKg observationDays }\n    }\n  }\n": types.PriceIndexOfDocument,
    "\n  mutation PriceIndexReport($observations: [PriceObservationInput!]!) { reportPrices(observations: $observations) { inserted } }\n": types.PriceIndexReportDocument,
    "\n  mutation PriceIndexImport($csv: LongText!) { importPricesCsv(csv: $csv) { inserted replaced } }\n": types.PriceIndexImportDocument,
    "\n  mutation ObservationsReport($observations: [PriceObservationInput!]!, $onDuplicate: DuplicatePolicy) {\n    reportPrices(observations: $observations, onDuplicate: $onDuplicate) {\n      inserted replaced\n      observations { id market { id } crop variety grade day priceCnyPerKg volumeKg source reportedAt }\n    }\n  }\n": types.ObservationsReportDocument,
    "\n  mutation ObservationsImport($csv: LongText!, $onDuplicate: DuplicatePolicy) {\n    importPricesCsv(csv: $csv, onDuplicate: $onDuplicate) { inserted replaced observations { market { id } day priceCnyPerKg source } }\n  }\n": types.ObservationsImportDocument,
    "\n  query ObservationsList($filter: PriceObservationFilter, $first: Int, $after: String) {\n    priceObservations(filter: $filter, first: $first, after: $after) {\n      edges { cursor node { id market { id } crop variety grade day priceCnyPerKg volumeKg } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.ObservationsListDocument,
    "\n  mutation PricesReport($observations: [PriceObservationInput!]!, $onDuplicate: DuplicatePolicy) {\n    reportPrices(observations: $observations, onDuplicate: $onDuplicate) {\n      inserted replaced\n      observations { id market { id } crop variety grade day priceCnyPerKg volumeKg source reportedAt }\n    }\n  }\n": types.PricesReportDocument,
    "\n  mutation ProbeInputQuoteFloor($input: QuoteFloorInput!) { quoteFloor(input: $input) { id windows { start end } } }\n": types.ProbeInputQuoteFloorDocument,
    "\n  mutation ProbeInputBindFloor($quoteId: ID!, $idempotencyKey: String!) { bindFloor(quoteId: $quoteId, idempotencyKey: $idempotencyKey) { id } }\n": types.ProbeInputBindFloorDocument,
    "\n  mutation ProbeInputReportPrices($observations: [PriceObservationInput!]!) { reportPrices(observations: $observations) { inserted } }\n": types.ProbeInputReportPricesDocument,
    "query ProbeCostBasis($id: ID!) { costBasis(id: $id) { id } }": types.ProbeCostBasisDocument,
    "query ProbeFloorQuote($id: ID!) { floorQuote(id: $id) { id } }": types.ProbeFloorQuoteDocument,
    "query ProbeFloorContract($id: ID!) { floorContract(id: $id) { id } }": types.ProbeFloorContractDocument,
    "query ProbeFloorSettlement($id: ID!) { floorSettlement(id: $id) { id } }": types.ProbeFloorSettlementDocument,
    "query ProbeContracts($after: String, $first: Int, $memberId: ID) { floorContracts(first: $first, after: $after, filter: { memberId: $memberId }) { edges { node { id } } } }": types.ProbeContractsDocument,
    "query ProbeObservationsPage($after: String, $first: Int, $marketId: ID) { priceObservations(first: $first, after: $after, filter: { marketId: $marketId }) { edges { node { id } } } }": types.ProbeObservationsPageDocument,
    "query ProbeIndex($from: Date!, $to: Date!, $interval: PriceInterval!) { priceIndex(crop: SCALLION, from: $from, to: $to, interval: $interval) { points { periodStart } } }": types.ProbeIndexDocument,
    "query ProbeExposure($seasonOn: Date) { exposure(crop: SCALLION, seasonOn: $seasonOn) { contracts } }": types.ProbeExposureDocument,
    "query ProbeSchemes { floorSchemes { id } }": types.ProbeSchemesDocument,
    "query ProbeCostBases { costBases { id } }": types.ProbeCostBasesDocument,
    "mutation ProbeSettleFloor($contractId: ID!, $window: WindowInput!) { settleFloor(contractId: $contractId, window: $window) { id } }": types.ProbeSettleFloorDocument,
    "mutation ProbeSettleWindow($window: WindowInput!) { settleWindow(crop: SCALLION, window: $window) { settled } }": types.ProbeSettleWindowDocument,
    "mutation ProbeUpdateScheme($id: ID!, $input: FloorSchemeUpdateInput!) { updateFloorScheme(id: $id, input: $input) { id } }": types.ProbeUpdateSchemeDocument,
    "mutation ProbeImportCsv($csv: LongText!) { importPricesCsv(csv: $csv) { inserted } }": types.ProbeImportCsvDocument,
    "mutation ProbeOpenScheme($input: FloorSchemeInput!) { openFloorScheme(input: $input) { id } }": types.ProbeOpenSchemeDocument,
    "mutation ProbePublishBasis($input: CostBasisInput!) { publishCostBasis(input: $input) { id } }": types.ProbePublishBasisDocument,
    "\n  mutation ProbeMoneyQuote($input: QuoteFloorInput!) {\n    quoteFloor(input: $input) { id insuredKg floorPerKg sumInsuredCny premiumCny windows { start } premiumShares { payer share amountCny } }\n  }\n": types.ProbeMoneyQuoteDocument,
    "\n  query ProbeMoneyContract($id: ID!) { floorContract(id: $id) { id insuredKg floorPerKg sumInsuredCny premiumCny premiumShares { payer amountCny } windows { start } } }\n": types.ProbeMoneyContractDocument,
    "\n  query ProbeMoneyExposure { exposure(crop: SCALLION) { contracts insuredKg sumInsuredCny maximumPayoutCny premiumCny byWindow { start end contracts insuredKg sumInsuredCny expectedPayoutCny } } }\n": types.ProbeMoneyExposureDocument,
    "\n  mutation ProbeMoneyBind($quoteId: ID!, $idempotencyKey: String!) { bindFloor(quoteId: $quoteId, idempotencyKey: $idempotencyKey) { id } }\n": types.ProbeMoneyBindDocument,
    "\n  mutation ProbeMoneySettle($contractId: ID!, $window: WindowInput!) { settleFloor(contractId: $contractId, window: $window) { id } }\n": types.ProbeMoneySettleDocument,
    "\n  mutation ProbeMoneyUpdateScheme($id: ID!, $input: FloorSchemeUpdateInput!) { updateFloorScheme(id: $id, input: $input) { id } }\n": types.ProbeMoneyUpdateSchemeDocument,
    "\n  mutation ProbeMoneyReport($observations: [PriceObservationInput!]!) { reportPrices(observations: $observations) { inserted } }\n": types.ProbeMoneyReportDocument,
    "\n  mutation ProbeMoneyImport($csv: LongText!) { importPricesCsv(csv: $csv) { inserted } }\n": types.ProbeMoneyImportDocument,
    "\n  query ProbeMoneyContracts($memberId: ID) { floorContracts(filter: { memberId: $memberId }) { edges { node { id } } } }\n": types.ProbeMoneyContractsDocument,
    "\n  mutation ProbeQuoteFloor($input: QuoteFloorInput!) {\n    quoteFloor(input: $input) { id insuredKg floorPerKg sumInsuredCny premiumCny windows { start end } premiumShares { payer share amountCny } perMu { expectedYieldKgPerMu } }\n  }\n": types.ProbeQuoteFloorDocument,
    "\n  mutation ProbeBindFloor($quoteId: ID!, $idempotencyKey: String!) { bindFloor(quoteId: $quoteId, idempotencyKey: $idempotencyKey) { id number } }\n": types.ProbeBindFloorDocument,
    "\n  mutation ProbeSetRoles($id: ID!, $roles: [Role!]!) { updateMember(id: $id, input: { roles: $roles }) { id } }\n": types.ProbeSetRolesDocument,
    "\n  mutation ProbeSuspend($id: ID!, $reason: String!) { suspendMember(id: $id, reason: $reason) { status } }\n": types.ProbeSuspendDocument,
    "\n  mutation ProbeReinstate($id: ID!) { reinstateMember(id: $id) { status } }\n": types.ProbeReinstateDocument,
    "\n  mutation ProbeReportPrices($observations: [PriceObservationInput!]!) { reportPrices(observations: $observations) { inserted } }\n": types.ProbeReportPricesDocument,
    "\n  query ProbeObservations { priceObservations(first: 5) { edges { node { id } } } }\n": types.ProbeObservationsDocument,
    "\n  mutation QuotesQuoteFloor($input: QuoteFloorInput!) {\n    quoteFloor(input: $input) {\n      id member { id } crop variety grade insuredKg coverage coverFrom coverTo windowLength\n      costBasis { id version } scheme { id }\n      marginalCostPerKg floorPerKg sumInsuredCny black76PerKg burnCostPerKg technicalPerKg loading premiumCny rate\n      premiumShares { payer share amountCny }\n      perMu { insuredMu expectedYieldKgPerMu sumInsuredPerMuCny targetPricePerKg targetPricePerJin premiumPerMuCny farmerPremiumPerMuCny }\n      windows { start end forwardPerKg volatility yearsToExpiry riskFreeRate black76PerKg burnCostPerKg pastSeasons { start end indexPerKg observationDays payoutPerKg } }\n      validUntil status contract { id } createdAt\n    }\n  }\n": types.QuotesQuoteFloorDocument,
    "\n  query QuotesFloorQuote($id: ID!) {\n    floorQuote(id: $id) { id status member { id } premiumCny contract { id } }\n  }\n": types.QuotesFloorQuoteDocument,
    "\n  mutation QuotesBindFloor($quoteId: ID!, $idempotencyKey: String!) {\n    bindFloor(quoteId: $quoteId, idempotencyKey: $idempotencyKey) { id }\n  }\n": types.QuotesBindFloorDocument,
    "\n  mutation SettlementSettleFloor($contractId: ID!, $window: WindowInput!) {\n    settleFloor(contractId: $contractId, window: $window) {\n      id windowStart windowEnd indexPerKg floorPerKg insuredKg payoutCny indemnityPerMuCny observationDays observationCount volumeKg settledAt\n      contract { id status paidCny windows { start settlement { id payoutCny } } }\n      statement { market { id name } day variety grade priceCnyPerKg volumeKg }\n    }\n  }\n": types.SettlementSettleFloorDocument,
    "\n  mutation SettlementSettleWindow($crop: Crop!, $window: WindowInput!) {\n    settleWindow(crop: $crop, window: $window) { crop windowStart windowEnd indexPerKg settled alreadySettled payoutCny totalPayoutCny }\n  }\n": types.SettlementSettleWindowDocument,
    "\n  query SettlementById($id: ID!) { floorSettlement(id: $id) { id payoutCny contract { id } statement { day } } }\n": types.SettlementByIdDocument,
    "\n  query SettlementExposure { exposure(crop: SCALLION) { byWindow { start contracts expectedPayoutCny paidCny } } }\n": types.SettlementExposureDocument,
    "\n  mutation EntitiesReserveSupply($input: ReserveSupplyInput!) {\n    reserveSupply(input: $input) { id }\n  }\n": types.EntitiesReserveSupplyDocument,
    "\n  mutation AffiliateGrower($id: ID!, $cooperativeId: ID) {\n    updateMember(id: $id, input: { cooperativeId: $cooperativeId }) { id cooperative { id code } }\n  }\n": types.AffiliateGrowerDocument,
    "\n  mutation CrossAllianceReserveSupply($input: ReserveSupplyInput!) { reserveSupply(input: $input) { id } }\n": types.CrossAllianceReserveSupplyDocument,
    "mutation CrossAllianceAdmitMember($input: AdmitMemberInput!) { admitMember(input: $input) { id } }": types.CrossAllianceAdmitMemberDocument,
    "mutation CrossAllianceUpdateMember($id: ID!) { updateMember(id: $id, input: { name: \"Taken over\", roles: [ALLIANCE_ADMIN] }) { id } }": types.CrossAllianceUpdateMemberDocument,
    "mutation CrossAllianceSuspendMember($id: ID!) { suspendMember(id: $id, reason: \"x\") { id } }": types.CrossAllianceSuspendMemberDocument,
    "mutation CrossAllianceReinstateMember($id: ID!) { reinstateMember(id: $id) { id } }": types.CrossAllianceReinstateMemberDocument,
    "mutation CrossAllianceAddBase($m: ID!) { addBase(memberId: $m, input: { township: \"Jinma\", areaMu: \"1\", crop: SCALLION }) { id } }": types.CrossAllianceAddBaseDocument,
    "mutation CrossAllianceUpdateBase($id: ID!) { updateBase(id: $id, input: { township: \"Wujie\", areaMu: \"99\", crop: SCALLION }) { id } }": types.CrossAllianceUpdateBaseDocument,
    "mutation CrossAllianceRemoveBase($id: ID!) { removeBase(id: $id) }": types.CrossAllianceRemoveBaseDocument,
    "mutation CrossAllianceRegisterLot($input: RegisterLotInput!) { registerLot(input: $input) { id } }": types.CrossAllianceRegisterLotDocument,
    "mutation CrossAllianceUpdateLot($id: ID!) { updateLot(id: $id, input: { quantityKg: \"9999\" }) { id } }": types.CrossAllianceUpdateLotDocument,
    "mutation CrossAllianceWithdrawLot($id: ID!) { withdrawLot(id: $id) { id } }": types.CrossAllianceWithdrawLotDocument,
    "mutation CrossAllianceReserveNamedLot($input: ReserveSupplyInput!) { reserveSupply(input: $input) { id } }": types.CrossAllianceReserveNamedLotDocument,
    "mutation CrossAllianceConfirmReservation($id: ID!) { confirmReservation(id: $id) { id } }": types.CrossAllianceConfirmReservationDocument,
    "mutation CrossAllianceCancelReservation($id: ID!) { cancelReservation(id: $id) { id } }": types.CrossAllianceCancelReservationDocument,
    "mutation CrossAllianceSetMarketRoute($input: MarketRouteInput!) { setMarketRoute(input: $input) { transitHours } }": types.CrossAllianceSetMarketRouteDocument,
    "\n  mutation DirectoryRenameMember($id: ID!, $name: String, $creditCode: String) {\n    updateMember(id: $id, input: { name: $name, creditCode: $creditCode }) { id name creditCode }\n  }\n": types.DirectoryRenameMemberDocument,
    "\n  mutation DirectoryRenameSelf($name: String!) { updateMyProfile(input: { name: $name }) { id name } }\n": types.DirectoryRenameSelfDocument,
    "\n  mutation FreshnessSetRoute($input: MarketRouteInput!) { setMarketRoute(input: $input) { market { id } transitHours truckTempC } }\n": types.FreshnessSetRouteDocument,
    "\n  query FreshnessRoutes { marketRoutes { market { id } transitHours truckTempC } }\n": types.FreshnessRoutesDocument,
    "\n  query FreshnessSupply($min: Float, $destination: ID) {\n    supply(filter: { crop: SCALLION, minShelfLifeOnArrivalDays: $min, destinationMarketId: $destination }) {\n      totalCount edges { node { id } predictedShelfLifeOnArrivalDays }\n    }\n    supplySummary(filter: { crop: SCALLION, minShelfLifeOnArrivalDays: $min, destinationMarketId: $destination }, groupBy: []) { lotCount }\n  }\n": types.FreshnessSupplyDocument,
    "\n  mutation FreshnessReserve($input: ReserveSupplyInput!) { reserveSupply(input: $input) { id totalKg lines { kg lot { id } } } }\n": types.FreshnessReserveDocument,
    "\n  mutation LotNumbersRegister($input: RegisterLotInput!) { registerLot(input: $input) { id lotNumber harvestDate } }\n": types.LotNumbersRegisterDocument,
    "\n  query LotNumbersLot($id: ID!) { lot(id: $id) { lotNumber } }\n": types.LotNumbersLotDocument,
    "\n  mutation MarketplaceReserve($input: ReserveSupplyInput!) {\n    reserveSupply(input: $input) {\n      id status holdUntil totalKg totalPrice idempotencyKey market { id } lines { kg pricePerKg amount lot { id availableKg } }\n    }\n  }\n": types.MarketplaceReserveDocument,
    "\n  query MarketplaceLotCounters($id: ID!) { lot(id: $id) { quantityKg reservedKg shippedKg availableKg } }\n": types.MarketplaceLotCountersDocument,
    "\n  mutation MarketplaceRegisterLot($input: RegisterLotInput!) { registerLot(input: $input) { id } }\n": types.MarketplaceRegisterLotDocument,
    "\n  mutation MarketplaceUpdateLot($id: ID!, $input: UpdateLotInput!) { updateLot(id: $id, input: $input) { askingPricePerKg quantityKg } }\n": types.MarketplaceUpdateLotDocument,
    "\n  query MarketplaceSupplyCount { supply(filter: {}) { totalCount } }\n": types.MarketplaceSupplyCountDocument,
    "\n  mutation MarketplaceConfirm($id: ID!) { confirmReservation(id: $id) { status } }\n": types.MarketplaceConfirmDocument,
    "\n  mutation MarketplaceCancel($id: ID!) { cancelReservation(id: $id) { status } }\n": types.MarketplaceCancelDocument,
    "\n  query MarketplaceReservationStatus($id: ID!) { reservation(id: $id) { status } }\n": types.MarketplaceReservationStatusDocument,
    "mutation MarketplaceRegisterLotInFull($input: RegisterLotInput!) { registerLot(input: $input) { id crop variety grade quantityKg availableKg harvestDate township askingPricePerKg status grower { id } base { id } } }": types.MarketplaceRegisterLotInFullDocument,
    "mutation MarketplaceWithdrawLot($id: ID!) { withdrawLot(id: $id) { status } }": types.MarketplaceWithdrawLotDocument,
    "mutation MarketplaceRegisterForwardLot($input: RegisterLotInput!) { registerLot(input: $input) { forward harvestDate } }": types.MarketplaceRegisterForwardLotDocument,
    "\n      query MarketplaceRedAScallionPage($after: String) {\n        supply(filter: { crop: SCALLION, varieties: [RED], grades: [A] }, first: 2, after: $after) {\n          totalCount totalAvailableKg edges { node { id availableKg harvestDate askingPricePerKg grower { id contact { phone } } } } pageInfo { hasNextPage endCursor }\n        }\n      }\n    ": types.MarketplaceRedAScallionPageDocument,
    "query MarketplaceCheapLargeLots { supply(filter: { crop: SCALLION, minAvailableKg: \"300\", maxPricePerKg: \"2.25\" }, orderBy: PRICE) { edges { node { availableKg askingPricePerKg } } } }": types.MarketplaceCheapLargeLotsDocument,
    "query MarketplaceWujieSupply { supply(filter: { townships: [\"Wujie\"] }) { totalCount edges { node { grade township } } } }": types.MarketplaceWujieSupplyDocument,
    "query MarketplaceSummaryByVarietyTownship { supplySummary(filter: { crop: SCALLION }, groupBy: [VARIETY, TOWNSHIP]) { crop variety grade township availableKg lotCount } }": types.MarketplaceSummaryByVarietyTownshipDocument,
    "query MarketplaceRedSummaryByGrade { supplySummary(filter: { crop: SCALLION, varieties: [RED] }, groupBy: [GRADE]) { grade availableKg } }": types.MarketplaceRedSummaryByGradeDocument,
    "query MarketplaceReservationId($id: ID!) { reservation(id: $id) { id } }": types.MarketplaceReservationIdDocument,
    "query MarketplaceOwnReservations { viewer { reservations { id } } }": types.MarketplaceOwnReservationsDocument,
    "query MarketplaceLotReservations($id: ID!) { lot(id: $id) { reservations { id } } }": types.MarketplaceLotReservationsDocument,
    "query MarketplaceMemberReservations($id: ID!) { member(id: $id) { reservations { id } } }": types.MarketplaceMemberReservationsDocument,
    "\n  query MembersPublicAlliances($id: ID!) { alliances { id code name region crops } alliance(id: $id) { name } }\n": types.MembersPublicAlliancesDocument,
    "\n  query MembersMemberCode($id: ID!) { member(id: $id) { code } }\n": types.MembersMemberCodeDocument,
    "\n  query MembersViewerCode { viewer { code } }\n": types.MembersViewerCodeDocument,
    "\n  query MembersCount { members { totalCount } }\n": types.MembersCountDocument,
    "\n  query MembersViewerMemberAndCode($id: ID!, $code: String!) {\n    viewer {\n      id code name kind creditCode township status statusReason joinedOn\n      contact { name phone } alliances { alliance { id code } roles } bases { id township areaMu crop }\n    }\n    member(id: $id) { code kind }\n    memberByCode(code: $code) { id }\n  }\n": types.MembersViewerMemberAndCodeDocument,
    "\n  query MembersBaishuiGrowersPage($after: String) {\n    members(filter: { kinds: [GROWER], township: \"Baishui\" }, first: 2, after: $after) {\n      totalCount edges { cursor node { code township } } pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.MembersBaishuiGrowersPageDocument,
    "\n  query MembersFiltered($filter: MemberFilter, $first: Int, $after: String) {\n    members(filter: $filter, first: $first, after: $after) { totalCount edges { node { id } } }\n  }\n": types.MembersFilteredDocument,
    "\n  query MembersTwoContacts($g: ID!, $c: ID!) { g: member(id: $g) { contact { phone } } c: member(id: $c) { contact { phone } } }\n": types.MembersTwoContactsDocument,
    "\n  query MembersMemberAndNone($id: ID!, $none: ID!) { member(id: $id) { code } none: member(id: $none) { code } }\n": types.MembersMemberAndNoneDocument,
    "\n  query MembersByCodeAndNone($code: String!, $none: String!) { other: memberByCode(code: $code) { id } none: memberByCode(code: $none) { id } }\n": types.MembersByCodeAndNoneDocument,
    "\n  query MembersMemberByCode($code: String!) { memberByCode(code: $code) { id } }\n": types.MembersMemberByCodeDocument,
    "\n  mutation MembersAdmitGrower($a: ID!, $code: String!) {\n    admitMember(input: { allianceId: $a, code: $code, name: \"x\", kind: GROWER, township: \"Wujie\", contact: { name: \"x\", phone: \"13700000000\" } }) { id }\n  }\n": types.MembersAdmitGrowerDocument,
    "\n  mutation MembersSuspendStatus($id: ID!) { suspendMember(id: $id, reason: \"x\") { status } }\n": types.MembersSuspendStatusDocument,
    "\n  mutation MembersUpdateMember($id: ID!) {\n    updateMember(id: $id, input: { name: \"Zhang San\", township: \"Wujie\", roles: [GROWER, COOPERATIVE] }) { name township alliances { roles } }\n  }\n": types.MembersUpdateMemberDocument,
    "\n  mutation MembersUpdateMyProfile($input: UpdateProfileInput!) { updateMyProfile(input: $input) { name contact { name phone } } }\n": types.MembersUpdateMyProfileDocument,
    "\n  mutation MembersAddBase($input: BaseInput!, $memberId: ID) { addBase(memberId: $memberId, input: $input) { id areaMu } }\n": types.MembersAddBaseDocument,
    "\n  mutation MembersUpdateBase($id: ID!, $input: BaseInput!) { updateBase(id: $id, input: $input) { township areaMu } }\n": types.MembersUpdateBaseDocument,
    "\n  mutation MembersRemoveBase($id: ID!) { removeBase(id: $id) }\n": types.MembersRemoveBaseDocument,
    "\n    mutation MembersAdmit($input: AdmitMemberInput!) { admitMember(input: $input) { id code kind creditCode status joinedOn alliances { roles } } }\n  ": types.MembersAdmitDocument,
    "\n      mutation MembersSuspend($id: ID!) { suspendMember(id: $id, reason: \"Residue test failed\") { status statusReason } }\n    ": types.MembersSuspendDocument,
    "\n      mutation MembersReinstate($id: ID!) { reinstateMember(id: $id) { status statusReason } }\n    ": types.MembersReinstateDocument,
    "\n  mutation MembersProbeSuspend($id: ID!, $reason: String!) { suspendMember(id: $id, reason: $reason) { status statusReason } }\n": types.MembersProbeSuspendDocument,
    "\n  mutation MembersProbeReinstate($id: ID!) { reinstateMember(id: $id) { status } }\n": types.MembersProbeReinstateDocument,
    "\n  mutation MembersProbeRename($id: ID!, $name: String!) { updateMember(id: $id, input: { name: $name, contact: { name: \"Probe\", phone: \"13800009999\" } }) { name } }\n": types.MembersProbeRenameDocument,
    "\n  query MembersProbeMemberStanding($id: ID!) { member(id: $id) { name status statusReason } }\n": types.MembersProbeMemberStandingDocument,
    "\n  query MembersProbeViewerStanding { viewer { status statusReason } }\n": types.MembersProbeViewerStandingDocument,
    "\n  mutation MembersProbeMyProfile($name: String!) { updateMyProfile(input: { name: $name }) { name } }\n": types.MembersProbeMyProfileDocument,
    "\n  mutation MembersProbeSetRoles($id: ID!, $roles: [Role!]!) { updateMember(id: $id, input: { roles: $roles }) { id } }\n": types.MembersProbeSetRolesDocument,
    "\n  mutation MembersProbeReserve($input: ReserveSupplyInput!) { reserveSupply(input: $input) { id status } }\n": types.MembersProbeReserveDocument,
    "\n  mutation MembersProbeConfirm($id: ID!) { confirmReservation(id: $id) { id status } }\n": types.MembersProbeConfirmDocument,
    "\n  mutation MembersProbeCancel($id: ID!) { cancelReservation(id: $id) { id status } }\n": types.MembersProbeCancelDocument,
    "\n  query MembersProbeReservation($id: ID!) { reservation(id: $id) { id status } }\n": types.MembersProbeReservationDocument,
    "\n  mutation MembersProbeAddBase($memberId: ID, $input: BaseInput!) { addBase(memberId: $memberId, input: $input) { id crop } }\n": types.MembersProbeAddBaseDocument,
    "\n  mutation MembersProbeUpdateBase($id: ID!, $input: BaseInput!) { updateBase(id: $id, input: $input) { id crop } }\n": types.MembersProbeUpdateBaseDocument,
    "\n  mutation MembersProbeRemoveBase($id: ID!) { removeBase(id: $id) }\n": types.MembersProbeRemoveBaseDocument,
    "\n  query MembersProbeMemberAlliances($id: ID!) { member(id: $id) { alliances { alliance { id } roles } } }\n": types.MembersProbeMemberAlliancesDocument,
    "\n  query MembersProbeListedAlliances { members(first: 100) { edges { node { id alliances { alliance { id } roles } } } } }\n": types.MembersProbeListedAlliancesDocument,
    "\n  query MembersProbeViewerAlliances { viewer { alliances { alliance { id } } } }\n": types.MembersProbeViewerAlliancesDocument,
    "\n  mutation ReadLeaksReserve($input: ReserveSupplyInput!) { reserveSupply(input: $input) { id totalKg totalPrice lines { kg amount } } }\n": types.ReadLeaksReserveDocument,
    "\n  query ReadLeaksLotTerms($id: ID!) { lot(id: $id) { id crop availableKg askingPricePerKg } }\n": types.ReadLeaksLotTermsDocument,
    "\n  query ReadLeaksLotBasics($id: ID!) { lot(id: $id) { id crop grade harvestDate grower { code } } }\n": types.ReadLeaksLotBasicsDocument,
    "\n  query ReadLeaksTwoLots($other: ID!, $none: ID!) { other: lot(id: $other) { id } none: lot(id: $none) { id } }\n": types.ReadLeaksTwoLotsDocument,
    "\n  query ReadLeaksLotReservations($id: ID!) {\n    lot(id: $id) { reservations { id lines { kg pricePerKg amount lot { id grower { name } } } totalKg totalPrice } }\n  }\n": types.ReadLeaksLotReservationsDocument,
    "\n  query ReadLeaksReservationLines($id: ID!) {\n    reservation(id: $id) { lines { kg pricePerKg amount lot { id grower { name } } } totalKg totalPrice }\n  }\n": types.ReadLeaksReservationLinesDocument,
    "\n  query ReadLeaksMemberLotsPage($id: ID!, $first: Int!) { member(id: $id) { lots(first: $first) { id } } }\n": types.ReadLeaksMemberLotsPageDocument,
    "\n  query ReadLeaksMemberReservationsPage($id: ID!, $first: Int!) { member(id: $id) { reservations(first: $first) { id } } }\n": types.ReadLeaksMemberReservationsPageDocument,
    "\n  query ReadLeaksMembersPage($first: Int!) { members(first: $first) { totalCount } }\n": types.ReadLeaksMembersPageDocument,
    "\n  query ReadLeaksSupplyPage($first: Int!) { supply(filter: {}, first: $first) { totalCount } }\n": types.ReadLeaksSupplyPageDocument,
    "\n  mutation RevocationRegisterLot($input: RegisterLotInput!) { registerLot(input: $input) { id } }\n": types.RevocationRegisterLotDocument,
    "\n  mutation RevocationSetRoles($id: ID!, $roles: [Role!]!) { updateMember(id: $id, input: { roles: $roles }) { id alliances { roles } } }\n": types.RevocationSetRolesDocument,
    "\n  mutation RevocationSuspend($id: ID!, $reason: String!) { suspendMember(id: $id, reason: $reason) { status } }\n": types.RevocationSuspendDocument,
    "\n  query RevocationSupplyCount { supply(filter: {}) { totalCount } }\n": types.RevocationSupplyCountDocument,
    "\n  query RevocationViewerStatus { viewer { status statusReason } }\n": types.RevocationViewerStatusDocument,
    "\n  query RevocationViewerId { viewer { id } }\n": types.RevocationViewerIdDocument,
    "\n  mutation RevocationAdmit($input: AdmitMemberInput!) { admitMember(input: $input) { id } }\n": types.RevocationAdmitDocument,
    "\n  query SupplyReadPageAndSummary($first: Int!, $by: Date!) {\n    supply(filter: { crop: SCALLION, varieties: [RED], grades: [A, B], townships: [\"Jinma\", \"Zhongshu\"], availableBy: $by }, first: $first) {\n      totalCount totalAvailableKg\n      edges { node { id grade variety township harvestDate availableKg askingPricePerKg grower { code name } } }\n      pageInfo { hasNextPage endCursor }\n    }\n    supplySummary(filter: { crop: SCALLION, availableBy: $by }, groupBy: [VARIETY, GRADE]) { variety grade availableKg lotCount }\n  }\n": types.SupplyReadPageAndSummaryDocument,
    "mutation SupplyReadReserve($input: ReserveSupplyInput!) { reserveSupply(input: $input) { id } }": types.SupplyReadReserveDocument,
    "\n      query SupplyReadByPrice($after: String) {\n        supply(filter: {}, orderBy: PRICE, first: 2, after: $after) {\n          totalCount edges { node { id lotNumber status createdAt base { id } grower { id } reservedKg } } pageInfo { hasNextPage endCursor }\n        }\n      }\n    ": types.SupplyReadByPriceDocument,
    "query SupplyReadSummaryAlone { supplySummary(filter: {}, groupBy: []) { availableKg lotCount } }": types.SupplyReadSummaryAloneDocument,
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
export function graphql(source: "\n  query GatewayAlliances {\n    alliances { id code name region crops }\n  }\n"): (typeof documents)["\n  query GatewayAlliances {\n    alliances { id code name region crops }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GatewayMemberFields {\n    __type(name: \"Member\") { fields { name } }\n  }\n"): (typeof documents)["\n  query GatewayMemberFields {\n    __type(name: \"Member\") { fields { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartialSupplyWithColdChain($first: Int!) {\n    supply(filter: { crop: SCALLION }, first: $first) {\n      totalCount\n      edges { node { id availableKg coldChain { excursionCount custody { kind } } } }\n    }\n  }\n"): (typeof documents)["\n  query PartialSupplyWithColdChain($first: Int!) {\n    supply(filter: { crop: SCALLION }, first: $first) {\n      totalCount\n      edges { node { id availableKg coldChain { excursionCount custody { kind } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReplicasReserve($input: ReserveSupplyInput!) { reserveSupply(input: $input) { id totalKg } }"): (typeof documents)["mutation ReplicasReserve($input: ReserveSupplyInput!) { reserveSupply(input: $input) { id totalKg } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReplicasConfirm($id: ID!) { confirmReservation(id: $id) { status } }"): (typeof documents)["mutation ReplicasConfirm($id: ID!) { confirmReservation(id: $id) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReplicasPlan($input: PlanShipmentInput!) { planShipment(input: $input) { id } }"): (typeof documents)["mutation ReplicasPlan($input: PlanShipmentInput!) { planShipment(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReplicasShipment($id: ID!) { shipment(id: $id) { reservations { status } } }"): (typeof documents)["query ReplicasShipment($id: ID!) { shipment(id: $id) { reservations { status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrandOfficeOfCaller {\n    brandOffice { allianceId member { id code } }\n  }\n"): (typeof documents)["\n  query BrandOfficeOfCaller {\n    brandOffice { allianceId member { id code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FeePoolRecordTest($input: RecordResidueTestInput!) {\n    recordResidueTest(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation FeePoolRecordTest($input: RecordResidueTestInput!) {\n    recordResidueTest(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FeePoolCertify($lotId: ID!) {\n    issueOriginCertificate(lotId: $lotId) { id certifiedKg }\n  }\n"): (typeof documents)["\n  mutation FeePoolCertify($lotId: ID!) {\n    issueOriginCertificate(lotId: $lotId) { id certifiedKg }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FeePoolRevokeCertificate($id: ID!, $reason: String!) {\n    revokeOriginCertificate(id: $id, reason: $reason) { id status }\n  }\n"): (typeof documents)["\n  mutation FeePoolRevokeCertificate($id: ID!, $reason: String!) {\n    revokeOriginCertificate(id: $id, reason: $reason) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FeePoolGrant($input: GrantLicenceInput!) {\n    grantLicence(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation FeePoolGrant($input: GrantLicenceInput!) {\n    grantLicence(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FeePoolRevokeLicence($id: ID!, $reason: String!) {\n    revokeLicence(id: $id, reason: $reason) { id status }\n  }\n"): (typeof documents)["\n  mutation FeePoolRevokeLicence($id: ID!, $reason: String!) {\n    revokeLicence(id: $id, reason: $reason) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FeePoolIssueLabels($licenceId: ID!, $lotId: ID!, $count: Int!, $packKg: Decimal!) {\n    issueLabels(licenceId: $licenceId, lotId: $lotId, count: $count, packKg: $packKg) { id totalKg feeCny }\n  }\n"): (typeof documents)["\n  mutation FeePoolIssueLabels($licenceId: ID!, $lotId: ID!, $count: Int!, $packKg: Decimal!) {\n    issueLabels(licenceId: $licenceId, lotId: $lotId, count: $count, packKg: $packKg) { id totalKg feeCny }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FeePoolDistribute($allianceId: ID!, $month: String!) {\n    distributeFeePool(allianceId: $allianceId, month: $month) {\n      allianceId month poolCny certifiedKg distributed distributedAt\n      shares { month cooperative { id } certifiedKg share amountCny distributed }\n    }\n  }\n"): (typeof documents)["\n  mutation FeePoolDistribute($allianceId: ID!, $month: String!) {\n    distributeFeePool(allianceId: $allianceId, month: $month) {\n      allianceId month poolCny certifiedKg distributed distributedAt\n      shares { month cooperative { id } certifiedKg share amountCny distributed }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeePoolOfMonth($month: String!) {\n    feePool(month: $month) {\n      allianceId month poolCny certifiedKg distributed distributedAt\n      shares { month cooperative { id } certifiedKg share amountCny distributed }\n    }\n  }\n"): (typeof documents)["\n  query FeePoolOfMonth($month: String!) {\n    feePool(month: $month) {\n      allianceId month poolCny certifiedKg distributed distributedAt\n      shares { month cooperative { id } certifiedKg share amountCny distributed }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeePoolStatements($first: Int) {\n    feePoolStatements(first: $first) { month cooperative { id } certifiedKg share amountCny distributed }\n  }\n"): (typeof documents)["\n  query FeePoolStatements($first: Int) {\n    feePoolStatements(first: $first) { month cooperative { id } certifiedKg share amountCny distributed }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConcurrentIssue($licenceId: ID!, $lotId: ID!, $count: Int!, $packKg: Decimal!) {\n    issueLabels(licenceId: $licenceId, lotId: $lotId, count: $count, packKg: $packKg) { id totalKg }\n  }\n"): (typeof documents)["\n  mutation ConcurrentIssue($licenceId: ID!, $lotId: ID!, $count: Int!, $packKg: Decimal!) {\n    issueLabels(licenceId: $licenceId, lotId: $lotId, count: $count, packKg: $packKg) { id totalKg }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LabelsIssue($licenceId: ID!, $lotId: ID!, $count: Int!, $packKg: Decimal!) {\n    issueLabels(licenceId: $licenceId, lotId: $lotId, count: $count, packKg: $packKg) {\n      id count packKg totalKg feeCny gtin lotNumber issuedAt status\n      licence { id usedKg remainingKg feesAccrued }\n      lot { id }\n      certificate { id number labelledKg }\n      issuedBy { id }\n    }\n  }\n"): (typeof documents)["\n  mutation LabelsIssue($licenceId: ID!, $lotId: ID!, $count: Int!, $packKg: Decimal!) {\n    issueLabels(licenceId: $licenceId, lotId: $lotId, count: $count, packKg: $packKg) {\n      id count packKg totalKg feeCny gtin lotNumber issuedAt status\n      licence { id usedKg remainingKg feesAccrued }\n      lot { id }\n      certificate { id number labelledKg }\n      issuedBy { id }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LabelsBatch($id: ID!, $first: Int, $after: String) {\n    labelBatch(id: $id) {\n      id count status\n      codes(first: $first, after: $after) { edges { cursor node { serial printedSerial digitalLink status scanCount } } pageInfo { hasNextPage endCursor } }\n    }\n  }\n"): (typeof documents)["\n  query LabelsBatch($id: ID!, $first: Int, $after: String) {\n    labelBatch(id: $id) {\n      id count status\n      codes(first: $first, after: $after) { edges { cursor node { serial printedSerial digitalLink status scanCount } } pageInfo { hasNextPage endCursor } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LabelsBatchCsv($id: ID!) { labelBatch(id: $id) { id csv } }\n"): (typeof documents)["\n  query LabelsBatchCsv($id: ID!) { labelBatch(id: $id) { id csv } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LabelsBatchQr($id: ID!) { labelBatch(id: $id) { id codes(first: 2) { edges { node { serial digitalLink qrSvg } } } } }\n"): (typeof documents)["\n  query LabelsBatchQr($id: ID!) { labelBatch(id: $id) { id codes(first: 2) { edges { node { serial digitalLink qrSvg } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LabelsLicence($id: ID!) {\n    licence(id: $id) { id usedKg remainingKg feesAccrued labelBatches(first: 10) { edges { node { id status totalKg } } } }\n  }\n"): (typeof documents)["\n  query LabelsLicence($id: ID!) {\n    licence(id: $id) { id usedKg remainingKg feesAccrued labelBatches(first: 10) { edges { node { id status totalKg } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LabelsCertificate($id: ID!) { originCertificate(id: $id) { id certifiedKg labelledKg status } }\n"): (typeof documents)["\n  query LabelsCertificate($id: ID!) { originCertificate(id: $id) { id certifiedKg labelledKg status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LabelsRevokeLicence($id: ID!, $reason: String!) { revokeLicence(id: $id, reason: $reason) { id status } }\n"): (typeof documents)["\n  mutation LabelsRevokeLicence($id: ID!, $reason: String!) { revokeLicence(id: $id, reason: $reason) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LabelsSuspendLicence($id: ID!, $reason: String!) { suspendLicence(id: $id, reason: $reason) { id status } }\n"): (typeof documents)["\n  mutation LabelsSuspendLicence($id: ID!, $reason: String!) { suspendLicence(id: $id, reason: $reason) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LabelsRevokeCertificate($id: ID!, $reason: String!) { revokeOriginCertificate(id: $id, reason: $reason) { id status } }\n"): (typeof documents)["\n  mutation LabelsRevokeCertificate($id: ID!, $reason: String!) { revokeOriginCertificate(id: $id, reason: $reason) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LicenceGrant($input: GrantLicenceInput!) {\n    grantLicence(input: $input) {\n      id number allianceId crop gtin validFrom validUntil quotaKg usedKg remainingKg feePerKg feesAccrued status statusReason grantedAt\n      licensee { member { id } name creditCode }\n      trademark { name registrationNumber }\n    }\n  }\n"): (typeof documents)["\n  mutation LicenceGrant($input: GrantLicenceInput!) {\n    grantLicence(input: $input) {\n      id number allianceId crop gtin validFrom validUntil quotaKg usedKg remainingKg feePerKg feesAccrued status statusReason grantedAt\n      licensee { member { id } name creditCode }\n      trademark { name registrationNumber }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LicenceById($id: ID!) {\n    licence(id: $id) { id number status statusReason licensee { name member { id } } labelBatches { edges { node { id } } } }\n  }\n"): (typeof documents)["\n  query LicenceById($id: ID!) {\n    licence(id: $id) { id number status statusReason licensee { name member { id } } labelBatches { edges { node { id } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LicenceList($filter: LicenceFilter, $first: Int, $after: String) {\n    licences(filter: $filter, first: $first, after: $after) { edges { cursor node { id number status } } pageInfo { hasNextPage endCursor } }\n  }\n"): (typeof documents)["\n  query LicenceList($filter: LicenceFilter, $first: Int, $after: String) {\n    licences(filter: $filter, first: $first, after: $after) { edges { cursor node { id number status } } pageInfo { hasNextPage endCursor } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LicenceSuspend($id: ID!, $reason: String!) { suspendLicence(id: $id, reason: $reason) { id status statusReason } }\n"): (typeof documents)["\n  mutation LicenceSuspend($id: ID!, $reason: String!) { suspendLicence(id: $id, reason: $reason) { id status statusReason } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LicenceReinstate($id: ID!) { reinstateLicence(id: $id) { id status statusReason } }\n"): (typeof documents)["\n  mutation LicenceReinstate($id: ID!) { reinstateLicence(id: $id) { id status statusReason } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LicenceRevoke($id: ID!, $reason: String!) { revokeLicence(id: $id, reason: $reason) { id status statusReason } }\n"): (typeof documents)["\n  mutation LicenceRevoke($id: ID!, $reason: String!) { revokeLicence(id: $id, reason: $reason) { id status statusReason } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrandingRecordTest($input: RecordResidueTestInput!) {\n    recordResidueTest(input: $input) { id basis result failedAnalytes tester reportNumber lot { id } recordedBy { id } }\n  }\n"): (typeof documents)["\n  mutation BrandingRecordTest($input: RecordResidueTestInput!) {\n    recordResidueTest(input: $input) { id basis result failedAnalytes tester reportNumber lot { id } recordedBy { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrandingIssue($lotId: ID!, $kg: Decimal) {\n    issueOriginCertificate(lotId: $lotId, certifiedKg: $kg) {\n      id number certifiedKg productName producerName producerContact township county commitmentStatement basis basisLabel status\n      residueTest { id result } lot { id }\n    }\n  }\n"): (typeof documents)["\n  mutation BrandingIssue($lotId: ID!, $kg: Decimal) {\n    issueOriginCertificate(lotId: $lotId, certifiedKg: $kg) {\n      id number certifiedKg productName producerName producerContact township county commitmentStatement basis basisLabel status\n      residueTest { id result } lot { id }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrandingRevoke($id: ID!, $reason: String!) {\n    revokeOriginCertificate(id: $id, reason: $reason) { id status revokedReason }\n  }\n"): (typeof documents)["\n  mutation BrandingRevoke($id: ID!, $reason: String!) {\n    revokeOriginCertificate(id: $id, reason: $reason) { id status revokedReason }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrandingCertificate($id: ID!) {\n    originCertificate(id: $id) { id number status producerContact }\n  }\n"): (typeof documents)["\n  query BrandingCertificate($id: ID!) {\n    originCertificate(id: $id) { id number status producerContact }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrandingCertificates($filter: OriginCertificateFilter, $first: Int, $after: String) {\n    originCertificates(filter: $filter, first: $first, after: $after) { edges { node { id number } } pageInfo { hasNextPage endCursor } }\n  }\n"): (typeof documents)["\n  query BrandingCertificates($filter: OriginCertificateFilter, $first: Int, $after: String) {\n    originCertificates(filter: $filter, first: $first, after: $after) { edges { node { id number } } pageInfo { hasNextPage endCursor } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrandingLot($id: ID!) {\n    lot(id: $id) { id availableKg residueTests { id result } originCertificate { number status certifiedKg } }\n  }\n"): (typeof documents)["\n  query BrandingLot($id: ID!) {\n    lot(id: $id) { id availableKg residueTests { id result } originCertificate { number status certifiedKg } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TruckloadRecordTest($input: RecordResidueTestInput!) { recordResidueTest(input: $input) { id } }\n"): (typeof documents)["\n  mutation TruckloadRecordTest($input: RecordResidueTestInput!) { recordResidueTest(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TruckloadReserve($input: ReserveSupplyInput!) { reserveSupply(input: $input) { id } }\n"): (typeof documents)["\n  mutation TruckloadReserve($input: ReserveSupplyInput!) { reserveSupply(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TruckloadConfirm($id: ID!) { confirmReservation(id: $id) { status } }\n"): (typeof documents)["\n  mutation TruckloadConfirm($id: ID!) { confirmReservation(id: $id) { status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TruckloadPlan($input: PlanShipmentInput!) { planShipment(input: $input) { id status } }\n"): (typeof documents)["\n  mutation TruckloadPlan($input: PlanShipmentInput!) { planShipment(input: $input) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TruckloadShipmentReservations($id: ID!) { shipment(id: $id) { reservations { status } } }\n"): (typeof documents)["\n  query TruckloadShipmentReservations($id: ID!) { shipment(id: $id) { reservations { status } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TruckloadLoad($id: ID!, $loads: [ShipmentLoadInput!]!) { loadShipment(id: $id, loads: $loads) { id status } }\n"): (typeof documents)["\n  mutation TruckloadLoad($id: ID!, $loads: [ShipmentLoadInput!]!) { loadShipment(id: $id, loads: $loads) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TruckloadDispatch($id: ID!) { dispatchShipment(id: $id) { status } }\n"): (typeof documents)["\n  mutation TruckloadDispatch($id: ID!) { dispatchShipment(id: $id) { status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TruckloadDeliver($id: ID!) { deliverShipment(id: $id) { status } }\n"): (typeof documents)["\n  mutation TruckloadDeliver($id: ID!) { deliverShipment(id: $id) { status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TruckloadReject($id: ID!, $reason: String!) { rejectShipment(id: $id, reason: $reason) { status } }\n"): (typeof documents)["\n  mutation TruckloadReject($id: ID!, $reason: String!) { rejectShipment(id: $id, reason: $reason) { status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TruckloadCancel($id: ID!) { cancelShipment(id: $id) { status } }\n"): (typeof documents)["\n  mutation TruckloadCancel($id: ID!) { cancelShipment(id: $id) { status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TruckloadIssue($shipmentId: ID!) {\n    issueTruckloadCertificate(shipmentId: $shipmentId) {\n      id number certifiedKg productName crop variety grade producerName producerContact township county basis status\n      lot { id } shipment { id } lots { lot { id } kg } residueTest { id }\n    }\n  }\n"): (typeof documents)["\n  mutation TruckloadIssue($shipmentId: ID!) {\n    issueTruckloadCertificate(shipmentId: $shipmentId) {\n      id number certifiedKg productName crop variety grade producerName producerContact township county basis status\n      lot { id } shipment { id } lots { lot { id } kg } residueTest { id }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TruckloadIssueLot($lotId: ID!) { issueOriginCertificate(lotId: $lotId) { number lots { lot { id } kg } shipment { id } } }\n"): (typeof documents)["\n  mutation TruckloadIssueLot($lotId: ID!) { issueOriginCertificate(lotId: $lotId) { number lots { lot { id } kg } shipment { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TruckloadRevoke($id: ID!, $reason: String!) { revokeOriginCertificate(id: $id, reason: $reason) { status } }\n"): (typeof documents)["\n  mutation TruckloadRevoke($id: ID!, $reason: String!) { revokeOriginCertificate(id: $id, reason: $reason) { status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TruckloadCertificate($id: ID!) { originCertificate(id: $id) { number producerContact lots { kg } } }\n"): (typeof documents)["\n  query TruckloadCertificate($id: ID!) { originCertificate(id: $id) { number producerContact lots { kg } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TruckloadShipment($id: ID!) {\n    shipment(id: $id) { id status loadedKg originCertificate { number status certifiedKg shipment { id } lots { lot { id } kg } } }\n  }\n"): (typeof documents)["\n  query TruckloadShipment($id: ID!) {\n    shipment(id: $id) { id status loadedKg originCertificate { number status certifiedKg shipment { id } lots { lot { id } kg } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerificationRecordTest($input: RecordResidueTestInput!) {\n    recordResidueTest(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation VerificationRecordTest($input: RecordResidueTestInput!) {\n    recordResidueTest(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerificationIssueCertificate($lotId: ID!) {\n    issueOriginCertificate(lotId: $lotId) { id number }\n  }\n"): (typeof documents)["\n  mutation VerificationIssueCertificate($lotId: ID!) {\n    issueOriginCertificate(lotId: $lotId) { id number }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerificationRevokeCertificate($id: ID!, $reason: String!) {\n    revokeOriginCertificate(id: $id, reason: $reason) { id status }\n  }\n"): (typeof documents)["\n  mutation VerificationRevokeCertificate($id: ID!, $reason: String!) {\n    revokeOriginCertificate(id: $id, reason: $reason) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerificationGrantLicence($input: GrantLicenceInput!) {\n    grantLicence(input: $input) { id number gtin }\n  }\n"): (typeof documents)["\n  mutation VerificationGrantLicence($input: GrantLicenceInput!) {\n    grantLicence(input: $input) { id number gtin }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerificationRevokeLicence($id: ID!, $reason: String!) {\n    revokeLicence(id: $id, reason: $reason) { id status }\n  }\n"): (typeof documents)["\n  mutation VerificationRevokeLicence($id: ID!, $reason: String!) {\n    revokeLicence(id: $id, reason: $reason) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerificationIssueLabels($licenceId: ID!, $lotId: ID!, $count: Int!, $packKg: Decimal!) {\n    issueLabels(licenceId: $licenceId, lotId: $lotId, count: $count, packKg: $packKg) {\n      id gtin lotNumber codes(first: 100) { edges { node { serial printedSerial digitalLink } } }\n    }\n  }\n"): (typeof documents)["\n  mutation VerificationIssueLabels($licenceId: ID!, $lotId: ID!, $count: Int!, $packKg: Decimal!) {\n    issueLabels(licenceId: $licenceId, lotId: $lotId, count: $count, packKg: $packKg) {\n      id gtin lotNumber codes(first: 100) { edges { node { serial printedSerial digitalLink } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerificationVerifyLabel($code: String!, $where: ScanPlaceInput) {\n    verifyLabel(code: $code, where: $where) {\n      outcome message scanCount firstVerifiedAt firstVerifiedIn\n      product crop variety grade originTownship originCounty harvestDate\n      certificateNumber certificateBasis licensee licenseeCreditCode licenseeTrademark\n      freshness { lotId }\n    }\n  }\n"): (typeof documents)["\n  mutation VerificationVerifyLabel($code: String!, $where: ScanPlaceInput) {\n    verifyLabel(code: $code, where: $where) {\n      outcome message scanCount firstVerifiedAt firstVerifiedIn\n      product crop variety grade originTownship originCounty harvestDate\n      certificateNumber certificateBasis licensee licenseeCreditCode licenseeTrademark\n      freshness { lotId }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerificationCounterfeitAlerts($since: DateTime, $first: Int) {\n    counterfeitAlerts(since: $since, first: $first) { kind licence { id } place scanCount codes reasons firstScanAt lastScanAt }\n  }\n"): (typeof documents)["\n  query VerificationCounterfeitAlerts($since: DateTime, $first: Int) {\n    counterfeitAlerts(since: $since, first: $first) { kind licence { id } place scanCount codes reasons firstScanAt lastScanAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ColdchainBook($input: BookCapacityInput!) { bookCapacity(input: $input) { id } }\n"): (typeof documents)["\n  mutation ColdchainBook($input: BookCapacityInput!) { bookCapacity(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ColdchainCancelBooking($id: ID!) { cancelCapacityBooking(id: $id) { status } }\n"): (typeof documents)["\n  mutation ColdchainCancelBooking($id: ID!) { cancelCapacityBooking(id: $id) { status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ColdchainFacility($id: ID!) { facility(id: $id) { id } }\n"): (typeof documents)["\n  query ColdchainFacility($id: ID!) { facility(id: $id) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ColdchainWujieStoresAndOperator($operator: ID!) {\n          facilities(filter: { kinds: [COLD_STORE], township: \"Wujie\" }) { id code storageCapacityKg operator { id code } }\n          member(id: $operator) { code facilities { code } }\n        }\n      "): (typeof documents)["\n        query ColdchainWujieStoresAndOperator($operator: ID!) {\n          facilities(filter: { kinds: [COLD_STORE], township: \"Wujie\" }) { id code storageCapacityKg operator { id code } }\n          member(id: $operator) { code facilities { code } }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ColdchainBookInFull($input: BookCapacityInput!) { bookCapacity(input: $input) { id amount from to status } }"): (typeof documents)["mutation ColdchainBookInFull($input: BookCapacityInput!) { bookCapacity(input: $input) { id amount from to status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ColdchainZhongshuCapacity($from: Date!, $to: Date!) { capacity(kind: COLD_STORAGE, township: \"Zhongshu\", from: $from, to: $to) { facility { id } capacity bookedAtPeak free } }"): (typeof documents)["query ColdchainZhongshuCapacity($from: Date!, $to: Date!) { capacity(kind: COLD_STORAGE, township: \"Zhongshu\", from: $from, to: $to) { facility { id } capacity bookedAtPeak free } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ColdchainRecordTemperatures($readings: [TemperatureReadingInput!]!) {\n      recordTemperatures(readings: $readings) { received stored duplicates rejected { index sensorCode reason } }\n    }\n  "): (typeof documents)["\n    mutation ColdchainRecordTemperatures($readings: [TemperatureReadingInput!]!) {\n      recordTemperatures(readings: $readings) { received stored duplicates rejected { index sensorCode reason } }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ColdchainLotColdChain($id: ID!) {\n          lot(id: $id) { id grade coldChain {\n            currentLocation { code } custody { kind facility { code } vehicle { plate } quantityKg }\n            latestTemperature { celsius } excursionCount excursions { kind durationMinutes peakC }\n            remainingShelfLifeDays shelfLifeUsed meanKineticTemperatureC epcisDocument } }\n        }\n      "): (typeof documents)["\n        query ColdchainLotColdChain($id: ID!) {\n          lot(id: $id) { id grade coldChain {\n            currentLocation { code } custody { kind facility { code } vehicle { plate } quantityKg }\n            latestTemperature { celsius } excursionCount excursions { kind durationMinutes peakC }\n            remainingShelfLifeDays shelfLifeUsed meanKineticTemperatureC epcisDocument } }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ColdchainBaishuiSupplyWithColdChain($first: Int!) {\n        supply(filter: { crop: SCALLION, townships: [\"Baishui\"] }, first: $first) { edges { node {\n          id grade availableKg coldChain { remainingShelfLifeDays latestTemperature { celsius } excursionCount currentLocation { code township } } } } }\n      }\n    "): (typeof documents)["\n      query ColdchainBaishuiSupplyWithColdChain($first: Int!) {\n        supply(filter: { crop: SCALLION, townships: [\"Baishui\"] }, first: $first) { edges { node {\n          id grade availableKg coldChain { remainingShelfLifeDays latestTemperature { celsius } excursionCount currentLocation { code township } } } } }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ColdchainRegisterFacility($input: RegisterFacilityInput!) { registerFacility(input: $input) { id code kind storageCapacityKg washingLines operator { id } } }\n  "): (typeof documents)["\n    mutation ColdchainRegisterFacility($input: RegisterFacilityInput!) { registerFacility(input: $input) { id code kind storageCapacityKg washingLines operator { id } } }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ColdchainResizeStore($id: ID!, $kg: Decimal!) { updateFacility(id: $id, input: { storageCapacityKg: $kg }) { storageCapacityKg } }"): (typeof documents)["mutation ColdchainResizeStore($id: ID!, $kg: Decimal!) { updateFacility(id: $id, input: { storageCapacityKg: $kg }) { storageCapacityKg } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ColdchainJinmaCapacity($day: Date!) { capacity(kind: COLD_STORAGE, township: \"Jinma\", from: $day, to: $day) { facility { id } capacity free } }"): (typeof documents)["query ColdchainJinmaCapacity($day: Date!) { capacity(kind: COLD_STORAGE, township: \"Jinma\", from: $day, to: $day) { facility { id } capacity free } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ColdchainRegisterVehicle($input: RegisterVehicleInput!) { registerVehicle(input: $input) { id operator { id } } }"): (typeof documents)["mutation ColdchainRegisterVehicle($input: RegisterVehicleInput!) { registerVehicle(input: $input) { id operator { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ColdchainRegisterSensor($input: RegisterSensorInput!) { registerSensor(input: $input) { code vehicle { id } facility { id } } }"): (typeof documents)["mutation ColdchainRegisterSensor($input: RegisterSensorInput!) { registerSensor(input: $input) { code vehicle { id } facility { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ColdchainBaishuiFacilitiesAndCapacity($day: Date!) { facilities(filter: { township: \"Baishui\" }) { id } capacity(kind: COLD_STORAGE, township: \"Baishui\", from: $day, to: $day) { facility { id } } }"): (typeof documents)["query ColdchainBaishuiFacilitiesAndCapacity($day: Date!) { facilities(filter: { township: \"Baishui\" }) { id } capacity(kind: COLD_STORAGE, township: \"Baishui\", from: $day, to: $day) { facility { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ColdchainSuspendMember($id: ID!, $reason: String!) { suspendMember(id: $id, reason: $reason) { status } }"): (typeof documents)["mutation ColdchainSuspendMember($id: ID!, $reason: String!) { suspendMember(id: $id, reason: $reason) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ColdchainScallionSupplyCount { supply(filter: { crop: SCALLION }) { totalCount } }"): (typeof documents)["query ColdchainScallionSupplyCount { supply(filter: { crop: SCALLION }) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ColdchainReinstateMember($id: ID!) { reinstateMember(id: $id) { status } }"): (typeof documents)["mutation ColdchainReinstateMember($id: ID!) { reinstateMember(id: $id) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ColdchainCrossAllianceRecordCustody($input: CustodyEventInput!) { recordCustodyEvent(input: $input) { id } }\n"): (typeof documents)["\n  mutation ColdchainCrossAllianceRecordCustody($input: CustodyEventInput!) { recordCustodyEvent(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ColdchainCrossAllianceRegisterSensor($input: RegisterSensorInput!) { registerSensor(input: $input) { id } }\n"): (typeof documents)["\n  mutation ColdchainCrossAllianceRegisterSensor($input: RegisterSensorInput!) { registerSensor(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ColdchainCrossAllianceRegisterFacility($input: RegisterFacilityInput!) { registerFacility(input: $input) { id } }"): (typeof documents)["mutation ColdchainCrossAllianceRegisterFacility($input: RegisterFacilityInput!) { registerFacility(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ColdchainCrossAllianceUpdateFacility($id: ID!) { updateFacility(id: $id, input: { name: \"Taken over\", storageCapacityKg: \"1\" }) { id } }"): (typeof documents)["mutation ColdchainCrossAllianceUpdateFacility($id: ID!) { updateFacility(id: $id, input: { name: \"Taken over\", storageCapacityKg: \"1\" }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ColdchainCrossAllianceRegisterVehicle($input: RegisterVehicleInput!) { registerVehicle(input: $input) { id } }"): (typeof documents)["mutation ColdchainCrossAllianceRegisterVehicle($input: RegisterVehicleInput!) { registerVehicle(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ColdchainCrossAllianceBookCapacity($input: BookCapacityInput!) { bookCapacity(input: $input) { id } }"): (typeof documents)["mutation ColdchainCrossAllianceBookCapacity($input: BookCapacityInput!) { bookCapacity(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ColdchainCrossAllianceCancelBooking($id: ID!) { cancelCapacityBooking(id: $id) { id } }"): (typeof documents)["mutation ColdchainCrossAllianceCancelBooking($id: ID!) { cancelCapacityBooking(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ColdchainCrossAllianceRecordTemperatures($readings: [TemperatureReadingInput!]!) { recordTemperatures(readings: $readings) { stored rejected { reason } } }"): (typeof documents)["mutation ColdchainCrossAllianceRecordTemperatures($readings: [TemperatureReadingInput!]!) { recordTemperatures(readings: $readings) { stored rejected { reason } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ColdchainCrossAlliancePlanShipment($input: PlanShipmentInput!) { planShipment(input: $input) { id } }"): (typeof documents)["mutation ColdchainCrossAlliancePlanShipment($input: PlanShipmentInput!) { planShipment(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ColdchainCrossAllianceLoadShipment($id: ID!, $loads: [ShipmentLoadInput!]!) { loadShipment(id: $id, loads: $loads) { id } }"): (typeof documents)["mutation ColdchainCrossAllianceLoadShipment($id: ID!, $loads: [ShipmentLoadInput!]!) { loadShipment(id: $id, loads: $loads) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ColdchainCrossAllianceDispatchShipment($id: ID!) { dispatchShipment(id: $id) { id } }"): (typeof documents)["mutation ColdchainCrossAllianceDispatchShipment($id: ID!) { dispatchShipment(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ColdchainCrossAllianceDeliverShipment($id: ID!) { deliverShipment(id: $id) { id } }"): (typeof documents)["mutation ColdchainCrossAllianceDeliverShipment($id: ID!) { deliverShipment(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ColdchainCrossAllianceRejectShipment($id: ID!) { rejectShipment(id: $id, reason: \"Not ours\") { id } }"): (typeof documents)["mutation ColdchainCrossAllianceRejectShipment($id: ID!) { rejectShipment(id: $id, reason: \"Not ours\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ColdchainCrossAllianceCancelShipment($id: ID!) { cancelShipment(id: $id) { id } }"): (typeof documents)["mutation ColdchainCrossAllianceCancelShipment($id: ID!) { cancelShipment(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ColdchainCrossAllianceRegisterLot($input: RegisterLotInput!) { registerLot(input: $input) { id } }"): (typeof documents)["mutation ColdchainCrossAllianceRegisterLot($input: RegisterLotInput!) { registerLot(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ColdchainCrossAllianceReceiveLot($input: CustodyEventInput!) { recordCustodyEvent(input: $input) { kind } }"): (typeof documents)["mutation ColdchainCrossAllianceReceiveLot($input: CustodyEventInput!) { recordCustodyEvent(input: $input) { kind } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FreshnessLotColdChain($id: ID!) { lot(id: $id) { coldChain { remainingShelfLifeDays latestTemperature { at celsius } excursionCount } } }\n"): (typeof documents)["\n  query FreshnessLotColdChain($id: ID!) { lot(id: $id) { coldChain { remainingShelfLifeDays latestTemperature { at celsius } excursionCount } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PositionsReserve($input: ReserveSupplyInput!) { reserveSupply(input: $input) { id } }"): (typeof documents)["mutation PositionsReserve($input: ReserveSupplyInput!) { reserveSupply(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PositionsConfirm($id: ID!) { confirmReservation(id: $id) { status } }"): (typeof documents)["mutation PositionsConfirm($id: ID!) { confirmReservation(id: $id) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PositionsCustody($input: CustodyEventInput!) { recordCustodyEvent(input: $input) { id } }"): (typeof documents)["mutation PositionsCustody($input: CustodyEventInput!) { recordCustodyEvent(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PositionsPlan($input: PlanShipmentInput!) { planShipment(input: $input) { id } }"): (typeof documents)["mutation PositionsPlan($input: PlanShipmentInput!) { planShipment(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PositionsShipment($id: ID!) { shipment(id: $id) { reservations { status } } }"): (typeof documents)["query PositionsShipment($id: ID!) { shipment(id: $id) { reservations { status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PositionsLoad($id: ID!, $loads: [ShipmentLoadInput!]!, $at: DateTime) { loadShipment(id: $id, loads: $loads, at: $at) { id } }"): (typeof documents)["mutation PositionsLoad($id: ID!, $loads: [ShipmentLoadInput!]!, $at: DateTime) { loadShipment(id: $id, loads: $loads, at: $at) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PositionsDispatch($id: ID!, $at: DateTime) { dispatchShipment(id: $id, at: $at) { id } }"): (typeof documents)["mutation PositionsDispatch($id: ID!, $at: DateTime) { dispatchShipment(id: $id, at: $at) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PositionsDeliver($id: ID!) { deliverShipment(id: $id) { arrivedAt } }"): (typeof documents)["mutation PositionsDeliver($id: ID!) { deliverShipment(id: $id) { arrivedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PositionsColdChain($id: ID!) {\n    lot(id: $id) {\n      coldChain {\n        currentLocation { code }\n        latestTemperature { celsius }\n        excursionCount\n        remainingShelfLifeDays\n        shelfLifeUsed\n        meanKineticTemperatureC\n        positions {\n          facility { code }\n          vehicle { plate }\n          kg\n          since\n          latestTemperature { celsius }\n          excursionCount\n          remainingShelfLifeDays\n          meanKineticTemperatureC\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PositionsColdChain($id: ID!) {\n    lot(id: $id) {\n      coldChain {\n        currentLocation { code }\n        latestTemperature { celsius }\n        excursionCount\n        remainingShelfLifeDays\n        shelfLifeUsed\n        meanKineticTemperatureC\n        positions {\n          facility { code }\n          vehicle { plate }\n          kg\n          since\n          latestTemperature { celsius }\n          excursionCount\n          remainingShelfLifeDays\n          meanKineticTemperatureC\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProbeDeliver($id: ID!) { deliverShipment(id: $id) { status } }"): (typeof documents)["mutation ProbeDeliver($id: ID!) { deliverShipment(id: $id) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProbeReject($id: ID!, $reason: String!) { rejectShipment(id: $id, reason: $reason) { status } }"): (typeof documents)["mutation ProbeReject($id: ID!, $reason: String!) { rejectShipment(id: $id, reason: $reason) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProbeDispatch($id: ID!) { dispatchShipment(id: $id) { status } }"): (typeof documents)["mutation ProbeDispatch($id: ID!) { dispatchShipment(id: $id) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProbeCancelShipment($id: ID!) { cancelShipment(id: $id) { status } }"): (typeof documents)["mutation ProbeCancelShipment($id: ID!) { cancelShipment(id: $id) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProbeBook($input: BookCapacityInput!) { bookCapacity(input: $input) { id } }"): (typeof documents)["mutation ProbeBook($input: BookCapacityInput!) { bookCapacity(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProbeCancelBooking($id: ID!) { cancelCapacityBooking(id: $id) { status } }"): (typeof documents)["mutation ProbeCancelBooking($id: ID!) { cancelCapacityBooking(id: $id) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProbeShipment($id: ID!) { shipment(id: $id) { id } }"): (typeof documents)["query ProbeShipment($id: ID!) { shipment(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProbeFacility($id: ID!) { facility(id: $id) { id } }"): (typeof documents)["query ProbeFacility($id: ID!) { facility(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProbeUpdateFacility($id: ID!) { updateFacility(id: $id, input: { name: \"Renamed\" }) { id } }"): (typeof documents)["mutation ProbeUpdateFacility($id: ID!) { updateFacility(id: $id, input: { name: \"Renamed\" }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProbeRegisterSensor($input: RegisterSensorInput!) { registerSensor(input: $input) { id } }"): (typeof documents)["mutation ProbeRegisterSensor($input: RegisterSensorInput!) { registerSensor(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProbeCustody($input: CustodyEventInput!) { recordCustodyEvent(input: $input) { id quantityKg } }"): (typeof documents)["mutation ProbeCustody($input: CustodyEventInput!) { recordCustodyEvent(input: $input) { id quantityKg } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProbeRecord($readings: [TemperatureReadingInput!]!) { recordTemperatures(readings: $readings) { stored rejected { reason } } }"): (typeof documents)["mutation ProbeRecord($readings: [TemperatureReadingInput!]!) { recordTemperatures(readings: $readings) { stored rejected { reason } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProbeLotChain($id: ID!) { lot(id: $id) { coldChain { custody { quantityKg } epcisDocument } } }"): (typeof documents)["query ProbeLotChain($id: ID!) { lot(id: $id) { coldChain { custody { quantityKg } epcisDocument } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadRulesLotExport($id: ID!) { lot(id: $id) { coldChain { custody { kind shipment { id } } epcisDocument } } }\n"): (typeof documents)["\n  query ReadRulesLotExport($id: ID!) { lot(id: $id) { coldChain { custody { kind shipment { id } } epcisDocument } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadRulesJiuchengSupplyCustody { supply(filter: { crop: SCALLION, townships: [\"Jiucheng\"] }, first: 50) { edges { node { id coldChain { custody { kind actor { code } } } } } } }"): (typeof documents)["query ReadRulesJiuchengSupplyCustody { supply(filter: { crop: SCALLION, townships: [\"Jiucheng\"] }, first: 50) { edges { node { id coldChain { custody { kind actor { code } } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadRulesFacility($id: ID!) { facility(id: $id) { id } }"): (typeof documents)["query ReadRulesFacility($id: ID!) { facility(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadRulesYiningFacilities { facilities(filter: { township: \"Yining\" }) { id } }"): (typeof documents)["query ReadRulesYiningFacilities { facilities(filter: { township: \"Yining\" }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FoldsRecord($readings: [TemperatureReadingInput!]!) {\n    recordTemperatures(readings: $readings) { stored duplicates rejected { reason } }\n  }\n"): (typeof documents)["\n  mutation FoldsRecord($readings: [TemperatureReadingInput!]!) {\n    recordTemperatures(readings: $readings) { stored duplicates rejected { reason } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FoldsCustody($input: CustodyEventInput!) { recordCustodyEvent(input: $input) { id } }"): (typeof documents)["mutation FoldsCustody($input: CustodyEventInput!) { recordCustodyEvent(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FoldsAnonymous($id: ID!) { lot(id: $id) { coldChain { remainingShelfLifeDays excursionCount } } }"): (typeof documents)["query FoldsAnonymous($id: ID!) { lot(id: $id) { coldChain { remainingShelfLifeDays excursionCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ColdchainRecordPartitionedReadings($readings: [TemperatureReadingInput!]!) {\n    recordTemperatures(readings: $readings) { received stored duplicates rejected { index reason } }\n  }\n"): (typeof documents)["\n  mutation ColdchainRecordPartitionedReadings($readings: [TemperatureReadingInput!]!) {\n    recordTemperatures(readings: $readings) { received stored duplicates rejected { index reason } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ColdchainRevocationRecordTemperatures($readings: [TemperatureReadingInput!]!) { recordTemperatures(readings: $readings) { stored rejected { reason } } }\n"): (typeof documents)["\n  mutation ColdchainRevocationRecordTemperatures($readings: [TemperatureReadingInput!]!) { recordTemperatures(readings: $readings) { stored rejected { reason } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ColdchainRevocationDryWarehouses { facilities(filter: { kinds: [DRY_WAREHOUSE] }) { id } }\n"): (typeof documents)["\n  query ColdchainRevocationDryWarehouses { facilities(filter: { kinds: [DRY_WAREHOUSE] }) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ColdchainRevocationVehicles { vehicles { plate operator { code } } }\n"): (typeof documents)["\n  query ColdchainRevocationVehicles { vehicles { plate operator { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ColdchainRevocationSetRoles($id: ID!, $roles: [Role!]!) { updateMember(id: $id, input: { roles: $roles }) { id } }"): (typeof documents)["mutation ColdchainRevocationSetRoles($id: ID!, $roles: [Role!]!) { updateMember(id: $id, input: { roles: $roles }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ColdchainRevocationBook($input: BookCapacityInput!) { bookCapacity(input: $input) { id } }"): (typeof documents)["mutation ColdchainRevocationBook($input: BookCapacityInput!) { bookCapacity(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ColdchainRevocationSuspend($id: ID!, $reason: String!) { suspendMember(id: $id, reason: $reason) { status } }"): (typeof documents)["mutation ColdchainRevocationSuspend($id: ID!, $reason: String!) { suspendMember(id: $id, reason: $reason) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ColdchainRevocationReinstate($id: ID!) { reinstateMember(id: $id) { status } }"): (typeof documents)["mutation ColdchainRevocationReinstate($id: ID!) { reinstateMember(id: $id) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ColdchainRevocationRegisterVehicle($input: RegisterVehicleInput!) { registerVehicle(input: $input) { id } }"): (typeof documents)["mutation ColdchainRevocationRegisterVehicle($input: RegisterVehicleInput!) { registerVehicle(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ShipmentsShipmentFields on Shipment {\n    id status loadedKg departedAt arrivedAt rejectionReason\n    reservations { reservationId reservation { id } status reason }\n    lines { reservation { id } lot { id } crop reservedKg loadedKg }\n  }\n"): (typeof documents)["\n  fragment ShipmentsShipmentFields on Shipment {\n    id status loadedKg departedAt arrivedAt rejectionReason\n    reservations { reservationId reservation { id } status reason }\n    lines { reservation { id } lot { id } crop reservedKg loadedKg }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShipmentsPlan($input: PlanShipmentInput!) { planShipment(input: $input) { ...ShipmentsShipmentFields } }\n"): (typeof documents)["\n  mutation ShipmentsPlan($input: PlanShipmentInput!) { planShipment(input: $input) { ...ShipmentsShipmentFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShipmentsLoad($id: ID!, $loads: [ShipmentLoadInput!]!, $at: DateTime) { loadShipment(id: $id, loads: $loads, at: $at) { ...ShipmentsShipmentFields } }\n"): (typeof documents)["\n  mutation ShipmentsLoad($id: ID!, $loads: [ShipmentLoadInput!]!, $at: DateTime) { loadShipment(id: $id, loads: $loads, at: $at) { ...ShipmentsShipmentFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShipmentsDispatch($id: ID!, $at: DateTime) { dispatchShipment(id: $id, at: $at) { ...ShipmentsShipmentFields } }\n"): (typeof documents)["\n  mutation ShipmentsDispatch($id: ID!, $at: DateTime) { dispatchShipment(id: $id, at: $at) { ...ShipmentsShipmentFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShipmentsShipment($id: ID!) { shipment(id: $id) { ...ShipmentsShipmentFields } }\n"): (typeof documents)["\n  query ShipmentsShipment($id: ID!) { shipment(id: $id) { ...ShipmentsShipmentFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShipmentsLotCounters($id: ID!) { lot(id: $id) { quantityKg reservedKg shippedKg availableKg } }\n"): (typeof documents)["\n  query ShipmentsLotCounters($id: ID!) { lot(id: $id) { quantityKg reservedKg shippedKg availableKg } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShipmentsReservation($id: ID!) { reservation(id: $id) { status totalKg shippedKg lines { kg shippedKg } shipment { id status } } }\n"): (typeof documents)["\n  query ShipmentsReservation($id: ID!) { reservation(id: $id) { status totalKg shippedKg lines { kg shippedKg } shipment { id status } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShipmentsReserve($input: ReserveSupplyInput!) { reserveSupply(input: $input) { id } }\n"): (typeof documents)["\n  mutation ShipmentsReserve($input: ReserveSupplyInput!) { reserveSupply(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShipmentsConfirmReservation($id: ID!) { confirmReservation(id: $id) { status } }\n"): (typeof documents)["\n  mutation ShipmentsConfirmReservation($id: ID!) { confirmReservation(id: $id) { status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShipmentsCancelReservation($id: ID!) { cancelReservation(id: $id) { status } }\n"): (typeof documents)["\n  mutation ShipmentsCancelReservation($id: ID!) { cancelReservation(id: $id) { status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShipmentsShipmentId($id: ID!) { shipment(id: $id) { id } }\n"): (typeof documents)["\n  query ShipmentsShipmentId($id: ID!) { shipment(id: $id) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShipmentsList { shipments { id } }\n"): (typeof documents)["\n  query ShipmentsList { shipments { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShipmentsDeliver($id: ID!) { deliverShipment(id: $id) { id status } }\n"): (typeof documents)["\n  mutation ShipmentsDeliver($id: ID!) { deliverShipment(id: $id) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShipmentsMarket($id: ID!) { shipment(id: $id) { market { id } } }"): (typeof documents)["query ShipmentsMarket($id: ID!) { shipment(id: $id) { market { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation ShipmentsDeliverWithTrace($id: ID!) {\n          deliverShipment(id: $id) { status arrivedAt temperatureTrace { celsius } excursionCount excursions { kind durationMinutes peakC } meanKineticTemperatureC custody { kind quantityKg } }\n        }\n      "): (typeof documents)["\n        mutation ShipmentsDeliverWithTrace($id: ID!) {\n          deliverShipment(id: $id) { status arrivedAt temperatureTrace { celsius } excursionCount excursions { kind durationMinutes peakC } meanKineticTemperatureC custody { kind quantityKg } }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShipmentsLotExport($id: ID!) { lot(id: $id) { coldChain { custody { kind shipment { id } } epcisDocument } } }"): (typeof documents)["query ShipmentsLotExport($id: ID!) { lot(id: $id) { coldChain { custody { kind shipment { id } } epcisDocument } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ShipmentsCancel($id: ID!) { cancelShipment(id: $id) { status reservations { status } } }"): (typeof documents)["mutation ShipmentsCancel($id: ID!) { cancelShipment(id: $id) { status reservations { status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ShipmentsReject($id: ID!, $reason: String!) { rejectShipment(id: $id, reason: $reason) { status rejectionReason custody { kind } } }"): (typeof documents)["mutation ShipmentsReject($id: ID!, $reason: String!) { rejectShipment(id: $id, reason: $reason) { status rejectionReason custody { kind } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ShipmentsCancelId($id: ID!) { cancelShipment(id: $id) { id } }"): (typeof documents)["mutation ShipmentsCancelId($id: ID!) { cancelShipment(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShipmentsReservationShipment($id: ID!) { reservation(id: $id) { id shipment { id } } }"): (typeof documents)["query ShipmentsReservationShipment($id: ID!) { reservation(id: $id) { id shipment { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query ShipmentsMarketAndReservations($id: ID!) { shipment(id: $id) { market { id } reservations { reservationId status reason reservation { id totalKg } } } }\n    "): (typeof documents)["\n      query ShipmentsMarketAndReservations($id: ID!) { shipment(id: $id) { market { id } reservations { reservationId status reason reservation { id totalKg } } } }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ShipmentsCalledOff($id: ID!) { shipment(id: $id) { status market { id } reservations { status } } }"): (typeof documents)["query ShipmentsCalledOff($id: ID!) { shipment(id: $id) { status market { id } reservations { status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BasesChangedAdd($input: BaseInput!, $memberId: ID) { addBase(memberId: $memberId, input: $input) { id areaMu } }\n"): (typeof documents)["\n  mutation BasesChangedAdd($input: BaseInput!, $memberId: ID) { addBase(memberId: $memberId, input: $input) { id areaMu } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BasesChangedUpdate($id: ID!, $input: BaseInput!) { updateBase(id: $id, input: $input) { id areaMu crop } }\n"): (typeof documents)["\n  mutation BasesChangedUpdate($id: ID!, $input: BaseInput!) { updateBase(id: $id, input: $input) { id areaMu crop } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BasesChangedRemove($id: ID!) { removeBase(id: $id) }\n"): (typeof documents)["\n  mutation BasesChangedRemove($id: ID!) { removeBase(id: $id) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractReadsById($id: ID!) { floorContract(id: $id) { id number member { id } status } }\n"): (typeof documents)["\n  query ContractReadsById($id: ID!) { floorContract(id: $id) { id number member { id } status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractReadsList($filter: FloorContractFilter, $first: Int, $after: String) {\n    floorContracts(filter: $filter, first: $first, after: $after) {\n      edges { cursor node { id number member { id } status paidCny } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query ContractReadsList($filter: FloorContractFilter, $first: Int, $after: String) {\n    floorContracts(filter: $filter, first: $first, after: $after) {\n      edges { cursor node { id number member { id } status paidCny } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractReadsFullList($first: Int) {\n    floorContracts(first: $first) {\n      edges { node {\n        id number status paidCny premiumShares { payer amountCny }\n        windows { start end expectedPayoutCny settlement { id payoutCny } }\n        quote { id status } scheme { id boundCny } costBasis { id version } member { id }\n      } }\n    }\n  }\n"): (typeof documents)["\n  query ContractReadsFullList($first: Int) {\n    floorContracts(first: $first) {\n      edges { node {\n        id number status paidCny premiumShares { payer amountCny }\n        windows { start end expectedPayoutCny settlement { id payoutCny } }\n        quote { id status } scheme { id boundCny } costBasis { id version } member { id }\n      } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractReadsMember($id: ID!) { member(id: $id) { id floorContracts { id number } } }\n"): (typeof documents)["\n  query ContractReadsMember($id: ID!) { member(id: $id) { id floorContracts { id number } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractReadsLot($id: ID!) { lot(id: $id) { id priceFloor { id number member { id } } } }\n"): (typeof documents)["\n  query ContractReadsLot($id: ID!) { lot(id: $id) { id priceFloor { id number member { id } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractReadsExposure($crop: Crop!, $seasonOn: Date) {\n    exposure(crop: $crop, seasonOn: $seasonOn) {\n      crop scheme { id } contracts insuredKg sumInsuredCny maximumPayoutCny premiumCny\n      byWindow { start end contracts insuredKg sumInsuredCny expectedPayoutCny paidCny }\n    }\n  }\n"): (typeof documents)["\n  query ContractReadsExposure($crop: Crop!, $seasonOn: Date) {\n    exposure(crop: $crop, seasonOn: $seasonOn) {\n      crop scheme { id } contracts insuredKg sumInsuredCny maximumPayoutCny premiumCny\n      byWindow { start end contracts insuredKg sumInsuredCny expectedPayoutCny paidCny }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContractsBind($quoteId: ID!, $idempotencyKey: String!) {\n    bindFloor(quoteId: $quoteId, idempotencyKey: $idempotencyKey) {\n      id number member { id } crop variety grade insuredKg coverage floorPerKg sumInsuredCny premiumCny coverFrom coverTo windowLength status paidCny boundAt\n      premiumShares { payer share amountCny }\n      costBasis { id } scheme { id boundCny remainingCapacityCny } quote { id status contract { id } }\n      windows { start end expectedPayoutCny settlement { id } }\n    }\n  }\n"): (typeof documents)["\n  mutation ContractsBind($quoteId: ID!, $idempotencyKey: String!) {\n    bindFloor(quoteId: $quoteId, idempotencyKey: $idempotencyKey) {\n      id number member { id } crop variety grade insuredKg coverage floorPerKg sumInsuredCny premiumCny coverFrom coverTo windowLength status paidCny boundAt\n      premiumShares { payer share amountCny }\n      costBasis { id } scheme { id boundCny remainingCapacityCny } quote { id status contract { id } }\n      windows { start end expectedPayoutCny settlement { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractsById($id: ID!) { floorContract(id: $id) { id number status } }\n"): (typeof documents)["\n  query ContractsById($id: ID!) { floorContract(id: $id) { id number status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractsList($filter: FloorContractFilter, $first: Int, $after: String) {\n    floorContracts(filter: $filter, first: $first, after: $after) {\n      edges { cursor node { id number member { id } status paidCny windows { start expectedPayoutCny settlement { id } } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query ContractsList($filter: FloorContractFilter, $first: Int, $after: String) {\n    floorContracts(filter: $filter, first: $first, after: $after) {\n      edges { cursor node { id number member { id } status paidCny windows { start expectedPayoutCny settlement { id } } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContractsUpdateScheme($id: ID!, $input: FloorSchemeUpdateInput!) { updateFloorScheme(id: $id, input: $input) { id capacityCny boundCny } }\n"): (typeof documents)["\n  mutation ContractsUpdateScheme($id: ID!, $input: FloorSchemeUpdateInput!) { updateFloorScheme(id: $id, input: $input) { id capacityCny boundCny } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractsExposure($crop: Crop!, $seasonOn: Date) {\n    exposure(crop: $crop, seasonOn: $seasonOn) {\n      crop scheme { id } contracts insuredKg sumInsuredCny maximumPayoutCny premiumCny\n      byWindow { start end contracts insuredKg sumInsuredCny expectedPayoutCny paidCny }\n    }\n  }\n"): (typeof documents)["\n  query ContractsExposure($crop: Crop!, $seasonOn: Date) {\n    exposure(crop: $crop, seasonOn: $seasonOn) {\n      crop scheme { id } contracts insuredKg sumInsuredCny maximumPayoutCny premiumCny\n      byWindow { start end contracts insuredKg sumInsuredCny expectedPayoutCny paidCny }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CostBasisPublish($input: CostBasisInput!) {\n    publishCostBasis(input: $input) {\n      id crop variety county seasonFrom seasonTo version current marginalCostPerKg expectedYieldKgPerMu note publishedAt\n      lines { line cnyPerKg }\n    }\n  }\n"): (typeof documents)["\n  mutation CostBasisPublish($input: CostBasisInput!) {\n    publishCostBasis(input: $input) {\n      id crop variety county seasonFrom seasonTo version current marginalCostPerKg expectedYieldKgPerMu note publishedAt\n      lines { line cnyPerKg }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CostBasisById($id: ID!) { costBasis(id: $id) { id version current marginalCostPerKg lines { line cnyPerKg } } }\n"): (typeof documents)["\n  query CostBasisById($id: ID!) { costBasis(id: $id) { id version current marginalCostPerKg lines { line cnyPerKg } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CostBasisList($crop: Crop, $current: Boolean) { costBases(crop: $crop, current: $current) { id crop variety seasonFrom version current } }\n"): (typeof documents)["\n  query CostBasisList($crop: Crop, $current: Boolean) { costBases(crop: $crop, current: $current) { id crop variety seasonFrom version current } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoCostBases { costBases(crop: SCALLION, current: false) { version current seasonFrom seasonTo marginalCostPerKg expectedYieldKgPerMu lines { line cnyPerKg } } }\n"): (typeof documents)["\n  query DemoCostBases { costBases(crop: SCALLION, current: false) { version current seasonFrom seasonTo marginalCostPerKg expectedYieldKgPerMu lines { line cnyPerKg } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoSchemes { floorSchemes { crop seasonFrom seasonTo capacityCny boundCny loading pastSeasons subsidyShares { payer share } } }\n"): (typeof documents)["\n  query DemoSchemes { floorSchemes { crop seasonFrom seasonTo capacityCny boundCny loading pastSeasons subsidyShares { payer share } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoMonthlyIndex($crop: Crop!, $grade: Grade, $from: Date!, $to: Date!) {\n    priceIndex(crop: $crop, grade: $grade, from: $from, to: $to, interval: MONTH) { points { periodStart priceCnyPerKg observationDays } }\n  }\n"): (typeof documents)["\n  query DemoMonthlyIndex($crop: Crop!, $grade: Grade, $from: Date!, $to: Date!) {\n    priceIndex(crop: $crop, grade: $grade, from: $from, to: $to, interval: MONTH) { points { periodStart priceCnyPerKg observationDays } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoContracts { floorContracts(first: 20) { edges { node { number status paidCny coverFrom coverTo member { id } windows { start settlement { id } } } } } }\n"): (typeof documents)["\n  query DemoContracts { floorContracts(first: 20) { edges { node { number status paidCny coverFrom coverTo member { id } windows { start settlement { id } } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoGrowerView { viewer { id floorContracts { number coverFrom coverTo floorPerKg } lots(first: 50) { id harvestDate forward priceFloor { number } } } }\n"): (typeof documents)["\n  query DemoGrowerView { viewer { id floorContracts { number coverFrom coverTo floorPerKg } lots(first: 50) { id harvestDate forward priceFloor { number } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoLotFloor($id: ID!) { lot(id: $id) { id priceFloor { number } } }\n"): (typeof documents)["\n  query DemoLotFloor($id: ID!) { lot(id: $id) { id priceFloor { number } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoExposure($on: Date) { exposure(crop: SCALLION, seasonOn: $on) { contracts sumInsuredCny premiumCny byWindow { start paidCny } } }\n"): (typeof documents)["\n  query DemoExposure($on: Date) { exposure(crop: SCALLION, seasonOn: $on) { contracts sumInsuredCny premiumCny byWindow { start paidCny } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoEarlierShipments { shipments(first: 10) { id status } }"): (typeof documents)["query DemoEarlierShipments { shipments(first: 10) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoEarlierLicences { licences(first: 10) { edges { node { number usedKg } } } }"): (typeof documents)["query DemoEarlierLicences { licences(first: 10) { edges { node { number usedKg } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SchemeOpen($input: FloorSchemeInput!) {\n    openFloorScheme(input: $input) {\n      id crop seasonFrom seasonTo capacityCny boundCny remainingCapacityCny loading riskFreeRate pastSeasons quoteValidMinutes minObservationDays\n      subsidyShares { payer share }\n    }\n  }\n"): (typeof documents)["\n  mutation SchemeOpen($input: FloorSchemeInput!) {\n    openFloorScheme(input: $input) {\n      id crop seasonFrom seasonTo capacityCny boundCny remainingCapacityCny loading riskFreeRate pastSeasons quoteValidMinutes minObservationDays\n      subsidyShares { payer share }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SchemeUpdate($id: ID!, $input: FloorSchemeUpdateInput!) {\n    updateFloorScheme(id: $id, input: $input) {\n      id capacityCny boundCny remainingCapacityCny loading riskFreeRate pastSeasons quoteValidMinutes minObservationDays subsidyShares { payer share }\n    }\n  }\n"): (typeof documents)["\n  mutation SchemeUpdate($id: ID!, $input: FloorSchemeUpdateInput!) {\n    updateFloorScheme(id: $id, input: $input) {\n      id capacityCny boundCny remainingCapacityCny loading riskFreeRate pastSeasons quoteValidMinutes minObservationDays subsidyShares { payer share }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchemeList($crop: Crop) { floorSchemes(crop: $crop) { id crop seasonFrom seasonTo capacityCny remainingCapacityCny } }\n"): (typeof documents)["\n  query SchemeList($crop: Crop) { floorSchemes(crop: $crop) { id crop seasonFrom seasonTo capacityCny remainingCapacityCny } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PriceIndexOf($crop: Crop!, $variety: Variety, $grade: Grade, $from: Date!, $to: Date!, $interval: PriceInterval!) {\n    priceIndex(crop: $crop, variety: $variety, grade: $grade, from: $from, to: $to, interval: $interval) {\n      crop variety grade from to interval\n      points { periodStart periodEnd priceCnyPerKg observationCount volumeKg observationDays }\n    }\n  }\n"): (typeof documents)["\n  query PriceIndexOf($crop: Crop!, $variety: Variety, $grade: Grade, $from: Date!, $to: Date!, $interval: PriceInterval!) {\n    priceIndex(crop: $crop, variety: $variety, grade: $grade, from: $from, to: $to, interval: $interval) {\n      crop variety grade from to interval\n      points { periodStart periodEnd priceCnyPerKg observationCount volumeKg observationDays }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PriceIndexReport($observations: [PriceObservationInput!]!) { reportPrices(observations: $observations) { inserted } }\n"): (typeof documents)["\n  mutation PriceIndexReport($observations: [PriceObservationInput!]!) { reportPrices(observations: $observations) { inserted } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PriceIndexImport($csv: LongText!) { importPricesCsv(csv: $csv) { inserted replaced } }\n"): (typeof documents)["\n  mutation PriceIndexImport($csv: LongText!) { importPricesCsv(csv: $csv) { inserted replaced } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObservationsReport($observations: [PriceObservationInput!]!, $onDuplicate: DuplicatePolicy) {\n    reportPrices(observations: $observations, onDuplicate: $onDuplicate) {\n      inserted replaced\n      observations { id market { id } crop variety grade day priceCnyPerKg volumeKg source reportedAt }\n    }\n  }\n"): (typeof documents)["\n  mutation ObservationsReport($observations: [PriceObservationInput!]!, $onDuplicate: DuplicatePolicy) {\n    reportPrices(observations: $observations, onDuplicate: $onDuplicate) {\n      inserted replaced\n      observations { id market { id } crop variety grade day priceCnyPerKg volumeKg source reportedAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObservationsImport($csv: LongText!, $onDuplicate: DuplicatePolicy) {\n    importPricesCsv(csv: $csv, onDuplicate: $onDuplicate) { inserted replaced observations { market { id } day priceCnyPerKg source } }\n  }\n"): (typeof documents)["\n  mutation ObservationsImport($csv: LongText!, $onDuplicate: DuplicatePolicy) {\n    importPricesCsv(csv: $csv, onDuplicate: $onDuplicate) { inserted replaced observations { market { id } day priceCnyPerKg source } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ObservationsList($filter: PriceObservationFilter, $first: Int, $after: String) {\n    priceObservations(filter: $filter, first: $first, after: $after) {\n      edges { cursor node { id market { id } crop variety grade day priceCnyPerKg volumeKg } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query ObservationsList($filter: PriceObservationFilter, $first: Int, $after: String) {\n    priceObservations(filter: $filter, first: $first, after: $after) {\n      edges { cursor node { id market { id } crop variety grade day priceCnyPerKg volumeKg } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PricesReport($observations: [PriceObservationInput!]!, $onDuplicate: DuplicatePolicy) {\n    reportPrices(observations: $observations, onDuplicate: $onDuplicate) {\n      inserted replaced\n      observations { id market { id } crop variety grade day priceCnyPerKg volumeKg source reportedAt }\n    }\n  }\n"): (typeof documents)["\n  mutation PricesReport($observations: [PriceObservationInput!]!, $onDuplicate: DuplicatePolicy) {\n    reportPrices(observations: $observations, onDuplicate: $onDuplicate) {\n      inserted replaced\n      observations { id market { id } crop variety grade day priceCnyPerKg volumeKg source reportedAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProbeInputQuoteFloor($input: QuoteFloorInput!) { quoteFloor(input: $input) { id windows { start end } } }\n"): (typeof documents)["\n  mutation ProbeInputQuoteFloor($input: QuoteFloorInput!) { quoteFloor(input: $input) { id windows { start end } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProbeInputBindFloor($quoteId: ID!, $idempotencyKey: String!) { bindFloor(quoteId: $quoteId, idempotencyKey: $idempotencyKey) { id } }\n"): (typeof documents)["\n  mutation ProbeInputBindFloor($quoteId: ID!, $idempotencyKey: String!) { bindFloor(quoteId: $quoteId, idempotencyKey: $idempotencyKey) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProbeInputReportPrices($observations: [PriceObservationInput!]!) { reportPrices(observations: $observations) { inserted } }\n"): (typeof documents)["\n  mutation ProbeInputReportPrices($observations: [PriceObservationInput!]!) { reportPrices(observations: $observations) { inserted } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProbeCostBasis($id: ID!) { costBasis(id: $id) { id } }"): (typeof documents)["query ProbeCostBasis($id: ID!) { costBasis(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProbeFloorQuote($id: ID!) { floorQuote(id: $id) { id } }"): (typeof documents)["query ProbeFloorQuote($id: ID!) { floorQuote(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProbeFloorContract($id: ID!) { floorContract(id: $id) { id } }"): (typeof documents)["query ProbeFloorContract($id: ID!) { floorContract(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProbeFloorSettlement($id: ID!) { floorSettlement(id: $id) { id } }"): (typeof documents)["query ProbeFloorSettlement($id: ID!) { floorSettlement(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProbeContracts($after: String, $first: Int, $memberId: ID) { floorContracts(first: $first, after: $after, filter: { memberId: $memberId }) { edges { node { id } } } }"): (typeof documents)["query ProbeContracts($after: String, $first: Int, $memberId: ID) { floorContracts(first: $first, after: $after, filter: { memberId: $memberId }) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProbeObservationsPage($after: String, $first: Int, $marketId: ID) { priceObservations(first: $first, after: $after, filter: { marketId: $marketId }) { edges { node { id } } } }"): (typeof documents)["query ProbeObservationsPage($after: String, $first: Int, $marketId: ID) { priceObservations(first: $first, after: $after, filter: { marketId: $marketId }) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProbeIndex($from: Date!, $to: Date!, $interval: PriceInterval!) { priceIndex(crop: SCALLION, from: $from, to: $to, interval: $interval) { points { periodStart } } }"): (typeof documents)["query ProbeIndex($from: Date!, $to: Date!, $interval: PriceInterval!) { priceIndex(crop: SCALLION, from: $from, to: $to, interval: $interval) { points { periodStart } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProbeExposure($seasonOn: Date) { exposure(crop: SCALLION, seasonOn: $seasonOn) { contracts } }"): (typeof documents)["query ProbeExposure($seasonOn: Date) { exposure(crop: SCALLION, seasonOn: $seasonOn) { contracts } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProbeSchemes { floorSchemes { id } }"): (typeof documents)["query ProbeSchemes { floorSchemes { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProbeCostBases { costBases { id } }"): (typeof documents)["query ProbeCostBases { costBases { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProbeSettleFloor($contractId: ID!, $window: WindowInput!) { settleFloor(contractId: $contractId, window: $window) { id } }"): (typeof documents)["mutation ProbeSettleFloor($contractId: ID!, $window: WindowInput!) { settleFloor(contractId: $contractId, window: $window) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProbeSettleWindow($window: WindowInput!) { settleWindow(crop: SCALLION, window: $window) { settled } }"): (typeof documents)["mutation ProbeSettleWindow($window: WindowInput!) { settleWindow(crop: SCALLION, window: $window) { settled } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProbeUpdateScheme($id: ID!, $input: FloorSchemeUpdateInput!) { updateFloorScheme(id: $id, input: $input) { id } }"): (typeof documents)["mutation ProbeUpdateScheme($id: ID!, $input: FloorSchemeUpdateInput!) { updateFloorScheme(id: $id, input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProbeImportCsv($csv: LongText!) { importPricesCsv(csv: $csv) { inserted } }"): (typeof documents)["mutation ProbeImportCsv($csv: LongText!) { importPricesCsv(csv: $csv) { inserted } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProbeOpenScheme($input: FloorSchemeInput!) { openFloorScheme(input: $input) { id } }"): (typeof documents)["mutation ProbeOpenScheme($input: FloorSchemeInput!) { openFloorScheme(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProbePublishBasis($input: CostBasisInput!) { publishCostBasis(input: $input) { id } }"): (typeof documents)["mutation ProbePublishBasis($input: CostBasisInput!) { publishCostBasis(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProbeMoneyQuote($input: QuoteFloorInput!) {\n    quoteFloor(input: $input) { id insuredKg floorPerKg sumInsuredCny premiumCny windows { start } premiumShares { payer share amountCny } }\n  }\n"): (typeof documents)["\n  mutation ProbeMoneyQuote($input: QuoteFloorInput!) {\n    quoteFloor(input: $input) { id insuredKg floorPerKg sumInsuredCny premiumCny windows { start } premiumShares { payer share amountCny } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProbeMoneyContract($id: ID!) { floorContract(id: $id) { id insuredKg floorPerKg sumInsuredCny premiumCny premiumShares { payer amountCny } windows { start } } }\n"): (typeof documents)["\n  query ProbeMoneyContract($id: ID!) { floorContract(id: $id) { id insuredKg floorPerKg sumInsuredCny premiumCny premiumShares { payer amountCny } windows { start } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProbeMoneyExposure { exposure(crop: SCALLION) { contracts insuredKg sumInsuredCny maximumPayoutCny premiumCny byWindow { start end contracts insuredKg sumInsuredCny expectedPayoutCny } } }\n"): (typeof documents)["\n  query ProbeMoneyExposure { exposure(crop: SCALLION) { contracts insuredKg sumInsuredCny maximumPayoutCny premiumCny byWindow { start end contracts insuredKg sumInsuredCny expectedPayoutCny } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProbeMoneyBind($quoteId: ID!, $idempotencyKey: String!) { bindFloor(quoteId: $quoteId, idempotencyKey: $idempotencyKey) { id } }\n"): (typeof documents)["\n  mutation ProbeMoneyBind($quoteId: ID!, $idempotencyKey: String!) { bindFloor(quoteId: $quoteId, idempotencyKey: $idempotencyKey) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProbeMoneySettle($contractId: ID!, $window: WindowInput!) { settleFloor(contractId: $contractId, window: $window) { id } }\n"): (typeof documents)["\n  mutation ProbeMoneySettle($contractId: ID!, $window: WindowInput!) { settleFloor(contractId: $contractId, window: $window) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProbeMoneyUpdateScheme($id: ID!, $input: FloorSchemeUpdateInput!) { updateFloorScheme(id: $id, input: $input) { id } }\n"): (typeof documents)["\n  mutation ProbeMoneyUpdateScheme($id: ID!, $input: FloorSchemeUpdateInput!) { updateFloorScheme(id: $id, input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProbeMoneyReport($observations: [PriceObservationInput!]!) { reportPrices(observations: $observations) { inserted } }\n"): (typeof documents)["\n  mutation ProbeMoneyReport($observations: [PriceObservationInput!]!) { reportPrices(observations: $observations) { inserted } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProbeMoneyImport($csv: LongText!) { importPricesCsv(csv: $csv) { inserted } }\n"): (typeof documents)["\n  mutation ProbeMoneyImport($csv: LongText!) { importPricesCsv(csv: $csv) { inserted } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProbeMoneyContracts($memberId: ID) { floorContracts(filter: { memberId: $memberId }) { edges { node { id } } } }\n"): (typeof documents)["\n  query ProbeMoneyContracts($memberId: ID) { floorContracts(filter: { memberId: $memberId }) { edges { node { id } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProbeQuoteFloor($input: QuoteFloorInput!) {\n    quoteFloor(input: $input) { id insuredKg floorPerKg sumInsuredCny premiumCny windows { start end } premiumShares { payer share amountCny } perMu { expectedYieldKgPerMu } }\n  }\n"): (typeof documents)["\n  mutation ProbeQuoteFloor($input: QuoteFloorInput!) {\n    quoteFloor(input: $input) { id insuredKg floorPerKg sumInsuredCny premiumCny windows { start end } premiumShares { payer share amountCny } perMu { expectedYieldKgPerMu } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProbeBindFloor($quoteId: ID!, $idempotencyKey: String!) { bindFloor(quoteId: $quoteId, idempotencyKey: $idempotencyKey) { id number } }\n"): (typeof documents)["\n  mutation ProbeBindFloor($quoteId: ID!, $idempotencyKey: String!) { bindFloor(quoteId: $quoteId, idempotencyKey: $idempotencyKey) { id number } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProbeSetRoles($id: ID!, $roles: [Role!]!) { updateMember(id: $id, input: { roles: $roles }) { id } }\n"): (typeof documents)["\n  mutation ProbeSetRoles($id: ID!, $roles: [Role!]!) { updateMember(id: $id, input: { roles: $roles }) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProbeSuspend($id: ID!, $reason: String!) { suspendMember(id: $id, reason: $reason) { status } }\n"): (typeof documents)["\n  mutation ProbeSuspend($id: ID!, $reason: String!) { suspendMember(id: $id, reason: $reason) { status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProbeReinstate($id: ID!) { reinstateMember(id: $id) { status } }\n"): (typeof documents)["\n  mutation ProbeReinstate($id: ID!) { reinstateMember(id: $id) { status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProbeReportPrices($observations: [PriceObservationInput!]!) { reportPrices(observations: $observations) { inserted } }\n"): (typeof documents)["\n  mutation ProbeReportPrices($observations: [PriceObservationInput!]!) { reportPrices(observations: $observations) { inserted } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProbeObservations { priceObservations(first: 5) { edges { node { id } } } }\n"): (typeof documents)["\n  query ProbeObservations { priceObservations(first: 5) { edges { node { id } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QuotesQuoteFloor($input: QuoteFloorInput!) {\n    quoteFloor(input: $input) {\n      id member { id } crop variety grade insuredKg coverage coverFrom coverTo windowLength\n      costBasis { id version } scheme { id }\n      marginalCostPerKg floorPerKg sumInsuredCny black76PerKg burnCostPerKg technicalPerKg loading premiumCny rate\n      premiumShares { payer share amountCny }\n      perMu { insuredMu expectedYieldKgPerMu sumInsuredPerMuCny targetPricePerKg targetPricePerJin premiumPerMuCny farmerPremiumPerMuCny }\n      windows { start end forwardPerKg volatility yearsToExpiry riskFreeRate black76PerKg burnCostPerKg pastSeasons { start end indexPerKg observationDays payoutPerKg } }\n      validUntil status contract { id } createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation QuotesQuoteFloor($input: QuoteFloorInput!) {\n    quoteFloor(input: $input) {\n      id member { id } crop variety grade insuredKg coverage coverFrom coverTo windowLength\n      costBasis { id version } scheme { id }\n      marginalCostPerKg floorPerKg sumInsuredCny black76PerKg burnCostPerKg technicalPerKg loading premiumCny rate\n      premiumShares { payer share amountCny }\n      perMu { insuredMu expectedYieldKgPerMu sumInsuredPerMuCny targetPricePerKg targetPricePerJin premiumPerMuCny farmerPremiumPerMuCny }\n      windows { start end forwardPerKg volatility yearsToExpiry riskFreeRate black76PerKg burnCostPerKg pastSeasons { start end indexPerKg observationDays payoutPerKg } }\n      validUntil status contract { id } createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuotesFloorQuote($id: ID!) {\n    floorQuote(id: $id) { id status member { id } premiumCny contract { id } }\n  }\n"): (typeof documents)["\n  query QuotesFloorQuote($id: ID!) {\n    floorQuote(id: $id) { id status member { id } premiumCny contract { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QuotesBindFloor($quoteId: ID!, $idempotencyKey: String!) {\n    bindFloor(quoteId: $quoteId, idempotencyKey: $idempotencyKey) { id }\n  }\n"): (typeof documents)["\n  mutation QuotesBindFloor($quoteId: ID!, $idempotencyKey: String!) {\n    bindFloor(quoteId: $quoteId, idempotencyKey: $idempotencyKey) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettlementSettleFloor($contractId: ID!, $window: WindowInput!) {\n    settleFloor(contractId: $contractId, window: $window) {\n      id windowStart windowEnd indexPerKg floorPerKg insuredKg payoutCny indemnityPerMuCny observationDays observationCount volumeKg settledAt\n      contract { id status paidCny windows { start settlement { id payoutCny } } }\n      statement { market { id name } day variety grade priceCnyPerKg volumeKg }\n    }\n  }\n"): (typeof documents)["\n  mutation SettlementSettleFloor($contractId: ID!, $window: WindowInput!) {\n    settleFloor(contractId: $contractId, window: $window) {\n      id windowStart windowEnd indexPerKg floorPerKg insuredKg payoutCny indemnityPerMuCny observationDays observationCount volumeKg settledAt\n      contract { id status paidCny windows { start settlement { id payoutCny } } }\n      statement { market { id name } day variety grade priceCnyPerKg volumeKg }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettlementSettleWindow($crop: Crop!, $window: WindowInput!) {\n    settleWindow(crop: $crop, window: $window) { crop windowStart windowEnd indexPerKg settled alreadySettled payoutCny totalPayoutCny }\n  }\n"): (typeof documents)["\n  mutation SettlementSettleWindow($crop: Crop!, $window: WindowInput!) {\n    settleWindow(crop: $crop, window: $window) { crop windowStart windowEnd indexPerKg settled alreadySettled payoutCny totalPayoutCny }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettlementById($id: ID!) { floorSettlement(id: $id) { id payoutCny contract { id } statement { day } } }\n"): (typeof documents)["\n  query SettlementById($id: ID!) { floorSettlement(id: $id) { id payoutCny contract { id } statement { day } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettlementExposure { exposure(crop: SCALLION) { byWindow { start contracts expectedPayoutCny paidCny } } }\n"): (typeof documents)["\n  query SettlementExposure { exposure(crop: SCALLION) { byWindow { start contracts expectedPayoutCny paidCny } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EntitiesReserveSupply($input: ReserveSupplyInput!) {\n    reserveSupply(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation EntitiesReserveSupply($input: ReserveSupplyInput!) {\n    reserveSupply(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AffiliateGrower($id: ID!, $cooperativeId: ID) {\n    updateMember(id: $id, input: { cooperativeId: $cooperativeId }) { id cooperative { id code } }\n  }\n"): (typeof documents)["\n  mutation AffiliateGrower($id: ID!, $cooperativeId: ID) {\n    updateMember(id: $id, input: { cooperativeId: $cooperativeId }) { id cooperative { id code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CrossAllianceReserveSupply($input: ReserveSupplyInput!) { reserveSupply(input: $input) { id } }\n"): (typeof documents)["\n  mutation CrossAllianceReserveSupply($input: ReserveSupplyInput!) { reserveSupply(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CrossAllianceAdmitMember($input: AdmitMemberInput!) { admitMember(input: $input) { id } }"): (typeof documents)["mutation CrossAllianceAdmitMember($input: AdmitMemberInput!) { admitMember(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CrossAllianceUpdateMember($id: ID!) { updateMember(id: $id, input: { name: \"Taken over\", roles: [ALLIANCE_ADMIN] }) { id } }"): (typeof documents)["mutation CrossAllianceUpdateMember($id: ID!) { updateMember(id: $id, input: { name: \"Taken over\", roles: [ALLIANCE_ADMIN] }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CrossAllianceSuspendMember($id: ID!) { suspendMember(id: $id, reason: \"x\") { id } }"): (typeof documents)["mutation CrossAllianceSuspendMember($id: ID!) { suspendMember(id: $id, reason: \"x\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CrossAllianceReinstateMember($id: ID!) { reinstateMember(id: $id) { id } }"): (typeof documents)["mutation CrossAllianceReinstateMember($id: ID!) { reinstateMember(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CrossAllianceAddBase($m: ID!) { addBase(memberId: $m, input: { township: \"Jinma\", areaMu: \"1\", crop: SCALLION }) { id } }"): (typeof documents)["mutation CrossAllianceAddBase($m: ID!) { addBase(memberId: $m, input: { township: \"Jinma\", areaMu: \"1\", crop: SCALLION }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CrossAllianceUpdateBase($id: ID!) { updateBase(id: $id, input: { township: \"Wujie\", areaMu: \"99\", crop: SCALLION }) { id } }"): (typeof documents)["mutation CrossAllianceUpdateBase($id: ID!) { updateBase(id: $id, input: { township: \"Wujie\", areaMu: \"99\", crop: SCALLION }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CrossAllianceRemoveBase($id: ID!) { removeBase(id: $id) }"): (typeof documents)["mutation CrossAllianceRemoveBase($id: ID!) { removeBase(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CrossAllianceRegisterLot($input: RegisterLotInput!) { registerLot(input: $input) { id } }"): (typeof documents)["mutation CrossAllianceRegisterLot($input: RegisterLotInput!) { registerLot(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CrossAllianceUpdateLot($id: ID!) { updateLot(id: $id, input: { quantityKg: \"9999\" }) { id } }"): (typeof documents)["mutation CrossAllianceUpdateLot($id: ID!) { updateLot(id: $id, input: { quantityKg: \"9999\" }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CrossAllianceWithdrawLot($id: ID!) { withdrawLot(id: $id) { id } }"): (typeof documents)["mutation CrossAllianceWithdrawLot($id: ID!) { withdrawLot(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CrossAllianceReserveNamedLot($input: ReserveSupplyInput!) { reserveSupply(input: $input) { id } }"): (typeof documents)["mutation CrossAllianceReserveNamedLot($input: ReserveSupplyInput!) { reserveSupply(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CrossAllianceConfirmReservation($id: ID!) { confirmReservation(id: $id) { id } }"): (typeof documents)["mutation CrossAllianceConfirmReservation($id: ID!) { confirmReservation(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CrossAllianceCancelReservation($id: ID!) { cancelReservation(id: $id) { id } }"): (typeof documents)["mutation CrossAllianceCancelReservation($id: ID!) { cancelReservation(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CrossAllianceSetMarketRoute($input: MarketRouteInput!) { setMarketRoute(input: $input) { transitHours } }"): (typeof documents)["mutation CrossAllianceSetMarketRoute($input: MarketRouteInput!) { setMarketRoute(input: $input) { transitHours } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DirectoryRenameMember($id: ID!, $name: String, $creditCode: String) {\n    updateMember(id: $id, input: { name: $name, creditCode: $creditCode }) { id name creditCode }\n  }\n"): (typeof documents)["\n  mutation DirectoryRenameMember($id: ID!, $name: String, $creditCode: String) {\n    updateMember(id: $id, input: { name: $name, creditCode: $creditCode }) { id name creditCode }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DirectoryRenameSelf($name: String!) { updateMyProfile(input: { name: $name }) { id name } }\n"): (typeof documents)["\n  mutation DirectoryRenameSelf($name: String!) { updateMyProfile(input: { name: $name }) { id name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FreshnessSetRoute($input: MarketRouteInput!) { setMarketRoute(input: $input) { market { id } transitHours truckTempC } }\n"): (typeof documents)["\n  mutation FreshnessSetRoute($input: MarketRouteInput!) { setMarketRoute(input: $input) { market { id } transitHours truckTempC } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FreshnessRoutes { marketRoutes { market { id } transitHours truckTempC } }\n"): (typeof documents)["\n  query FreshnessRoutes { marketRoutes { market { id } transitHours truckTempC } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FreshnessSupply($min: Float, $destination: ID) {\n    supply(filter: { crop: SCALLION, minShelfLifeOnArrivalDays: $min, destinationMarketId: $destination }) {\n      totalCount edges { node { id } predictedShelfLifeOnArrivalDays }\n    }\n    supplySummary(filter: { crop: SCALLION, minShelfLifeOnArrivalDays: $min, destinationMarketId: $destination }, groupBy: []) { lotCount }\n  }\n"): (typeof documents)["\n  query FreshnessSupply($min: Float, $destination: ID) {\n    supply(filter: { crop: SCALLION, minShelfLifeOnArrivalDays: $min, destinationMarketId: $destination }) {\n      totalCount edges { node { id } predictedShelfLifeOnArrivalDays }\n    }\n    supplySummary(filter: { crop: SCALLION, minShelfLifeOnArrivalDays: $min, destinationMarketId: $destination }, groupBy: []) { lotCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FreshnessReserve($input: ReserveSupplyInput!) { reserveSupply(input: $input) { id totalKg lines { kg lot { id } } } }\n"): (typeof documents)["\n  mutation FreshnessReserve($input: ReserveSupplyInput!) { reserveSupply(input: $input) { id totalKg lines { kg lot { id } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LotNumbersRegister($input: RegisterLotInput!) { registerLot(input: $input) { id lotNumber harvestDate } }\n"): (typeof documents)["\n  mutation LotNumbersRegister($input: RegisterLotInput!) { registerLot(input: $input) { id lotNumber harvestDate } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LotNumbersLot($id: ID!) { lot(id: $id) { lotNumber } }\n"): (typeof documents)["\n  query LotNumbersLot($id: ID!) { lot(id: $id) { lotNumber } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarketplaceReserve($input: ReserveSupplyInput!) {\n    reserveSupply(input: $input) {\n      id status holdUntil totalKg totalPrice idempotencyKey market { id } lines { kg pricePerKg amount lot { id availableKg } }\n    }\n  }\n"): (typeof documents)["\n  mutation MarketplaceReserve($input: ReserveSupplyInput!) {\n    reserveSupply(input: $input) {\n      id status holdUntil totalKg totalPrice idempotencyKey market { id } lines { kg pricePerKg amount lot { id availableKg } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MarketplaceLotCounters($id: ID!) { lot(id: $id) { quantityKg reservedKg shippedKg availableKg } }\n"): (typeof documents)["\n  query MarketplaceLotCounters($id: ID!) { lot(id: $id) { quantityKg reservedKg shippedKg availableKg } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarketplaceRegisterLot($input: RegisterLotInput!) { registerLot(input: $input) { id } }\n"): (typeof documents)["\n  mutation MarketplaceRegisterLot($input: RegisterLotInput!) { registerLot(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarketplaceUpdateLot($id: ID!, $input: UpdateLotInput!) { updateLot(id: $id, input: $input) { askingPricePerKg quantityKg } }\n"): (typeof documents)["\n  mutation MarketplaceUpdateLot($id: ID!, $input: UpdateLotInput!) { updateLot(id: $id, input: $input) { askingPricePerKg quantityKg } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MarketplaceSupplyCount { supply(filter: {}) { totalCount } }\n"): (typeof documents)["\n  query MarketplaceSupplyCount { supply(filter: {}) { totalCount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarketplaceConfirm($id: ID!) { confirmReservation(id: $id) { status } }\n"): (typeof documents)["\n  mutation MarketplaceConfirm($id: ID!) { confirmReservation(id: $id) { status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarketplaceCancel($id: ID!) { cancelReservation(id: $id) { status } }\n"): (typeof documents)["\n  mutation MarketplaceCancel($id: ID!) { cancelReservation(id: $id) { status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MarketplaceReservationStatus($id: ID!) { reservation(id: $id) { status } }\n"): (typeof documents)["\n  query MarketplaceReservationStatus($id: ID!) { reservation(id: $id) { status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarketplaceRegisterLotInFull($input: RegisterLotInput!) { registerLot(input: $input) { id crop variety grade quantityKg availableKg harvestDate township askingPricePerKg status grower { id } base { id } } }"): (typeof documents)["mutation MarketplaceRegisterLotInFull($input: RegisterLotInput!) { registerLot(input: $input) { id crop variety grade quantityKg availableKg harvestDate township askingPricePerKg status grower { id } base { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarketplaceWithdrawLot($id: ID!) { withdrawLot(id: $id) { status } }"): (typeof documents)["mutation MarketplaceWithdrawLot($id: ID!) { withdrawLot(id: $id) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarketplaceRegisterForwardLot($input: RegisterLotInput!) { registerLot(input: $input) { forward harvestDate } }"): (typeof documents)["mutation MarketplaceRegisterForwardLot($input: RegisterLotInput!) { registerLot(input: $input) { forward harvestDate } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query MarketplaceRedAScallionPage($after: String) {\n        supply(filter: { crop: SCALLION, varieties: [RED], grades: [A] }, first: 2, after: $after) {\n          totalCount totalAvailableKg edges { node { id availableKg harvestDate askingPricePerKg grower { id contact { phone } } } } pageInfo { hasNextPage endCursor }\n        }\n      }\n    "): (typeof documents)["\n      query MarketplaceRedAScallionPage($after: String) {\n        supply(filter: { crop: SCALLION, varieties: [RED], grades: [A] }, first: 2, after: $after) {\n          totalCount totalAvailableKg edges { node { id availableKg harvestDate askingPricePerKg grower { id contact { phone } } } } pageInfo { hasNextPage endCursor }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MarketplaceCheapLargeLots { supply(filter: { crop: SCALLION, minAvailableKg: \"300\", maxPricePerKg: \"2.25\" }, orderBy: PRICE) { edges { node { availableKg askingPricePerKg } } } }"): (typeof documents)["query MarketplaceCheapLargeLots { supply(filter: { crop: SCALLION, minAvailableKg: \"300\", maxPricePerKg: \"2.25\" }, orderBy: PRICE) { edges { node { availableKg askingPricePerKg } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MarketplaceWujieSupply { supply(filter: { townships: [\"Wujie\"] }) { totalCount edges { node { grade township } } } }"): (typeof documents)["query MarketplaceWujieSupply { supply(filter: { townships: [\"Wujie\"] }) { totalCount edges { node { grade township } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MarketplaceSummaryByVarietyTownship { supplySummary(filter: { crop: SCALLION }, groupBy: [VARIETY, TOWNSHIP]) { crop variety grade township availableKg lotCount } }"): (typeof documents)["query MarketplaceSummaryByVarietyTownship { supplySummary(filter: { crop: SCALLION }, groupBy: [VARIETY, TOWNSHIP]) { crop variety grade township availableKg lotCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MarketplaceRedSummaryByGrade { supplySummary(filter: { crop: SCALLION, varieties: [RED] }, groupBy: [GRADE]) { grade availableKg } }"): (typeof documents)["query MarketplaceRedSummaryByGrade { supplySummary(filter: { crop: SCALLION, varieties: [RED] }, groupBy: [GRADE]) { grade availableKg } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MarketplaceReservationId($id: ID!) { reservation(id: $id) { id } }"): (typeof documents)["query MarketplaceReservationId($id: ID!) { reservation(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MarketplaceOwnReservations { viewer { reservations { id } } }"): (typeof documents)["query MarketplaceOwnReservations { viewer { reservations { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MarketplaceLotReservations($id: ID!) { lot(id: $id) { reservations { id } } }"): (typeof documents)["query MarketplaceLotReservations($id: ID!) { lot(id: $id) { reservations { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MarketplaceMemberReservations($id: ID!) { member(id: $id) { reservations { id } } }"): (typeof documents)["query MarketplaceMemberReservations($id: ID!) { member(id: $id) { reservations { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembersPublicAlliances($id: ID!) { alliances { id code name region crops } alliance(id: $id) { name } }\n"): (typeof documents)["\n  query MembersPublicAlliances($id: ID!) { alliances { id code name region crops } alliance(id: $id) { name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembersMemberCode($id: ID!) { member(id: $id) { code } }\n"): (typeof documents)["\n  query MembersMemberCode($id: ID!) { member(id: $id) { code } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembersViewerCode { viewer { code } }\n"): (typeof documents)["\n  query MembersViewerCode { viewer { code } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembersCount { members { totalCount } }\n"): (typeof documents)["\n  query MembersCount { members { totalCount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembersViewerMemberAndCode($id: ID!, $code: String!) {\n    viewer {\n      id code name kind creditCode township status statusReason joinedOn\n      contact { name phone } alliances { alliance { id code } roles } bases { id township areaMu crop }\n    }\n    member(id: $id) { code kind }\n    memberByCode(code: $code) { id }\n  }\n"): (typeof documents)["\n  query MembersViewerMemberAndCode($id: ID!, $code: String!) {\n    viewer {\n      id code name kind creditCode township status statusReason joinedOn\n      contact { name phone } alliances { alliance { id code } roles } bases { id township areaMu crop }\n    }\n    member(id: $id) { code kind }\n    memberByCode(code: $code) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembersBaishuiGrowersPage($after: String) {\n    members(filter: { kinds: [GROWER], township: \"Baishui\" }, first: 2, after: $after) {\n      totalCount edges { cursor node { code township } } pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query MembersBaishuiGrowersPage($after: String) {\n    members(filter: { kinds: [GROWER], township: \"Baishui\" }, first: 2, after: $after) {\n      totalCount edges { cursor node { code township } } pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembersFiltered($filter: MemberFilter, $first: Int, $after: String) {\n    members(filter: $filter, first: $first, after: $after) { totalCount edges { node { id } } }\n  }\n"): (typeof documents)["\n  query MembersFiltered($filter: MemberFilter, $first: Int, $after: String) {\n    members(filter: $filter, first: $first, after: $after) { totalCount edges { node { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembersTwoContacts($g: ID!, $c: ID!) { g: member(id: $g) { contact { phone } } c: member(id: $c) { contact { phone } } }\n"): (typeof documents)["\n  query MembersTwoContacts($g: ID!, $c: ID!) { g: member(id: $g) { contact { phone } } c: member(id: $c) { contact { phone } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembersMemberAndNone($id: ID!, $none: ID!) { member(id: $id) { code } none: member(id: $none) { code } }\n"): (typeof documents)["\n  query MembersMemberAndNone($id: ID!, $none: ID!) { member(id: $id) { code } none: member(id: $none) { code } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembersByCodeAndNone($code: String!, $none: String!) { other: memberByCode(code: $code) { id } none: memberByCode(code: $none) { id } }\n"): (typeof documents)["\n  query MembersByCodeAndNone($code: String!, $none: String!) { other: memberByCode(code: $code) { id } none: memberByCode(code: $none) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembersMemberByCode($code: String!) { memberByCode(code: $code) { id } }\n"): (typeof documents)["\n  query MembersMemberByCode($code: String!) { memberByCode(code: $code) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembersAdmitGrower($a: ID!, $code: String!) {\n    admitMember(input: { allianceId: $a, code: $code, name: \"x\", kind: GROWER, township: \"Wujie\", contact: { name: \"x\", phone: \"13700000000\" } }) { id }\n  }\n"): (typeof documents)["\n  mutation MembersAdmitGrower($a: ID!, $code: String!) {\n    admitMember(input: { allianceId: $a, code: $code, name: \"x\", kind: GROWER, township: \"Wujie\", contact: { name: \"x\", phone: \"13700000000\" } }) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembersSuspendStatus($id: ID!) { suspendMember(id: $id, reason: \"x\") { status } }\n"): (typeof documents)["\n  mutation MembersSuspendStatus($id: ID!) { suspendMember(id: $id, reason: \"x\") { status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembersUpdateMember($id: ID!) {\n    updateMember(id: $id, input: { name: \"Zhang San\", township: \"Wujie\", roles: [GROWER, COOPERATIVE] }) { name township alliances { roles } }\n  }\n"): (typeof documents)["\n  mutation MembersUpdateMember($id: ID!) {\n    updateMember(id: $id, input: { name: \"Zhang San\", township: \"Wujie\", roles: [GROWER, COOPERATIVE] }) { name township alliances { roles } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembersUpdateMyProfile($input: UpdateProfileInput!) { updateMyProfile(input: $input) { name contact { name phone } } }\n"): (typeof documents)["\n  mutation MembersUpdateMyProfile($input: UpdateProfileInput!) { updateMyProfile(input: $input) { name contact { name phone } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembersAddBase($input: BaseInput!, $memberId: ID) { addBase(memberId: $memberId, input: $input) { id areaMu } }\n"): (typeof documents)["\n  mutation MembersAddBase($input: BaseInput!, $memberId: ID) { addBase(memberId: $memberId, input: $input) { id areaMu } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembersUpdateBase($id: ID!, $input: BaseInput!) { updateBase(id: $id, input: $input) { township areaMu } }\n"): (typeof documents)["\n  mutation MembersUpdateBase($id: ID!, $input: BaseInput!) { updateBase(id: $id, input: $input) { township areaMu } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembersRemoveBase($id: ID!) { removeBase(id: $id) }\n"): (typeof documents)["\n  mutation MembersRemoveBase($id: ID!) { removeBase(id: $id) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation MembersAdmit($input: AdmitMemberInput!) { admitMember(input: $input) { id code kind creditCode status joinedOn alliances { roles } } }\n  "): (typeof documents)["\n    mutation MembersAdmit($input: AdmitMemberInput!) { admitMember(input: $input) { id code kind creditCode status joinedOn alliances { roles } } }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation MembersSuspend($id: ID!) { suspendMember(id: $id, reason: \"Residue test failed\") { status statusReason } }\n    "): (typeof documents)["\n      mutation MembersSuspend($id: ID!) { suspendMember(id: $id, reason: \"Residue test failed\") { status statusReason } }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation MembersReinstate($id: ID!) { reinstateMember(id: $id) { status statusReason } }\n    "): (typeof documents)["\n      mutation MembersReinstate($id: ID!) { reinstateMember(id: $id) { status statusReason } }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembersProbeSuspend($id: ID!, $reason: String!) { suspendMember(id: $id, reason: $reason) { status statusReason } }\n"): (typeof documents)["\n  mutation MembersProbeSuspend($id: ID!, $reason: String!) { suspendMember(id: $id, reason: $reason) { status statusReason } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembersProbeReinstate($id: ID!) { reinstateMember(id: $id) { status } }\n"): (typeof documents)["\n  mutation MembersProbeReinstate($id: ID!) { reinstateMember(id: $id) { status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembersProbeRename($id: ID!, $name: String!) { updateMember(id: $id, input: { name: $name, contact: { name: \"Probe\", phone: \"13800009999\" } }) { name } }\n"): (typeof documents)["\n  mutation MembersProbeRename($id: ID!, $name: String!) { updateMember(id: $id, input: { name: $name, contact: { name: \"Probe\", phone: \"13800009999\" } }) { name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembersProbeMemberStanding($id: ID!) { member(id: $id) { name status statusReason } }\n"): (typeof documents)["\n  query MembersProbeMemberStanding($id: ID!) { member(id: $id) { name status statusReason } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembersProbeViewerStanding { viewer { status statusReason } }\n"): (typeof documents)["\n  query MembersProbeViewerStanding { viewer { status statusReason } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembersProbeMyProfile($name: String!) { updateMyProfile(input: { name: $name }) { name } }\n"): (typeof documents)["\n  mutation MembersProbeMyProfile($name: String!) { updateMyProfile(input: { name: $name }) { name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembersProbeSetRoles($id: ID!, $roles: [Role!]!) { updateMember(id: $id, input: { roles: $roles }) { id } }\n"): (typeof documents)["\n  mutation MembersProbeSetRoles($id: ID!, $roles: [Role!]!) { updateMember(id: $id, input: { roles: $roles }) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembersProbeReserve($input: ReserveSupplyInput!) { reserveSupply(input: $input) { id status } }\n"): (typeof documents)["\n  mutation MembersProbeReserve($input: ReserveSupplyInput!) { reserveSupply(input: $input) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembersProbeConfirm($id: ID!) { confirmReservation(id: $id) { id status } }\n"): (typeof documents)["\n  mutation MembersProbeConfirm($id: ID!) { confirmReservation(id: $id) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembersProbeCancel($id: ID!) { cancelReservation(id: $id) { id status } }\n"): (typeof documents)["\n  mutation MembersProbeCancel($id: ID!) { cancelReservation(id: $id) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembersProbeReservation($id: ID!) { reservation(id: $id) { id status } }\n"): (typeof documents)["\n  query MembersProbeReservation($id: ID!) { reservation(id: $id) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembersProbeAddBase($memberId: ID, $input: BaseInput!) { addBase(memberId: $memberId, input: $input) { id crop } }\n"): (typeof documents)["\n  mutation MembersProbeAddBase($memberId: ID, $input: BaseInput!) { addBase(memberId: $memberId, input: $input) { id crop } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembersProbeUpdateBase($id: ID!, $input: BaseInput!) { updateBase(id: $id, input: $input) { id crop } }\n"): (typeof documents)["\n  mutation MembersProbeUpdateBase($id: ID!, $input: BaseInput!) { updateBase(id: $id, input: $input) { id crop } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MembersProbeRemoveBase($id: ID!) { removeBase(id: $id) }\n"): (typeof documents)["\n  mutation MembersProbeRemoveBase($id: ID!) { removeBase(id: $id) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembersProbeMemberAlliances($id: ID!) { member(id: $id) { alliances { alliance { id } roles } } }\n"): (typeof documents)["\n  query MembersProbeMemberAlliances($id: ID!) { member(id: $id) { alliances { alliance { id } roles } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembersProbeListedAlliances { members(first: 100) { edges { node { id alliances { alliance { id } roles } } } } }\n"): (typeof documents)["\n  query MembersProbeListedAlliances { members(first: 100) { edges { node { id alliances { alliance { id } roles } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembersProbeViewerAlliances { viewer { alliances { alliance { id } } } }\n"): (typeof documents)["\n  query MembersProbeViewerAlliances { viewer { alliances { alliance { id } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReadLeaksReserve($input: ReserveSupplyInput!) { reserveSupply(input: $input) { id totalKg totalPrice lines { kg amount } } }\n"): (typeof documents)["\n  mutation ReadLeaksReserve($input: ReserveSupplyInput!) { reserveSupply(input: $input) { id totalKg totalPrice lines { kg amount } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadLeaksLotTerms($id: ID!) { lot(id: $id) { id crop availableKg askingPricePerKg } }\n"): (typeof documents)["\n  query ReadLeaksLotTerms($id: ID!) { lot(id: $id) { id crop availableKg askingPricePerKg } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadLeaksLotBasics($id: ID!) { lot(id: $id) { id crop grade harvestDate grower { code } } }\n"): (typeof documents)["\n  query ReadLeaksLotBasics($id: ID!) { lot(id: $id) { id crop grade harvestDate grower { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadLeaksTwoLots($other: ID!, $none: ID!) { other: lot(id: $other) { id } none: lot(id: $none) { id } }\n"): (typeof documents)["\n  query ReadLeaksTwoLots($other: ID!, $none: ID!) { other: lot(id: $other) { id } none: lot(id: $none) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadLeaksLotReservations($id: ID!) {\n    lot(id: $id) { reservations { id lines { kg pricePerKg amount lot { id grower { name } } } totalKg totalPrice } }\n  }\n"): (typeof documents)["\n  query ReadLeaksLotReservations($id: ID!) {\n    lot(id: $id) { reservations { id lines { kg pricePerKg amount lot { id grower { name } } } totalKg totalPrice } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadLeaksReservationLines($id: ID!) {\n    reservation(id: $id) { lines { kg pricePerKg amount lot { id grower { name } } } totalKg totalPrice }\n  }\n"): (typeof documents)["\n  query ReadLeaksReservationLines($id: ID!) {\n    reservation(id: $id) { lines { kg pricePerKg amount lot { id grower { name } } } totalKg totalPrice }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadLeaksMemberLotsPage($id: ID!, $first: Int!) { member(id: $id) { lots(first: $first) { id } } }\n"): (typeof documents)["\n  query ReadLeaksMemberLotsPage($id: ID!, $first: Int!) { member(id: $id) { lots(first: $first) { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadLeaksMemberReservationsPage($id: ID!, $first: Int!) { member(id: $id) { reservations(first: $first) { id } } }\n"): (typeof documents)["\n  query ReadLeaksMemberReservationsPage($id: ID!, $first: Int!) { member(id: $id) { reservations(first: $first) { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadLeaksMembersPage($first: Int!) { members(first: $first) { totalCount } }\n"): (typeof documents)["\n  query ReadLeaksMembersPage($first: Int!) { members(first: $first) { totalCount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadLeaksSupplyPage($first: Int!) { supply(filter: {}, first: $first) { totalCount } }\n"): (typeof documents)["\n  query ReadLeaksSupplyPage($first: Int!) { supply(filter: {}, first: $first) { totalCount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevocationRegisterLot($input: RegisterLotInput!) { registerLot(input: $input) { id } }\n"): (typeof documents)["\n  mutation RevocationRegisterLot($input: RegisterLotInput!) { registerLot(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevocationSetRoles($id: ID!, $roles: [Role!]!) { updateMember(id: $id, input: { roles: $roles }) { id alliances { roles } } }\n"): (typeof documents)["\n  mutation RevocationSetRoles($id: ID!, $roles: [Role!]!) { updateMember(id: $id, input: { roles: $roles }) { id alliances { roles } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevocationSuspend($id: ID!, $reason: String!) { suspendMember(id: $id, reason: $reason) { status } }\n"): (typeof documents)["\n  mutation RevocationSuspend($id: ID!, $reason: String!) { suspendMember(id: $id, reason: $reason) { status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RevocationSupplyCount { supply(filter: {}) { totalCount } }\n"): (typeof documents)["\n  query RevocationSupplyCount { supply(filter: {}) { totalCount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RevocationViewerStatus { viewer { status statusReason } }\n"): (typeof documents)["\n  query RevocationViewerStatus { viewer { status statusReason } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RevocationViewerId { viewer { id } }\n"): (typeof documents)["\n  query RevocationViewerId { viewer { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevocationAdmit($input: AdmitMemberInput!) { admitMember(input: $input) { id } }\n"): (typeof documents)["\n  mutation RevocationAdmit($input: AdmitMemberInput!) { admitMember(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplyReadPageAndSummary($first: Int!, $by: Date!) {\n    supply(filter: { crop: SCALLION, varieties: [RED], grades: [A, B], townships: [\"Jinma\", \"Zhongshu\"], availableBy: $by }, first: $first) {\n      totalCount totalAvailableKg\n      edges { node { id grade variety township harvestDate availableKg askingPricePerKg grower { code name } } }\n      pageInfo { hasNextPage endCursor }\n    }\n    supplySummary(filter: { crop: SCALLION, availableBy: $by }, groupBy: [VARIETY, GRADE]) { variety grade availableKg lotCount }\n  }\n"): (typeof documents)["\n  query SupplyReadPageAndSummary($first: Int!, $by: Date!) {\n    supply(filter: { crop: SCALLION, varieties: [RED], grades: [A, B], townships: [\"Jinma\", \"Zhongshu\"], availableBy: $by }, first: $first) {\n      totalCount totalAvailableKg\n      edges { node { id grade variety township harvestDate availableKg askingPricePerKg grower { code name } } }\n      pageInfo { hasNextPage endCursor }\n    }\n    supplySummary(filter: { crop: SCALLION, availableBy: $by }, groupBy: [VARIETY, GRADE]) { variety grade availableKg lotCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SupplyReadReserve($input: ReserveSupplyInput!) { reserveSupply(input: $input) { id } }"): (typeof documents)["mutation SupplyReadReserve($input: ReserveSupplyInput!) { reserveSupply(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query SupplyReadByPrice($after: String) {\n        supply(filter: {}, orderBy: PRICE, first: 2, after: $after) {\n          totalCount edges { node { id lotNumber status createdAt base { id } grower { id } reservedKg } } pageInfo { hasNextPage endCursor }\n        }\n      }\n    "): (typeof documents)["\n      query SupplyReadByPrice($after: String) {\n        supply(filter: {}, orderBy: PRICE, first: 2, after: $after) {\n          totalCount edges { node { id lotNumber status createdAt base { id } grower { id } reservedKg } } pageInfo { hasNextPage endCursor }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupplyReadSummaryAlone { supplySummary(filter: {}, groupBy: []) { availableKg lotCount } }"): (typeof documents)["query SupplyReadSummaryAlone { supplySummary(filter: {}, groupBy: []) { availableKg lotCount } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;