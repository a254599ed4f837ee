import { createRequire } from 'node:module';
import type { ApolloServerPlugin } from '@apollo/server';
import type {
  ASTNode,
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLInputType,
  GraphQLSchema,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import { BODY_LIMIT_BYTES } from './json-body.ts';

// The graphql-js that Apollo and the federation libraries load (its CommonJS build): its type
// checks refuse schema objects of another copy, and bundlers (vitest) would pick the ES build.
const graphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');
const { BREAK, getNamedType, GraphQLError, isInputObjectType, isListType, isNonNullType, Kind, parse, TypeInfo, typeFromAST, visit, visitWithTypeInfo } = graphql;
type GraphQLError = import('graphql').GraphQLError;

/**
 * Limits on the shape of a document, checked on the parsed document before graphql-js validates
 * it: validation compares every pair of same-named fields of a selection (overlapping fields),
 * so one field repeated 4,000 times costs seconds while staying under the token limit.
 */
export const documentLimits = { maxFields: 500, maxFieldsPerSelection: 100, maxNameLength: 100 };

/**
 * Limits on every String, ID and custom scalar value, literal or variable, nested or not. A value
 * of the LongText scalar (a CSV to import) is bounded by the request body's limit instead.
 */
export const inputLimits = { maxStringLength: 10_000, maxIdLength: 100, maxDepth: 32, maxLongTextLength: BODY_LIMIT_BYTES };

export interface RequestGuardOptions {
  documentLimits?: typeof documentLimits;
  inputLimits?: typeof inputLimits;
  /** Whether an error means a dependency (the database) is down: answered 503, "try again". */
  unavailable?: (error: unknown) => boolean;
}

const number = (n: number) => n.toLocaleString('en-US');

function refused(message: string, code: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}

/** A value as a client may recognise it in a message, cut short. */
function shown(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** Why a document is too wide or too large to validate and run cheaply, or null. */
export function fieldCountProblem(document: DocumentNode, limits: typeof documentLimits): string | null {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  // Fields of one selection as validation sees them: inline fragments and spreads flattened.
  const fragmentWidth = new Map<string, number>();
  const width = (set: SelectionSetNode, visiting: Set<string>, spread: Set<string>): number => {
    let count = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) count += 1;
      else if (selection.kind === Kind.INLINE_FRAGMENT) count += width(selection.selectionSet, visiting, spread);
      else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || spread.has(name) || visiting.has(name)) continue;
        spread.add(name);
        if (!fragmentWidth.has(name)) {
          visiting.add(name);
          fragmentWidth.set(name, width(fragment.selectionSet, visiting, new Set()));
          visiting.delete(name);
        }
        count += fragmentWidth.get(name)!;
      }
    }
    return count;
  };

  // Fields as execution sees them: a fragment counts each time it is spread (ten aliases over one
  // fragment are ten copies). Each fragment is counted once and remembered, so the count costs no
  // more than the document's length; a spread that cycles back counts nothing (validation refuses it).
  const fragmentTotal = new Map<string, number>();
  const expanding = new Set<string>();
  // A fragment spread twice in one selection merges into one copy, as execution does.
  const expanded = (set: SelectionSetNode, spread = new Set<string>()): number => {
    let count = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) count += 1 + (selection.selectionSet ? expanded(selection.selectionSet) : 0);
      else if (selection.kind === Kind.INLINE_FRAGMENT) count += expanded(selection.selectionSet, spread);
      else if (!spread.has(selection.name.value)) {
        spread.add(selection.name.value);
        count += fragmentFields(selection.name.value);
      }
    }
    return count;
  };
  const fragmentFields = (name: string): number => {
    const known = fragmentTotal.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    if (!fragment || expanding.has(name)) return 0;
    expanding.add(name);
    const count = expanded(fragment.selectionSet);
    expanding.delete(name);
    fragmentTotal.set(name, count);
    return count;
  };

  // Fields as written (unused fragments included), or as expanded, whichever is more.
  let total = 0;
  let problem: string | null = null;
  visit(document, {
    Name(node) {
      if (node.value.length > limits.maxNameLength) {
        problem = `Query refused: a name of ${number(node.value.length)} characters (at most ${limits.maxNameLength}): "${shown(node.value)}".`;
        return BREAK;
      }
      return undefined;
    },
    Field() {
      total += 1;
    },
    SelectionSet(node, _key, parent) {
      const count = width(node, new Set(), new Set());
      if (count > limits.maxFieldsPerSelection) {
        const owner = parent as ASTNode | undefined;
        const where = owner && 'name' in owner && owner.name ? ` in \`${owner.name.value}\`` : '';
        problem = `Query refused: limit of ${limits.maxFieldsPerSelection} fields in one selection exceeded (found ${number(count)}${where}). Ask for each field once, or split the query.`;
        return BREAK;
      }
      return undefined;
    },
  });
  if (problem) return problem;
  for (const definition of document.definitions) {
    if (total > limits.maxFields) break;
    if (definition.kind === Kind.OPERATION_DEFINITION) total = Math.max(total, expanded(definition.selectionSet));
  }
  if (total > limits.maxFields) {
    return `Query refused: limit of ${limits.maxFields} fields exceeded (found ${number(total)}). Ask for fewer fields, or split the query.`;
  }
  return null;
}

