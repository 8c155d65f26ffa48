/**
 * tupe-vat/grant-or-contract — the same funding called both a grant and a contract.
 * Rationale: HMRC VAT Business/Non-Business manual and Charity Tax Group guidance (a grant is outside the scope
 * of VAT; a contract payment is consideration for a supply); seed 004 Consortium Delivery ("VAT – there may
 * be issues in relation to contracts and grants"); seed 002 Section 6 "Competition and Scale".
 */
import { defineRule } from '../../core/engine/define';
import { isUkDocument } from '../../core/facts/tupe-vat/index';

export default defineRule({
  id: 'tupe-vat/grant-or-contract',
  description: 'The same funding called both a grant and a contract',
  severity: 'info',
  kinds: ['itt', 'spec', 'contract'],
  regimes: 'all',
  messages: {
    both:
      'The funding is called a grant here ("{{grant}}") and a contract on line {{line}} ("{{contract}}"): their VAT and legal treatment differ (a grant is outside the scope of VAT; a contract payment is consideration for a supply that may bear VAT). Say which it is.',
  },
  options: { schema: { type: 'object', additionalProperties: false, properties: {} }, defaults: {} },
  fixable: false,
  explanation: `A grant and a contract are different things. A grant funds an organisation's own activity and is outside the scope of VAT; a contract buys a service, its payments are consideration for a supply, and VAT may be due on them; it is let under procurement law, with its remedies and obligations. A document that calls the same money "this grant" in one place and "this contract" in another leaves a voluntary organisation unable to tell whether VAT applies, which rules govern the award, and what it owes in return. The source papers note VAT issues "in relation to contracts and grants".

The rule reports the first place the document calls its own funding a grant ("this grant", "the grant will be paid", "grant agreement", "grant recipient") when it also calls it a contract ("this contract", "the contract will be awarded", "contract award", "the successful bidder"). Money described as coming from a grant to the buyer ("funded by a grant from the Department"), other grant-funded work, and the grant of a licence or of rights are not grant wording. It is information: the author decides which the funding is. Invitations to tender, specifications and contracts of UK documents are checked.`,
  sources: [
    { label: 'HMRC VAT Business/Non-Business manual; Charity Tax Group', text: 'Grants are outside the scope of VAT; contract payments are consideration for a supply.' },
    { label: 'Seed 004, Consortium Delivery: VAT and TUPE regulations', text: 'VAT – there may be issues in relation to contracts and grants.' },
    { label: 'Seed 002, Section 6 "Competition and Scale"', text: 'Voluntary organisations are disadvantaged where irrecoverable VAT arises.' },
  ],
  examples: {
    invalid: [
      {
        title: 'A grant in one place, a contract in another',
        text: '# Invitation to Tender: Youth Outreach\n\nThe Council will pay the grant quarterly in arrears against the agreed outputs.\n\nThis contract will be awarded to the bidder with the highest overall score.\n',
      },
    ],
    valid: [
      {
        title: 'A contract funded by a grant to the buyer',
        text: '# Invitation to Tender: Youth Outreach\n\nThe Council\'s service is funded by a grant from the Department for Education.\n\nThis contract will be awarded to the bidder with the highest overall score.\n',
      },
    ],
  },
  check(context) {
    const { grant, contract } = context.facts.tupeVat.funding;
    if (grant.length === 0 || contract.length === 0) return;
    if (!isUkDocument(context.facts, context.settings.sources.regime)) return;
    const g = grant[0]!;
    // Wording about this contract says more than a title.
    const c = contract.find((x) => !/invitation\s+to\s+tender/i.test(x.text)) ?? contract[0]!;
    context.report({
      messageId: 'both',
      data: { grant: g.text, contract: c.text, line: c.range.start.line },
      range: g.range,
      related: [{ range: c.range, message: `Called a contract: "${c.text}"` }],
    });
  },
});
