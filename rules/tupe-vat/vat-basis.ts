/**
 * tupe-vat/vat-basis — the contract value, a budget or a price cap stated with no VAT basis anywhere in the
 * document.
 * Rationale: PA 2023 s.123(2) (thresholds include VAT); VATA 1994 ss.33 and 41(3) (buyers that recover VAT);
 * seed 002 Section 6 "Competition and Scale" (irrecoverable VAT disadvantages voluntary organisations) and
 * recommendations for central government 1; seed 004 Consortium Delivery (VAT issues in contracts and grants).
 */
import { defineRule } from '../../core/engine/define';
import { describeMoney } from '../../core/facts/describe';
import { isUkDocument } from '../../core/facts/tupe-vat/index';

const ROLES: Record<string, string> = { 'contract-value': 'contract value', budget: 'budget', 'price-cap': 'price cap' };

export default defineRule({
  id: 'tupe-vat/vat-basis',
  description: 'A contract value, budget or price cap with no VAT basis anywhere in the document',
  severity: 'warning',
  kinds: ['itt', 'spec', 'contract'],
  regimes: 'all',
  messages: {
    noBasis:
      'The {{role}} {{amount}} does not say whether it includes VAT, and the document states no VAT basis anywhere: a bidder that cannot recover VAT (many charities) cannot tell what it may charge. Say "excluding VAT" or "including VAT".',
  },
  options: { schema: { type: 'object', additionalProperties: false, properties: {} }, defaults: {} },
  fixable: false,
  hasSuggestions: true,
  explanation: `£100,000 is a different budget for a VAT-registered company than for a charity whose supplies are exempt: if the figure includes VAT, the company has £83,333 to spend and the charity the whole sum; if it excludes VAT, the charity must still pay VAT on its own costs and cannot recover it. A budget or price cap with no VAT basis leaves each bidder to guess, and the guesses differ by a fifth. (Procurement thresholds themselves are stated including VAT, PA 2023 s.123(2).) The source papers name irrecoverable VAT as a disadvantage specific to voluntary organisations, and ask central government to address it.

The rule reads the amounts whose VAT basis matters — the contract's estimated value, a budget, a maximum price or rate, an affordability cap — from the money facts (never insurance levels, turnover demands, liability caps, penalties, salaries or value bands such as "contracts above £5m"), and reports the first, with the others attached, when none of them, their sentences or table rows, nor any statement in the document ("All prices must exclude VAT", "Values are shown including VAT") gives a VAT basis, and nothing says how VAT applies otherwise ("no VAT is payable", "exempt from VAT", "plus VAT at the prevailing rate"). The suggestion appends "(excluding VAT)" after the amount; it is offered, never applied automatically, because only the author knows which basis is meant. Invitations to tender, specifications and contracts of UK documents are checked (not selection questionnaires, whose amounts are mostly references to past contracts and policy thresholds).`,
  sources: [
    { label: 'PA 2023 s.123(2)', text: 'The value of a contract for threshold purposes includes VAT.' },
    { label: 'VATA 1994 Sch 9 Group 7; ss.33, 41(3)', text: 'Exempt welfare supplies leave a charity with irrecoverable input VAT; public buyers recover VAT.' },
    { label: 'Seed 002, Section 6 "Competition and Scale"; recommendations for central government 1', text: 'Voluntary organisations are disadvantaged where irrecoverable VAT arises; government should address VAT.' },
    { label: 'Seed 004, Consortium Delivery: VAT and TUPE regulations', text: 'There may be VAT issues in relation to contracts and grants.' },
  ],
  examples: {
    invalid: [
      {
        title: 'A budget with no VAT basis',
        text: '# Invitation to Tender\n\nThe total budget for the contract is £240,000 over three years.\n',
      },
    ],
    valid: [
      {
        title: 'The basis given with the figure',
        text: '# Invitation to Tender\n\nThe total budget for the contract is £240,000 over three years, excluding VAT.\n',
      },
      {
        title: 'A document-level VAT statement',
        text: '# Invitation to Tender\n\nThe total budget for the contract is £240,000 over three years.\n\nAll prices must be stated exclusive of VAT.\n',
      },
    ],
  },
  check(context) {
    const t = context.facts.tupeVat;
    if (t.keyAmounts.length === 0 || t.vatStatements.length > 0 || t.vatOther.length > 0 || t.keyAmounts.some((k) => k.vat)) return;
    if (!isUkDocument(context.facts, context.settings.sources.regime)) return;
    // One finding for the document, at the first amount, with the others beside it: one basis stated settles all.
    const [first, ...rest] = t.keyAmounts;
    const others = rest.filter((k, i) => k.money.amount !== first!.money.amount && rest.findIndex((x) => x.money.amount === k.money.amount) === i);
    const end = first!.money.range.end.offset;
    context.report({
      messageId: 'noBasis',
      data: { role: ROLES[first!.role]!, amount: first!.money.text.trim() },
      range: first!.money.range,
      suggestions: [{ desc: 'State the amount excluding VAT', fix: { range: [end, end], text: ' (excluding VAT)' } }],
      related: others.length ? others.map((k) => ({ range: k.money.range, message: `${ROLES[k.role]} ${k.money.text.trim()}: no VAT basis` })) : undefined,
      facts: [`${ROLES[first!.role]}: ${describeMoney(first!.money)} (line ${first!.money.range.start.line}); no VAT statement in the document`],
    });
  },
});
