import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { Supergraph } from '@apollo/federation-internals';
import { createRequire } from 'node:module';
import type { GraphQLSchema } from 'graphql';

// The inspector and the federation internals are loaded by Node, which gives them graphql's CommonJS
// build; a schema built from the ES module build (as vitest resolves `graphql`) is "from another realm".
const { buildSchema } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

/**
 * The partners' view of a schema: a composed supergraph (with its join directives) becomes the API
 * schema the gateway serves; any other SDL is built as it is.
 */
export function apiSchemaOf(sdl: string): GraphQLSchema {
  if (/@link\(url:\s*"https:\/\/specs\.apollo\.dev\/join\//.test(sdl)) {
    return Supergraph.build(sdl).apiSchema().toGraphQLJSSchema();
  }
  return buildSchema(sdl);
}

export interface SchemaChange {
  criticality: 'BREAKING' | 'DANGEROUS' | 'NON_BREAKING';
  message: string;
  /** The schema coordinate the change is about (`Query.supply`, `Lot.lotNumber.arg`), when it has one. */
  path?: string;
  /** A breaking change the commit says is intended (`[breaking]`, or its path in schema/BREAKING.md). */
  intended: boolean;
}

export interface SchemaCheck {
  changes: SchemaChange[];
  /** Breaking changes no one marked as intended: the check fails when there is any. */
  unintended: SchemaChange[];
  ok: boolean;
}

export interface SchemaCheckInput {
  /** The schema at the base commit, or null when it had none (first commit, new file). */
  before: string | null;
  after: string;
  /** The message of the commit being checked: `[breaking]` in it marks every break as intended. */
  commitMessage?: string;
  /** schema/BREAKING.md now and at the base: the coordinates on lines added since the base are intended breaks. */
  breakingNotes?: string | null;
  breakingNotesBefore?: string | null;
}

/** Coordinates (`Type.field`, `Type.field.arg`, `Type`) named on the lines of the notes that are new since the base. */
export function intendedCoordinates(notes: string | null | undefined, notesBefore: string | null | undefined): Set<string> {
  const old = new Set((notesBefore ?? '').split('\n').map((line) => line.trim()));
  const coordinates = new Set<string>();
  for (const line of (notes ?? '').split('\n')) {
    if (!line.trim() || old.has(line.trim())) continue;
    for (const match of line.matchAll(/`([A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*)`/g)) coordinates.add(match[1]!);
  }
  return coordinates;
}

function isIntended(change: Change, all: boolean, coordinates: Set<string>): boolean {
  if (all) return true;
  const path = change.path;
  if (!path) return false;
  // A coordinate marks itself and what lies under it (`Lot` marks `Lot.lotNumber`).
  for (let p = path; p; p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : '') {
    if (coordinates.has(p)) return true;
  }
  return false;
}

/** Compares two schemas as partners see them; breaking changes fail unless marked as intended. */
export async function checkSchema(input: SchemaCheckInput): Promise<SchemaCheck> {
  if (input.before === null) return { changes: [], unintended: [], ok: true };
  const raw = await diff(apiSchemaOf(input.before), apiSchemaOf(input.after));
  const all = /\[breaking\]/i.test(input.commitMessage ?? '');
  const coordinates = intendedCoordinates(input.breakingNotes, input.breakingNotesBefore);
  const changes: SchemaChange[] = raw.map((change) => ({
    criticality: change.criticality.level as SchemaChange['criticality'],
    message: change.message,
    path: change.path,
    intended: change.criticality.level === CriticalityLevel.Breaking && isIntended(change, all, coordinates),
  }));
  const unintended = changes.filter((c) => c.criticality === 'BREAKING' && !c.intended);
  return { changes, unintended, ok: unintended.length === 0 };
}

/** One line per change: `BREAKING  Field 'Lot.x' was removed from object type 'Lot' (intended)`. */
export function formatChanges(check: SchemaCheck): string {
  return check.changes
    .map((c) => `${c.criticality.padEnd(12)} ${c.message}${c.criticality === 'BREAKING' ? (c.intended ? '  (intended)' : '  (NOT MARKED)') : ''}`)
    .join('\n');
}
