/** Rule tests for the payment family: each rule fires on the shapes it names and stays silent on fair payment terms. */
import { describe, expect, it } from 'vitest';
import paymentDays from '../../rules/payment/payment-days';
import flowDown from '../../rules/payment/flow-down';
import pbrEndLoaded from '../../rules/payment/pbr-end-loaded';
import managementFee from '../../rules/payment/management-fee';
import volumeForecast from '../../rules/payment/volume-forecast';
import oneWayBreak from '../../rules/payment/one-way-break';
import shortTerm from '../../rules/payment/short-term';
import securityCosts from '../../rules/payment/security-costs';
import { testRule } from '../helpers/rule-tester';
import { lintWith } from '../helpers/lint';

const front = (kind: string, regime = 'pa2023') => `---\ntenderlint:\n  kind: ${kind}\n  regime: ${regime}\n---\n\n`;
const terms = (body: string) => `${front('contract')}# Terms and Conditions: Community Navigation Service\n\n${body}`;
const itt = (body: string) => `${front('itt')}# Invitation to Tender: Community Navigation Service\n\n${body}`;
// Body text after `terms()` or `itt()` starts on line 9.

/** Fair payment terms on which every rule of the family stays silent. */
export const FAIR = terms(`## 1. Term

1.1 The contract term is 3 years from 1 April 2027, with an option to extend for a further 2 years.

## 2. Payment

2.1 The Council shall pay each valid, undisputed invoice within 30 days of receipt.

2.2 The Provider may subcontract parts of the service with the Council's consent.

2.3 The Provider shall pay its subcontractors within 30 days of receipt of a valid invoice, and shall include a term to the same effect in each sub-contract.

2.4 The Provider receives a monthly service fee covering 70% of the price; the remaining 30% is paid as outcome payments once outcomes have been achieved.

2.5 The Provider is paid a tariff per referral accepted above the core caseload. We expect around 600 referrals a year, based on the last three years.

2.6 The lead provider may retain a management fee of no more than 10% of the payments due to its subcontractors.

## 3. Termination

3.1 Either party may terminate this Contract at any time without reason by giving the other six months' written notice.

3.2 The Council may terminate the Contract with immediate effect if the Provider commits a material breach.

## 4. Data security

4.1 The Provider shall hold Cyber Essentials certification before the service starts, and shall comply with such further security requirements as may be specified by the Council from time to time. The Council will meet the cost of any security clearance it requires.
`);

const ALL = [paymentDays, flowDown, pbrEndLoaded, managementFee, volumeForecast, oneWayBreak, shortTerm, securityCosts];

/** A United States federal contract: none of the family applies. */
const US = `${front('contract', 'other')}# Contract Clauses

The Contracting Officer will administer this order under FAR 52.212-4. The Government shall pay invoices within 45 days. GSA may terminate this order for convenience. Offerors must meet U.S. Government security requirements as specified by the Contracting Officer from time to time.
`;

describe('fair payment terms', () => {
  it('draw no payment finding', () => {
    const findings = lintWith(FAIR).findings.filter((f) => f.family === 'payment');
    expect(findings.map((f) => `${f.range.start.line} ${f.ruleId}`)).toEqual([]);
  });

  it('draw none under PCR 2015 either, nor as an invitation to tender', () => {
    expect(lintWith(FAIR.replace('regime: pa2023', 'regime: pcr2015')).findings.filter((f) => f.family === 'payment')).toEqual([]);
    expect(lintWith(FAIR.replace('kind: contract', 'kind: itt')).findings.filter((f) => f.family === 'payment')).toEqual([]);
  });

  it('covers every rule of the family', () => {
    expect(ALL.length).toBe(8);
  });
});

testRule(paymentDays, {
  valid: [
    { name: 'fair terms', text: FAIR },
    { name: '20 working days', text: terms('The Trust will settle valid invoices within 20 working days of receipt.\n') },
    { name: 'a question about the bidder’s own record', text: itt('In the last two reporting periods, have 95% of your supply chain invoices been paid within 60 days?\n') },
    { name: 'a deadline for the final invoice', text: terms('The Provider must submit its final invoice within 60 days of the end of the service.\n') },
    { name: 'a United States contract', text: US },
  ],
  invalid: [
    { name: '45 days from invoice', text: terms('The Council shall pay each valid invoice within 45 days of receipt.\n'), errors: [{ messageId: 'days', line: 9, message: '45 days', severity: 'error' }] },
    {
      name: 'a list item under its lead-in',
      text: terms('7.1 The Council will pay each undisputed sum:\n\n1. within 60 days of receiving a valid invoice; or\n2. by the due date on the invoice, if later.\n'),
      errors: [{ messageId: 'days', line: 11 }],
    },
    { name: 'from the end of the month', text: terms('Invoices will be paid within 30 days of the end of the month in which they are received.\n'), errors: [{ messageId: 'monthEnd', line: 9 }] },
  ],
});

testRule(flowDown, {
  valid: [
    { name: 'fair terms', text: FAIR },
    { name: 'an ITT that leaves payment to the contract', text: itt('Subcontracting is permitted. The Council pays valid invoices within 30 days of receipt.\n') },
    { name: 'contract terms with no subcontracting', text: terms('The Council shall pay each valid invoice within 30 days of receipt.\n') },
    {
      name: 'subcontractors paid in 30 days without the words on each sub-contract',
      text: terms('The Provider may subcontract with the Council’s consent. The Council shall pay each valid invoice within 30 days of receipt. The Provider must ensure that all subcontractors are paid within 30 days of receipt of a valid invoice.\n'),
    },
  ],
  invalid: [
    {
      name: 'subcontractors paid in 60 days',
      text: terms('The Council shall pay each valid invoice within 30 days of receipt. The Provider shall pay its subcontractors within 60 days of receipt of a valid invoice.\n'),
      errors: [{ messageId: 'longer', line: 9, message: '60 days' }],
    },
    {
      name: 'contract terms that allow subcontracting and say nothing of paying subcontractors',
      text: terms('The Provider may subcontract parts of the service with the Council’s consent.\n\nThe Council shall pay each valid invoice within 30 days of receipt.\n'),
      errors: [{ messageId: 'missing', line: 11, related: 1 }],
    },
  ],
});

