/**
 * `npm run check:schema [-- --base <commit>]`: compares the composed supergraph's API schema with
 * the one at the base commit (HEAD~1 by default; SCHEMA_BASE overrides) and fails on a breaking
 * change the commit does not mark as intended: `[breaking]` in HEAD's commit message, or the
 * change's coordinate (`Type.field`) in backticks on a line of schema/BREAKING.md added since the base.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { checkSchema, formatChanges } from '../schema-diff.ts';

const supergraphPath = 'schema/supergraph.graphql';
const notesPath = 'schema/BREAKING.md';
const argBase = process.argv.indexOf('--base');
const base = argBase > 0 ? process.argv[argBase + 1]! : (process.env.SCHEMA_BASE ?? 'HEAD~1');

function git(...args: string[]): string | null {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 << 20 });
  } catch {
    return null;
  }
}

if (git('rev-parse', '--verify', '--quiet', `${base}^{commit}`) === null) {
  const shallow = git('rev-parse', '--is-shallow-repository')?.trim() === 'true';
  console.log(
    shallow
      ? `schema check skipped: ${base} is not in this shallow clone (fetch more history, e.g. \`git fetch --deepen 1\`)`
      : `schema check skipped: no commit ${base} to compare with (first commit)`,
  );
  process.exit(0);
}

const before = git('show', `${base}:${supergraphPath}`);
if (before === null) console.log(`${supergraphPath} did not exist at ${base}: every type is new`);
const check = await checkSchema({
  before,
  after: readFileSync(supergraphPath, 'utf8'),
  commitMessage: git('log', '-1', '--format=%B', 'HEAD') ?? '',
  breakingNotes: existsSync(notesPath) ? readFileSync(notesPath, 'utf8') : null,
  breakingNotesBefore: git('show', `${base}:${notesPath}`),
});
if (check.changes.length) console.log(formatChanges(check));
if (!check.ok) {
  console.error(
    `\n${check.unintended.length} breaking change(s) since ${base} not marked as intended. Deprecate first ` +
      `(@deprecated for at least one release), or mark the break: add a line naming the coordinate in backticks ` +
      `to ${notesPath}, or put [breaking] in the commit message.`,
  );
  process.exit(1);
}
console.log(`schema check against ${base}: ${check.changes.length} change(s), no unmarked breaking change`);
