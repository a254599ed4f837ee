/**
 * The partner market's supply page as the benchmarks measure it and the gateway comparisons ask it
 * (bench/src/run.ts, stack/test/hive-gateway.test.ts): red scallion, grades A and B, two
 * townships, available by `$by`, a page of `$first` lots with each grower, and the summary by
 * variety and grade. One text, so the figures and the tests are about the same query.
 */
export const PARTNER_SUPPLY_QUERY = `query PartnerSupply($first: Int!, $by: Date!) {
  supply(filter: { crop: SCALLION, varieties: [RED], grades: [A, B], townships: ["Jinma", "Zhongshu"], availableBy: $by }, first: $first) {
    totalCount totalAvailableKg
    edges { node { id grade variety township harvestDate availableKg askingPricePerKg grower { code name } } }
    pageInfo { hasNextPage endCursor }
  }
  supplySummary(filter: { crop: SCALLION, availableBy: $by }, groupBy: [VARIETY, GRADE]) { variety grade availableKg lotCount }
}`;