function stringProblem(value: string, max: number, where: string): string | null {
  if (value.length > max) return `${where} is ${number(value.length)} characters long; at most ${number(max)} are accepted.`;
  if (value.includes('\u0000')) return `${where} contains a NUL character (\\u0000), which no text accepts.`;
  return null;
}

function limitOf(type: GraphQLInputType | undefined | null, limits: typeof inputLimits): number {
  const name = type ? getNamedType(type).name : null;
  return name === 'ID' ? limits.maxIdLength : name === 'LongText' ? limits.maxLongTextLength : limits.maxStringLength;
}

function worded(where: (suffix: string) => string, path: readonly (string | number)[]): string {
  return where(path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join(''));
}

/**
 * Checks a variable's JSON value against its declared type (a mismatch is left to graphql-js);
 * `where` words the place of a part of it, `.field[3]` after the variable.
 */
function valueProblem(
  value: unknown,
  type: GraphQLInputType | undefined,
  where: (suffix: string) => string,
  limits: typeof inputLimits,
  path: (string | number)[] = [],
  depth = 0,
): string | null {
  if (value === null || value === undefined) return null;
  // The path to the value is kept as segments and worded only for a problem: a batch of 10,000
  // readings would otherwise build 50,000 path strings per request to report none of them.
  if (depth > limits.maxDepth) return `${worded(where, path)} is nested more than ${limits.maxDepth} levels deep.`;
  if (type && isNonNullType(type)) return valueProblem(value, type.ofType, where, limits, path, depth);
  if (typeof value === 'string') {
    const max = limitOf(type, limits);
    return value.length > max || value.includes('\u0000') ? stringProblem(value, max, worded(where, path)) : null;
  }
  const itemType = type && isListType(type) ? type.ofType : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      const problem = valueProblem(value[i], itemType, where, limits, path, depth + 1);
      path.pop();
      if (problem) return problem;
    }
    return null;
  }
  if (itemType) return valueProblem(value, itemType, where, limits, path, depth);
  if (typeof value === 'object') {
    const fields = type && isInputObjectType(type) ? type.getFields() : undefined;
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      if (key.length > documentLimits.maxNameLength) return `${worded(where, path)} has a field name of ${number(key.length)} characters.`;
      path.push(key);
      const problem = valueProblem((value as Record<string, unknown>)[key], fields?.[key]?.type, where, limits, path, depth + 1);
      path.pop();
      if (problem) return problem;
    }
  }
  return null;
}

/** Every String and ID argument of the operation, literal or variable, against the limits: why one is over them, or null. */
export function inputProblem(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  limits: typeof inputLimits,
): string | null {
  const typeInfo = new TypeInfo(schema);
  const path: string[] = [];
  let argument: { name: string; owner: string } | null = null;
  let argumentName: string | null = null;
  // Where each variable is used, to word its problems as the argument it feeds.
  const variableUse = new Map<string, { name: string; owner: string; path: string[] }>();
  // A negative page size is never meant, whatever the field; each field still bounds its own maximum.
  const pageVariables = new Set<string>();
  const negativePage = (value: number) => `${here()} must not be negative; got ${value}.`;
  let problem: string | null = null;
  const label = (use: { name: string; owner: string; path: string[] }, suffix = '') =>
    `The argument \`${[use.name, ...use.path].join('.')}${suffix}\` of \`${use.owner}\``;
  const here = () => label({ ...argument!, path });
  const definitions = document.definitions.filter((d) => d === operation || d.kind === Kind.FRAGMENT_DEFINITION);
  visit(
    { ...document, definitions },
    visitWithTypeInfo(typeInfo, {
      Argument: {
        enter(node) {
          const owner = typeInfo.getDirective() ? `@${typeInfo.getDirective()!.name}` : (typeInfo.getFieldDef()?.name ?? '?');
          argument = { name: node.name.value, owner };
          argumentName = node.name.value;
        },
        leave() {
          argument = null;
          argumentName = null;
        },
      },
      ObjectField: {
        enter(node) {
          path.push(node.name.value);
        },
        leave() {
          path.pop();
        },
      },
      Variable(node) {
        if (!argument) return;
        variableUse.set(node.name.value, { ...argument, path: [...path] });
        if (argumentName === 'first' && path.length === 0) pageVariables.add(node.name.value);
      },
      IntValue(node) {
        if (argumentName !== 'first' || path.length > 0 || Number(node.value) >= 0) return undefined;
        problem = negativePage(Number(node.value));
        return BREAK;
      },
      StringValue(node) {
        const where = argument ? here() : 'A default value';
        problem = stringProblem(node.value, limitOf(typeInfo.getInputType(), limits), where);
        return problem ? BREAK : undefined;
      },
    }),
  );
  if (problem) return problem;
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type as never) as GraphQLInputType | undefined;
    const value = variables?.[name];
    const use = variableUse.get(name);
    const where = (suffix: string) => (use ? `${label(use, suffix)} (variable $${name})` : `The variable $${name}${suffix}`);
    if (pageVariables.has(name) && typeof value === 'number' && value < 0) return `${where('')} must not be negative; got ${value}.`;
    const found = valueProblem(value, type, where, limits);
    if (found) return found;
  }
  return null;
}

