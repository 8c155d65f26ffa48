/**
 * payment/payment-days — the buyer pays later than 30 days from a valid invoice.
 * Rationale: PA 2023 s.68 (30-day payment term implied into public contracts); PCR 2015 reg 113; Late Payment of
 * Commercial Debts (Interest) Act 1998 s.4(3A) (a public authority cannot agree a longer period); PPN 015/018.
 */
import { defineRule } from '../../core/engine/define';
import { judgesPayment, phrase } from '../../core/facts/payment/index';

export default defineRule({
  id: 'payment/payment-days',
  description: 'Payment later than 30 days from a valid invoice',
  severity: 'error',
  kinds: ['itt', 'spec', 'contract', 'mixed'],
  regimes: 'all',
  messages: {
    days: 'Payment is due {{period}} from the invoice: a public buyer must pay within 30 days of receiving a valid, undisputed invoice, and this term is implied into the contract whatever it says (PA 2023 s.68; PCR 2015 reg 113). Set the period at 30 days or less.',
    monthEnd:
      'Payment is due {{period}} from the end of the month, which can be up to two months after the invoice: a public buyer must pay within 30 days of receiving a valid, undisputed invoice (PA 2023 s.68; PCR 2015 reg 113). Count the 30 days from the invoice.',
  },
  options: { schema: { type: 'object', additionalProperties: false, properties: {} }, defaults: {} },
  fixable: false,
  hasSuggestions: true,
  explanation: `Cash flow decides whether a small or voluntary provider can take on a public contract: a payment delay is a loan from the provider to the buyer. The law is clear for public buyers. The Procurement Act 2023 implies into every public contract a term that the authority pays a valid, undisputed invoice within 30 days (s.68); the Public Contracts Regulations 2015 required the same (reg 113). The Late Payment of Commercial Debts (Interest) Act 1998 does not let a public authority agree a longer period (s.4(3A)), and Procurement Policy Notes require payment performance to be published.

The rule reports a payment period to the contractor of more than 30 days from an invoice, or any period counted from the end of the month instead of from the invoice. It reads the periods from the duration facts of sentences (and list items under a lead-in) that pay within a number of days of an invoice. For a period counted from the invoice it suggests 30 days instead; the suggestion is offered, never applied automatically. Questions about a bidder's own record of paying its supply chain ("invoices paid within 60 days in the last reporting period") are not payment terms and are not reported, nor are deadlines for sending an invoice. United States federal documents, where UK payment law does not apply, are not checked.`,
  sources: [
    { label: 'PA 2023 s.68', text: 'A term is implied into public contracts that the authority pays undisputed sums within 30 days of a valid invoice.' },
    { label: 'PCR 2015 reg 113', text: 'Contracting authorities must pay valid and undisputed invoices within 30 days.' },
    { label: 'Late Payment of Commercial Debts (Interest) Act 1998 s.4(3A)', text: 'A public authority cannot agree a payment period longer than 30 days.' },
    { label: 'PPN 015/018', text: 'Payment performance is published and prompt payment is expected throughout the supply chain.' },
  ],
  examples: {
    invalid: [
      { title: '45 days from invoice', text: '# Contract Terms\n\n## 7. Payment\n\nThe Council shall pay each valid invoice within 45 days of receipt.\n' },
    ],
    valid: [
      { title: '30 days from a valid invoice', text: '# Contract Terms\n\n## 7. Payment\n\nThe Council shall pay each valid, undisputed invoice within 30 days of receipt.\n' },
    ],
  },
  check(context) {
    const { facts, settings } = context;
    if (!judgesPayment(facts, settings.kind, settings.sources.regime)) return;
    for (const p of facts.payment.periods) {
      if (p.party !== 'buyer' || p.trigger === 'other') continue;
      const days = p.duration.days;
      if (days === null) continue;
      // Working days: 30 calendar days hold about 20 working days.
      const late = p.duration.working ? days > 22 : days > 30;
      if (p.trigger === 'invoice' && !late) continue;
      context.report({
        messageId: p.trigger === 'month-end' ? 'monthEnd' : 'days',
        data: { period: phrase(p.duration.text) },
        range: p.range,
        suggestions: p.trigger === 'invoice' ? [{ desc: 'Pay within 30 days', fix: { range: [p.range.start.offset, p.range.end.offset], text: '30 days' } }] : undefined,
        facts: [`Payment period ${phrase(p.duration.text)} from ${p.trigger === 'invoice' ? 'the invoice' : 'month end'} — "${phrase(p.sentence)}"`],
      });
    }
  },
});
