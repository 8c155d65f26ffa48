/**
 * social-value/weight-minimum — social value weighted below the minimum share of the total score (10% by default).
 * Rationale: PPN 06/20 and PPN 002 (central government: at least 10% of the total score); NI PPN 01/21 (at least
 * 10% above the thresholds); seed 004, full value actions ("use more effective weighting").
 */
import { defineRule } from '../../core/engine/define';
import type { Criterion, EvaluationTable } from '../../core/facts/types';
import { awardSplits, effectiveShares } from '../../core/facts/evaluation';

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1).replace(/\.0$/, '');
}

/** Social value criteria at the highest level they appear (a social value parent's children are not counted again). */
function socialValueCriteria(criteria: Criterion[]): Criterion[] {
  return criteria.flatMap((c) => (c.category === 'social-value' && !c.passFail ? [c] : socialValueCriteria(c.children)));
}

export default defineRule({
  id: 'social-value/weight-minimum',
  description: 'Social value weighted below the minimum share of the total score',
  severity: 'warning',
  kinds: ['itt', 'sq', 'spec'],
  regimes: 'all',
  messages: {
    belowMinimum:
      'Social value is {{share}}% of the total score, below {{min}}%: consider raising it (PPN 002 sets at least 10% for central government; other authorities may apply it; this is policy advice).',
    belowMinimumRequired: 'Social value is {{share}}% of the total score, below the required {{min}}% (PPN 002; NI PPN 01/21): raise its weighting.',
  },
  options: {
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        minWeight: { type: 'number', default: 10, minimum: 0, maximum: 100, description: 'The lowest acceptable social value share of the total score, in percent.' },
        required: {
          type: 'boolean',
          default: false,
          description: 'The minimum is mandatory for this buyer (central government, Northern Ireland); the strict preset turns it on, and so does the document setting buyer: central-government. Findings are then errors.',
        },
      },
    },
    defaults: { minWeight: 10, required: false },
  },
  fixable: false,
  explanation: `A token social value weighting (2% or 5%) cannot change the outcome of an evaluation, so bidders who invest in local employment, volunteering or community engagement gain nothing for it. Central government, its agencies and non-departmental public bodies must give social value at least 10% of the total score (PPN 06/20 under the Public Contracts Regulations 2015; PPN 002 under the Procurement Act 2023). Northern Ireland's PPN 01/21 sets the same minimum for contracts above the thresholds. Other authorities "may wish to apply" the model; many local authorities set 10% or more in their own social value policies.

The rule reads the weighted award criteria and works out social value's share of the total: a top-level criterion's weight, or a sub-criterion's share of its parent (sub-weights that add up to the parent's weight count as they stand; sub-weights that add up to 100% count as a share of the parent). It reports when the share is below \`minWeight\`. For most buyers this is advice (warning); \`required: true\`, which the \`strict\` preset sets, or a \`buyer: central-government\` setting makes the finding an error and says the minimum is mandatory. When there is no social value criterion at all, \`social-value/missing\` reports instead.`,
  sources: [
    { label: 'PPN 002 (2025); PPN 06/20', text: 'Central government: a minimum weighting of 10% of the total score for social value.' },
    { label: 'NI PPN 01/21', text: 'At least 10% of the total award criteria for social value above the thresholds.' },
    { label: 'Seed 004, full value actions for commissioners', text: 'Use more effective weighting (eg. between quantity, quality and price).' },
  ],
  examples: {
    invalid: [
      {
        title: 'A token social value weighting',
        text: '# Invitation to Tender\n\n## Evaluation criteria\n\n| Criterion | Weighting |\n| --- | --- |\n| Price | 50% |\n| Quality | 45% |\n| Social value | 5% |\n',
      },
    ],
    valid: [
      {
        title: 'Social value at 10% of the total, as a sub-criterion of quality',
        text: '# Invitation to Tender\n\n## Evaluation criteria\n\n| Ref | Criterion | Weighting |\n| --- | --- | --- |\n| 1 | Price | 40% |\n| 2 | Quality | 60% |\n| 2.1 | Service delivery | 50% |\n| 2.2 | Social value | 10% |\n',
      },
    ],
  },
  check(context) {
    const min = Number(context.options['minWeight'] ?? 10);
    const tables: EvaluationTable[] = [...awardSplits(context.facts.evaluation)];
    for (const t of context.facts.evaluation) if (t.origin === 'prose' && !tables.includes(t)) tables.push(t);
    for (const table of tables) {
      const shares = effectiveShares(table);
      const sv = socialValueCriteria(table.criteria).filter((c) => shares.has(c));
      if (sv.length === 0) continue;
      const share = sv.reduce((s, c) => s + shares.get(c)!, 0);
      if (share >= min - 0.01) continue;
      const first = sv[0]!;
      // Required by the option, or because the buyer is central government (PPN 002).
      const required = context.options['required'] === true || context.settings.buyer === 'central-government';
      context.report({
        messageId: required ? 'belowMinimumRequired' : 'belowMinimum',
        // Where social value is required (central government), its absence is an error.
        severity: required ? 'error' : undefined,
        data: { share: fmt(share), min: fmt(min) },
        range: first.weightRange ?? first.range,
        related: sv.slice(1).map((c) => ({ range: c.weightRange ?? c.range, message: `${c.name}: ${fmt(shares.get(c)!)}% of the total` })),
        facts: [`Social value share of the total score: ${fmt(share)}%`],
      });
    }
  },
});
