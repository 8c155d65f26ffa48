/**
 * social-value/pass-fail-weighted — a criterion marked pass/fail that also carries a weight.
 * Rationale: PA 2023 s.23(2)–(3) (criteria must be clear and their relative importance stated); a pass/fail
 * criterion scores nothing, so a weight on it misstates what the other criteria are worth.
 */
import { defineRule } from '../../core/engine/define';
import { allCriteria } from '../../core/facts/evaluation';

export default defineRule({
  id: 'social-value/pass-fail-weighted',
  description: 'A criterion marked pass/fail that also carries a weight',
  severity: 'error',
  kinds: ['itt', 'sq', 'spec'],
  regimes: 'all',
  messages: {
    weighted:
      '"{{name}}" is marked pass/fail but also carries a weight of {{weight}}{{unit}}: either score it and keep the weight, or make it pass/fail and move its weight to the scored criteria.',
  },
  options: { schema: { type: 'object', additionalProperties: false, properties: {} }, defaults: {} },
  fixable: false,
  explanation: `A pass/fail criterion is a gate: a bid meets it or is excluded, and it earns no marks. When the same criterion also carries a weight, bidders cannot tell whether it will be scored, evaluators must invent a way to turn "pass" into marks, and the weights of the scored criteria no longer add up to what the document says. The Procurement Act 2023 requires award criteria to be clear and specific (s.23(2)) and their relative importance to be stated (s.23(3)); a criterion that is both pass/fail and weighted is neither.

The rule reports a criterion whose row or line says "pass/fail" (or "pass or fail") and that has a weight above zero in the weighting column or after the name. A minimum score on a weighted question ("a pass/fail threshold of 2 out of 5") is a threshold, not a pass/fail criterion, and is not reported.`,
  sources: [
    { label: 'PA 2023 s.23(2)–(3)', text: 'Award criteria must be clear, measurable and specific, and their relative importance stated.' },
    { label: 'Seed 004, bidding process: scoring framework', text: 'Bidders need to know how each part of their bid will be scored.' },
  ],
  examples: {
    invalid: [
      {
        title: 'A pass/fail criterion with a weight',
        text: '# Invitation to Tender\n\n## Evaluation criteria\n\n| Criterion | Method | Weighting |\n| --- | --- | --- |\n| Price | Scored | 40% |\n| Quality | Scored | 50% |\n| Safeguarding policy | Pass/fail | 10% |\n',
      },
    ],
    valid: [
      {
        title: 'Pass/fail criteria without weights',
        text: '# Invitation to Tender\n\n## Evaluation criteria\n\n| Criterion | Method | Weighting |\n| --- | --- | --- |\n| Safeguarding policy | Pass/fail | |\n| Price | Scored | 40% |\n| Quality | Scored | 60% |\n',
      },
    ],
  },
  check(context) {
    for (const table of context.facts.evaluation) {
      const unit = table.unit === 'percent' ? '%' : ' marks';
      for (const c of allCriteria(table.criteria)) {
        if (!c.passFail || c.weight === null || c.weight <= 0) continue;
        context.report({ messageId: 'weighted', data: { name: c.name, weight: c.weight, unit }, range: c.weightRange ?? c.range });
      }
    }
  },
});
