import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CREDIT_CODE_CHARSET, creditCodeCheckCharacter, makeCreditCode, Prng, validateCreditCode } from '@alliance/domain-kit';

// The rule itself is tested in packages/domain-kit; this checks members' SQL copy of it.
/** Real-format codes whose two check characters were verified by hand computation. */
const VALID = [
  '91350100M000100Y43', // the example of GB 32100-2015
  '91110000600037341L',
  '911100001000128855',
  '91310000MA1FL1MMXL', // organisation check character X
  '914403001922038216',
  '91440300708461136T',
  '91110108551385082Q',
];


// ---- The PL/pgSQL twin, checked against the TypeScript rule on a real PostgreSQL.

const databaseUrl =
  (inject('databaseUrl') as string | undefined) ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function databaseAnswers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

const reachable = await databaseAnswers(databaseUrl);

/** Several hundred codes: valid ones, and invalid ones of every kind the rule refuses. */
function samples(): string[] {
  const rng = new Prng(20231);
  const chars = [...CREDIT_CODE_CHARSET];
  const out: string[] = [...VALID, '', 'ABC', '91350100M000100Y4', '91350100M000100Y433', '91350100m000100y43', ' 91350100M000100Y43'];
  for (let n = 0; n < 150; n++) {
    const body = Array.from({ length: 8 }, () => rng.pick(chars)).join('');
    const code = makeCreditCode(rng.pick(['1', '5', '9']), rng.pick(['1', '2', '3']), String(rng.int(110000, 659999)), body);
    out.push(code);
    const at = rng.int(0, 17);
    out.push(code.slice(0, at) + rng.pick(chars.filter((c) => c !== code[at])) + code.slice(at + 1)); // substitution
    out.push(code.slice(0, at) + rng.pick([...'IOSVZ-a ', '中']) + code.slice(at + 1)); // outside the set
    const t = rng.int(0, 16);
    out.push(code.slice(0, t) + code[t + 1] + code[t] + code.slice(t + 2)); // transposition (or the same code)
    // A wrong organisation check character with a matching main check character.
    const first17 = code.slice(0, 16) + rng.pick([...'0123456789X'].filter((c) => c !== code[16]));
    out.push(first17 + creditCodeCheckCharacter(first17));
  }
  return out;
}

// The function as the committed migration installed it in the test database (members schema).
describe.skipIf(!reachable)('the SQL check function agrees with the TypeScript rule', () => {
  let client: pg.Client;
  const schema = `credit_code_test_${process.pid}_${Date.now()}`;

  beforeAll(async () => {
    client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(`create schema "${schema}"`);
  });

  afterAll(async () => {
    if (!client) return;
    await client.query(`drop schema if exists "${schema}" cascade`).catch(() => {});
    await client.end();
  });

  it('gives the same answer on valid and invalid codes (the database does not normalise)', async () => {
    const codes = samples();
    const { rows } = await client.query<{ code: string; ok: boolean }>(
      `select code, members.is_valid_credit_code(code) as ok from unnest($1::text[]) as code`,
      [codes],
    );
    expect(rows).toHaveLength(codes.length);
    for (const row of rows) {
      const ts = validateCreditCode(row.code);
      expect(row.ok, JSON.stringify(row.code)).toBe(ts.ok && ts.normalized === row.code);
    }
    expect(rows.filter((r) => r.ok).length).toBeGreaterThanOrEqual(150);
    expect(rows.filter((r) => !r.ok).length).toBeGreaterThanOrEqual(400);
  });

  it('works as a CHECK constraint, letting a null code through', async () => {
    await client.query(
      `create table "${schema}".org (credit_code text check (credit_code is null or members.is_valid_credit_code(credit_code)))`,
    );
    await client.query(`insert into "${schema}".org values ($1), (null)`, ['91350100M000100Y43']);
    await expect(client.query(`insert into "${schema}".org values ($1)`, ['91350100M000100Y44'])).rejects.toMatchObject({ code: '23514' });
    const { rows } = await client.query(`select members.is_valid_credit_code(null) as ok`);
    expect(rows[0].ok).toBeNull();
  });
});
