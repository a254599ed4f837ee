import { Decimal, kgString, shanghaiDay } from '@alliance/domain-kit';
import type { Crop, FloorScheme } from '../entities/index.ts';
import { exposureByWindow, exposureTotals } from '../store/exposure.ts';
import { requireInsurerOrOffice } from './insurance-access.ts';
import type { InsuranceRequest } from './request.ts';

export interface WindowExposureView {
  start: string;
  end: string;
  contracts: number;
  insuredKg: string;
  sumInsuredCny: string;
  expectedPayoutCny: string;
  /** Null until a contract of the window is settled; then what its settlements paid. */
  paidCny: string | null;
}

export interface ExposureView {
  crop: Crop;
  scheme: FloorScheme;
  contracts: number;
  insuredKg: string;
  sumInsuredCny: string;
  maximumPayoutCny: string;
  premiumCny: string;
  byWindow: WindowExposureView[];
}

const cny = (value: Decimal.Value) => new Decimal(value).toFixed(2);

/**
 * What the insurer has at risk in a crop's season: the scheme whose season holds `seasonOn`
 * (today, Asia/Shanghai, by default), its contracts' insured kg (× windows), sum insured — also the
 * most they can pay, every index at zero — premium, and each window's figures. For the insurer and
 * the office; null when no scheme of the crop holds the day.
 */
export async function exposure(req: InsuranceRequest, crop: Crop, seasonOn: string | null | undefined): Promise<ExposureView | null> {
  const viewer = requireInsurerOrOffice(req.viewer, 'read the exposure');
  const totals = await exposureTotals(req.em, viewer.allianceId, crop, seasonOn ?? shanghaiDay(new Date()));
  if (!totals) return null;
  const [scheme, windows] = await Promise.all([req.loaders.schemeById.load(totals.scheme_id), exposureByWindow(req.em, totals.scheme_id)]);
  return {
    crop,
    scheme: scheme!,
    contracts: totals.contracts,
    insuredKg: kgString(totals.insured_kg),
    sumInsuredCny: cny(totals.sum_insured_cny),
    maximumPayoutCny: cny(totals.sum_insured_cny),
    premiumCny: cny(totals.premium_cny),
    byWindow: windows.map((w) => ({
      start: w.start,
      end: w.end,
      contracts: w.contracts,
      insuredKg: kgString(w.insured_kg),
      sumInsuredCny: cny(w.sum_insured_cny),
      expectedPayoutCny: cny(w.expected_payout_cny),
      paidCny: w.settled > 0 ? cny(w.paid_cny) : null,
    })),
  };
}
