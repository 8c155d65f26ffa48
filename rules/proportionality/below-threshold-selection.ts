/**
 * proportionality/below-threshold-selection — a shortlisting or pre-qualification stage that limits who may
 * tender by an assessment of suitability, in a below-threshold procurement.
 * Rationale: PA 2023 s.85(1) (a regulated below-threshold contract may not be restricted by reference to an
 * assessment of suitability); PCR 2015 reg 111(1), (4) (no pre-qualification stage below threshold); seed 002
 * final recommendations for local authorities 2 (proportionate PQQs); seed 000 Appendix 2 on proportionality.
 */
import { formatPounds } from '../../core/facts/describe';
import { defineRule } from '../../core/engine/define';
import { thresholdPosition } from '../../core/policy/threshold-position';

/** The smallest value at which every authority's below-threshold contracts are regulated (PA s.84, s.87(4); PCR reg 109–111). */
const REGULATED_FROM = 30_000;

export default defineRule({
  id: 'proportionality/below-threshold-selection',
  description: 'A suitability shortlisting or pre-qualification stage in a below-threshold procurement',
  severity: 'error',
  kinds: ['sq', 'itt'],
  regimes: ['pa2023', 'pcr2015', 'below-threshold'],
  messages: {
    shortlisting:
      'This below-threshold procurement limits who may tender by an assessment of suitability ("{{phrase}}"): {{law}} forbids it. Let every supplier tender, and ask any proportionate suitability questions alongside the tender.',
  },
  options: { schema: { type: 'object', additionalProperties: false, properties: {} }, defaults: {} },
  fixable: false,
  explanation: `A separate selection stage (a pre-qualification questionnaire, or shortlisting after a selection questionnaire) costs every bidder a second round of paperwork and lets the authority screen out new and small providers before they can show what they would deliver. For small contracts this burden is out of proportion to the contract, and the law forbids it. Under the Procurement Act 2023 a contracting authority may not restrict the award of a regulated below-threshold contract "by reference to an assessment of a supplier's suitability" (s.85(1)). Under the Public Contracts Regulations 2015 a contracting authority may not use a pre-qualification stage in a procurement below the thresholds (reg 111(1), (4)); suitability questions asked with the tender must be relevant and proportionate (reg 111(5)).

The rule reports a stage that decides who is invited to tender by suitability ("only bidders who pass the selection questionnaire will be invited to tender", "the five highest-scoring SQ responses will be shortlisted") when the procurement is below threshold: the regime is set to below-threshold, or the stated value stays under the lowest threshold (£135,018 from 2026, from the one thresholds table) with VAT added. Contracts under £30,000 are not reported, since below-threshold duties start at £12,000 or £30,000 depending on the buyer. Shortlisting for a presentation after the tenders are scored is not a selection stage and is not reported. Works contracts at or above the goods and services threshold are exempt from both provisions (PA s.85(2); PCR reg 111(2)); set the rule off for them.`,
  sources: [
    { label: 'PA 2023 s.85(1)', text: "A contracting authority may not restrict the award of a regulated below-threshold contract by reference to an assessment of a supplier's suitability to perform the contract." },
    { label: 'PCR 2015 reg 111(1), (4)–(5)', text: 'No pre-qualification stage in procurements below the thresholds; suitability questions must be relevant and proportionate.' },
    { label: 'Seed 002, final recommendations for local authorities 2', text: 'Test pre-qualification questionnaires with new entrants so that questions are proportionate.' },
    { label: 'Seed 000, Appendix 2', text: 'Selection demands out of proportion to small contracts.' },
  ],
  examples: {
    invalid: [
      {
        title: 'A pre-qualification stage for a £60,000 contract',
        text: '---\ntenderlint:\n  kind: itt\n  regime: pa2023\n---\n\n# Invitation to Tender\n\nThe estimated total contract value is £60,000.\n\nOnly bidders who pass the selection questionnaire will be invited to tender.\n',
      },
    ],
    valid: [
      {
        title: 'One stage: suitability questions answered with the tender',
        text: '---\ntenderlint:\n  kind: itt\n  regime: pa2023\n---\n\n# Invitation to Tender\n\nThe estimated total contract value is £60,000.\n\nAnswer the suitability questions in Part 2 with your tender. The evaluation panel may shortlist bidders for a presentation after scoring the written tenders.\n',
      },
    ],
  },
  check(context) {
    const { settings, facts } = context;
    if (settings.nation === 'scotland') return;
    const stages = facts.proportionality.selection;
    if (stages.length === 0) return;
    const position = thresholdPosition(facts);
    const belowByRegime = settings.regime === 'below-threshold';
    if (position.status === 'above') return;
    if (position.status !== 'below' && !belowByRegime) return;
    if (position.value && position.value.amount < REGULATED_FROM) return;
    const law = settings.regime === 'pcr2015' ? 'PCR 2015 reg 111(1)' : 'PA 2023 s.85(1)';
    const why = position.status === 'below'
      ? `Estimated contract value ${formatPounds(position.value!.amount)}, below the lowest threshold of ${formatPounds(position.threshold!)}`
      : 'Regime set to below-threshold';
    for (const stage of stages) {
      const phrase = context.doc.text.slice(stage.range.start.offset, stage.range.end.offset).replace(/\s+/g, ' ');
      context.report({ messageId: 'shortlisting', data: { phrase, law }, range: stage.range, facts: [why] });
    }
  },
});