function operationNames(document: DocumentNode): string {
  const names = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).map((d) => (d.name ? `"${d.name.value}"` : 'one without a name'));
  return names.join(', ');
}

/**
 * Client mistakes refused at the edge as JSON errors with a 4xx, before they cost anything or
 * reach the database: documents too wide to validate cheaply, over-long or NUL-bearing strings
 * and ids, an operation name that names nothing. A dependency that is down answers 503.
 */
export function requestGuards<TContext extends object>(options: RequestGuardOptions = {}): ApolloServerPlugin<TContext> {
  const docLimits = options.documentLimits ?? documentLimits;
  const valueLimits = options.inputLimits ?? inputLimits;
  const markUnavailable = (error: unknown) => {
    if (options.unavailable?.(error) && error && typeof error === 'object') {
      // Apollo takes the HTTP status of a failed context from the error's extensions.
      Object.assign(error, { extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } } });
    }
  };
  // A refused document is swapped for a trivial one before validation (a hook that throws there
  // answers 500); the refusal is raised once the operation resolves, and Apollo's document cache
  // keeps the stand-in, so a repeat is refused at once too.
  const refusedDocuments = new WeakMap<DocumentNode, string>();
  return {
    async contextCreationDidFail({ error }) {
      markUnavailable(error);
    },
    async requestDidStart() {
      return {
        // Runs after parsing and before validation (and only for documents not already validated).
        async validationDidStart(requestContext) {
          const problem = fieldCountProblem(requestContext.document, docLimits);
          if (!problem) return;
          const standIn = parse('{ __typename }');
          refusedDocuments.set(standIn, problem);
          (requestContext as { document: DocumentNode }).document = standIn;
        },
        async didResolveOperation({ document, operation, request, schema }) {
          const refusal = refusedDocuments.get(document);
          if (refusal) throw refused(refusal, 'GRAPHQL_VALIDATION_FAILED');
          if (!operation) {
            const asked = request.operationName;
            throw refused(
              asked
                ? `The document has no operation named "${shown(asked)}"; it has ${operationNames(document)}.`
                : `The document has several operations (${operationNames(document)}); say which one to run in \`operationName\`.`,
              'OPERATION_RESOLUTION_FAILURE',
            );
          }
          // graphql-js 16 validates a subscription against a schema without one as valid; the
          // gateway's planner then fails it as a 500. Neither the gateway nor a subgraph serves any.
          if (operation.operation === 'subscription') {
            throw refused('This API has no subscriptions; send a query or a mutation, and poll for changes.', 'GRAPHQL_VALIDATION_FAILED');
          }
          const problem = inputProblem(schema, document, operation, request.variables, valueLimits);
          if (problem) throw refused(problem, 'BAD_USER_INPUT');
        },
        async willSendResponse({ response }) {
          const body = response.body;
          if (body.kind !== 'single' || body.singleResult.data) return;
          // Automatic persisted queries are off; Apollo answers an APQ request with 200 and the
          // bare word "PersistedQueryNotSupported". The code stays, for clients that fall back on it.
          if (body.singleResult.errors?.some((e) => e.extensions?.code === 'PERSISTED_QUERY_NOT_SUPPORTED')) {
            response.http.status = 400;
            body.singleResult.errors = [
              {
                message: 'Persisted queries are not supported; send the query text in `query`, without the `persistedQuery` extension.',
                extensions: { code: 'PERSISTED_QUERY_NOT_SUPPORTED' },
              },
            ];
            return;
          }
          if (body.singleResult.errors?.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE')) {
            response.http.status = 503;
            response.http.headers.set('retry-after', '5');
          }
        },
      };
    },
  };
}
