/**
 * Whether a procurement is above or below threshold, decided from the document's own value facts and the
 * one thresholds table (`thresholds.ts`). Rules that behave differently above and below threshold use this,
 * so that every rule decides the same way.
 *
 * The decision is cautious in both directions: a procurement counts as above threshold only when its value
 * reaches the highest goods and services threshold that could apply to a public authority (sub-central,
 * £207,720), and as below threshold only when it stays under the lowest threshold of any kind (£135,018)
 * with VAT added to a value stated without VAT. Between the two, or with no value stated, the position is
 * unknown (unless the regime is set to below-threshold) and rules stay silent.
 */
import type { Facts, MoneyFact } from '../facts/types';
import { lowestThreshold, THRESHOLDS_2026, thresholdStatus, type ThresholdStatus, type ThresholdTable } from './thresholds';

export interface EstimatedValue {
  amount: number;
  vat: MoneyFact['vat'];
  /** The fact it was read from. */
  source: MoneyFact;
  /** True when it was worked out from the value a year and the full term. */
  derived: boolean;
}

/**
 * The estimated value of the whole contract (with extensions): the stated total, or the value a year times
 * the full term when the term is known. Null when neither is known.
 */
export function estimatedTotalValue(facts: Pick<Facts, 'contractValue' | 'term'>): EstimatedValue | null {
  const { total, annual } = facts.contractValue;
  if (total) return { amount: total.amount, vat: total.vat, source: total, derived: false };
  if (annual && facts.term.maxMonths) {
    return { amount: (annual.amount * facts.term.maxMonths) / 12, vat: annual.vat, source: annual, derived: true };
  }
  return null;
}

export interface ThresholdPosition {
  status: ThresholdStatus;
  value: EstimatedValue | null;
  /** The threshold the value was compared with, when it was. */
  threshold: number | null;
}

/** Above or below threshold, for a goods or services procurement by an unnamed public authority. */
export function thresholdPosition(facts: Pick<Facts, 'contractValue' | 'term'>, table: ThresholdTable = THRESHOLDS_2026): ThresholdPosition {
  const value = estimatedTotalValue(facts);
  if (!value) return { status: 'unknown', value: null, threshold: null };
  const high = table.goodsServices['sub-central'];
  if (thresholdStatus(value, high) === 'above') return { status: 'above', value, threshold: high };
  const low = lowestThreshold(table);
  if (thresholdStatus(value, low) === 'below') return { status: 'below', value, threshold: low };
  return { status: 'unknown', value, threshold: null };
}
