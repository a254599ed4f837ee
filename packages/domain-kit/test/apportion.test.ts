import { describe, expect, it } from 'vitest';
import { apportionLargestRemainder } from '../src/index.ts';

describe('apportionLargestRemainder', () => {
  it('gives the leftover units to the largest fractional parts, ties in the order given, adding up exactly', () => {
    // 10 in thirds: 3.33… each, one unit left over goes to the first.
    expect(apportionLargestRemainder(10n, [1n, 1n, 1n])).toEqual({ parts: [4n, 3n, 3n], gotRemainder: [true, false, false], remainder: 1n });
    // 100 by 1 : 2 : 4 = 14.28…, 28.57…, 57.14…: the one unit left over goes to .57.
    const split = apportionLargestRemainder(100n, [1n, 2n, 4n]);
    expect(split.parts).toEqual([14n, 29n, 57n]);
    expect(split.parts.reduce((s, p) => s + p, 0n)).toBe(100n);
    expect(apportionLargestRemainder(0n, [5n, 0n]).parts).toEqual([0n, 0n]);
  });

  it('refuses weights that add up to nothing, and negative amounts', () => {
    expect(() => apportionLargestRemainder(5n, [0n, 0n])).toThrow(/add up to 0/);
    expect(() => apportionLargestRemainder(-1n, [1n])).toThrow(RangeError);
  });
});
