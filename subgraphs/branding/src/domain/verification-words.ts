import { BUSINESS_TIME_ZONE } from '@alliance/domain-kit';
import { haversineKm, KNOWN_CITIES, type Place, type SuspicionReason } from './suspicion.ts';

/**
 * What a label check says in words: the shopper's sentence (Chinese, then English) and the brand
 * office's reasons for a suspicion. Pure: no clock, no database.
 */

export type VerificationOutcome = 'GENUINE' | 'ALREADY_VERIFIED' | 'REVOKED' | 'UNKNOWN';

/** A scan given as bare coordinates is named after the nearest known city within this distance. */
export const NEAREST_CITY_KM = 60;

/**
 * The name a scan's place is shown and grouped by: a known city's name as resolved, or, for bare
 * coordinates, the nearest known city when one is close, else the rounded coordinates.
 */
export function placeName(place: Place | null): string | null {
  if (!place) return null;
  if (!/^-?\d+\.\d, -?\d+\.\d$/.test(place.name)) return place.name;
  let best: { name: string; km: number } | null = null;
  for (const city of KNOWN_CITIES) {
    const km = haversineKm(place, city);
    if (km <= NEAREST_CITY_KM && (!best || km < best.km)) best = { name: `${city.zh} ${city.en}`, km };
  }
  return best?.name ?? place.name;
}

const minuteFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: BUSINESS_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant as a shopper reads it: `2026-12-02 09:30`, Beijing time. */
export function beijingMinute(at: Date): string {
  const parts = Object.fromEntries(minuteFormat.formatToParts(at).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

export interface VerificationFacts {
  outcome: VerificationOutcome;
  /** Scans of the code so far, this one included. */
  scanCount: number;
  firstVerifiedAt: Date | null;
  firstVerifiedIn: string | null;
}

/** The sentence for the shopper, Chinese then English. */
export function verificationMessage(facts: VerificationFacts): string {
  switch (facts.outcome) {
    case 'GENUINE':
      return '正品，首次验证：产品来自联盟认证的产地。 / Genuine, first check: the produce comes from a certified origin of the alliance.';
    case 'ALREADY_VERIFIED': {
      const n = facts.scanCount;
      const when = facts.firstVerifiedAt ? beijingMinute(facts.firstVerifiedAt) : null;
      const where = facts.firstVerifiedIn;
      const zh = `已验证 ${n} 次，首次于 ${when ?? '时间不详'}（北京时间）${where ? `在 ${where}` : ''}。如果之前不是您扫的码，这个标签可能被复制了。`;
      const en = `Verified ${n} ${n === 1 ? 'time' : 'times'}, first on ${when ? `${when} Beijing time` : 'an unknown date'}${where ? ` in ${where}` : ''}. If that was not you, this label may have been copied.`;
      return `${zh} / ${en}`;
    }
    case 'REVOKED':
      return '标签已撤销：它所依据的合格证或使用许可已被撤销，不能再证明产地。 / Label revoked: the certificate or licence behind it has been revoked; it no longer proves the origin.';
    case 'UNKNOWN':
      return '假冒：联盟从未发放过这个标签码。 / Counterfeit: the alliance never issued this code.';
  }
}

const thousands = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** Without the Chinese half of a known city's name: "昆明 Kunming" reads "Kunming" in an English sentence. */
function englishPlace(name: string): string {
  const known = KNOWN_CITIES.find((c) => name === `${c.zh} ${c.en}`);
  return known ? known.en : name;
}

/** A reason of `assessScans` in words: "scanned 25 times", "Kunming then Urumqi, 2,497 km in 1.0 h". */
export function describeSuspicionReason(reason: SuspicionReason): string {
  if (reason.kind === 'MANY_SCANS') return `scanned ${reason.scanCount} times`;
  const from = englishPlace(placeName(reason.from)!);
  const to = englishPlace(placeName(reason.to)!);
  return `${from} then ${to}, ${thousands.format(Math.round(reason.distanceKm))} km in ${reason.hours.toFixed(1)} h`;
}
