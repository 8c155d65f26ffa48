/**
 * The rule registry: every rule, sorted by id. A test checks that it matches the rule files on disk.
 */
import type { Rule } from '../core/engine/types';
import draftingPlaceholder from './drafting/placeholder';
import leadInTenderPeriod from './lead-in/tender-period';
import proportionalityOrEquivalent from './proportionality/or-equivalent';
import socialValueWeightsTotal from './social-value/weights-total';

export const rules: readonly Rule[] = [
  draftingPlaceholder,
  leadInTenderPeriod,
  proportionalityOrEquivalent,
  socialValueWeightsTotal,
].sort((a, b) => a.meta.id.localeCompare(b.meta.id));

export const rulesById: ReadonlyMap<string, Rule> = new Map(rules.map((r) => [r.meta.id, r]));
