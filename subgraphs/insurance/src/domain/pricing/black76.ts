import normalCdf from '@stdlib/stats-base-dists-normal-cdf';

/** Black-76 on a forward: F and K per kg, r a year's continuously compounded rate, σ annualised, T in years. */
export interface Black76Inputs {
  forward: number;
  strike: number;
  rate: number;
  volatility: number;
  years: number;
}

function N(x: number): number {
  return normalCdf(x, 0, 1);
}

function d1d2({ forward, strike, volatility, years }: Black76Inputs): [number, number] {
  const spread = volatility * Math.sqrt(years);
  const d1 = (Math.log(forward / strike) + (volatility * volatility * years) / 2) / spread;
  return [d1, d1 - spread];
}

function check(i: Black76Inputs): void {
  if (!(i.forward > 0) || !(i.strike > 0)) throw new RangeError(`Black-76 needs F > 0 and K > 0; got F ${i.forward}, K ${i.strike}.`);
  if (!(i.volatility >= 0) || !(i.years >= 0)) throw new RangeError(`Black-76 needs σ ≥ 0 and T ≥ 0; got σ ${i.volatility}, T ${i.years}.`);
}

/** No uncertainty left (σ√T = 0): the discounted intrinsic value. */
function certain(i: Black76Inputs): boolean {
  return i.volatility * Math.sqrt(i.years) === 0;
}

/** Put: P = e^(−rT)·[K·N(−d2) − F·N(−d1)], d1 = [ln(F/K) + σ²T/2]/(σ√T), d2 = d1 − σ√T. */
export function black76Put(i: Black76Inputs): number {
  check(i);
  const discount = Math.exp(-i.rate * i.years);
  if (certain(i)) return discount * Math.max(0, i.strike - i.forward);
  const [d1, d2] = d1d2(i);
  return discount * (i.strike * N(-d2) - i.forward * N(-d1));
}

/** Call: C = e^(−rT)·[F·N(d1) − K·N(d2)] (put-call parity: C − P = e^(−rT)·(F − K)). */
export function black76Call(i: Black76Inputs): number {
  check(i);
  const discount = Math.exp(-i.rate * i.years);
  if (certain(i)) return discount * Math.max(0, i.forward - i.strike);
  const [d1, d2] = d1d2(i);
  return discount * (i.forward * N(d1) - i.strike * N(d2));
}
