import { describe, expect, it } from 'vitest';
import { Decimal } from '@alliance/domain-kit';
import { allocate } from '../../src/domain/allocation.ts';

const lot = (id: string, kg: string, price = '2.40') => ({ id, availableKg: new Decimal(kg), pricePerKg: price });

describe('allocate', () => {
  it('takes from the lots in order (oldest harvest first) until the request is met', () => {
    const result = allocate(new Decimal('1500.5'), [lot('a', '1000'), lot('b', '0'), lot('c', '800.250'), lot('d', '999')]);
    expect(result.lines.map((l) => [l.lotId, l.kg.toString()])).toEqual([
      ['a', '1000'],
      ['c', '500.5'],
    ]);
    expect(result.shortKg.toString()).toBe('0');
  });

  it('says how much is short when the lots do not cover the request', () => {
    const result = allocate(new Decimal('2000'), [lot('a', '600.125'), lot('b', '400')]);
    expect(result.allocatedKg.toString()).toBe('1000.125');
    expect(result.shortKg.toString()).toBe('999.875');
  });

  it('is exact to the gram, with no float drift', () => {
    const result = allocate(new Decimal('0.3'), [lot('a', '0.1'), lot('b', '0.1'), lot('c', '0.1')]);
    expect(result.lines.map((l) => l.kg.toString())).toEqual(['0.1', '0.1', '0.1']);
    expect(result.shortKg.isZero()).toBe(true);
  });
});
