/**
 * payment/volume-forecast — payment per referral, per participant or per outcome with no forecast of volumes, or
 * "volumes are not guaranteed" with nothing else.
 * Rationale: seed 002 Section 2 (client-volume forecasts) and recommendations for commissioners 7.
 */
import { defineRule } from '../../core/engine/define';
import { judgesPayment, phrase } from '../../core/facts/payment/index';

export default defineRule({
  id: 'payment/volume-forecast',
  description: 'Payment per referral or outcome with no forecast of volumes',
  severity: 'warning',
  kinds: ['itt', 'spec', 'contract', 'mixed'],
  regimes: 'all',
  messages: {
    none: 'Payment is made {{unit}}, but the document gives no forecast of volumes: bidders cannot price a service whose income depends on numbers they cannot estimate. State the expected volumes, or a range, and how firm they are.',
    notGuaranteed:
      'Payment is made {{unit}} and volumes are not guaranteed, with no forecast given: state the expected volumes, or a range, even if they cannot be guaranteed.',
  },
  options: { schema: { type: 'object', additionalProperties: false, properties: {} }, defaults: {} },
  fixable: false,
  explanation: `When a provider is paid per referral, per participant or per outcome, its income depends on how many people the buyer sends it. The source papers found contracts where volumes fell far short of what providers had been led to expect, leaving them unable to cover their fixed costs, and recommend that commissioners give realistic forecasts of client volumes.

The rule reports payment per referral, participant, service user, start or outcome when the document gives no forecast of volumes (expected, estimated or indicative numbers, a number of referrals a year, a range), and when it says volumes are not guaranteed with no forecast. A framework's general statement that no quantity of work is guaranteed, without payment per referral or outcome, is not reported. United States federal documents are not checked.`,
  sources: [
    { label: 'Seed 002, Section 2', text: 'Client volumes fell short of forecasts, leaving providers unable to cover costs.' },
    { label: 'Seed 002, recommendations for commissioners 7', text: 'Commissioners should give realistic forecasts of client volumes.' },
  ],
  examples: {
    invalid: [
      {
        title: 'A tariff per referral, no volumes',
        text: '# Invitation to Tender: Falls Prevention\n\n## Payment\n\nThe provider will be paid a fixed tariff per referral accepted. Volumes are not guaranteed.\n',
      },
    ],
    valid: [
      {
        title: 'A tariff with a forecast',
        text: '# Invitation to Tender: Falls Prevention\n\n## Payment\n\nThe provider will be paid a fixed tariff per referral accepted. We expect between 300 and 400 referrals a year, based on the last three years; volumes are not guaranteed.\n',
      },
    ],
  },
  check(context) {
    const { facts, settings } = context;
    if (!judgesPayment(facts, settings.kind, settings.sources.regime)) return;
    const p = facts.payment;
    const unit = p.unitPayments[0];
    if (!unit || p.forecasts.length) return;
    const noGuarantee = p.noGuarantee[0];
    context.report({
      messageId: noGuarantee ? 'notGuaranteed' : 'none',
      data: { unit: phrase(unit.text) },
      range: unit.range,
      related: noGuarantee ? [{ range: noGuarantee.range, message: 'Volumes not guaranteed' }] : undefined,
      facts: [`Payment ${phrase(unit.text)} (line ${unit.range.start.line}); no volume forecast`],
    });
  },
});
