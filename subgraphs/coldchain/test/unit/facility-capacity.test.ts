import { describe, expect, it } from 'vitest';
import { capacityOf } from '../../src/domain/facility-registry.ts';

describe('a facility\'s capacity fields', () => {
  it('takes the fields of its kind, as exact decimals', () => {
    expect(capacityOf('COLD_STORE', { storageCubicMetres: '800', storageCapacityKg: '200000.5' }, true)).toEqual({ storageCubicMetres: '800.00', storageCapacityKg: '200000.500' });
    expect(capacityOf('WASHING_PLANT', { washingLines: 18, washingTonnesPerDay: '130.5' }, true)).toEqual({ washingLines: 18, washingTonnesPerDay: '130.500' });
    expect(capacityOf('ICE_PLANT', { iceTonnesPerDay: '176.47' }, true)).toEqual({ iceTonnesPerDay: '176.470' });
  });

  it('requires all of its own when registering, none when updating', () => {
    expect(() => capacityOf('COLD_STORE', { storageCubicMetres: '800' }, true)).toThrow(/needs storageCapacityKg/);
    expect(capacityOf('COLD_STORE', { storageCapacityKg: '1000' }, false)).toEqual({ storageCapacityKg: '1000.000' });
  });

  it('refuses fields of other kinds and impossible values', () => {
    expect(() => capacityOf('ICE_PLANT', { iceTonnesPerDay: '10', washingLines: 2 }, true)).toThrow('An ice plant has no washingLines.');
    expect(() => capacityOf('WASHING_PLANT', { washingLines: 0, washingTonnesPerDay: '1' }, true)).toThrow(/whole number/);
    expect(() => capacityOf('WASHING_PLANT', { washingLines: 2.5, washingTonnesPerDay: '1' }, true)).toThrow(/whole number/);
    expect(() => capacityOf('COLD_STORE', { storageCubicMetres: '-1', storageCapacityKg: '1' }, true)).toThrow(/more than 0/);
    expect(() => capacityOf('COLD_STORE', { storageCubicMetres: '800.125', storageCapacityKg: '1' }, true)).toThrow(/more than 2 decimal places/);
  });
});
