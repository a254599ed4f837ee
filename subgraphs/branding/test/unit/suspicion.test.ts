import { BadInput } from '@alliance/domain-kit';
import { describe, expect, it } from 'vitest';
import { assessScans, haversineKm, KNOWN_CITIES, resolveScanPlace, type Place, type Scan } from '../../src/domain/suspicion.ts';

const city = (name: string): Place => resolveScanPlace({ city: name })!;
const KUNMING = city('Kunming');
const URUMQI = city('Urumqi');
const t = (hours: number) => new Date(Date.UTC(2026, 2, 1, 8) + hours * 3_600_000);
const scan = (hours: number, place: Place | null): Scan => ({ at: t(hours), place });

describe('great-circle distance', () => {
  it('matches hand-computed arcs', () => {
    // A quarter of the equator is πR/2; one degree of latitude is πR/180 (R = 6371.0088 km).
    expect(haversineKm({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 90 })).toBeCloseTo(10_007.557, 2);
    expect(haversineKm({ latitude: 0, longitude: 0 }, { latitude: 1, longitude: 0 })).toBeCloseTo(111.195, 2);
    expect(haversineKm(KUNMING, KUNMING)).toBe(0);
    expect(haversineKm({ latitude: 10, longitude: 179.5 }, { latitude: 10, longitude: -179.5 })).toBeLessThan(110);
  });

  it('puts Kunming about 2,500 km from Urumqi', () => {
    expect(haversineKm(KUNMING, URUMQI)).toBeCloseTo(2497, 0);
  });
});

describe('the coarse place of a scan', () => {
  it('knows the cities of the two alliances and their markets, by Chinese or English name', () => {
    for (const name of ['Kunming', 'Urumqi', 'Shanghai', 'Shenzhen', 'Huizhou', 'Beijing', 'Guangzhou', 'Chengdu', 'Chongqing', 'Nanning', 'Nanjing', 'Yining', 'Qujing', 'Luxi']) {
      expect(KNOWN_CITIES.some((c) => c.en === name), name).toBe(true);
    }
    expect(city('昆明市')).toEqual(KUNMING);
    expect(city('  kunming city ')).toEqual(KUNMING);
    expect(city('大亚湾').name).toBe('惠州 Huizhou');
    expect(city('Daya Bay')).toEqual(city('Huizhou'));
    expect(KUNMING).toEqual({ name: '昆明 Kunming', latitude: 25.04, longitude: 102.71 });
  });

  it('rounds coordinates to a tenth of a degree, keeping a city name as given', () => {
    expect(resolveScanPlace({ latitude: 25.0437, longitude: 102.7064 })).toEqual({ name: '25.0, 102.7', latitude: 25, longitude: 102.7 });
    expect(resolveScanPlace({ city: '嘉定', latitude: 31.3756, longitude: 121.2655 })).toEqual({ name: '嘉定', latitude: 31.4, longitude: 121.3 });
    expect(resolveScanPlace({ city: 'Shanghai', latitude: 31.2, longitude: 121.5 })?.name).toBe('上海 Shanghai');
  });

  it('is nothing when the scanner says nothing', () => {
    expect(resolveScanPlace(null)).toBeNull();
    expect(resolveScanPlace({})).toBeNull();
    expect(resolveScanPlace({ city: '  ', latitude: null, longitude: null })).toBeNull();
  });

  it('refuses half a pair, coordinates off the globe, and cities it does not know', () => {
    expect(() => resolveScanPlace({ latitude: 25 })).toThrow(BadInput);
    expect(() => resolveScanPlace({ latitude: 91, longitude: 0 })).toThrow(/latitude/);
    expect(() => resolveScanPlace({ latitude: 0, longitude: 180.5 })).toThrow(/longitude/);
    expect(() => resolveScanPlace({ latitude: Number.NaN, longitude: 0 })).toThrow(/latitude/);
    expect(() => resolveScanPlace({ city: 'Atlantis' })).toThrow(/not a city this service knows/);
  });
});

describe('counterfeit suspicion', () => {
  it('Kunming then Urumqi an hour later is impossible travel', () => {
    const result = assessScans([scan(0, KUNMING), scan(1, URUMQI)]);
    expect(result.suspicious).toBe(true);
    expect(result.reasons).toHaveLength(1);
    const reason = result.reasons[0]!;
    expect(reason.kind).toBe('IMPOSSIBLE_TRAVEL');
    if (reason.kind !== 'IMPOSSIBLE_TRAVEL') return;
    expect(reason.from).toEqual(KUNMING);
    expect(reason.to).toEqual(URUMQI);
    expect(reason.hours).toBe(1);
    expect(reason.speedKmh).toBeCloseTo(2497, 0);
  });

  it('the same trip in four hours is possible by air (about 624 km/h)', () => {
    expect(assessScans([scan(0, KUNMING), scan(4, URUMQI)])).toEqual({ suspicious: false, reasons: [] });
  });

  it('judges scans in time order, skipping scans without a place', () => {
    const result = assessScans([scan(1, URUMQI), scan(0.5, null), scan(0, KUNMING), scan(0.2, KUNMING)]);
    expect(result.suspicious).toBe(true);
    expect(result.reasons[0]).toMatchObject({ kind: 'IMPOSSIBLE_TRAVEL', from: KUNMING, to: URUMQI, hours: 0.8 });
  });

  it('two far places at the same moment are suspicious; a family scanning in one city is not', () => {
    expect(assessScans([scan(0, city('Shanghai')), scan(0, city('Shenzhen'))]).reasons[0]).toMatchObject({ speedKmh: Number.POSITIVE_INFINITY });
    expect(assessScans([scan(0, KUNMING), scan(0.01, KUNMING), scan(0.02, KUNMING)]).suspicious).toBe(false);
  });

  it('ignores short hops that coarse places exaggerate, and takes its limits as settings', () => {
    // Kunming to Qujing (about 120 km) in 6 minutes would be 1,200 km/h.
    const quick = [scan(0, KUNMING), scan(0.1, city('Qujing'))];
    expect(assessScans(quick).suspicious).toBe(true);
    expect(assessScans(quick, { maxScans: 20, maxSpeedKmh: 900, minDistanceKm: 150 }).suspicious).toBe(false);
    expect(assessScans([scan(0, KUNMING), scan(4, URUMQI)], { maxScans: 20, maxSpeedKmh: 500, minDistanceKm: 100 }).suspicious).toBe(true);
  });

  it('more than 20 scans are suspicious, wherever they were', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => scan(i * 24, i % 2 ? null : city('Shanghai')));
    expect(assessScans(many(20)).suspicious).toBe(false);
    expect(assessScans(many(21))).toEqual({ suspicious: true, reasons: [{ kind: 'MANY_SCANS', scanCount: 21, maxScans: 20 }] });
    expect(assessScans(many(6), { maxScans: 5, maxSpeedKmh: 900, minDistanceKm: 100 }).reasons[0]).toMatchObject({ kind: 'MANY_SCANS', scanCount: 6 });
  });
});
