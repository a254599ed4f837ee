import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { creditCodeCheckCharacter, creditCodeSqlFunction, makeCreditCode, validateCreditCode } from '../../src/domain/credit-code.ts';

describe('unified social credit code', () => {
  it('accepts the standard example and normalises case and spaces', () => {
    // GB 32100-2015's example structure, with both check characters computed.
    const code = makeCreditCode('9', '1', '350100', 'M0001000');
    expect(code).toHaveLength(18);
    expect(validateCreditCode(code)).toEqual({ ok: true, normalized: code });
    expect(validateCreditCode(`  ${code.toLowerCase()} `)).toEqual({ ok: true, normalized: code });
    expect(validateCreditCode('91350100M000100Y43')).toEqual({ ok: true, normalized: '91350100M000100Y43' });
  });

  it('says what is wrong', () => {
    const code = makeCreditCode('9', '1', '532527', '12345678');
    expect(validateCreditCode(code.slice(0, 17))).toMatchObject({ ok: false, reason: expect.stringMatching(/18 characters, not 17/) });
    expect(validateCreditCode(`${code.slice(0, 3)}I${code.slice(4)}`)).toMatchObject({ ok: false, reason: expect.stringMatching(/character 4/) });
    const wrongCheck = code.slice(0, 17) + (code[17] === '0' ? '1' : '0');
    expect(validateCreditCode(wrongCheck)).toMatchObject({ ok: false, reason: expect.stringMatching(/should be "[0-9A-Y]"/) });
    // A wrong organisation check character, with the main check character made to fit it.
    const first17 = `91532527${'12345678'}${code[16] === '0' ? '1' : '0'}`;
    expect(validateCreditCode(first17 + creditCodeCheckCharacter(first17))).toMatchObject({ ok: false, reason: expect.stringMatching(/organisation code/) });
  });
});

describe('the SQL check function agrees with the TypeScript rule', () => {
  let client: pg.Client;
  const schema = `credit_code_test_${process.pid}`;
  beforeAll(async () => {
    client = new pg.Client({ connectionString: inject('databaseUrl') });
    await client.connect();
    await client.query(`create schema "${schema}"`);
    await client.query(creditCodeSqlFunction(schema));
  });
  afterAll(async () => {
    await client.query(`drop schema "${schema}" cascade`);
    await client.end();
  });

  it('on valid codes and on every single-character corruption of them', async () => {
    const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    const samples: string[] = [];
    for (let i = 0; i < 40; i++) {
      const body = Array.from({ length: 8 }, (_, j) => '0123456789ABCDEFGH'[(i * 7 + j * 13) % 18]).join('');
      const code = makeCreditCode('9', i % 2 ? '1' : '3', '532527', body);
      samples.push(code);
      const at = i % 18;
      samples.push(code.slice(0, at) + chars[(chars.indexOf(code[at]!) + 1 + i) % 31] + code.slice(at + 1));
    }
    samples.push('', 'ABC', '91350100M000100Y4I', '91350100M000100Y43');
    const { rows } = await client.query(`select code, "${schema}".is_valid_credit_code(code) as ok from unnest($1::text[]) code`, [samples]);
    for (const row of rows) expect(row.ok, row.code).toBe(validateCreditCode(row.code).ok);
    expect(rows.filter((r) => r.ok).length).toBeGreaterThanOrEqual(40);
    expect(rows.filter((r) => !r.ok).length).toBeGreaterThanOrEqual(30);
  });
});