testRule(pbrEndLoaded, {
  valid: [
    { name: 'fair terms', text: FAIR },
    { name: 'a share at risk within the limit', text: itt('Under payment by results, 60% of the price is at risk.\n') },
    { name: 'a higher limit', text: itt('Under payment by results, 90% of the price is at risk.\n'), options: { maxAtRiskPercent: 95 } },
    { name: 'an up-front payment', text: itt('Payment will be made only on achievement of the agreed outcomes. An up-front payment of 20% is made on mobilisation.\n') },
  ],
  invalid: [
    { name: 'wholly on outcomes', text: itt('Payment will be made only on achievement of the agreed outcomes, in arrears.\n'), errors: [{ messageId: 'wholly', line: 9, message: 'policy, not law' }] },
    { name: 'a share above the limit', text: itt('Under payment by results, 90% of the price is at risk.\n'), errors: [{ messageId: 'share', line: 9, message: '90%' }] },
  ],
});

testRule(managementFee, {
  valid: [
    { name: 'fair terms', text: FAIR },
    { name: 'a framework levy', text: terms('The Supplier must pay the Management Charge of 1% to the framework operator.\n') },
    { name: 'a fee within a higher cap', text: itt('The lead provider may retain a management fee of 20% of the payments to its subcontractors.\n'), options: { maxPercent: 25 } },
    { name: 'management costs priced by the bidder', text: itt('Management costs should be shown in the pricing schedule.\n') },
  ],
  invalid: [
    {
      name: 'a 25% prime fee',
      text: itt('The lead provider may retain a management fee of 25% of the payments to its subcontractors.\n'),
      errors: [{ messageId: 'high', line: 9, message: 'advisory: policy, not law' }],
    },
    { name: 'a fee kept without being stated', text: itt('The lead provider will top-slice a management fee from each subcontractor’s payments.\n'), errors: [{ messageId: 'unstated', line: 9 }] },
  ],
});

testRule(volumeForecast, {
  valid: [
    { name: 'fair terms', text: FAIR },
    { name: 'a framework with no quantity guaranteed and no unit payment', text: terms('The Council does not guarantee any volume of work under the Framework.\n') },
    { name: 'a target, not a payment', text: itt('Each referral must be contacted within 2 working days.\n') },
  ],
  invalid: [
    { name: 'a tariff per referral, no volumes', text: itt('The provider will be paid a fixed tariff per referral accepted.\n'), errors: [{ messageId: 'none', line: 9 }] },
    {
      name: 'volumes not guaranteed, nothing else',
      text: itt('The provider will be paid a fixed price for each participant who completes the course. Volumes are not guaranteed.\n'),
      errors: [{ messageId: 'notGuaranteed', line: 9, related: 1 }],
    },
  ],
});

testRule(oneWayBreak, {
  valid: [
    { name: 'fair terms (a mutual break)', text: FAIR },
    { name: 'termination for default only', text: terms('The Council may terminate the Contract with immediate effect if the Provider commits a material breach.\n') },
    {
      name: 'each party with the same notice',
      text: terms('The Council may terminate the Contract for convenience on 3 months’ notice. The Provider may terminate the Contract for convenience on 3 months’ notice.\n'),
    },
    { name: 'a United States contract', text: US },
  ],
  invalid: [
    {
      name: 'a buyer-only break',
      text: terms('The Council may terminate this Contract at any time without reason by giving the Provider three months’ written notice.\n\nThe Provider may terminate the Contract if the Council fails to pay an undisputed invoice.\n'),
      errors: [{ messageId: 'oneWay', line: 9, severity: 'info', message: 'policy ask, not law' }],
    },
    {
      name: 'longer notice for the supplier',
      text: terms('The Council may terminate the Contract for convenience on 1 month’s notice.\n\nThe Provider may terminate the Contract for convenience on 6 months’ notice.\n'),
      errors: [{ messageId: 'unequal', line: 11, related: 1 }],
    },
  ],
});

testRule(shortTerm, {
  valid: [
    { name: 'fair terms', text: FAIR },
    { name: 'a maximum, not the term', text: itt('Contracts cannot last for more than 18 months.\n') },
    { name: 'a short term with an extension', text: itt('The contract term is 12 months, and the contract may be extended by agreement.\n') },
    { name: 'a shorter minimum', text: itt('The contract term is 12 months.\n'), options: { minMonths: 12 } },
  ],
  invalid: [{ name: 'a 12-month contract', text: itt('The contract term is 12 months from 1 April 2027.\n'), errors: [{ messageId: 'short', line: 9, severity: 'info' }] }],
});

testRule(securityCosts, {
  valid: [
    { name: 'fair terms (the cost stated)', text: FAIR },
    { name: 'a stated requirement', text: terms('The Provider shall hold Cyber Essentials certification before the service starts.\n') },
    { name: 'deferred to call-off', text: terms('Staff must hold security clearance where required by the Buyer at call-off.\n') },
  ],
  invalid: [
    {
      name: 'requirements to be set later',
      text: terms('The Provider shall comply with such security requirements as may be specified by the Council from time to time.\n'),
      errors: [{ messageId: 'undefined', line: 9, severity: 'info' }],
    },
  ],
});
