/**
 * social-value/price-dominant — price weighted above the maximum share (60% by default) for a service contract.
 * Rationale: seed 004, full value actions for commissioners ("use more effective weighting (eg. between
 * quantity, quality and price)"); seed 000 §1.9 (score quality, community engagement and accountability);
 * PA 2023 s.23 and s.19 (most advantageous tender, not lowest price).
 */
import { defineRule } from '../../core/engine/define';
import { findPhrases } from '../../core/engine/phrases';
import { awardSplits, effectiveShares } from '../../core/facts/evaluation';

/** Wording that shows the contract is for goods or works, where a price-led split can be sound. */
export const GOODS_OR_WORKS: RegExp[] = [
  /\bsupply\s+(?:and\s+(?:delivery|installation)\s+)?of\s+(?:goods|equipment|vehicles|materials|furniture|hardware|fuel|stationery)\b/gi,
  // A contract the bidder already has or holds elsewhere ("an existing supply contract") is not this one.
  // (The look-behind is tried after the keyword, not at every position of a run of spaces.)
  /\b(?:goods|works|supply|construction)(?<!\b(?:existing|other|previous|current|separate|your|their|its)\s+(?:goods|works|supply|construction))\s+contract\b/gi,
  /\b(?:construction|building|highways?|civil\s+engineering)\s+works\b/gi,
];

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1).replace(/\.0$/, '');
}

export default defineRule({
  id: 'social-value/price-dominant',
  description: 'Price weighted above the maximum share of the total score for a service contract',
  severity: 'warning',
  kinds: ['itt', 'spec'],
  regimes: 'all',
  messages: {
    dominant:
      'Price is {{share}}% of the total score, above {{max}}% for a service contract: consider giving more weight to quality and social value, so that the cheapest bid does not win whatever its quality (advice from the source papers, not a legal limit).',
  },
  options: {
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        maxPriceWeight: { type: 'number', default: 60, minimum: 0, maximum: 100, description: 'The highest share of the total score price may carry, in percent.' },
      },
    },
    defaults: { maxPriceWeight: 60 },
  },
  fixable: false,
  explanation: `When price carries most of the score in a contract for people-centred services (advice, care, support, youth work), the lowest bid wins almost regardless of quality, and small and voluntary-sector providers, who cannot undercut national providers on overheads, are priced out. The source papers ask commissioners to "use more effective weighting (eg. between quantity, quality and price)" and to score quality, community engagement and accountability. The Procurement Act 2023 asks for the most advantageous tender (s.19), not the cheapest, and lets authorities weight criteria as the subject-matter needs (s.23).

The rule reads the weighted award criteria and reports when price's share of the total score is above \`maxPriceWeight\` (60% by default). It is advice, not law: a warning. It stays silent when the document describes a goods or works contract ("supply of equipment", "construction works"), where a price-led split can be right; set the option or turn the rule off for commodity services.`,
  sources: [
    { label: 'Seed 004, full value actions for commissioners', text: 'Use more effective weighting (eg. between quantity, quality and price).' },
    { label: 'Seed 000 §1.9', text: 'Positively score community engagement and accountability.' },
    { label: 'PA 2023 s.19, s.23', text: 'Award to the most advantageous tender, against criteria whose relative importance is stated.' },
  ],
  examples: {
    invalid: [
      {
        title: 'A price-led split for a support service',
        text: '# Invitation to Tender: Carers Support Service\n\n## Evaluation criteria\n\n| Criterion | Weighting |\n| --- | --- |\n| Price | 70% |\n| Quality | 20% |\n| Social value | 10% |\n',
      },
    ],
    valid: [
      {
        title: 'Quality carries most of the score',
        text: '# Invitation to Tender: Carers Support Service\n\n## Evaluation criteria\n\n| Criterion | Weighting |\n| --- | --- |\n| Price | 40% |\n| Quality | 50% |\n| Social value | 10% |\n',
      },
    ],
  },
  check(context) {
    const max = Number(context.options['maxPriceWeight'] ?? 60);
    const splits = awardSplits(context.facts.evaluation);
    if (splits.length === 0) return;
    if (findPhrases(context, { messageId: 'dominant', phrases: GOODS_OR_WORKS }).length > 0) return;
    for (const table of splits) {
      const shares = effectiveShares(table);
      const price = table.criteria.filter((c) => c.category === 'price' && shares.has(c));
      const share = price.reduce((s, c) => s + shares.get(c)!, 0);
      if (price.length === 0 || share <= max + 0.01) continue;
      context.report({
        messageId: 'dominant',
        data: { share: fmt(share), max: fmt(max) },
        range: price[0]!.weightRange ?? price[0]!.range,
        facts: [`Price share of the total score: ${fmt(share)}%`],
      });
    }
  },
});
