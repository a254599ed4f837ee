import { describe, expect, it } from 'vitest';
import { parseLabelCode } from '../../src/domain/digital-link.ts';

/** Found by probing (notes/branding-probe.md): a refusal quotes what was sent, not all of it. */
describe('a refused label code quotes a long input briefly', () => {
  const GTIN = '09506000134352';
  it.each([
    ['a lot of broken percent-encodings', `/01/${GTIN}/10/${'%ZZ'.repeat(3000)}/21/X`, /^The lot "%ZZ%ZZ.{30,}…" has a broken percent-encoding\.$/],
    ['a GTIN of 9,000 digits', `/01/${'9'.repeat(9000)}/21/X`, /^The GTIN "9{40}…" is not valid: it must have 8, 12, 13 or 14 digits, not 9000\.$/],
    ['an odd path of 3,000 segments', `/01/${GTIN}/21/X/${'x/'.repeat(3000)}x`, /^The path after the GTIN must be pairs of \/<AI>\/<value>; ".{40}…" is not\.$/],
    ['an unknown AI of 5,000 characters', `/01/${GTIN}/${'9'.repeat(5000)}/A/21/X`, /^AI \(9{10}…\) is not part of a label code/],
  ])('%s', (_what, input, expected) => {
    const parsed = parseLabelCode(input);
    expect(parsed.ok).toBe(false);
    const reason = (parsed as { reason: string }).reason;
    expect(reason).toMatch(expected);
    expect(reason.length).toBeLessThan(200);
  });
});
