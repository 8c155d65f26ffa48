/** Table-driven tests for the payment facts: payment periods, flow-down, termination rights, payment by results, management fees, volumes, extension and security requirements. */
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../core/model/markdown';
import { extractFacts } from '../../core/facts/extract';

const p = (text: string) => extractFacts(parseMarkdown(text)).payment;

describe('payment periods', () => {
  it.each([
    ['The Council shall pay each valid invoice within 45 days of receipt.', 'buyer', 45, 'invoice'],
    ['Payment will be made within 30 days of receipt of a valid, undisputed invoice.', 'buyer', 30, 'invoice'],
    ['The Provider will be paid within 40 days of the Council receiving a valid invoice.', 'buyer', 40, 'invoice'],
    ['The Trust will settle invoices within 20 working days of receiving them.', 'buyer', 20, 'invoice'],
    ['Invoices will be paid within 30 days of the end of the month in which they are received.', 'buyer', 30, 'month-end'],
    ['The Provider shall pay its subcontractors within 60 days of receipt of a valid invoice.', 'subcontractor', 60, 'invoice'],
    ['The Provider will pay each sum due to a member of its supply chain within 30 days of the invoice date.', 'subcontractor', 30, 'invoice'],
  ])('%s', (text, party, days, trigger) => {
    expect(p(text).periods.map((x) => [x.party, x.duration.days, x.trigger])).toEqual([[party, days, trigger]]);
  });

  it('reads a list item under its lead-in', () => {
    const found = p('The Council must pay each undisputed sum:\n\n1. within 30 days of receiving a valid invoice; or\n2. by the due date on the invoice, if later.\n').periods;
    expect(found.map((x) => [x.party, x.duration.days, x.trigger])).toEqual([['buyer', 30, 'invoice']]);
  });

  it.each([
    'In the last two reporting periods, did you pay 95% of your supply chain invoices within 60 days?',
    'What percentage of invoices from your subcontractors did you pay within 60 days in the past 12 months?',
    'The Provider must submit its final invoice within 60 days of the end of the service.',
    'The Provider may give notice if a sum stays unpaid 30 days after a reminder.',
    'Bidders must keep their tender open for 90 days.',
    'The Provider shall pay the Council any recharge within 45 days of receipt of the Council’s invoice.',
  ])('none in: %s', (text) => {
    expect(p(text).periods.filter((x) => x.trigger !== 'other')).toEqual([]);
  });

  it('reads a term that sub-contracts must carry the payment terms', () => {
    expect(p('The Provider shall include a term to the same effect in each sub-contract, requiring payment within 30 days.').flowDown).toHaveLength(1);
    expect(p('The Provider shall ensure that a term equivalent to clause 7.4 is included in every sub-contract.').flowDown).toHaveLength(1);
    expect(p('The Provider may use subcontractors with the Council’s consent.').flowDown).toEqual([]);
  });
});

describe('termination rights', () => {
  it.each([
    ['The Council may terminate this Contract at any time without reason by giving three months’ written notice.', 'buyer', true, 3],
    ['The Authority may terminate the Agreement for convenience on 6 months’ notice.', 'buyer', true, 6],
    ['Either party may terminate this Contract at any time without reason by giving the other three months’ written notice.', 'either', true, 3],
    ['The Provider may terminate the Contract for convenience by giving not less than 6 months’ notice.', 'supplier', true, 6],
    ['The Council may terminate the Contract with immediate effect if the Provider commits a material breach.', 'buyer', false, null],
    ['The Authority may terminate this Agreement by giving not less than 3 months’ written notice to the Contractor.', 'buyer', true, 3],
    ['The Contract may be terminated by either party giving three months’ written notice.', 'either', true, 3],
    ['The Agreement may be terminated by the Council at any time on one month’s notice.', 'buyer', true, 1],
    ['Either party may end the arrangement early: either party may terminate on six months’ written notice.', 'either', true, 6],
    ['The Council may terminate the Contract on 30 days’ notice if the Provider fails to remedy a breach.', 'buyer', false, null],
  ])('%s', (text, party, convenience, months) => {
    expect(p(text).terminations.map((t) => [t.party, t.convenience, t.notice?.months ?? null])).toEqual([[party, convenience, months]]);
  });

  it.each([
    'We will not pay your tender costs for any reason, even if we terminate or amend the competition.',
    'On termination of the Contract for any reason, the Provider shall return the Council’s data.',
    'The Council cannot terminate the Contract for a minor late payment of tax.',
    'At the Council’s request, the Provider must terminate any sub-contract for any reason listed in clause 9.',
  ])('none in: %s', (text) => {
    expect(p(text).terminations.filter((t) => t.convenience)).toEqual([]);
  });
});

