import { BadInput, Decimal, parseKg, requireActive, requireViewer, shanghaiDay } from '@alliance/domain-kit';
import { FloorQuote, type CostBasis, type Crop, type FloorScheme, type Grade, type Variety, type WindowLength } from '../entities/index.ts';
import { insuredKgOverlapping } from '../store/contracts.ts';
import { growingAreaMu } from '../store/facts.ts';
import { indexByPeriod, indexOfWindows, type PriceSeries } from '../store/price-index.ts';
import { inForceFor, insertQuote } from '../store/quotes.ts';
import { growingCapRefusal } from './contract-terms.ts';
import { canSeeMembersCover } from './insurance-access.ts';
import { floorPerKg, parseCoverage } from './pricing/floor.ts';
import { windowYieldKgPerMu } from './pricing/per-mu.ts';
import { priceQuote } from './pricing/quote-pricing.ts';
import { volatilityPeriod } from './pricing/volatility.ts';
import { pastSeasonWindows, settlementWindows } from './pricing/windows.ts';
import { insuredMemberOf } from './quote-member.ts';
import type { InsuranceRequest } from './request.ts';

export interface QuoteFloorInput {
  memberId?: string | null;
  crop: Crop;
  variety?: Variety | null;
  grade?: Grade | null;
  insuredKg: string;
  coverage: string;
  coverFrom: string;
  coverTo: string;
  windowLength?: WindowLength | null;
}

/** The series in words, for messages. */
function seriesWords(crop: Crop, variety: Variety | null, grade: Grade | null): string {
  return `${crop} ${variety ?? '(every variety)'}, ${grade ? `grade ${grade}` : 'every grade'}`;
}

/** The cost basis and the scheme in force for the cover; BAD_USER_INPUT saying which is missing. */
async function termsInForce(req: InsuranceRequest, allianceId: string, crop: Crop, variety: Variety | null, coverFrom: string, coverTo: string): Promise<{ basis: CostBasis; scheme: FloorScheme }> {
  const ids = await inForceFor(req.em, allianceId, crop, variety, coverFrom, coverTo);
  const [basis, scheme] = await Promise.all([
    ids.costBasisId ? req.loaders.costBasisById.load(ids.costBasisId) : null,
    ids.schemeId ? req.loaders.schemeById.load(ids.schemeId) : null,
  ]);
  const cover = `${coverFrom} – ${coverTo}`;
  if (!basis) {
    throw new BadInput(
      `No cost basis of ${crop}${variety ? ` (${variety} or every variety)` : ' (every variety)'} is in force for a season holding the whole cover ${cover}: the insurer or the office must publish one first.`,
      { field: 'crop' },
    );
  }
  if (!scheme) throw new BadInput(`The insurer has no floor scheme of ${crop} whose season holds the whole cover ${cover}: none can be quoted until it opens one.`, { field: 'coverFrom' });
  return { basis, scheme };
}

/**
 * A floor quote for a grower or cooperative (the office or the insurer on its behalf): the windows
 * of the cover, floor K from the cost basis in force, insured kg within what the member's bases
 * grow in a window (less what its bound contracts of the crop already insure in overlapping
 * covers), σ from one read of the daily index over the past 365 days and every past season's
 * window from one more, both prices of each window, the premium and its shares. Written once,
 * valid for the scheme's quoting time; a refusal writes nothing.
 */
