/**
 * payment/flow-down — subcontracting allowed, but no 30-day payment term down the supply chain, or a longer
 * period set for subcontractors.
 * Rationale: PA 2023 s.73 (payment terms implied into public sub-contracts); PCR 2015 reg 113(2)(c)
 * (sub-contracts must carry 30-day terms); seed 000 §4.17 (prompt payment to subcontractors).
 */
import { defineRule } from '../../core/engine/define';
import { judgesPayment, phrase } from '../../core/facts/payment/index';

export default defineRule({
  id: 'payment/flow-down',
  description: 'Subcontracting allowed with no 30-day payment term down the supply chain',
  severity: 'warning',
  kinds: ['itt', 'spec', 'contract', 'mixed'],
  regimes: 'all',
  messages: {
    longer: 'Subcontractors are to be paid {{period}} from their invoice: the 30-day payment term must apply down the supply chain (PA 2023 s.73; PCR 2015 reg 113(2)(c)). Set it at 30 days or less.',
    missing:
      'The contract sets the buyer\'s payment terms and allows subcontracting, but requires nothing of the contractor\'s payments to its subcontractors: require payment within 30 days of a valid invoice in every sub-contract, passed down each tier (PA 2023 s.73; PCR 2015 reg 113(2)(c)).',
  },
  options: { schema: { type: 'object', additionalProperties: false, properties: {} }, defaults: {} },
  fixable: false,
  hasSuggestions: true,
  explanation: `Small and voluntary organisations often take part in public services as subcontractors, where late payment hurts most. The Procurement Act 2023 implies the 30-day payment term into public sub-contracts (s.73), and the Public Contracts Regulations 2015 required contracts to oblige the contractor to put 30-day terms into its sub-contracts and have them passed down (reg 113(2)(c)). The source papers list prompt payment to subcontractors among the basic good practice.

The rule reports a payment period for subcontractors longer than 30 days (20 working days), and suggests 30 days instead (offered, never applied automatically). In contract terms that set the buyer's own payment period and allow subcontracting, it also reports the absence of any payment term for subcontractors and of any requirement that sub-contracts carry the payment terms. Invitations to tender, whose payment terms are usually in the contract, are only checked for a longer period. United States federal documents are not checked.`,
  sources: [
    { label: 'PA 2023 s.73', text: 'Payment terms are implied into public sub-contracts: payment within 30 days of a valid invoice.' },
    { label: 'PCR 2015 reg 113(2)(c)', text: 'Public contracts must require contractors to include 30-day payment terms in their sub-contracts.' },
    { label: 'Seed 000 §4.17', text: 'Prompt payment to subcontractors is basic good practice.' },
  ],
  examples: {
    invalid: [
      {
        title: 'Subcontractors paid in 60 days',
        text: '# Contract Terms\n\n## 7. Payment\n\nThe Council shall pay each valid invoice within 30 days of receipt. The Provider shall pay its subcontractors within 60 days of receipt of a valid invoice.\n',
      },
    ],
    valid: [
      {
        title: '30 days, flowed down',
        text: '# Contract Terms\n\n## 7. Payment\n\nThe Council shall pay each valid invoice within 30 days of receipt. The Provider shall pay its subcontractors within 30 days of receipt of a valid invoice, and shall include a term to the same effect in each sub-contract.\n',
      },
    ],
  },
  check(context) {
    const { facts, settings } = context;
    if (!judgesPayment(facts, settings.kind, settings.sources.regime)) return;
    const p = facts.payment;
    const subs = p.periods.filter((x) => x.party === 'subcontractor');
    for (const x of subs) {
      const days = x.duration.days;
      if (days === null || x.trigger === 'other') continue;
      if (x.trigger === 'invoice' && (x.duration.working ? days <= 22 : days <= 30)) continue;
      const suggestions = x.trigger === 'invoice' ? [{ desc: 'Pay subcontractors within 30 days', fix: { range: [x.range.start.offset, x.range.end.offset] as [number, number], text: '30 days' } }] : undefined;
      context.report({ messageId: 'longer', data: { period: phrase(x.duration.text) }, range: x.range, suggestions, facts: [`Subcontractor payment period ${phrase(x.duration.text)} — "${phrase(x.sentence)}"`] });
    }
    if (subs.length || p.flowDown.length) return;
    // The missing limb: only contract terms that deal with payment and allow subcontracting.
    if (settings.kind !== 'contract' && facts.consortium.contractTerms === null) return;
    const buyer = p.periods.find((x) => x.party === 'buyer' && x.trigger !== 'other');
    const allowed = facts.consortium.subcontracting.find((s) => s.stance === 'permitted' || s.stance === 'consent');
    if (!buyer || !allowed) return;
    context.report({
      messageId: 'missing',
      range: buyer.range,
      related: [{ range: allowed.range, message: 'Subcontracting allowed' }],
      facts: [`Buyer payment period ${phrase(buyer.duration.text)} (line ${buyer.range.start.line}); subcontracting ${allowed.stance} (line ${allowed.range.start.line}); no subcontractor payment term`],
    });
  },
});
