import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql, startTestStack, type TestStack } from '@alliance/stack/testing';
import { certifiedLot, grantedLicence, seedBrandingAlliance } from '@alliance/stack/fixtures';

const issue = graphql(`
  mutation ConcurrentIssue($licenceId: ID!, $lotId: ID!, $count: Int!, $packKg: Decimal!) {
    issueLabels(licenceId: $licenceId, lotId: $lotId, count: $count, packKg: $packKg) { id totalKg }
  }
`);

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack(inject('databaseUrl'), ['members', 'branding']);
});
afterAll(async () => stack?.close());

async function figures(sql: string, params: unknown[]) {
  return (await stack.em('branding').getConnection().execute(sql, params))[0]!;
}

describe('concurrent label issuance', () => {
  it('12 concurrent batches against a quota that fits 5: exactly 5 are issued, the rest CONFLICT, used kg is 5 batches', async () => {
    const cast = await seedBrandingAlliance(stack.em('members'), stack.em('branding'));
    const lot = await certifiedLot(stack, cast, { quantityKg: '1000' });
    // 5 × 100 × 0.5 kg = 250 kg fit; a sixth would take 300.
    const licence = await grantedLicence(stack, cast, { quotaKg: '299.999', feePerKg: '0.4' });
    const token = await stack.token(cast.brand.viewer);
    const answers = await Promise.all(
      Array.from({ length: 12 }, () => stack.query(issue, { licenceId: licence.id, lotId: lot.lot.id, count: 100, packKg: '0.5' }, token)),
    );
    const issued = answers.filter((a) => !a.errors);
    expect(issued).toHaveLength(5);
    const refused = answers.filter((a) => a.errors);
    expect(refused.map((a) => a.errors![0]!.extensions?.code)).toEqual(Array(7).fill('CONFLICT'));
    for (const a of refused) expect(a.errors![0]!.message).toMatch(/the licence has 49.999 kg of its quota left/);
    expect(await figures(`select used_kg::text as used, fees_accrued_cny::text as fees from branding.licence where id = ?`, [licence.id])).toEqual({ used: '250.000', fees: '100.00' });
    expect(await figures(`select labelled_kg::text as kg from branding.origin_certificate where id = ?`, [lot.certificateId])).toEqual({ kg: '250.000' });
    expect(await figures(`select count(*)::int as batches, sum(count)::int as codes from branding.label_batch where licence_id = ?`, [licence.id])).toEqual({ batches: 5, codes: 500 });
    expect(await figures(`select count(*)::int as n from branding.label_code where licence_id = ?`, [licence.id])).toEqual({ n: 500 });
  });

  it('12 concurrent batches under two licences against one certificate that fits 5: exactly 5 are issued, labelled kg is 5 batches', async () => {
    const cast = await seedBrandingAlliance(stack.em('members'), stack.em('branding'));
    const lot = await certifiedLot(stack, cast, { quantityKg: '1000', certifiedKg: '55' });
    const first = await grantedLicence(stack, cast, { quotaKg: '1000' });
    const second = await grantedLicence(stack, cast, { quotaKg: '1000', licensee: cast.market });
    const token = await stack.token(cast.brand.viewer);
    // 10 kg a batch: 5 fit in 55 certified kg.
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => stack.query(issue, { licenceId: i % 2 ? first.id : second.id, lotId: lot.lot.id, count: 20, packKg: '0.5' }, token)),
    );
    expect(answers.filter((a) => !a.errors)).toHaveLength(5);
    const refused = answers.filter((a) => a.errors);
    expect(refused.map((a) => a.errors![0]!.extensions?.code)).toEqual(Array(7).fill('CONFLICT'));
    for (const a of refused) expect(a.errors![0]!.message).toMatch(/certificate has 5.000 certified kg left/);
    expect(await figures(`select labelled_kg::text as kg from branding.origin_certificate where id = ?`, [lot.certificateId])).toEqual({ kg: '50.000' });
    const used = await figures(`select sum(used_kg)::text as used from branding.licence where id in (?, ?)`, [first.id, second.id]);
    expect(used).toEqual({ used: '50.000' });
    expect(await figures(`select count(*)::int as n from branding.label_code where certificate_id = ?`, [lot.certificateId])).toEqual({ n: 100 });
  });
});
