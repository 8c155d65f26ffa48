/**
 * tupe-vat/vat-exempt-bidders — pricing instructions with a VAT basis that do not tell VAT-exempt bidders
 * (many charities) how to treat irrecoverable VAT.
 * Rationale: VATA 1994 Sch 9 Group 7 (exempt welfare supplies; the charity cannot recover its input VAT);
 * PA 2023 s.12(4) (regard to barriers facing small and medium-sized enterprises, and VCSEs under the NPPS);
 * seed 002 Section 6 "Competition and Scale" and recommendations for central government 1; seed 004
 * Consortium Delivery (VAT issues).
 */
import { defineRule } from '../../core/engine/define';
import { isUkDocument } from '../../core/facts/tupe-vat/index';

export default defineRule({
  id: 'tupe-vat/vat-exempt-bidders',
  description: 'Pricing instructions that do not tell VAT-exempt bidders how to treat irrecoverable VAT',
  severity: 'info',
  kinds: ['itt', 'sq'],
  regimes: 'all',
  messages: {
    noExemptInstruction:
      'Prices are to be given {{basis}} ("{{phrase}}"), but nothing tells bidders that cannot recover VAT (many charities making exempt supplies) how to treat the VAT they pay: say whether they should include irrecoverable VAT in their prices and how prices will be compared.',
  },
  options: { schema: { type: 'object', additionalProperties: false, properties: {} }, defaults: {} },
  fixable: false,
  explanation: `A charity whose services are exempt from VAT (welfare services, VATA 1994 Sch 9 Group 7) charges no VAT but cannot recover the VAT it pays on its own costs: that irrecoverable VAT is a real cost and must be built into its price. A VAT-registered company prices "excluding VAT" and recovers its input VAT. Told only "all prices must exclude VAT", the charity does not know whether to include its irrecoverable VAT, and if it does, its price looks higher than a company's for the same cost to the buyer — who may recover any VAT it is charged (VATA 1994 ss.33 and 41(3)). The source papers name irrecoverable VAT as a disadvantage specific to voluntary organisations.

The rule reports the first pricing instruction to bidders that gives a VAT basis ("Your prices must exclude VAT", "All prices are to be quoted inclusive of VAT") when nothing in the document mentions irrecoverable VAT, VAT-exempt bidders, bidders not registered for VAT, or bidders unable to recover VAT. It is information: whether and how to compare prices on a like-for-like basis is the buyer's decision. Sound wording: "All prices must exclude VAT. If you cannot recover the VAT you incur, include that irrecoverable VAT in your price and show it separately; prices will be compared on the cost to the Council." Invitations to tender and selection questionnaires of UK documents are checked.`,
  sources: [
    { label: 'VATA 1994 Sch 9 Group 7', text: 'Exempt welfare supplies leave a charity with irrecoverable input VAT, which must be built into its price.' },
    { label: 'VATA 1994 ss.33, 41(3)', text: 'Local authorities and central government recover VAT they are charged.' },
    { label: 'Seed 002, Section 6 "Competition and Scale"; recommendations for central government 1', text: 'Voluntary organisations are disadvantaged where irrecoverable VAT arises; government should address VAT.' },
    { label: 'Seed 004, Consortium Delivery: VAT and TUPE regulations', text: 'There may be VAT issues in relation to contracts and grants.' },
  ],
  examples: {
    invalid: [
      {
        title: 'Prices excluding VAT, nothing for exempt bidders',
        text: '# Invitation to Tender\n\n## Pricing\n\nYour prices must be submitted exclusive of VAT and include all travel and expenses.\n',
      },
    ],
    valid: [
      {
        title: 'Irrecoverable VAT addressed',
        text: '# Invitation to Tender\n\n## Pricing\n\nYour prices must be submitted exclusive of VAT. If your organisation cannot recover the VAT it incurs, include that irrecoverable VAT in your price and show it separately.\n',
      },
    ],
  },
  check(context) {
    const t = context.facts.tupeVat;
    const instruction = t.vatStatements.find((s) => s.instruction);
    if (!instruction || t.vatExempt.length > 0) return;
    if (!isUkDocument(context.facts, context.settings.sources.regime)) return;
    context.report({
      messageId: 'noExemptInstruction',
      data: { basis: instruction.basis === 'exclusive' ? 'excluding VAT' : 'including VAT', phrase: instruction.text },
      range: instruction.range,
      facts: [`Pricing instruction: ${instruction.basis} of VAT (line ${instruction.range.start.line}); no wording on irrecoverable VAT`],
    });
  },
});
