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
};
const documents: Documents = {
    "\n  query GatewayAlliances {\n    alliances { id code name region crops }\n  }\n": types.GatewayAlliancesDocument,
    "\n  query GatewayMemberFields {\n    __type(name: \"Member\") { fields { name } }\n  }\n": types.GatewayMemberFieldsDocument,
    "\n  query PartialSupplyWithColdChain($first: Int!) {\n    supply(filter: { crop: SCALLION }, first: $first) {\n      totalCount\n      edges { node { id availableKg coldChain { excursionCount custody { kind } } } }\n    }\n  }\n": types.PartialSupplyWithColdChainDocument,
    "\n  query BrandOfficeOfCaller {\n    brandOffice { allianceId member { id code } }\n  }\n": types.BrandOfficeOfCallerDocument,
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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;