export async function quoteFloor(req: InsuranceRequest, input: QuoteFloorInput): Promise<FloorQuote> {
  const viewer = requireActive(req.viewer);
  const memberId = await insuredMemberOf(req, viewer, input.memberId);
  const now = new Date();
  const today = shanghaiDay(now);
  const variety = input.variety ?? null;
  const grade = input.grade ?? null;
  const length = input.windowLength ?? 'MONTH';
  const insuredKg = parseKg(input.insuredKg, 'insuredKg');
  const coverage = parseCoverage(input.coverage);
  const windows = settlementWindows(input.coverFrom, input.coverTo, length);
  if (input.coverFrom < today) {
    throw new BadInput(`The cover's first window begins ${input.coverFrom}, before today (${today}, Asia/Shanghai): a floor covers only windows still to come.`, { field: 'coverFrom' });
  }
  const { basis, scheme } = await termsInForce(req, viewer.allianceId, input.crop, variety, input.coverFrom, input.coverTo);

  const floor = floorPerKg(coverage, basis.marginalCostPerKg);
  if (floor.lte(0)) throw new BadInput(`coverage ${input.coverage} × the marginal cost ${basis.marginalCostPerKg} CNY/kg rounds to a floor of 0.00 CNY/kg.`, { field: 'coverage' });
  const yieldPerMu = windowYieldKgPerMu(basis.expectedYieldKgPerMu, { from: input.coverFrom, to: input.coverTo, windows: windows.length }, { from: basis.seasonFrom, to: basis.seasonTo });
  const areaMu = await growingAreaMu(req.em, memberId, input.crop);
  const alreadyInsuredKg = await insuredKgOverlapping(req.em, memberId, input.crop, input.coverFrom, input.coverTo, yieldPerMu.toFixed(3));
  const tooMuch = growingCapRefusal({ areaMu, yieldKgPerMu: yieldPerMu, alreadyInsuredKg, insuredKg });
  if (tooMuch) throw new BadInput(tooMuch, { field: 'insuredKg' });

  const series: PriceSeries = { allianceId: viewer.allianceId, crop: input.crop, variety, grade };
  const words = seriesWords(input.crop, variety, grade);
  const period = volatilityPeriod(today);
  const past = pastSeasonWindows(windows, length, scheme.pastSeasons);
  // The whole history a quote needs in two statements: the past year's days for σ, every past season's window for F and the burn cost.
  const daily = await indexByPeriod(req.em, series, period.start, period.end, 'DAY');
  const pastIndexes = await indexOfWindows(req.em, series, past.flat());
  const pastSeasons = past.map((seasons, w) =>
    seasons.map((s, k) => {
      const read = pastIndexes[w * scheme.pastSeasons + k]!;
      return { start: s.start, end: s.end, vwap: read.vwap, observationDays: read.observationDays };
    }),
  );
  const priced = priceQuote({
    quotedAt: now,
    floorPerKg: floor,
    insuredKg,
    loading: scheme.loading,
    riskFreeRate: scheme.riskFreeRate,
    dailyIndex: daily.map((d) => d.vwap),
    volatilityPeriod: period,
    windows,
    pastSeasons,
    shares: scheme.subsidyShares,
    series: words,
  });

  const quote = new FloorQuote();
  Object.assign(quote, {
    allianceId: viewer.allianceId,
    memberId,
    requestedBy: viewer.memberId,
    crop: input.crop,
    variety,
    grade,
    insuredKg: insuredKg.toFixed(3),
    coverage: coverage.toFixed(4),
    coverFrom: input.coverFrom,
    coverTo: input.coverTo,
    windowLength: length,
    costBasisId: basis.id,
    schemeId: scheme.id,
    marginalCostPerKg: new Decimal(basis.marginalCostPerKg).toFixed(4),
    floorPerKg: floor.toFixed(2),
    sumInsuredCny: priced.totals.sumInsuredCny.toFixed(2),
    windows: priced.windows,
    black76PerKg: priced.totals.black76PerKg.toFixed(6),
    burnCostPerKg: priced.totals.burnCostPerKg.toFixed(6),
    technicalPerKg: priced.totals.technicalPerKg.toFixed(6),
    loading: new Decimal(scheme.loading).toFixed(4),
    premiumCny: priced.totals.premiumCny.toFixed(2),
    premiumShares: priced.premiumShares,
    expectedYieldKgPerMu: yieldPerMu.toFixed(3),
    validUntil: new Date(now.getTime() + scheme.quoteValidMinutes * 60_000),
    createdAt: now,
  } satisfies Partial<FloorQuote>);
  await insertQuote(req.em, quote);
  req.loaders.quoteById.prime(quote.id, quote);
  return quote;
}

/** A quote the caller may see (the insured member, whoever asked for it, the office, the insurer); null otherwise, as if there were none. */
export async function findQuote(req: InsuranceRequest, id: string): Promise<FloorQuote | null> {
  const viewer = requireViewer(req.viewer);
  const quote = await req.loaders.quoteById.load(id);
  if (!quote) return null;
  const requester = quote.allianceId === viewer.allianceId && quote.requestedBy === viewer.memberId;
  return canSeeMembersCover(viewer, quote) || requester ? quote : null;
}
