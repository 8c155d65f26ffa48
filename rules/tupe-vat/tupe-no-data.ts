/**
 * tupe-vat/tupe-no-data — TUPE may apply, but no workforce information is given to bidders before the
 * deadline, or it is promised only to the successful bidder.
 * Rationale: TUPE 2006 reg 11 (employee liability information, owed only to the incoming employer, at least
 * 28 days before transfer); COSOP (2000); seed 002 Section 2 lesson 6 and recommendations for commissioners 6;
 * seed 004 National Programme ("better understanding of TUPE regulations").
 */
import { defineRule } from '../../core/engine/define';
import { isUkDocument } from '../../core/facts/tupe-vat/index';

const STANCE: Record<string, string> = {
  applies: 'TUPE is likely to apply',
  'may-apply': 'TUPE may apply',
  'bidders-to-satisfy': 'bidders are left to judge whether TUPE applies',
};

export default defineRule({
  id: 'tupe-vat/tupe-no-data',
  description: 'TUPE may apply but bidders get no workforce information before the deadline',
  severity: 'warning',
  kinds: ['itt', 'sq', 'spec'],
  regimes: 'all',
  messages: {
    noData:
      '{{stance}}, but the document gives bidders no workforce information (numbers, roles, pay, terms, pensions): without it they cannot price the liability. Provide anonymised staffing information with the tender documents.',
    successfulOnly:
      '{{stance}}, but the workforce information is promised only to the successful bidder ("{{phrase}}"): every bidder needs it before the deadline to price the liability. Provide anonymised staffing information with the tender documents.',
  },
  options: { schema: { type: 'object', additionalProperties: false, properties: {} }, defaults: {} },
  fixable: false,
  explanation: `If staff may transfer under TUPE, their pay, terms, hours, length of service and pensions become the new provider's costs from the first day. A bidder who cannot see them cannot price the contract: a small or voluntary organisation cannot absorb the surprise, and a large one prices in the risk. The law only obliges the outgoing employer to give employee liability information to the incoming one, at least 28 days before the transfer (TUPE 2006 reg 11, as amended by SI 2014/16), which is long after bids close. Pre-tender workforce information therefore depends on the buyer: the Cabinet Office Statement of Practice (COSOP) and good practice are to obtain anonymised information from the incumbent and issue it with the tender. The source papers describe TUPE obligations that "only became clear very late in the day".

The rule reports a statement that TUPE applies, may apply or that bidders must satisfy themselves, when the document gives or promises no workforce information to bidders (a staffing table, an annex of employee information, information "available on request" or in a data room), or promises it only to the successful or preferred bidder or after award. It says nothing when the statement points to TUPE information in another document ("see Attachment 1") or places any transfer at later call-off competitions, where the information would come with each competition. Invitations to tender, selection questionnaires and specifications of UK documents are checked.`,
  sources: [
    { label: 'TUPE 2006 reg 11 (SI 2014/16)', text: 'Employee liability information is owed by the transferor to the transferee, at least 28 days before the transfer.' },
    { label: 'Cabinet Office Statement of Practice (COSOP), 2000', text: 'Public sector staff transfers: information and protection for staff who transfer.' },
    { label: 'Seed 002, Section 2 lesson 6; recommendations for commissioners 6', text: 'TUPE obligations became clear very late; commissioners should give clear and timely guidance on TUPE.' },
    { label: 'Seed 004, National Programme', text: 'Voluntary organisations asked for a better understanding of TUPE regulations.' },
  ],
  examples: {
    invalid: [
      {
        title: 'TUPE may apply; bidders must satisfy themselves',
        text: '# Invitation to Tender\n\nTUPE may apply to this contract. Bidders must satisfy themselves as to the application of TUPE and take their own advice.\n',
      },
      {
        title: 'Staffing information for the successful bidder only',
        text: '# Invitation to Tender\n\nThe Council considers that TUPE is likely to apply. Staffing information will be provided to the successful bidder after contract award.\n',
      },
    ],
    valid: [
      {
        title: 'Workforce information issued with the tender',
        text: '# Invitation to Tender\n\nThe Council considers that TUPE is likely to apply. Anonymised workforce information (job titles, hours, pay, terms and pension scheme) for the 12 staff who may transfer is provided in Annex D.\n',
      },
    ],
  },
  check(context) {
    const t = context.facts.tupeVat;
    const triggers = t.tupe.filter((s) => s.stance === 'applies' || s.stance === 'may-apply' || s.stance === 'bidders-to-satisfy');
    if (triggers.length === 0) return;
    // TUPE information in another document, or a transfer only at later call-offs: nothing to judge here.
    if (t.tupe.some((s) => s.elsewhere || s.atCallOff)) return;
    if (!isUkDocument(context.facts, context.settings.sources.regime)) return;
    if (t.workforce.some((w) => w.recipient === 'all-bidders')) return;
    const trigger = triggers.find((s) => s.stance !== 'bidders-to-satisfy') ?? triggers[0]!;
    const stance = STANCE[trigger.stance]!;
    const late = t.workforce.find((w) => w.recipient === 'successful-bidder');
    const related = [{ range: trigger.range, message: `TUPE statement: ${stance}` }];
    if (late) {
      context.report({ messageId: 'successfulOnly', data: { stance, phrase: late.text }, range: late.range, related, facts: [`Workforce information: to the successful bidder only (line ${late.range.start.line})`] });
      return;
    }
    context.report({ messageId: 'noData', data: { stance }, range: trigger.range, facts: [`TUPE statement: ${stance} (line ${trigger.range.start.line}); no workforce information for bidders`] });
  },
});
