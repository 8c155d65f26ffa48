/**
 * proportionality/experience-years — a minimum number of years of experience or trading demanded of the
 * bidding organisation, with no other way to show capability.
 * Rationale: PA 2023 s.22(1), (5) (proportionate conditions of participation); PCR 2015 reg 58(3)–(4), 60(6)
 * (proportionate; evidence depending on when the undertaking was set up); seed 002 final recommendations for
 * local authorities 2 (test PQQs with new entrants); seed 000 Appendix 2 on proportionality.
 */
import { defineRule } from '../../core/engine/define';

export default defineRule({
  id: 'proportionality/experience-years',
  description: 'A minimum number of years of experience or track record demanded of bidders',
  severity: 'warning',
  kinds: ['sq', 'itt', 'spec'],
  regimes: 'all',
  messages: {
    minimumYears: 'Bidders must show {{years}} years of experience or trading: test what they can do (relevant work, staff or trustees\' experience) rather than how long they have existed, so new and small organisations can bid (advisory: PA 2023 s.22(1), (5)).',
  },
  options: {
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        maxYears: { type: 'integer', default: 3, minimum: 1, description: 'Demands of this many years or more are reported.' },
      },
    },
    defaults: { maxYears: 3 },
  },
  fixable: false,
  explanation: `A condition that bidders have "at least five years' experience of delivering" a service shuts out new organisations, spin-outs and community groups whose staff have long experience but whose legal entity is young; it measures age, not ability. Conditions of participation must be a proportionate means of testing technical ability (PA 2023 s.22(1), (5); PCR 2015 reg 58(3)–(4)), and the source papers ask authorities to test their questionnaires with new entrants. Asking for relevant examples, and letting new organisations describe their staff's or trustees' work, tests the same thing fairly.

The rule reports a demand ("must", "minimum", "at least") for \`maxYears\` (default 3) or more years of experience, track record or trading by the bidding organisation, unless the sentence or the next offers another route ("or equivalent", "new organisations may…"). Years asked of named staff (a service manager's experience) and time windows ("contracts delivered in the last five years") are not reported. It is advisory: no statute fixes a number of years.`,
  sources: [
    { label: 'PA 2023 s.22(1), (5)', text: 'Conditions of participation must be proportionate to the nature, complexity and cost of the contract.' },
    { label: 'PCR 2015 reg 58(3)–(4)', text: 'Selection criteria must be related and proportionate to the subject-matter.' },
    { label: 'Seed 002, final recommendations for local authorities 2', text: 'Test PQQs with new entrants so that questions are proportionate.' },
    { label: 'Seed 000, Appendix 2', text: 'Proportionality of requirements placed on small organisations.' },
  ],
  examples: {
    invalid: [{ title: 'Five years demanded', text: "# Selection Questionnaire\n\nBidders must have at least five years' experience of delivering advocacy services.\n" }],
    valid: [
      {
        title: 'Relevant examples, with a route for new organisations',
        text: "# Selection Questionnaire\n\nDescribe up to three contracts delivered in the last five years that are relevant to this service. New organisations may describe relevant work by their staff or trustees instead.\n\nThe service manager must have at least three years' experience of supervising advisers.\n",
      },
    ],
  },
  check(context) {
    const maxYears = Number(context.options['maxYears'] ?? 3);
    for (const e of context.facts.proportionality.experience) {
      if (e.subject !== 'organisation' || e.alternative || e.years < maxYears) continue;
      context.report({ messageId: 'minimumYears', data: { years: e.years }, range: e.range });
    }
  },
});
