import { Decimal } from '@alliance/domain-kit';

/** A window's two prices per kg. */
export interface WindowPrices {
  black76PerKg: Decimal.Value;
  burnCostPerKg: Decimal.Value;
}

export interface QuoteTotals {
  black76PerKg: Decimal;
  burnCostPerKg: Decimal;
  /** The larger of the two sums. */
  technicalPerKg: Decimal;
  /** technicalPerKg × insured kg × (1 + loading), to the fen. */
  premiumCny: Decimal;
  /** K × insured kg × windows, to the fen. */
  sumInsuredCny: Decimal;
  /** premium ÷ sum insured, 6 decimals. */
  rate: Decimal;
}

const sum = (values: readonly Decimal.Value[]) => values.reduce<Decimal>((s, v) => s.plus(v), new Decimal(0));

/** premium ÷ sum insured, to 6 decimals. */
export function premiumRate(premiumCny: Decimal.Value, sumInsuredCny: Decimal.Value): Decimal {
  return new Decimal(premiumCny).dividedBy(sumInsuredCny).toDecimalPlaces(6, Decimal.ROUND_HALF_UP);
}

/** The premium of a quote from its windows' prices (insured kg are per window). */
export function quoteTotals(windows: readonly WindowPrices[], floorPerKg: Decimal.Value, insuredKg: Decimal.Value, loading: Decimal.Value): QuoteTotals {
  const black76PerKg = sum(windows.map((w) => w.black76PerKg));
  const burnCostPerKg = sum(windows.map((w) => w.burnCostPerKg));
  const technicalPerKg = Decimal.max(black76PerKg, burnCostPerKg);
  const premiumCny = technicalPerKg.times(insuredKg).times(new Decimal(1).plus(loading)).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  const sumInsuredCny = new Decimal(floorPerKg).times(insuredKg).times(windows.length).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  return { black76PerKg, burnCostPerKg, technicalPerKg, premiumCny, sumInsuredCny, rate: premiumRate(premiumCny, sumInsuredCny) };
}
