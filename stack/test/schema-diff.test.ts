import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { apiSchemaOf, checkSchema } from '../src/schema-diff.ts';

const before = `
type Query { lot(id: ID!): Lot }
type Lot { id: ID! grade: String! township: String }
`;

describe('schema diff', () => {
  it('fails on a removed field and names it BREAKING', async () => {
    const check = await checkSchema({ before, after: `type Query { lot(id: ID!): Lot }\ntype Lot { id: ID! grade: String! }` });
    expect(check.ok).toBe(false);
    expect(check.unintended).toEqual([expect.objectContaining({ criticality: 'BREAKING', path: 'Lot.township', intended: false })]);
  });

  it('passes an added optional field (and an added optional argument)', async () => {
    const check = await checkSchema({
      before,
      after: `type Query { lot(id: ID!, asOf: String): Lot }\ntype Lot { id: ID! grade: String! township: String lotNumber: String }`,
    });
    expect(check.ok).toBe(true);
    // An optional argument is DANGEROUS to the inspector (a default may change what a field answers), not breaking.
    expect(check.changes.map((c) => c.criticality).sort()).toEqual(['DANGEROUS', 'NON_BREAKING']);
  });

  it('fails on a required argument added to a field', async () => {
    const check = await checkSchema({ before, after: `type Query { lot(id: ID!, asOf: String!): Lot }\ntype Lot { id: ID! grade: String! township: String }` });
    expect(check.ok).toBe(false);
  });

  it('passes a break marked by the commit message or by a new line of BREAKING.md naming it', async () => {
    const after = `type Query { lot(id: ID!): Lot }\ntype Lot { id: ID! grade: String! }`;
    expect((await checkSchema({ before, after, commitMessage: 'Drop Lot.township [breaking]' })).ok).toBe(true);
    const noted = await checkSchema({ before, after, breakingNotes: '- `Lot.township`: removed, deprecated since 2026-10\n', breakingNotesBefore: '' });
    expect(noted.ok).toBe(true);
    expect(noted.changes[0]).toMatchObject({ criticality: 'BREAKING', intended: true });
    // A line that was already there at the base marked an earlier commit's break, not this one's.
    const stale = await checkSchema({ before, after, breakingNotes: '- `Lot.township`\n', breakingNotesBefore: '- `Lot.township`\n' });
    expect(stale.ok).toBe(false);
    // Another coordinate does not mark this one.
    expect((await checkSchema({ before, after, breakingNotes: '- `Lot.grade`\n' })).ok).toBe(false);
  });

  it('reads the composed supergraph as the API schema partners see (no join directives)', () => {
    const api = apiSchemaOf(readFileSync(path.join(fileURLToPath(new URL('../..', import.meta.url)), 'schema/supergraph.graphql'), 'utf8'));
    expect(api.getQueryType()!.getFields().supply).toBeDefined();
    expect(api.getDirective('join__field')).toBeUndefined();
  });
});

describe('npm run check:schema in a git repository', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'schema-diff-'));
  const cli = fileURLToPath(new URL('../src/cli/schema-diff.ts', import.meta.url));
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: dir, stdio: 'ignore' });
  const commit = (sdl: string, message: string) => {
    writeFileSync(path.join(dir, 'schema/supergraph.graphql'), sdl);
    git('add', '.');
    git('commit', '-q', '--allow-empty', '-m', message);
  };
  const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
  const run = () => spawnSync(tsx, [cli], { cwd: dir, encoding: 'utf8' });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('skips the first commit, fails an unmarked removal, passes a marked one', () => {
    mkdirSync(path.join(dir, 'schema'));
    git('init', '-q');
    commit(before, 'first');
    const first = run();
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('no commit HEAD~1');

    commit(`type Query { lot(id: ID!): Lot }\ntype Lot { id: ID! grade: String! }`, 'drop township');
    const unmarked = run();
    expect(unmarked.status).toBe(1);
    expect(unmarked.stdout).toMatch(/BREAKING\s+Field 'township' was removed from object type 'Lot'/);

    git('reset', '-q', '--soft', 'HEAD~1');
    git('commit', '-q', '-m', 'drop township [breaking]');
    expect(run().status).toBe(0);
  });
});
