import { BadInput } from '@alliance/domain-kit';
import { describe, expect, it } from 'vitest';
import { readLabelCode } from '../../src/domain/verification.ts';

const GTIN = '09506000134352';
const SERIAL = '7K3QM9XD2F8HJ4NP';

function refusal(code: string): string {
  try {
    readLabelCode(code);
  } catch (error) {
    expect(error).toBeInstanceOf(BadInput);
    return (error as BadInput).message;
  }
  throw new Error(`${code} was read`);
}

describe('reading what a shopper hands over', () => {
  it('takes a Digital Link (URI or path) with the GTIN and lot it claims, the serial exactly as written', () => {
    expect(readLabelCode(`https://any.example/01/${GTIN}/10/LX-2026-000001/21/${SERIAL}?s=1`)).toEqual({ serial: SERIAL, link: { gtin14: GTIN, lot: 'LX-2026-000001', serial: SERIAL } });
    expect(readLabelCode(`/01/${GTIN}/21/${SERIAL}`)).toEqual({ serial: SERIAL, link: { gtin14: GTIN, serial: SERIAL } });
  });

  it('reads a typed serial whatever its case, hyphens, spaces and look-alike letters', () => {
    for (const typed of ['7k3q-m9xd-2f8h-j4np', ' 7K3Q M9XD 2F8H J4NP ', '7K3QM9XD2F8HJ4NP']) expect(readLabelCode(typed)).toEqual({ serial: SERIAL, link: null });
    expect(readLabelCode('7K3QM9XD2F8HJ4NO').serial).toBe('7K3QM9XD2F8HJ4N0');
  });

  it('refuses with the reason of the rule it breaks', () => {
    expect(refusal('   ')).toMatch(/empty/);
    expect(refusal('ABC')).toMatch(/this one has 3/);
    expect(refusal('7K3Q M9XD U')).toMatch(/has " " at position 5/);
    expect(refusal('mailto:a@b.c')).toMatch(/https address/);
    expect(refusal(`/01/${GTIN}`)).toMatch(/no serial/);
  });
});
