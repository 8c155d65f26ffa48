/**
 * social-value/no-weighting — award criteria (or sub-criteria) listed with no weighting, ranking or
 * description of their relative importance.
 * Rationale: PA 2023 s.23(3) (relative importance by weighting, ranking or description); PCR 2015 reg 67(5)
 * (weighting, or descending order of importance); seed 004, bidding process (know the scoring framework).
 */
import { defineRule } from '../../core/engine/define';
import type { Criterion } from '../../core/facts/types';

function names(criteria: Criterion[]): string {
  const list = criteria.map((c) => c.name);
  return list.length > 4 ? `${list.slice(0, 4).join(', ')}…` : list.join(', ');
}

export default defineRule({
  id: 'social-value/no-weighting',
  description: 'Award criteria listed with no weighting, ranking or description of their relative importance',
  severity: 'error',
  kinds: ['itt', 'spec'],
  regimes: 'all',
  messages: {
    criteria:
      'The award criteria ({{names}}) have no weighting, ranking or description of relative importance: give each a weighting, or state their order of importance (PA 2023 s.23(3)).',
    subCriteria:
      'The sub-criteria under "{{parent}}" ({{names}}) have no weightings: give each its share of the {{weight}} or state that they are equally weighted.',
  },
  options: { schema: { type: 'object', additionalProperties: false, properties: {} }, defaults: {} },
  fixable: false,
  explanation: `Bidders write to the weightings: a provider with limited bid-writing time puts its effort where the marks are. When criteria are listed with nothing to say how much each counts, bidders guess, evaluators can weight them as they please after the bids are in, and the award is open to challenge. The Procurement Act 2023 requires the tender notice or associated documents to describe the relative importance of award criteria by weighting, ranking or description (s.23(3)); the Public Contracts Regulations 2015 require weightings, or where that is not possible, the criteria in descending order of importance (reg 67(5)). Sub-criteria with undisclosed weights raise the same problem.

The rule reports a table or list of award criteria under an evaluation heading, or introduced as the criteria tenders will be evaluated against, when none of them carries a weight or marks and the document nowhere states their relative importance ("in descending order of importance", "equally weighted", "technical factors are significantly more important than price"). It also reports weighted criteria whose sub-criteria (numbered "2.1" under "2", or nested list items) carry no weights. Pass/fail criteria need no weight.`,
  sources: [
    { label: 'PA 2023 s.23(3)', text: 'The relative importance of award criteria must be set out by weighting, ranking or description.' },
    { label: 'PCR 2015 reg 67(5)', text: 'Weighting of each criterion, or criteria in descending order of importance.' },
    { label: 'Seed 004, bidding process: scoring framework', text: 'Bidders need to know the criteria and the scoring framework before writing.' },
  ],
  examples: {
    invalid: [
      {
        title: 'Criteria listed with nothing to say how much each counts',
        text: '# Invitation to Tender\n\n## Award criteria\n\nTenders will be evaluated against the following criteria:\n\n- Price\n- Service delivery\n- Staffing\n- Social value\n',
      },
    ],
    valid: [
      {
        title: 'Criteria in descending order of importance',
        text: '# Invitation to Tender\n\n## Award criteria\n\nTenders will be evaluated against the following criteria, listed in descending order of importance:\n\n- Service delivery\n- Price\n- Social value\n',
      },
    ],
  },
  check(context) {
    const { evaluation, award } = context.facts;
    if (award.importance.length > 0) return;
    for (const table of evaluation) {
      // Ranges to choose weights from ("10% to 90%") are a weighting scheme, not criteria without one.
      if (table.ranges) continue;
      const scored = table.criteria.filter((c) => !c.passFail);
      if (scored.length >= 2 && scored.every((c) => c.weight === null && c.children.every((k) => k.weight === null))) {
        context.report({ messageId: 'criteria', data: { names: names(scored) }, range: table.range });
        continue;
      }
      const unit = table.unit === 'percent' ? '%' : ' marks';
      for (const parent of table.criteria) {
        const kids = parent.children.filter((k) => !k.passFail);
        if (parent.weight === null || kids.length < 2 || kids.some((k) => k.weight !== null)) continue;
        context.report({
          messageId: 'subCriteria',
          data: { parent: parent.name, names: names(kids), weight: `${parent.weight}${unit}` },
          range: parent.range,
        });
      }
    }
  },
});
