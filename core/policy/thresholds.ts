/**
 * Procurement thresholds: the one table rules use to decide whether a contract is above or below threshold.
 *
 * Values are VAT-inclusive, from 1 January 2026: Procurement Act 2023 Schedule 1 as amended by
 * SI 2025/1200, announced in PPN 023:2026. Scotland uses the same values (SPPN 4/2025).
 */
import type { MoneyFact } from '../facts/types';

export type ContractType = 'goods-services' | 'works' | 'light-touch';
export type AuthorityType = 'central' | 'sub-central' | 'utilities-defence';

export interface ThresholdTable {
  /** When the values apply from (ISO date). */
  from: string;
  /** Where the values come from. */
  source: string;
  /** Values include VAT. */
  vatInclusive: true;
  goodsServices: Record<AuthorityType, number>;
  works: number;
  lightTouch: number;
  /** Light-touch contracts awarded by utilities. */
  lightTouchUtilities: number;
}

export const THRESHOLDS_2026: ThresholdTable = {
  from: '2026-01-01',
  source: 'PA 2023 Sch 1 as amended by SI 2025/1200 (PPN 023:2026)',
  vatInclusive: true,
  goodsServices: { central: 135_018, 'sub-central': 207_720, 'utilities-defence': 415_440 },
  works: 5_193_000,
  lightTouch: 663_540,
  lightTouchUtilities: 884_720,
};

/** The threshold for a contract type and authority type. */
export function thresholdFor(type: ContractType, authority: AuthorityType, table: ThresholdTable = THRESHOLDS_2026): number {
  switch (type) {
    case 'works':
      return table.works;
    case 'light-touch':
      return authority === 'utilities-defence' ? table.lightTouchUtilities : table.lightTouch;
    case 'goods-services':
      return table.goodsServices[authority];
  }
}

/** The lowest threshold of any kind: a contract below it is below threshold whatever the buyer. */
export function lowestThreshold(table: ThresholdTable = THRESHOLDS_2026): number {
  return Math.min(table.goodsServices.central, table.goodsServices['sub-central'], table.works, table.lightTouch);
}

export type ThresholdStatus = 'above' | 'below' | 'unknown';

/**
 * Whether a stated value is at or above a threshold. The comparison is cautious about VAT: a value stated
 * excluding VAT (or without saying) counts as "above" only on its stated amount, and as "below" only when
 * it stays below with VAT at 20% added, so an exempt service is never misclassified.
 */
export function thresholdStatus(value: Pick<MoneyFact, 'amount' | 'vat'>, threshold: number): ThresholdStatus {
  const low = value.amount;
  const high = value.vat === 'inclusive' ? value.amount : value.amount * 1.2;
  if (low >= threshold) return 'above';
  if (high < threshold) return 'below';
  return 'unknown';
}
