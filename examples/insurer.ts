/**
 * The insurer's day (`INS-PRICE`): the scallion price index of the last 30 days, a floor quote for
 * a grower over next month, bind it, try to settle it (its window has not closed: a typed error),
 * and the exposure. `GROWER_ID=<member id> npx tsx examples/insurer.ts` against `npm start`.
 */
import { AllianceApiError, operations, type AllianceClient } from '@alliance/client';
import { clientFromEnv, isMain, run, shanghaiDay } from './env.ts';

function nextMonth(): { start: string; end: string } {
  const today = shanghaiDay(0);
  const start = new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)), 1));
  const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0));
  return { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) };
}

export async function main(client: AllianceClient, log: (line: string) => void = console.log, options: { growerId: string; insuredKg?: string }) {
  const { priceIndex } = await client.request(operations.PriceIndex, { crop: 'SCALLION', from: shanghaiDay(-30), to: shanghaiDay(-1), interval: 'WEEK' });
  log(`price index ${priceIndex.from} – ${priceIndex.to}: ${priceIndex.points.map((p) => `${p.periodStart} ${p.priceCnyPerKg}`).join(', ') || 'no prices'}`);
  const month = nextMonth();
  const { quoteFloor: quote } = await client.request(operations.QuoteFloor, {
    input: { memberId: options.growerId, crop: 'SCALLION', insuredKg: options.insuredKg ?? '100', coverage: '0.85', coverFrom: month.start, coverTo: month.end },
  });
  log(`quoted a floor of ${quote.floorPerKg} CNY/kg, ${month.start} – ${month.end}: premium ${quote.premiumCny} CNY (rate ${quote.rate}), sum insured ${quote.sumInsuredCny} CNY`);
  const { bindFloor: contract } = await client.request(operations.BindFloor, { quoteId: quote.id });
  log(`bound ${contract.number}: ${contract.status}, sum insured ${contract.sumInsuredCny} CNY`);
  let settleCode: string | undefined;
  try {
    const { settleFloor } = await client.request(operations.SettleFloor, { contractId: contract.id, window: month });
    log(`settled ${settleFloor.windowStart} – ${settleFloor.windowEnd}: payout ${settleFloor.payoutCny} CNY`);
  } catch (error) {
    if (!(error instanceof AllianceApiError)) throw error;
    settleCode = error.code;
    log(`settleFloor ${month.start} – ${month.end}: ${error.code}: ${error.errors[0]?.message}`);
  }
  const { exposure } = await client.request(operations.Exposure, { crop: 'SCALLION', seasonOn: month.start });
  log(`exposure: ${exposure?.contracts ?? 0} contract(s), sum insured ${exposure?.sumInsuredCny ?? '0'} CNY, premium ${exposure?.premiumCny ?? '0'} CNY`);
  return { contractNumber: contract.number, settleCode, contracts: exposure?.contracts ?? 0 };
}

if (isMain(import.meta)) {
  const growerId = process.env.GROWER_ID;
  if (!growerId) {
    console.error('Set GROWER_ID to the member id of a grower (e.g. from `{ viewer { id } }` with LX-G0002\'s token).');
    process.exit(2);
  }
  run(() => main(clientFromEnv('INS-PRICE'), console.log, { growerId }));
}
