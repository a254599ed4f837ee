import type { EntityManager } from '@mikro-orm/postgresql';
import { addDays, firstOfMonth, lastOfMonth, shanghaiDay } from '@alliance/domain-kit';
import { identityOfMember } from '@alliance/members';
import { DemoCallError, demoCallers, type DemoClient } from './demo-client.ts';

/**
 * The insurer's demo day, played through the gateway as the insurer and a grower would, on top of
 * insurance's demo data (cost bases, schemes, five seasons of the index): the insurer reads the
 * cost of a kg and the index with its glut season, quotes floors for a grower (LX-G0001) and a
 * cooperative (LX-P01) on the coming months and binds them (once more with the same idempotency
 * key: the same contract); the grower compares floors on each of the next three months itself,
 * binds the one its past seasons say it needs most and declares a forward lot in that month (so
 * that Lot.priceFloor finds its cover); the insurer reads its exposure.
 *
 * Nothing is settled: a quote covers only windows still to come and a window is settled only once
 * it has closed, so on the first start no contract has a closed window, and nothing is dated back
 * to pretend otherwise. settleWindow is asked for the first window anyway and its refusal (when it
 * can be settled) is said. Runs once, on the first start, after the demo data.
 */

const QUOTE = `mutation DemoQuoteFloor($input: QuoteFloorInput!) {
  quoteFloor(input: $input) {
    id floorPerKg sumInsuredCny black76PerKg burnCostPerKg premiumCny rate validUntil
    premiumShares { payer amountCny }
    windows { start end forwardPerKg volatility burnCostPerKg }
  }
}`;
const BIND = `mutation DemoBindFloor($quoteId: ID!, $key: String!) { bindFloor(quoteId: $quoteId, idempotencyKey: $key) { id number sumInsuredCny windows { start end } } }`;

/**
 * A quote, asked again while insurance has not yet heard of the member's bases from the members
 * subgraph (bases.changed, applied within seconds of the first start): until then it can insure nothing.
 */
