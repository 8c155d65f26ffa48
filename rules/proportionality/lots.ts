/**
 * proportionality/lots — an above-threshold contract not divided into lots, with no reason given.
 * Rationale: PA 2023 s.18 (consider lots; use them or give reasons) and PR 2024 reg 18(2)(q) (reasons in the
 * tender notice, except for utilities and light-touch contracts); PCR 2015 reg 46(2) (main reasons for not
 * dividing into lots); seed 000 Appendix 2 (large prime contracts leaving small providers as subcontractors).
 */
import { formatPounds } from '../../core/facts/describe';
import { defineRule } from '../../core/engine/define';
import type { Procedure } from '../../core/facts/types';
import { thresholdPosition } from '../../core/policy/threshold-position';

/** Procedures where the duty to give reasons does not arise: light-touch, and awards without a tender notice. */
const EXEMPT: readonly Procedure[] = ['light-touch', 'call-off', 'direct-award', 'dynamic-market', 'quotation'];

export default defineRule({
  id: 'proportionality/lots',
  description: 'An above-threshold contract not divided into lots with no reason given',
  severity: 'warning',
  kinds: ['sq', 'itt'],
  regimes: ['pa2023', 'pcr2015'],
  messages: {
    noReason:
      'The contract is not divided into lots and no reason is given: say why (for example, one integrated service), as {{law}} requires, or divide it into lots that small providers can bid for.',
    notMentioned:
      'This above-threshold tender does not say whether the contract is divided into lots: state the lots, or the reason for not dividing it, as {{law}} requires.',
  },
  options: { schema: { type: 'object', additionalProperties: false, properties: {} }, defaults: {} },
  fixable: false,
  explanation: `One large contract covering a whole county or several services can only be delivered by a large provider; dividing it into lots by area or by service lets small and voluntary organisations bid for the part they can deliver. Both regimes make the authority think about lots and explain a decision not to use them. Under the Procurement Act 2023 the authority must consider whether the contract could reasonably be supplied under more than one contract and, if it does not use lots, give its reasons (s.18); the reasons go in the tender notice (Procurement Regulations 2024 reg 18(2)(q)), except for utilities and light-touch contracts. The Public Contracts Regulations 2015 require the main reasons for not dividing into lots to be given in the procurement documents or the procurement report (reg 46(2)).

The rule applies to above-threshold procurements (a stated value of at least the sub-central goods and services threshold, £207,720 from 2026, read from the one thresholds table) under the Act or the Regulations, and not to light-touch procedures, call-offs, direct awards, dynamic markets or quotations. It reports a statement that the contract is not divided into lots ("will not be divided into lots", "a single lot") with no reason in the same or the next sentence. An invitation to tender that never mentions lots is also reported, once, because bidders cannot tell whether the authority considered them. A reason such as "because the advice must be delivered as one integrated service" is enough. Whether a reason is good enough is for the authority: the rule checks only that one is given. If the reasons are in the tender notice rather than the tender documents, say so.`,
  sources: [
    { label: 'PA 2023 s.18', text: 'A contracting authority must consider whether the goods, services or works could reasonably be supplied under more than one contract and, if it does not, give reasons.' },
    { label: 'PR 2024 reg 18(2)(q)', text: 'The tender notice gives the reasons for not using lots, unless the contract is a utilities or light-touch contract.' },
    { label: 'PCR 2015 reg 46(2)', text: 'The contracting authority shall provide an indication of the main reasons for its decision not to subdivide into lots.' },
    { label: 'Seed 000, Appendix 2', text: 'Work Programme contracts let to a few large prime contractors, leaving voluntary organisations as subcontractors carrying disproportionate risk.' },
  ],
  examples: {
    invalid: [
      {
        title: 'Not divided, no reason',
        text: '---\ntenderlint:\n  kind: itt\n  regime: pa2023\n  procedure: open\n---\n\n# Invitation to Tender\n\nThe estimated total contract value is £900,000.\n\nThe contract will not be divided into lots.\n',
      },
    ],
    valid: [
      {
        title: 'A reason given',
        text: '---\ntenderlint:\n  kind: itt\n  regime: pa2023\n  procedure: open\n---\n\n# Invitation to Tender\n\nThe estimated total contract value is £900,000.\n\nThe contract is not divided into lots because residents need a single integrated advice service with one point of contact.\n',
      },
      {
        title: 'Divided into lots',
        text: '---\ntenderlint:\n  kind: itt\n  regime: pa2023\n  procedure: open\n---\n\n# Invitation to Tender\n\nThe estimated total contract value is £900,000. The contract is divided into three lots by area.\n',
      },
    ],
  },
  check(context) {
    const { settings, facts } = context;
    if (settings.procedure && EXEMPT.includes(settings.procedure)) return;
    const position = thresholdPosition(facts);
    if (position.status !== 'above') return;
    const lots = facts.proportionality.lots;
    if (lots.divided || lots.reason) return;
    const law = settings.regime === 'pcr2015' ? 'PCR 2015 reg 46(2)' : 'PA 2023 s.18';
    const value = `Estimated contract value ${formatPounds(position.value!.amount)}${position.value!.derived ? ' (from the value a year and the term)' : ''}; above-threshold from ${formatPounds(position.threshold!)}`;
    if (lots.notDivided) {
      context.report({ messageId: 'noReason', data: { law }, range: lots.notDivided.range, facts: [value] });
      return;
    }
    if (settings.kind !== 'itt') return;
    const anchor = context.doc.blocks.find((b) => b.kind === 'heading') ?? context.doc.blocks[0];
    if (anchor) context.report({ messageId: 'notMentioned', data: { law }, block: anchor, facts: [value] });
  },
});
