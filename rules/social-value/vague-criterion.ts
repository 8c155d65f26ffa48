/**
 * social-value/vague-criterion — a social value question or criterion with nothing measurable in it.
 * Rationale: PA 2023 s.23(2) (award criteria must be clear, measurable and specific); PPN 002 (the Social Value
 * Model's award criteria and reporting metrics); seed 004, full value actions (explain what is scored).
 */
import { defineRule } from '../../core/engine/define';

export default defineRule({
  id: 'social-value/vague-criterion',
  description: 'A social value question with nothing measurable in it',
  severity: 'warning',
  kinds: ['itt', 'sq', 'spec'],
  regimes: 'all',
  messages: {
    vague:
      'This social value question names no outcome and nothing measurable: say what the authority wants (for example local jobs, volunteering hours, carbon reduction) and how delivery will be measured and reported (PA 2023 s.23(2)).',
    noMeasure:
      'This social value question names an outcome but nothing measurable: ask for commitments that can be counted (numbers, targets, timescales) and say how they will be reported (PA 2023 s.23(2)).',
  },
  options: { schema: { type: 'object', additionalProperties: false, properties: {} }, defaults: {} },
  fixable: false,
  explanation: `"Demonstrate your commitment to social value" invites a page of general statements that evaluators cannot score consistently and that the contract cannot enforce. It also favours large bidders with bid teams and ready-made social value statements over local organisations whose social value is real but unwritten. The Procurement Act 2023 requires award criteria to be clear, measurable and specific (s.23(2)); the Social Value Model (PPN 002) sets out model award criteria with reporting metrics for exactly this reason.

The rule reads social value questions (questions in a social value or community benefits section, or evaluation questions that name social value) and reports each that asks for nothing measurable: no numbers, targets, timescales, key performance indicators, reporting or model award criterion. When the question names no outcome either ("your commitment to social value"), the message says so.`,
  sources: [
    { label: 'PA 2023 s.23(2)', text: 'Award criteria must be clear, measurable and specific.' },
    { label: 'PPN 002 (2025)', text: 'The Social Value Model: model award criteria and reporting metrics.' },
    { label: 'Seed 004, full value actions for commissioners', text: 'Explain what is scored and how.' },
  ],
  examples: {
    invalid: [
      {
        title: 'A question with nothing to measure',
        text: '# Invitation to Tender\n\n## Social value\n\nQ5. Please demonstrate your commitment to social value.\n',
      },
    ],
    valid: [
      {
        title: 'A specific, measurable question',
        text: '# Invitation to Tender\n\n## Social value\n\nQ5. Describe the employment and training opportunities you will create for local residents over the contract term, with the number of opportunities each year and how you will report them to the Council.\n',
      },
    ],
  },
  check(context) {
    for (const q of context.facts.award.socialValueQuestions) {
      if (q.measurable) continue;
      context.report({ messageId: q.specific ? 'noMeasure' : 'vague', range: q.range });
    }
  },
});