async function quoteWhenBasesKnown(client: DemoClient, input: Record<string, unknown>): Promise<any> {
  for (const deadline = Date.now() + 30_000; ; ) {
    try {
      return (await client(QUOTE, { input })).quoteFloor;
    } catch (error) {
      const waiting = error instanceof DemoCallError && error.code === 'BAD_USER_INPUT' && /bases/.test(error.message);
      if (!waiting || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

const farmerShare = (quote: { premiumShares: { payer: string; amountCny: string }[] }) => quote.premiumShares.find((s) => s.payer === 'FARMER')?.amountCny ?? '0';

export async function playDemoInsurance(gatewayUrl: string, membersEm: EntityManager, jwtSecret: string, progress: (message: string) => void): Promise<void> {
  const as = demoCallers(gatewayUrl, membersEm, jwtSecret);
  const memberId = async (code: string) => (await identityOfMember(membersEm, code)).memberId;
  const today = shanghaiDay();
  const insurer = await as('INS-PRICE', 'LUXI');

  // ---- What a kg costs, and what the markets paid.
  const { costBases } = await insurer(`{ costBases(crop: SCALLION, current: false) { version current seasonFrom marginalCostPerKg } }`);
  const thisSeason = (costBases as { version: number; current: boolean; seasonFrom: string; marginalCostPerKg: string }[]).filter((b) => b.seasonFrom === `${today.slice(0, 4)}-01-01`);
  const current = thisSeason.find((b) => b.current);
  if (!current) return;
  const older = thisSeason.filter((b) => !b.current).map((b) => `version ${b.version}: ${b.marginalCostPerKg}`);
  progress(`a kg of Luxi scallion costs ${current.marginalCostPerKg} CNY to grow and deliver this season (version ${current.version}${older.length ? `; ${older.join(', ')}` : ''})`);
  const { priceIndex } = await insurer(
    `query DemoIndex($from: Date!, $to: Date!) { priceIndex(crop: SCALLION, from: $from, to: $to, interval: MONTH) { points { periodStart priceCnyPerKg } } }`,
    { from: `${Number(today.slice(0, 4)) - 5}-01-01`, to: addDays(today, -1) },
  );
  const months = priceIndex.points as { periodStart: string; priceCnyPerKg: string }[];
  if (months.length) {
    const low = months.reduce((a, b) => (Number(b.priceCnyPerKg) < Number(a.priceCnyPerKg) ? b : a));
    const high = months.reduce((a, b) => (Number(b.priceCnyPerKg) > Number(a.priceCnyPerKg) ? b : a));
    progress(`scallion index over ${months.length} months: ${high.priceCnyPerKg} CNY/kg in ${high.periodStart.slice(0, 7)}, ${low.priceCnyPerKg} in ${low.periodStart.slice(0, 7)} (the glut)`);
  }

  // ---- The insurer quotes and binds floors on the coming months, to the end of their season.
  const coverFrom = firstOfMonth(today, 1);
  const lastMonth = firstOfMonth(coverFrom, 5).slice(0, 4) === coverFrom.slice(0, 4) ? firstOfMonth(coverFrom, 5) : `${coverFrom.slice(0, 4)}-12-01`;
  const coverTo = lastOfMonth(lastMonth);
  const covers = [
    { code: 'LX-G0001', insuredKg: '2000', coverage: '0.90', variety: null, grade: null },
    { code: 'LX-P01', insuredKg: '150000', coverage: '0.85', variety: 'RED', grade: 'A' },
  ];
  let firstContract: { number: string; windows: { start: string; end: string }[] } | undefined;
  for (const cover of covers) {
    const input = { memberId: await memberId(cover.code), crop: 'SCALLION', variety: cover.variety, grade: cover.grade, insuredKg: cover.insuredKg, coverage: cover.coverage, coverFrom, coverTo, windowLength: 'MONTH' };
    const quote = await quoteWhenBasesKnown(insurer, input);
    progress(
      `quoted ${cover.code} a floor of ${quote.floorPerKg} CNY/kg on ${cover.insuredKg} kg a month, ${coverFrom} – ${coverTo}: Black-76 ${Number(quote.black76PerKg).toFixed(4)}, ` +
        `burn cost ${Number(quote.burnCostPerKg).toFixed(4)} CNY/kg; premium ${quote.premiumCny} CNY (rate ${Number(quote.rate).toFixed(4)}), the farmer pays ${farmerShare(quote)}`,
    );
    const key = `demo-${cover.code}-${coverFrom}`;
    const { bindFloor: contract } = await insurer(BIND, { quoteId: quote.id, key });
    const { bindFloor: again } = await insurer(BIND, { quoteId: quote.id, key });
    progress(`bound ${contract.number} (sum insured ${contract.sumInsuredCny} CNY); bound again with the same key: ${again.number === contract.number ? 'the same contract' : again.number}`);
    firstContract ??= contract;
  }

  // ---- The grower compares floors on each of the next three months and binds the one it needs most.
  const grower = await as('LX-G0001');
  const options = [];
  for (let m = 1; m <= 3; m++) {
    const month = firstOfMonth(today, m);
    options.push(await quoteWhenBasesKnown(grower, { crop: 'SCALLION', insuredKg: '600', coverage: '1.00', coverFrom: month, coverTo: lastOfMonth(month), windowLength: 'MONTH' }));
  }
  const chosen = options.reduce((a, b) => (Number(b.burnCostPerKg) > Number(a.burnCostPerKg) ? b : a));
  const month = chosen.windows[0] as { start: string; end: string };
  const { bindFloor: own } = await grower(BIND, { quoteId: chosen.id, key: `demo-LX-G0001-${month.start}` });
  const { viewer } = await grower(`{ viewer { bases { id crop } } }`);
  const base = (viewer.bases as { id: string; crop: string }[]).find((b) => b.crop === 'SCALLION');
  if (base) {
    // Its expected harvest early in that month (members takes forward lots up to 120 days ahead).
    await grower(`mutation DemoForwardLot($input: RegisterLotInput!) { registerLot(input: $input) { id } }`, {
      input: { baseId: base.id, crop: 'SCALLION', variety: 'RED', grade: 'A', quantityKg: '450', harvestDate: addDays(month.start, 2), forward: true, askingPricePerKg: '2.40' },
    });
  }
  const premiums = options.map((q) => `${(q.windows[0] as { start: string }).start.slice(0, 7)} ${q.premiumCny}`).join(', ');
  progress(`LX-G0001 compared floors of 1.00 × cost on 600 kg (premiums ${premiums} CNY), bound ${own.number} on ${month.start.slice(0, 7)} itself (its share ${farmerShare(chosen)} CNY) and declared a forward lot of that month`);

  // ---- What is at risk, and when it can be settled.
  const { exposure } = await insurer(
    `query DemoExposure($on: Date) { exposure(crop: SCALLION, seasonOn: $on) { contracts sumInsuredCny premiumCny byWindow { expectedPayoutCny } } }`,
    { on: coverFrom },
  );
  if (exposure) {
    const expected = (exposure.byWindow as { expectedPayoutCny: string }[]).reduce((sum, w) => sum + Number(w.expectedPayoutCny), 0);
    progress(`exposure in ${coverFrom.slice(0, 4)}: ${exposure.contracts} contracts, sum insured ${exposure.sumInsuredCny} CNY, premium ${exposure.premiumCny} CNY, expected payout ${expected.toFixed(2)} CNY`);
  }
  const first = firstContract?.windows[0];
  if (first) {
    try {
      await insurer(`mutation DemoSettle($window: WindowInput!) { settleWindow(crop: SCALLION, window: $window) { settled } }`, { window: first });
    } catch (error) {
      if (!(error instanceof DemoCallError && error.code === 'BAD_USER_INPUT')) throw error;
      progress(`settleWindow ${first.start} – ${first.end}: ${error.message.replace(/^INS-PRICE: /, '')}`);
    }
  }

  // ---- Yili: the florets' swing of 2006–2008 in the cluster's index.
  const yili = await as('INS-PRICE', 'YILI');
  const florets = (
    await yili(`{ priceIndex(crop: SAFFLOWER_FLORET, grade: A, from: "2006-01-01", to: "2008-12-31", interval: MONTH) { points { periodStart priceCnyPerKg } } }`)
  ).priceIndex.points as { periodStart: string; priceCnyPerKg: string }[];
  if (florets.length) {
    const [start, end] = [florets[0]!, florets[florets.length - 1]!];
    progress(`Yili florets (grade A): ${start.priceCnyPerKg} CNY/kg in ${start.periodStart.slice(0, 7)}, ${end.priceCnyPerKg} in ${end.periodStart.slice(0, 7)}`);
  }
}
