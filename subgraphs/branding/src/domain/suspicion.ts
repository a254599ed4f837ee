import { BadInput } from '@alliance/domain-kit';

/**
 * Counterfeit suspicion for one label code, from its scans: a genuine box is scanned a few times
 * (the shopper, the family, a shop assistant), and it cannot be in two far-apart cities within
 * an hour. A copied code shows up as many scans, or as scans from places too far apart for the
 * time between them. Places are coarse on purpose: a city, or latitude/longitude rounded to a
 * tenth of a degree (about 11 km), enough to tell Kunming from Urumqi and no more.
 */

export interface Place {
  /** The city as shown to the brand office, Chinese first. */
  name: string;
  latitude: number;
  longitude: number;
}

interface KnownCity {
  zh: string;
  en: string;
  aliases?: readonly string[];
  latitude: number;
  longitude: number;
}

/** City centres (rounded), for scans that name a city instead of coordinates. */
export const KNOWN_CITIES: readonly KnownCity[] = [
  { zh: '昆明', en: 'Kunming', latitude: 25.04, longitude: 102.71 },
  { zh: '泸西', en: 'Luxi', aliases: ['泸西县', 'Luxi County'], latitude: 24.53, longitude: 103.77 },
  { zh: '曲靖', en: 'Qujing', latitude: 25.49, longitude: 103.8 },
  { zh: '乌鲁木齐', en: 'Urumqi', aliases: ['Ürümqi', 'Wulumuqi'], latitude: 43.83, longitude: 87.62 },
  { zh: '伊宁', en: 'Yining', aliases: ['伊犁', 'Yili', 'Ili', 'Ghulja'], latitude: 43.91, longitude: 81.32 },
  { zh: '上海', en: 'Shanghai', latitude: 31.23, longitude: 121.47 },
  { zh: '深圳', en: 'Shenzhen', latitude: 22.54, longitude: 114.06 },
  { zh: '惠州', en: 'Huizhou', aliases: ['大亚湾', 'Daya Bay', '惠州大亚湾'], latitude: 22.75, longitude: 114.52 },
  { zh: '广州', en: 'Guangzhou', latitude: 23.13, longitude: 113.26 },
  { zh: '北京', en: 'Beijing', latitude: 39.9, longitude: 116.41 },
  { zh: '成都', en: 'Chengdu', latitude: 30.57, longitude: 104.07 },
  { zh: '重庆', en: 'Chongqing', latitude: 29.56, longitude: 106.55 },
  { zh: '南宁', en: 'Nanning', latitude: 22.82, longitude: 108.37 },
  { zh: '南京', en: 'Nanjing', latitude: 32.06, longitude: 118.8 },
  { zh: '杭州', en: 'Hangzhou', latitude: 30.27, longitude: 120.15 },
  { zh: '武汉', en: 'Wuhan', latitude: 30.59, longitude: 114.31 },
];

function key(name: string): string {
  return name
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/(市| city)$/u, '');
}

const CITY_BY_NAME = new Map<string, KnownCity>();
for (const city of KNOWN_CITIES) for (const name of [city.zh, city.en, ...(city.aliases ?? [])]) CITY_BY_NAME.set(key(name), city);

export interface ScanPlaceInput {
  city?: string | null;
  latitude?: number | null;
  longitude?: number | null;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * The coarse place of a scan, or null when the scanner said nothing. Coordinates, when given,
 * win over the city name (rounded to 0.1°); a city name alone must be one of the known cities.
 * Throws BadInput on half a coordinate pair, coordinates off the globe, or an unknown city.
 */
export function resolveScanPlace(input: ScanPlaceInput | null | undefined): Place | null {
  if (!input) return null;
  const city = input.city?.trim() ? input.city.trim() : null;
  const { latitude, longitude } = input;
  const hasLat = latitude !== null && latitude !== undefined;
  const hasLon = longitude !== null && longitude !== undefined;
  if (hasLat !== hasLon) throw new BadInput('Give both latitude and longitude, or neither.', { field: hasLat ? 'longitude' : 'latitude' });
  const known = city ? CITY_BY_NAME.get(key(city)) : undefined;
  if (hasLat && hasLon) {
    if (!Number.isFinite(latitude) || latitude < -90 || latitude > 90) throw new BadInput(`latitude must be from −90 to 90; got ${latitude}.`, { field: 'latitude' });
    if (!Number.isFinite(longitude) || longitude < -180 || longitude > 180) throw new BadInput(`longitude must be from −180 to 180; got ${longitude}.`, { field: 'longitude' });
    const name = known ? `${known.zh} ${known.en}` : city ? city.slice(0, 60) : `${round1(latitude).toFixed(1)}, ${round1(longitude).toFixed(1)}`;
    return { name, latitude: round1(latitude), longitude: round1(longitude) };
  }
  if (!city) return null;
  if (!known) {
    throw new BadInput(`"${city.slice(0, 60)}" is not a city this service knows; send latitude and longitude instead.`, { field: 'city' });
  }
  return { name: `${known.zh} ${known.en}`, latitude: known.latitude, longitude: known.longitude };
}

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance by the haversine formula, in km. */
export function haversineKm(a: Pick<Place, 'latitude' | 'longitude'>, b: Pick<Place, 'latitude' | 'longitude'>): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface Scan {
  at: Date;
  place: Place | null;
}

export interface SuspicionSettings {
  /** More scans than this is suspicious. */
  maxScans: number;
  /** Faster than this between two scans is suspicious (an airliner cruises near 900 km/h). */
  maxSpeedKmh: number;
  /** Hops shorter than this never count: coarse places make nearby scans look farther apart than they are. */
  minDistanceKm: number;
}

export const DEFAULT_SUSPICION_SETTINGS: SuspicionSettings = { maxScans: 20, maxSpeedKmh: 900, minDistanceKm: 100 };

export type SuspicionReason =
  | { kind: 'MANY_SCANS'; scanCount: number; maxScans: number }
  | { kind: 'IMPOSSIBLE_TRAVEL'; from: Place; to: Place; fromAt: Date; toAt: Date; distanceKm: number; hours: number; speedKmh: number };

export interface Suspicion {
  suspicious: boolean;
  reasons: SuspicionReason[];
}

/**
 * Judges all scans of one code (in any order). Travel is checked between consecutive located
 * scans in time order: if every hop is possible, so is every longer leg (the triangle
 * inequality), so consecutive pairs are enough. Scans without a place only count toward many scans.
 */
export function assessScans(scans: readonly Scan[], settings: SuspicionSettings = DEFAULT_SUSPICION_SETTINGS): Suspicion {
  const reasons: SuspicionReason[] = [];
  if (scans.length > settings.maxScans) reasons.push({ kind: 'MANY_SCANS', scanCount: scans.length, maxScans: settings.maxScans });
  const located = scans
    .filter((s): s is Scan & { place: Place } => s.place !== null)
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  for (let i = 1; i < located.length; i++) {
    const from = located[i - 1]!;
    const to = located[i]!;
    const distanceKm = haversineKm(from.place, to.place);
    if (distanceKm < settings.minDistanceKm) continue;
    const hours = (to.at.getTime() - from.at.getTime()) / 3_600_000;
    const speedKmh = hours > 0 ? distanceKm / hours : Number.POSITIVE_INFINITY;
    if (speedKmh > settings.maxSpeedKmh) {
      reasons.push({ kind: 'IMPOSSIBLE_TRAVEL', from: from.place, to: to.place, fromAt: from.at, toAt: to.at, distanceKm, hours, speedKmh });
    }
  }
  return { suspicious: reasons.length > 0, reasons };
}
