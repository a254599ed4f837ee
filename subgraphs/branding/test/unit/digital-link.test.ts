import { describe, expect, it } from 'vitest';
import { buildDigitalLink, checkAiValue, CSET_82, encodeAiValue, parseLabelCode, resolverBase } from '../../src/domain/digital-link.ts';

const GTIN = '09506000134352';
const SERIAL = '7K3QM9XD2F8HJ4NP';

function reason(input: string): string {
  const result = parseLabelCode(input);
  if (result.ok) throw new Error(`${input} unexpectedly parsed`);
  return result.reason;
}

describe('GS1 Digital Link: building', () => {
  it('writes /01/<GTIN-14>/10/<lot>/21/<serial> under the resolver', () => {
    expect(buildDigitalLink('verify.luxi.example', { gtin14: GTIN, lot: 'LX-2026-0412', serial: SERIAL })).toBe(
      `https://verify.luxi.example/01/${GTIN}/10/LX-2026-0412/21/${SERIAL}`,
    );
    expect(buildDigitalLink('http://localhost:4000/', { gtin14: GTIN, serial: SERIAL })).toBe(`http://localhost:4000/01/${GTIN}/21/${SERIAL}`);
  });

  it('keeps a resolver base path and drops trailing slashes; refuses query strings', () => {
    expect(resolverBase('https://id.example.cn/luxi/')).toBe('https://id.example.cn/luxi');
    expect(resolverBase('id.example.cn')).toBe('https://id.example.cn');
    expect(() => resolverBase('https://id.example.cn/?x=1')).toThrow(RangeError);
    expect(() => resolverBase('not a host')).toThrow(RangeError);
  });

  it('percent-encodes every CSET 82 character outside letters, digits and - . _', () => {
    expect(encodeAiValue('L&X/2026%1')).toBe('L%26X%2F2026%251');
    expect(encodeAiValue(`!"'()*+,:;<=>?`)).toBe('%21%22%27%28%29%2A%2B%2C%3A%3B%3C%3D%3E%3F');
    expect(encodeAiValue('Ab-9._')).toBe('Ab-9._');
    // '/' and '?' would otherwise end the segment or the path.
    expect(buildDigitalLink('v.example', { gtin14: GTIN, lot: 'A/B?1', serial: SERIAL })).toBe(`https://v.example/01/${GTIN}/10/A%2FB%3F1/21/${SERIAL}`);
  });

  it('refuses a bad GTIN, lot or serial', () => {
    expect(() => buildDigitalLink('v.example', { gtin14: '09506000134353', serial: SERIAL })).toThrow(/check digit/);
    expect(() => buildDigitalLink('v.example', { gtin14: GTIN, lot: 'x'.repeat(21), serial: SERIAL })).toThrow(/at most 20/);
    expect(() => buildDigitalLink('v.example', { gtin14: GTIN, serial: '葱' })).toThrow(/does not allow/);
    expect(() => buildDigitalLink('v.example', { gtin14: GTIN, serial: '' })).toThrow(/empty/);
  });
});

describe('GS1 character set 82', () => {
  it('has 82 characters: no space, #, $, @, ~ or non-ASCII', () => {
    expect(CSET_82).toHaveLength(82);
    expect(new Set(CSET_82).size).toBe(82);
    for (const c of ' #$@~[]^`{|}\\葱') expect(checkAiValue(`A${c}`, 'lot').ok, c).toBe(false);
    expect(checkAiValue('x'.repeat(20), 'serial')).toEqual({ ok: true });
    expect(checkAiValue('x'.repeat(21), 'serial')).toEqual({ ok: false, reason: 'The serial (AI 21) has 21 characters; at most 20 are allowed.' });
  });
});

describe('GS1 Digital Link: parsing', () => {
  it('reads a URI from any resolver, with or without a lot, ignoring query and fragment', () => {
    expect(parseLabelCode(`https://verify.luxi.example/01/${GTIN}/10/LX-0412/21/${SERIAL}?linkType=gs1:pip#top`)).toEqual({
      ok: true,
      kind: 'digital-link',
      link: { gtin14: GTIN, lot: 'LX-0412', serial: SERIAL },
    });
    expect(parseLabelCode(`http://localhost:4000/luxi/01/${GTIN}/21/${SERIAL}/`)).toEqual({ ok: true, kind: 'digital-link', link: { gtin14: GTIN, serial: SERIAL } });
  });

  it('reads the path alone (what the verification page sees) and pads a short GTIN', () => {
    expect(parseLabelCode(`/01/614141000036/10/A1/21/${SERIAL}`)).toEqual({
      ok: true,
      kind: 'digital-link',
      link: { gtin14: '00614141000036', lot: 'A1', serial: SERIAL },
    });
  });

  it('round-trips percent-encoded values', () => {
    const link = { gtin14: GTIN, lot: `L&X/26%'(1)`, serial: 'a!b"c*d+e,f:g;h<=>?' };
    expect(parseLabelCode(buildDigitalLink('v.example', link))).toEqual({ ok: true, kind: 'digital-link', link });
  });

  it('takes a bare serial as typed', () => {
    expect(parseLabelCode(`  ${SERIAL} `)).toEqual({ ok: true, kind: 'serial', serial: SERIAL });
  });

  it('refuses malformed input with a reason', () => {
    expect(reason('   ')).toBe('The code is empty.');
    expect(reason(`https://v.example/01/09506000134353/21/${SERIAL}`)).toMatch(/GTIN "09506000134353" is not valid: its check digit is 3 but should be 2/);
    expect(reason(`https://v.example/01/09506000134/21/${SERIAL}`)).toMatch(/8, 12, 13 or 14 digits/);
    expect(reason(`https://v.example/01/${GTIN}/10/LOT1`)).toMatch(/no serial/);
    expect(reason(`https://v.example/01/${GTIN}/21/${'A'.repeat(21)}`)).toMatch(/at most 20/);
    expect(reason(`https://v.example/01/${GTIN}/21/A%20B`)).toMatch(/" " at position 2/);
    expect(reason(`https://v.example/01/${GTIN}/21/A%E0%A4%A`)).toMatch(/broken percent-encoding/);
    expect(reason(`https://v.example/01/${GTIN}/17/260101/21/${SERIAL}`)).toMatch(/AI \(17\) is not part of a label code/);
    expect(reason(`https://v.example/01/${GTIN}/21/${SERIAL}/10/LOT`)).toMatch(/repeated or out of order/);
    expect(reason(`https://v.example/01/${GTIN}/10`)).toMatch(/pairs of/);
    expect(reason(`https://v.example/verify/${SERIAL}`)).toMatch(/no \/01\//);
    expect(reason(`ftp://v.example/01/${GTIN}/21/${SERIAL}`)).toMatch(/https address, not ftp:/);
    expect(reason('https://')).toMatch(/not a valid one/);
    expect(reason('真的吗')).toMatch(/does not allow/);
    expect(reason('A'.repeat(21))).toMatch(/at most 20/);
  });
});
