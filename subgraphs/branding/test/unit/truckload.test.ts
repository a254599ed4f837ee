import { describe, expect, it } from 'vitest';
import { truckloadStatement, truckloadStatusRefusal, type TruckloadLot } from '../../src/domain/truckload.ts';

const at = new Date('2026-11-30T02:00:00Z');
function lot(lotId: string, overrides: Partial<TruckloadLot> = {}): TruckloadLot {
  return {
    lotId,
    kg: '100',
    growerId: `grower-${lotId}`,
    producerName: `Grower ${lotId}`,
    producerPhone: `1390000000${lotId}`,
    cooperativeId: null,
    crop: 'SCALLION',
    variety: 'RED',
    grade: 'A',
    township: 'Zhongshu',
    county: 'Luxi County',
    test: { id: `test-${lotId}`, basis: 'COMMISSIONED_TEST', testedAt: at },
    ...overrides,
  };
}
const noName = () => null;

describe('a truckload certificate states', () => {
  it('the one grower of all lots as producer, with the sum of the kg to the gram', () => {
    const s = truckloadStatement([lot('1', { kg: '0.001' }), lot('2', { kg: '99.999', growerId: 'grower-1', producerName: 'Grower 1', producerPhone: '13900000001' })], noName);
    expect(s).toMatchObject({ producerName: 'Grower 1', producerPhone: '13900000001', growerId: 'grower-1', township: 'Zhongshu', county: 'Luxi County' });
    expect(s.certifiedKg.toFixed(3)).toBe('100.000');
  });

  it('the cooperative for several growers of one cooperative, else every grower', () => {
    const coop = (id: string) => (id === 'coop' ? 'Zhongshu scallion cooperative' : null);
    const same = [lot('1', { cooperativeId: 'coop' }), lot('2', { cooperativeId: 'coop', township: 'Jinma' })];
    expect(truckloadStatement(same, coop)).toMatchObject({ producerName: 'Zhongshu scallion cooperative', growerId: null, producerPhone: '13900000001; 13900000002', township: 'Zhongshu、Jinma' });
    // A cooperative whose name the directory does not hold yet: the growers are listed.
    expect(truckloadStatement(same, noName).producerName).toBe('Grower 1、Grower 2');
    expect(truckloadStatement([lot('1', { cooperativeId: 'coop' }), lot('2')], coop).producerName).toBe('Grower 1、Grower 2');
  });

  it('no better basis nor grade than its weakest lot, and a variety only when all share it', () => {
    const s = truckloadStatement([lot('1'), lot('2', { grade: 'C', variety: 'WHITE', test: { id: 't2', basis: 'SELF_TEST', testedAt: at } }), lot('3', { grade: 'B' })], noName);
    expect(s).toMatchObject({ basis: 'SELF_TEST', residueTestId: 't2', grade: 'C', variety: null });
  });

  it('one product only, and at least one lot', () => {
    expect(() => truckloadStatement([lot('1'), lot('2', { crop: 'SAFFLOWER_FLORET' })], noName)).toThrow(RangeError);
    expect(() => truckloadStatement([], noName)).toThrow(RangeError);
  });
});

describe('a shipment is certified', () => {
  it('while loading or on the road only', () => {
    expect(truckloadStatusRefusal('LOADING')).toBeNull();
    expect(truckloadStatusRefusal('IN_TRANSIT')).toBeNull();
    expect(truckloadStatusRefusal('PLANNED')).toMatch(/nothing is loaded/);
    expect(truckloadStatusRefusal('CANCELLED')).toMatch(/cancelled/);
    expect(truckloadStatusRefusal('DELIVERED')).toMatch(/arrived/);
    expect(truckloadStatusRefusal('REJECTED')).toMatch(/arrived/);
  });
});
