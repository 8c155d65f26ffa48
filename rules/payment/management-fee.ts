/**
 * payment/management-fee — a prime or lead contractor's management fee above `maxPercent`, or a fee to be kept
 * from the supply chain's payments without being stated.
 * Rationale: seed 002 Section 2 and note 12 (management fees of primes; a cap of 15% recommended);
 * rules reference §2 C7. Advisory: policy, not law.
 */
import { defineRule } from '../../core/engine/define';
import { judgesPayment, phrase } from '../../core/facts/payment/index';

export default defineRule({
  id: 'payment/management-fee',
  description: 'A prime contractor management fee above the cap, or retained without being stated',
  severity: 'warning',
  kinds: ['itt', 'spec', 'contract', 'mixed'],
  regimes: 'all',
  messages: {
    high: 'A management fee of {{percent}} is kept by the prime or lead contractor, above the {{max}}% cap the source papers recommend: cap the fee, or ask bidders to state it and justify it against the services it pays for (advisory: policy, not law).',
    unstated:
      'The prime or lead contractor may keep a management fee from its supply chain\'s payments, but the fee is not stated: require the fee to be stated as a percentage and capped (the source papers recommend no more than {{max}}%) (advisory: policy, not law).',
  },
  options: {
    schema: { type: 'object', additionalProperties: false, properties: { maxPercent: { type: 'number', minimum: 0, maximum: 100 } } },
    defaults: { maxPercent: 15 },
  },
  fixable: false,
  explanation: `Where a prime or lead contractor manages a supply chain of smaller providers, it usually keeps a management fee from the payments it passes on. The source papers found fees that left subcontractors with too little to deliver the service, and recommend that commissioners cap them (15% is the figure they give). This is advisory: policy, not law.

The rule reports a management fee, top-slice or prime's margin stated with a percentage above \`maxPercent\` (15% by default) in a sentence about a prime or lead contractor, subcontractors, delivery partners or a supply chain, and such a fee to be kept with neither a percentage nor an amount stated. A central purchasing body's levy on its framework suppliers (a management charge or levy paid to the body running the framework) is not a prime's fee and is not reported. The percentage is read from the percentage facts of the sentence. United States federal documents are not checked.`,
  sources: [
    { label: 'Seed 002, Section 2, note 12', text: 'Prime contractor management fees should be capped; 15% is recommended.' },
    { label: 'Rules reference §2 C7', text: 'Management fees retained by primes reduce the funding that reaches delivery organisations.' },
  ],
  examples: {
    invalid: [
      {
        title: 'A 25% prime fee',
        text: '# Invitation to Tender: Advice Network\n\n## Supply chain\n\nThe lead provider may retain a management fee of 25% of the payments due to its subcontractors.\n',
      },
    ],
    valid: [
      {
        title: 'A fee within the cap',
        text: '# Invitation to Tender: Advice Network\n\n## Supply chain\n\nThe lead provider may retain a management fee of no more than 10% of the payments due to its subcontractors.\n',
      },
    ],
  },
  check(context) {
    const { facts, settings } = context;
    if (!judgesPayment(facts, settings.kind, settings.sources.regime)) return;
    const max = context.options.maxPercent as number;
    for (const f of facts.payment.fees) {
      if (!f.prime) continue;
      if (f.percent) {
        if (f.percent.value <= max) continue;
        context.report({ messageId: 'high', data: { percent: phrase(f.percent.text), max: String(max) }, range: f.percent.range, facts: [`Management fee ${phrase(f.percent.text)} — "${phrase(f.sentence)}"`] });
      } else if (!f.amount && /\b(?:retain|retained|keep|kept|deduct|deducted|top[- ]slic)/i.test(f.sentence)) {
        context.report({ messageId: 'unstated', data: { max: String(max) }, range: f.range, facts: [`Management fee kept, not stated — "${phrase(f.sentence)}"`] });
      }
    }
  },
});
