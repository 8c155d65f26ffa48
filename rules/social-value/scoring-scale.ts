/**
 * social-value/scoring-scale — quality or social value scored without a scoring scale and descriptors.
 * Rationale: PA 2023 s.23(2) (criteria clear, measurable and specific) and s.50(3) (assessment summaries
 * explain scores); seed 004, full value actions (explain scoring, including met versus exceeded) and bidding
 * process (know the scoring framework).
 */
import { defineRule } from '../../core/engine/define';

export default defineRule({
  id: 'social-value/scoring-scale',
  description: 'Quality or social value scored without a scoring scale and descriptors',
  severity: 'warning',
  kinds: ['itt', 'spec'],
  regimes: 'all',
  messages: {
    noScale:
      'Quality and social value criteria ({{names}}) are weighted but the document gives no scoring scale: state how answers are scored (for example 0 to 5) with a descriptor for each score, here or in a named annex.',
    noDescriptors:
      'The scoring scale gives no descriptors: say what each score means (for example "5 – Excellent: fully meets and exceeds the requirement…"), here or in a named annex.',
  },
  options: { schema: { type: 'object', additionalProperties: false, properties: {} }, defaults: {} },
  fixable: false,
  explanation: `A weighting tells bidders what a question is worth; the scoring scale and its descriptors tell them what a good answer looks like. Without them, bidders cannot tell whether meeting the requirement scores 3 or 5, whether innovation or added value earns more, or why they lost. The source papers ask commissioners to explain how scoring works, including the difference between meeting and exceeding a requirement. The Procurement Act 2023 requires criteria that are clear, measurable and specific (s.23(2)) and assessment summaries that explain the scores given (s.50(3)); both depend on a published scale.

The rule reports when quality or social value criteria carry weights and the document has no scoring scale at all ("scored 0 to 5", "out of 10", a table of scores and descriptors, a run of lines such as "5 – Excellent…", or a named scoring methodology), and when a scale is given as bare numbers with no descriptors in the text, in a table or in a named annex ("using the descriptors in Annex C").`,
  sources: [
    { label: 'PA 2023 s.23(2)', text: 'Award criteria must be clear, measurable and specific.' },
    { label: 'PA 2023 s.50(3)', text: 'Assessment summaries explain the scores awarded.' },
    { label: 'Seed 004, full value actions for commissioners', text: 'Explain scoring, including the difference between meeting and exceeding requirements.' },
    { label: 'Seed 004, bidding process: scoring framework', text: 'Bidders need to know the scoring framework before writing.' },
  ],
  examples: {
    invalid: [
      {
        title: 'Weights but no scale',
        text: '# Invitation to Tender\n\n## Evaluation criteria\n\n| Criterion | Weighting |\n| --- | --- |\n| Price | 40% |\n| Quality | 45% |\n| Social value | 15% |\n',
      },
    ],
    valid: [
      {
        title: 'A scale with descriptors in an annex',
        text: '# Invitation to Tender\n\n## Evaluation criteria\n\n| Criterion | Weighting |\n| --- | --- |\n| Price | 40% |\n| Quality | 45% |\n| Social value | 15% |\n\nQuality and social value answers are scored 0 to 5 using the descriptors in Annex C.\n',
      },
    ],
  },
  check(context) {
    const { evaluation, award } = context.facts;
    const weighted = evaluation.filter((t) => t.criteria.some((c) => c.weight !== null));
    const scored = weighted.flatMap((t) => t.criteria.filter((c) => c.weight !== null && !c.passFail && c.category !== 'price'));
    if (scored.length === 0) return;
    if (award.scales.length === 0) {
      context.report({
        messageId: 'noScale',
        data: { names: scored.map((c) => c.name).slice(0, 4).join(', ') },
        range: weighted[0]!.range,
      });
      return;
    }
    if (award.scales.every((s) => s.descriptors === null)) {
      context.report({ messageId: 'noDescriptors', range: award.scales[0]!.range });
    }
  },
});
