/**
 * consortium/lead-member — consortium bids permitted, but no instruction on the lead member, the members' roles,
 * or which parts of the questionnaire each member answers.
 * Rationale: PPN 03/24 (SQ instructions for groups: Parts 1 and 2 per member, Part 3 composite or per member);
 * seed 004 Consortium Delivery (a lead body; division of roles); seed 002 Section 4 (consortium governance).
 */
import { defineRule } from '../../core/engine/define';
import { readsAsUkTender, setsOutSelection } from '../../core/facts/consortium';

export default defineRule({
  id: 'consortium/lead-member',
  description: 'Consortium bids permitted with no instruction on the lead member, roles, or what each member answers',
  severity: 'info',
  kinds: ['sq', 'itt'],
  regimes: 'all',
  messages: {
    noInstructions:
      'Consortium bids are permitted, but the document does not say who leads a consortium, what each member\'s role is, or which parts of the questionnaire each member completes: add instructions (PPN 03/24: Parts 1 and 2 from every member; say whether Part 3 is one composite answer).',
  },
  options: { schema: { type: 'object', additionalProperties: false, properties: {} }, defaults: {} },
  fixable: false,
  explanation: `Saying that consortium bids are welcome is only half the job: a group also needs to know which organisation leads and signs, what the authority wants to know about each member's role, and which parts of the questionnaire each member fills in. Without these instructions consortia answer inconsistently and risk being marked non-compliant. PPN 03/24 asks that Parts 1 and 2 of the standard selection questionnaire be completed by every member and every sub-contractor relied on, and that the instructions say whether Part 3 is one composite answer for the group or answered member by member. The source papers describe the lead body as a key choice in a consortium's structure and ask that roles be clear.

The rule reports once, at information level, when a selection questionnaire or invitation to tender that sets out who may bid or how bidders are selected, permits consortium or group bids but nowhere mentions a lead member (lead bidder, lead partner, prime contractor), the members' roles, or what each member completes or submits. It is silent when consortia are not mentioned (see \`consortium/silent\`) or are refused (see \`consortium/prohibited\`). The \`vcs-friendly\` preset raises it to a warning.`,
  sources: [
    { label: 'PPN 03/24', text: 'Parts 1 and 2 completed by every group member; the instructions say whether Part 3 is composite.' },
    { label: 'Seed 004, Consortium Delivery', text: 'A lead body responsible for the contract; be clear about who delivers what.' },
    { label: 'Seed 002, Section 4', text: 'Consortia should assess the most appropriate governance arrangements; joint working agreements need to be clear on responsibilities.' },
  ],
  examples: {
    invalid: [
      {
        title: 'Consortia welcome, nothing more',
        text: '# Selection Questionnaire: Befriending Service\n\n## Who may bid\n\nBids from consortia are welcome.\n\n## Financial standing\n\nBidders must have an annual turnover of at least £100,000.\n',
      },
    ],
    valid: [
      {
        title: 'A lead member and each member\'s part',
        text: '# Selection Questionnaire: Befriending Service\n\n## Who may bid\n\nBids from consortia are welcome. A consortium should nominate a lead member to submit the tender on behalf of the consortium, and each member must complete Parts 1 and 2 of the questionnaire.\n\n## Financial standing\n\nBidders must have an annual turnover of at least £100,000.\n',
      },
    ],
  },
  check(context) {
    const { consortium } = context.facts;
    if (!readsAsUkTender(consortium, context.settings.sources.regime)) return;
    if (!setsOutSelection(consortium)) return;
    if (consortium.leadMember.length > 0) return;
    if (consortium.groupBids.some((s) => s.stance === 'prohibited')) return;
    const permitted = consortium.groupBids.find((s) => s.stance === 'permitted');
    if (!permitted) return;
    context.report({ messageId: 'noInstructions', range: permitted.range, facts: ['Consortium bids: permitted', 'Lead member, roles, parts each member completes: not stated'] });
  },
});
