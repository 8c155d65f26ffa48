/**
 * payment/pbr-end-loaded — payment wholly (or above `maxAtRiskPercent`) contingent on results, paid in arrears,
 * with no up-front or service element.
 * Rationale: seed 002 Section 5 (PbR contracts should combine up-front payments with success payments; voluntary
 * organisations cannot carry the working capital); NAO, Outcome-based payment schemes (2015).
 */
import { defineRule } from '../../core/engine/define';
import { judgesPayment, phrase } from '../../core/facts/payment/index';

export default defineRule({
  id: 'payment/pbr-end-loaded',
  description: 'Payment by results with most or all of the payment at risk and no up-front element',
  severity: 'warning',
  kinds: ['itt', 'spec', 'contract', 'mixed'],
  regimes: 'all',
  messages: {
    wholly:
      'Payment depends wholly on results, paid in arrears once they are achieved, with no up-front or service-fee element: the provider must fund the whole service until results are paid, which few small or voluntary organisations can. Combine an up-front or service payment with the results payments (advisory: policy, not law).',
    share:
      '{{share}} of payment depends on results, above the {{max}}% this project treats as the limit, with no up-front or service-fee element: combine an up-front or service payment with the results payments so that providers need not fund the service in advance (advisory: policy, not law).',
  },
  options: {
    schema: { type: 'object', additionalProperties: false, properties: { maxAtRiskPercent: { type: 'number', minimum: 0, maximum: 100 } } },
    defaults: { maxAtRiskPercent: 80 },
  },
  fixable: false,
  explanation: `Under payment by results the provider is paid only when outcomes are achieved and evidenced, often months after the work. The source papers found that this pushes risk and working capital onto providers least able to bear them, that primes pass it down their supply chains, and that payment-by-results contracts should combine up-front payments with success payments; the National Audit Office made the same point on outcome-based schemes. This is advisory: policy, not law.

The rule reports payment by results (payment by results, outcome or success payments, payment only on the achievement of outcomes) when the document says that payment depends wholly on results, or states a share at risk above \`maxAtRiskPercent\` (80% by default), and nowhere mentions an up-front, fixed, service-fee, attachment or start-up element. The share is read from the percentage facts beside the results wording. United States federal documents are not checked.`,
  sources: [
    { label: 'Seed 002, Section 5', text: 'Payment-by-results contracts should combine up-front payments with success payments.' },
    { label: 'Seed 002, Section 2', text: 'Payment by results is pushed down supply chains to the organisations least able to carry it.' },
    { label: 'NAO, Outcome-based payment schemes: government\'s use of payment by results (2015)', text: 'Providers bear financial risk and need working capital; schemes should be designed accordingly.' },
  ],
  examples: {
    invalid: [
      {
        title: 'All payment on outcomes',
        text: '# Invitation to Tender: Employment Support\n\n## Payment\n\nPayment will be made only on achievement of the agreed outcomes, in arrears.\n',
      },
    ],
    valid: [
      {
        title: 'A service fee beside outcome payments',
        text: '# Invitation to Tender: Employment Support\n\n## Payment\n\nThe provider receives a monthly service fee covering 60% of the price; the remaining 40% is paid as outcome payments once outcomes have been achieved.\n',
      },
    ],
  },
  check(context) {
    const { facts, settings } = context;
    if (!judgesPayment(facts, settings.kind, settings.sources.regime)) return;
    const p = facts.payment;
    if (!p.results.length || p.upFront.length) return;
    const max = context.options.maxAtRiskPercent as number;
    const wholly = p.results.find((r) => r.wholly);
    if (wholly) {
      context.report({ messageId: 'wholly', range: wholly.range, facts: [`Payment wholly on results — "${phrase(wholly.sentence)}"; no up-front element`] });
      return;
    }
    const share = p.results.find((r) => r.atRisk && r.atRisk.value > max);
    if (share) {
      context.report({ messageId: 'share', data: { share: phrase(share.atRisk!.text), max: String(max) }, range: share.atRisk!.range, facts: [`${phrase(share.atRisk!.text)} at risk on results — "${phrase(share.sentence)}"; no up-front element`] });
    }
  },
});
