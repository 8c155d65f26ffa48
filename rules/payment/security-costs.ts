/**
 * payment/security-costs — IT, data security or accreditation requirements imposed with no statement of what they
 * involve at the outset.
 * Rationale: seed 000 Appendix 2 (IT and security requirements whose cost is not known at the outset);
 * seed 004 and seed 002 Section 6 (full cost recovery).
 */
import { defineRule } from '../../core/engine/define';
import { judgesPayment, phrase } from '../../core/facts/payment/index';

export default defineRule({
  id: 'payment/security-costs',
  description: 'Security or accreditation requirements left to be set later',
  severity: 'info',
  kinds: ['itt', 'spec', 'contract', 'mixed'],
  regimes: 'all',
  messages: {
    undefined:
      'The provider must meet security or accreditation requirements ("{{what}}") that are left to be set later: bidders cannot price what they do not know. State the requirements at the outset (standards, clearances, certifications) and who bears their cost.',
  },
  options: { schema: { type: 'object', additionalProperties: false, properties: {} }, defaults: {} },
  fixable: false,
  explanation: `IT, data security and accreditation requirements (security clearances, Cyber Essentials, ISO 27001, the Data Security and Protection Toolkit) can cost a small provider more than the service margin. The source papers describe requirements imposed after award whose cost was not known when the price was set, and ask that full costs be recoverable.

The rule reports a requirement the provider must meet on security, IT security or accreditation that the sentence leaves to be set later ("as specified by the Authority", "to be confirmed", "from time to time"), when the document says nothing about who bears the cost. A framework's requirement deferred to a later call-off or order, where the buyer will state it, is not reported. United States federal documents are not checked.`,
  sources: [
    { label: 'Seed 000, Appendix 2', text: 'IT and security requirements impose costs not known at the outset.' },
    { label: 'Seed 004; seed 002, Section 6', text: 'Full cost recovery.' },
  ],
  examples: {
    invalid: [
      {
        title: 'Security requirements to be set later',
        text: '# Contract Terms\n\n## 9. Data\n\nThe Provider shall comply with such security requirements as may be specified by the Council from time to time.\n',
      },
    ],
    valid: [
      {
        title: 'The requirement stated',
        text: '# Contract Terms\n\n## 9. Data\n\nThe Provider shall hold Cyber Essentials certification before the service starts. The Council will meet the cost of certification.\n',
      },
    ],
  },
  check(context) {
    const { facts, settings } = context;
    if (!judgesPayment(facts, settings.kind, settings.sources.regime)) return;
    const p = facts.payment;
    if (p.securityCost.length) return;
    const s = p.security.find((x) => x.undefined && !x.atCallOff);
    if (!s) return;
    context.report({ messageId: 'undefined', data: { what: phrase(s.text) }, range: s.range, facts: [`Security requirement left to be set — "${phrase(s.sentence)}"`] });
  },
});
