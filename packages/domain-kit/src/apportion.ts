/**
 * Splits a whole number of units (fen) in proportion to weights by the largest-remainder (Hamilton)
 * method, exactly, in integers: each part first gets the whole units of its exact share
 * (total × weight ÷ Σ weights), then the units left over go one each to the largest fractional
 * parts, equal ones in the order given. The parts add up to the total exactly.
 */
export interface Apportionment {
  parts: bigint[];
  /** Whether one of the leftover units went to this part. */
  gotRemainder: boolean[];
  /** How many units were left over after the whole shares. */
  remainder: bigint;
}

export function apportionLargestRemainder(total: bigint, weights: readonly bigint[]): Apportionment {
  if (total < 0n) throw new RangeError(`Only 0 or more can be apportioned; got ${total}.`);
  if (weights.some((w) => w < 0n)) throw new RangeError('Weights are 0 or more.');
  const sum = weights.reduce((s, w) => s + w, 0n);
  if (sum === 0n) throw new RangeError('The weights add up to 0: there is no one to apportion to.');
  const exact = weights.map((w, order) => ({ order, whole: (total * w) / sum, rest: (total * w) % sum }));
  const remainder = total - exact.reduce((s, p) => s + p.whole, 0n);
  const lucky = new Set(
    [...exact]
      .sort((a, b) => (a.rest === b.rest ? a.order - b.order : b.rest > a.rest ? 1 : -1))
      .slice(0, Number(remainder))
      .map((p) => p.order),
  );
  return { parts: exact.map((p) => p.whole + (lucky.has(p.order) ? 1n : 0n)), gotRemainder: exact.map((p) => lucky.has(p.order)), remainder };
}
