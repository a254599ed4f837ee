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
    "\n  query BrandOfficeOfCaller {\n    brandOffice { allianceId member { id code } }\n  }\n": typeof types.BrandOfficeOfCallerDocument,
    "\n  mutation EntitiesReserveSupply($input: ReserveSupplyInput!) {\n    reserveSupply(input: $input) { id }\n  }\n": typeof types.EntitiesReserveSupplyDocument,
    "\n  mutation RevocationRegisterLot($input: RegisterLotInput!) { registerLot(input: $input) { id } }\n": typeof types.RevocationRegisterLotDocument,
    "\n  mutation RevocationSetRoles($id: ID!, $roles: [Role!]!) { updateMember(id: $id, input: { roles: $roles }) { id alliances { roles } } }\n": typeof types.RevocationSetRolesDocument,
    "\n  mutation RevocationSuspend($id: ID!, $reason: String!) { suspendMember(id: $id, reason: $reason) { status } }\n": typeof types.RevocationSuspendDocument,
    "\n  query RevocationSupplyCount { supply(filter: {}) { totalCount } }\n": typeof types.RevocationSupplyCountDocument,
    "\n  query RevocationViewerStatus { viewer { status statusReason } }\n": typeof types.RevocationViewerStatusDocument,
    "\n  query RevocationViewerId { viewer { id } }\n": typeof types.RevocationViewerIdDocument,
    "\n  mutation RevocationAdmit($input: AdmitMemberInput!) { admitMember(input: $input) { id } }\n": typeof types.RevocationAdmitDocument,
};
const documents: Documents = {
    "\n  query GatewayAlliances {\n    alliances { id code name region crops }\n  }\n": types.GatewayAlliancesDocument,
    "\n  query GatewayMemberFields {\n    __type(name: \"Member\") { fields { name } }\n  }\n": types.GatewayMemberFieldsDocument,
    "\n  query PartialSupplyWithColdChain($first: Int!) {\n    supply(filter: { crop: SCALLION }, first: $first) {\n      totalCount\n      edges { node { id availableKg coldChain { excursionCount custody { kind } } } }\n    }\n  }\n": types.PartialSupplyWithColdChainDocument,
    "\n  query BrandOfficeOfCaller {\n    brandOffice { allianceId member { id code } }\n  }\n": types.BrandOfficeOfCallerDocument,
    "\n  mutation EntitiesReserveSupply($input: ReserveSupplyInput!) {\n    reserveSupply(input: $input) { id }\n  }\n": types.EntitiesReserveSupplyDocument,
    "\n  mutation RevocationRegisterLot($input: RegisterLotInput!) { registerLot(input: $input) { id } }\n": types.RevocationRegisterLotDocument,
    "\n  mutation RevocationSetRoles($id: ID!, $roles: [Role!]!) { updateMember(id: $id, input: { roles: $roles }) { id alliances { roles } } }\n": types.RevocationSetRolesDocument,
    "\n  mutation RevocationSuspend($id: ID!, $reason: String!) { suspendMember(id: $id, reason: $reason) { status } }\n": types.RevocationSuspendDocument,
    "\n  query RevocationSupplyCount { supply(filter: {}) { totalCount } }\n": types.RevocationSupplyCountDocument,
    "\n  query RevocationViewerStatus { viewer { status statusReason } }\n": types.RevocationViewerStatusDocument,
    "\n  query RevocationViewerId { viewer { id } }\n": types.RevocationViewerIdDocument,
    "\n  mutation RevocationAdmit($input: AdmitMemberInput!) { admitMember(input: $input) { id } }\n": types.RevocationAdmitDocument,
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
export function graphql(source: "\n  query BrandOfficeOfCaller {\n    brandOffice { allianceId member { id code } }\n  }\n"): (typeof documents)["\n  query BrandOfficeOfCaller {\n    brandOffice { allianceId member { id code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EntitiesReserveSupply($input: ReserveSupplyInput!) {\n    reserveSupply(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation EntitiesReserveSupply($input: ReserveSupplyInput!) {\n    reserveSupply(input: $input) { id }\n  }\n"];
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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;