/**
 * social-value/missing — award criteria split between price and quality with no social value criterion.
 * Rationale: Public Services (Social Value) Act 2012 s.1(3); PPN 06/20 and PPN 002 (central government: the
 * Social Value Model, at least 10%); NI PPN 01/21; PRSA 2014 s.25 (community benefits, Scotland); seed 002
 * Section 6 (local authority recommendation 2, central government recommendation 3).
 */
import { defineRule } from '../../core/engine/define';
import { allCriteria, criteriaSplits } from '../../core/facts/evaluation';
import type { Criterion } from '../../core/facts/types';

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

/** "Price 40%", or for a range to choose from, "Price 20–85%". */
function weightOf(c: Criterion): string | null {
  if (c.weight !== null) return `${c.name} ${fmt(c.weight)}%`;
  if (c.weightBounds) return `${c.name} ${fmt(c.weightBounds.min)}–${fmt(c.weightBounds.max)}%`;
  return null;
}

export default defineRule({
  id: 'social-value/missing',
  description: 'Award criteria that give no weight to social value',
  severity: 'warning',
  kinds: ['itt', 'sq', 'spec'],
  regimes: 'all',
  messages: {
    missing:
      'The award criteria ({{weights}}) include no social value criterion: consider weighting social value, as the Social Value Act 2012 asks authorities to consider and PPN 002 asks of central government (policy, not a duty for every buyer).',
    missingRequired:
      'The award criteria ({{weights}}) include no social value criterion: this buyer must weight social value (PPN 002: at least 10% of the total score, using the Social Value Model).',
  },
  options: {
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        required: {
          type: 'boolean',
          default: false,
          description: 'Social value is mandatory for this buyer (central government under PPN 002, Northern Ireland under PPN 01/21); the strict preset turns it on, and so does the document setting buyer: central-government. Findings are then errors.',
        },
      },
    },
    defaults: { required: false },
  },
  fixable: false,
  explanation: `A weighted split that scores only price and quality ("Price 70%, Quality 30%") leaves no room for what local and voluntary-sector providers add: local jobs and volunteering, community engagement, reinvestment in the area. The Public Services (Social Value) Act 2012 requires authorities in England and Wales to consider, before procuring services, how the procurement might improve the economic, social and environmental well-being of the area (s.1(3)). Central government, its agencies and non-departmental public bodies must apply the Social Value Model with at least 10% of the total score (PPN 06/20, replaced by PPN 002 under the Procurement Act 2023); Northern Ireland's PPN 01/21 sets the same minimum above the thresholds; in Scotland, contracts of £4 million or more must consider community benefit requirements (Procurement Reform (Scotland) Act 2014 s.25). The source papers ask commissioners to use the Act and to score social value and community engagement.

The rule reads the weighted award criteria (a table, list, lines or sentences that split the score between price and other criteria, or the weight ranges a buyer's form offers for each criterion, such as "Price 20% to 85%") and reports once when no criterion, sub-criterion or question is about social value (social value, community benefits, the Social Value Model's themes such as fighting climate change or equal opportunity). For most buyers this is advice, so the rule is a warning. With the option \`required: true\` (the \`strict\` preset turns it on), or when the document's \`buyer\` setting is \`central-government\` (front matter or config), the finding is an error and says social value is mandatory.`,
  sources: [
    { label: 'Public Services (Social Value) Act 2012 s.1(3)', text: 'Before procuring services, the authority must consider how the procurement might improve the well-being of the area.' },
    { label: 'PPN 002 (2025); PPN 06/20', text: 'Central government applies the Social Value Model with a minimum 10% weighting of the total score.' },
    { label: 'NI PPN 01/21', text: 'At least 10% of the total award criteria for social value above the thresholds.' },
    { label: 'PRSA 2014 s.25', text: 'Scotland: consider community benefit requirements for contracts of £4 million or more.' },
    { label: 'Seed 002, Section 6 (recommendations 2 and 3)', text: 'Local authorities and central government should use the Social Value Act when commissioning.' },
  ],
  examples: {
    invalid: [
      {
        title: 'Price and quality only',
        text: '# Invitation to Tender\n\n## Evaluation criteria\n\n| Criterion | Weighting |\n| --- | --- |\n| Price | 70% |\n| Quality | 30% |\n',
      },
    ],
    valid: [
      {
        title: 'Social value weighted',
        text: '# Invitation to Tender\n\n## Evaluation criteria\n\n| Criterion | Weighting |\n| --- | --- |\n| Price | 40% |\n| Quality | 45% |\n| Social value | 15% |\n',
      },
    ],
  },
  check(context) {
    const { evaluation, award } = context.facts;
    const splits = criteriaSplits(evaluation);
    if (splits.length === 0) return;
    if (evaluation.some((t) => allCriteria(t.criteria).some((c) => c.category === 'social-value'))) return;
    if (award.socialValueQuestions.length > 0) return;
    const table = splits[0]!;
    const weights = table.criteria.map(weightOf).filter((w) => w !== null).join(', ');
    // Required by the option, or because the buyer is central government (PPN 002).
    const required = context.options['required'] === true || context.settings.buyer === 'central-government';
    context.report({
      messageId: required ? 'missingRequired' : 'missing',
      // Where social value is required (central government), its absence is an error.
      severity: required ? 'error' : undefined,
      data: { weights },
      range: table.range,
      facts: [`Award criteria: ${weights}`],
    });
  },
});
