/**
 * payment/one-way-break — the buyer may terminate for convenience and the supplier has no equivalent right, or
 * the notice periods differ between the parties.
 * Rationale: seed 000 Appendix 2 (one-way break clauses); seed 002 Section 6 (length of contract and notice
 * period); seed 004 (notice of funding changes); PA 2023 s.78-79 (termination). Policy ask, not law.
 */
import { defineRule } from '../../core/engine/define';
import { judgesPayment, phrase } from '../../core/facts/payment/index';

export default defineRule({
  id: 'payment/one-way-break',
  description: 'The buyer may terminate without cause and the supplier may not',
  severity: 'info',
  kinds: ['itt', 'spec', 'contract', 'mixed'],
  regimes: 'all',
  messages: {
    oneWay:
      'The buyer may end the contract without cause{{notice}}, but the supplier has no equivalent right: a one-way break leaves the provider carrying staff and premises it cannot release. Consider a mutual break with the same notice for both parties (a policy ask, not law).',
    unequal:
      'Both parties may end the contract without cause, but the buyer gives {{buyer}} notice and the supplier must give {{supplier}}: consider the same notice period for both parties (a policy ask, not law).',
  },
  options: { schema: { type: 'object', additionalProperties: false, properties: {} }, defaults: {} },
  fixable: false,
  explanation: `A break clause that only the buyer can use lets it end the contract on notice while the provider stays committed for the full term, with the staff, premises and leases it took on to deliver. The source papers list one-way break clauses among the contract terms that drive small and voluntary organisations away, and ask for notice periods that let providers plan. The Procurement Act 2023 regulates termination (ss.78-79) but does not require a mutual break: this is a policy ask, not law.

The rule reports a right of the buyer (the authority, council, buyer, customer) to terminate for convenience, at any time without reason or for any reason, when neither the supplier nor either party has such a right; and, when both have one, notice periods that differ. A supplier's right to terminate for non-payment or force majeure is not an equivalent right. Termination for the supplier's default is not a break and is not read. The notice periods come from the duration facts of the sentence. United States federal documents are not checked.`,
  sources: [
    { label: 'Seed 000, Appendix 2', text: 'One-way break clauses are among the contract terms that deter small and voluntary providers.' },
    { label: 'Seed 002, Section 6', text: 'Length of contract and notice period matter to providers\' ability to plan.' },
    { label: 'Seed 004', text: 'Twelve months\' notice of funding changes.' },
    { label: 'PA 2023 ss.78-79', text: 'Termination of public contracts (implied rights for specified grounds).' },
  ],
  examples: {
    invalid: [
      {
        title: 'Buyer-only break',
        text: '# Contract Terms\n\n## 12. Termination\n\nThe Council may terminate this Contract at any time without reason by giving the Provider three months\' written notice.\n',
      },
    ],
    valid: [
      {
        title: 'A mutual break',
        text: '# Contract Terms\n\n## 12. Termination\n\nEither party may terminate this Contract at any time without reason by giving the other three months\' written notice.\n',
      },
    ],
  },
  check(context) {
    const { facts, settings } = context;
    if (!judgesPayment(facts, settings.kind, settings.sources.regime)) return;
    const breaks = facts.payment.terminations.filter((t) => t.convenience);
    const buyer = breaks.filter((t) => t.party === 'buyer');
    if (!buyer.length) return;
    const supplier = breaks.filter((t) => t.party !== 'buyer');
    const longest = buyer.reduce((a, b) => ((b.notice?.days ?? -1) > (a.notice?.days ?? -1) ? b : a));
    if (!supplier.length) {
      const notice = longest.notice ? ` on a notice of ${phrase(longest.notice.text)}` : '';
      context.report({ messageId: 'oneWay', data: { notice }, range: longest.range, facts: [`Buyer's right to terminate without cause${notice} — "${phrase(longest.sentence)}"; no supplier right`] });
      return;
    }
    // Both may break: the notice periods should match (either-party rights give the same notice to both).
    const own = supplier.find((t) => t.party === 'supplier' && t.notice);
    const days = (d: { days: number | null; months: number | null } | null) => d?.days ?? (d?.months != null ? d.months * 30 : null);
    if (!own || !longest.notice || supplier.some((t) => t.party === 'either')) return;
    const b = days(longest.notice);
    const s = days(own.notice);
    if (b === null || s === null || b >= s) return;
    context.report({ messageId: 'unequal', data: { buyer: phrase(longest.notice.text), supplier: phrase(own.notice!.text) }, range: own.range, related: [{ range: longest.range, message: "Buyer's right" }], facts: [`Buyer's notice ${phrase(longest.notice.text)}, supplier's ${phrase(own.notice!.text)}`] });
  },
});
