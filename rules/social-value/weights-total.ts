/**
 * social-value/weights-total — evaluation weights that do not add up: criteria to 100% (or to a stated
 * total of marks), sub-weights to their parent's weight (or to 100% of the parent).
 * Rationale: PA 2023 s.23(3) (relative importance by weighting must be stated, and so must be coherent);
 * seed 004, full value actions ("use more effective weighting") and bidding tips (know the scoring framework).
 */
import { defineRule } from '../../core/engine/define';
import type { Criterion, EvaluationTable } from '../../core/facts/types';
import type { RelatedLocation, RuleContext } from '../../core/engine/types';

const EPSILON = 0.01;

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/(?<!0)0+$/, '').replace(/\.$/, '');
}

/** The sum of the criteria's weights (pass/fail criteria without a weight left out), or null if one has no weight. */
function sumOf(criteria: Criterion[]): number | null {
  const scored = criteria.filter((c) => !(c.passFail && c.weight === null));
  if (scored.length === 0 || scored.some((c) => c.weight === null)) return null;
  return scored.reduce((s, c) => s + c.weight!, 0);
}

function weightsList(criteria: Criterion[], unit: string): string {
  return criteria.filter((c) => c.weight !== null).map((c) => `${c.name} ${fmt(c.weight!)}${unit}`).join(', ');
}

function related(criteria: Criterion[], unit: string): RelatedLocation[] {
  return criteria.filter((c) => c.weightRange).map((c) => ({ range: c.weightRange!, message: `${c.name}: ${fmt(c.weight!)}${unit}` }));
}

export default defineRule({
  id: 'social-value/weights-total',
  description: 'Evaluation weights that do not add up to 100%, or sub-weights that do not add up to their parent',
  severity: 'error',
  kinds: ['itt', 'sq', 'spec'],
  regimes: 'all',
  messages: {
    total: 'Evaluation weights add up to {{sum}}{{unit}}, not {{expected}}{{unit}} ({{weights}}): correct them so bidders know what each criterion is worth.',
    statedTotal: 'The "Total" row says {{stated}}{{unit}} but the weights above it add up to {{sum}}{{unit}}: correct the weights or the total.',
    subTotal: 'Sub-weights under "{{parent}}" add up to {{sum}}{{unit}}, which is neither its weight ({{weight}}{{unit}}) nor 100% of it ({{weights}}): correct them.',
  },
  options: {
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        checkSubWeights: { type: 'boolean', default: true, description: 'Also check that sub-weights add up to their parent criterion.' },
      },
    },
    defaults: { checkSubWeights: true },
  },
  fixable: false,
  explanation: `When the weights in an evaluation table add up to 95% or 110%, bidders cannot tell how much a criterion is worth, evaluators score against a different scheme from the one published, and the award becomes open to challenge. The Procurement Act 2023 requires the relative importance of award criteria to be stated (s.23(3)); a weighting that does not add up states nothing reliable.

The rule reads each evaluation table (a table with a weighting column, a weighted list under an evaluation heading, or weights stated in sentences such as "Price will account for 40% of the total score", when the document has no table or list of them and names at least two criteria). Pass/fail criteria with no weight are left out of the sums; a "Maximum quality score" row counts as a stated total. Percentage weights must total 100%; weights in marks must match a stated "Total" row. A stated "Total" row must match the weights above it. Sub-criteria (numbered "2.1" under "2", in a sub-weight column, or nested list items) must add up either to their parent's weight or to 100% of it.`,
  sources: [
    { label: 'PA 2023 s.23(3)', text: 'The relative importance of award criteria must be set out by weighting, ranking or description.' },
    { label: 'Seed 004, full value actions for commissioners', text: 'Use more effective weighting (eg. between quantity, quality and price).' },
    { label: 'Seed 004, bidding process: scoring framework', text: 'Know the criteria and the scoring framework before writing.' },
  ],
  examples: {
    invalid: [
      {
        title: 'Weights that add up to 95%',
        text: '# Invitation to Tender\n\n## Evaluation criteria\n\n| Criterion | Weighting |\n| --- | --- |\n| Price | 50% |\n| Quality | 35% |\n| Social value | 10% |\n',
      },
    ],
    valid: [
      {
        title: 'Weights and sub-weights that add up',
        text: '# Invitation to Tender\n\n## Evaluation criteria\n\n| Ref | Criterion | Weighting |\n| --- | --- | --- |\n| 1 | Price | 40% |\n| 2 | Quality | 45% |\n| 2.1 | Service delivery | 25% |\n| 2.2 | Staffing and mobilisation | 20% |\n| 3 | Social value | 15% |\n| | Total | 100% |\n',
      },
    ],
  },
  check(context) {
    for (const table of context.facts.evaluation) checkTable(context, table);
  },
});

function checkTable(context: RuleContext, table: EvaluationTable): void {
  const unit = table.unit === 'percent' ? '%' : ' marks';
  // Ranges are not weights to add up; a read that may have missed criteria says nothing rather than a wrong total.
  if (table.ranges || table.uncertain) return;
  // One weight stated in a sentence ("social value will account for 10%") is not the whole split.
  if (table.origin === 'prose' && table.criteria.length < 2) return;
  const sum = sumOf(table.criteria);
  if (sum !== null) {
    // A table without price whose weights match its stated maximum ("Maximum quality score 90%") is one part of
    // the split, not the whole of it.
    const part = table.partial === true || (table.statedTotal !== null && !table.criteria.some((c) => c.category === 'price'));
    const expected = table.unit === 'percent' && !part ? 100 : table.statedTotal?.value ?? null;
    if (table.statedTotal && Math.abs(table.statedTotal.value - sum) > EPSILON) {
      context.report({
        messageId: 'statedTotal',
        data: { stated: fmt(table.statedTotal.value), sum: fmt(sum), unit },
        range: table.statedTotal.range,
        related: related(table.criteria, unit),
      });
    } else if (expected !== null && Math.abs(sum - expected) > EPSILON) {
      context.report({
        messageId: 'total',
        data: { sum: fmt(sum), expected: fmt(expected), unit, weights: weightsList(table.criteria, unit) },
        range: table.range,
        related: related(table.criteria, unit),
        facts: [`Weights total ${fmt(sum)}${unit}: ${weightsList(table.criteria, unit)}`],
      });
    }
  }
  if (context.options['checkSubWeights'] === false) return;
  for (const parent of table.criteria) checkChildren(context, parent, unit);
}

function checkChildren(context: RuleContext, parent: Criterion, unit: string): void {
  if (parent.children.length === 0 || parent.weight === null) return;
  const sum = sumOf(parent.children);
  if (sum === null) return;
  const matchesParent = Math.abs(sum - parent.weight) <= EPSILON;
  const matchesWhole = unit === '%' && Math.abs(sum - 100) <= EPSILON;
  if (!matchesParent && !matchesWhole) {
    context.report({
      messageId: 'subTotal',
      data: { parent: parent.name, sum: fmt(sum), weight: fmt(parent.weight), unit, weights: weightsList(parent.children, unit) },
      range: parent.range,
      related: related(parent.children, unit),
    });
  }
  for (const child of parent.children) checkChildren(context, child, unit);
}