describe('payment models', () => {
  it.each([
    ['Payment will be made only on achievement of the agreed outcomes, in arrears.', true, null, true],
    ['The service is commissioned on a payment by results basis, with 90% of the price at risk.', false, 90, false],
    ['All payments are 100% payment by results.', true, 100, false],
    ['85% of the contract value is dependent on the achievement of sustained job outcomes.', false, 85, false],
  ])('results: %s', (text, wholly, atRisk, arrears) => {
    expect(p(text).results.map((r) => [r.wholly, r.atRisk?.value ?? null, r.arrears])).toEqual([[wholly, atRisk, arrears]]);
  });

  it('reads an up-front element beside results payments', () => {
    const f = p('A monthly service fee covers 60% of the price; the remaining 40% is paid as outcome payments.');
    expect(f.upFront.map((u) => u.text)).toEqual(['service fee']);
    expect(f.results.map((r) => r.atRisk?.value ?? null)).toEqual([40]);
  });

  it.each([
    ['The lead provider may retain a management fee of 25% of the payments to its subcontractors.', 25, true],
    ['The prime contractor’s management fee must not exceed 12% of the subcontract value.', 12, true],
    ['The lead provider will top-slice a management fee from each subcontractor’s payments.', null, true],
    ['Management costs should be shown in the pricing schedule.', null, false],
  ])('fees: %s', (text, percent, prime) => {
    expect(p(text).fees.map((f) => [f.percent?.value ?? null, f.prime])).toEqual([[percent, prime]]);
  });

  it.each([
    'The Supplier must pay the Management Charge to CCS, 1% of the Charges.',
    'Suppliers pay a management levy of 0.5% to the framework operator.',
  ])('no prime fee in a framework levy: %s', (text) => {
    expect(p(text).fees).toEqual([]);
  });

  it('reads payment per referral, forecasts and no-guarantee wording', () => {
    const f = p('The provider will be paid a fixed tariff per referral accepted. We expect between 300 and 400 referrals a year. Volumes are not guaranteed.');
    expect(f.unitPayments.map((u) => u.text)).toEqual(['per referral']);
    expect(f.forecasts).toHaveLength(1);
    expect(f.noGuarantee).toHaveLength(1);
    expect(p('Each referral must be contacted within 2 working days.').unitPayments).toEqual([]);
    expect(p('The Council does not guarantee any minimum volume of referrals.').forecasts).toEqual([]);
    expect(p('The cost of training must be shown for each start date.').unitPayments).toEqual([]);
  });

  it('reads extension wording and full cost recovery', () => {
    expect(p('The contract may be extended by agreement.').extension).toHaveLength(1);
    expect(p('Prices should allow for full cost recovery, including overheads.').fullCostRecovery).toHaveLength(1);
  });

  it.each([
    ['The Provider shall comply with such security requirements as may be specified by the Council from time to time.', true, false],
    ['The Provider shall hold Cyber Essentials certification before the service starts.', false, false],
    ['Staff must hold security clearance where required by the Buyer at call-off.', false, true],
  ])('security: %s', (text, undefinedReq, atCallOff) => {
    expect(p(text).security.map((s) => [s.undefined, s.atCallOff])).toEqual([[undefinedReq, atCallOff]]);
  });

  it('reads who bears the cost of security requirements', () => {
    expect(p('The Council will pay the cost of security clearance for the Provider’s staff.').securityCost).toHaveLength(1);
  });
});
