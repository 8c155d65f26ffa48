/** Table-driven tests for the proportionality facts: turnover, insurance, accounts, experience, selection, reporting, KPIs, penalties, liability, lots. */
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../core/model/markdown';
import { extractFacts } from '../../core/facts/extract';

const p = (text: string) => extractFacts(parseMarkdown(text)).proportionality;

describe('turnover', () => {
  it.each([
    ['Bidders must have a minimum annual turnover of £2m.', 2_000_000, null, false],
    ['Each consortium member must have a turnover of at least £500,000 a year.', 500_000, 'each-member', false],
    ['The lead member must have a minimum turnover of £1,000,000.', 1_000_000, 'lead', false],
    ['The combined turnover of the consortium must be at least £750k.', 750_000, 'combined', false],
    ['A minimum turnover of £1.5m is required because the provider must fund six months of salaries before the first payment.', 1_500_000, null, true],
  ])('%s', (text, amount, basis, reasons) => {
    const t = p(text).turnover;
    expect(t).toHaveLength(1);
    expect(t[0]!.amount.amount).toBe(amount);
    expect(t[0]!.basis).toBe(basis);
    expect(t[0]!.reasonsStated).toBe(reasons);
  });

  it.each([
    'If your organisation has an annual turnover of at least £36 million, you must publish a modern slavery statement.',
    'Companies with a turnover of no more than £10.2 million are small.',
    'Please state your turnover for each of the last two years.',
    'Our turnover last year was £1.2m.',
  ])('none in: %s', (text) => {
    expect(p(text).turnover).toEqual([]);
  });

  it('reads a table row', () => {
    const t = p('| Requirement | Level |\n| --- | --- |\n| Minimum annual turnover | £3,000,000 |\n').turnover;
    expect(t.map((x) => x.amount.amount)).toEqual([3_000_000]);
  });
});

describe('insurance', () => {
  it.each([
    ['Bidders must hold public liability insurance of at least £10m at the time of submission.', [['public-liability', 10_000_000, 'submission']]],
    ['Hold £10m public liability and £5m PI at submission; attach certificates.', [['public-liability', 10_000_000, 'submission'], ['professional-indemnity', 5_000_000, 'submission']]],
    ['The provider must hold employer\'s liability insurance of £5m and public liability insurance of £10m before the contract is awarded.', [['employers-liability', 5_000_000, 'award'], ['public-liability', 10_000_000, 'award']]],
    ['Confirm that you will hold professional indemnity insurance of £1,000,000 from the contract start date.', [['professional-indemnity', 1_000_000, 'contract-start']]],
    ['Please confirm whether you already have, or can commit to obtain, prior to the commencement of the contract, public liability insurance of £5m.', [['public-liability', 5_000_000, 'contract-start']]],
    ['Bidders must provide copies of their insurance certificates with their tender, including employer\'s liability cover.', [['employers-liability', null, 'submission']]],
    // Questionnaire forms: confirming cover already held, or asking whether it is held, is cover at submission.
    ['Your application will fail if you do not confirm that you have product liability insurance of £2,000,000 minimum.', [['product-liability', 2_000_000, 'submission']]],
    ['Do you hold professional indemnity insurance of at least £2m? Yes / No', [['professional-indemnity', 2_000_000, 'submission']]],
    ['Confirm that your organisation holds public liability insurance of £3m.', [['public-liability', 3_000_000, 'submission']]],
    // Cover held or to be obtained is a commitment, not cover at submission.
    ['Confirm that you have, or will have, public liability insurance of £3m.', [['public-liability', 3_000_000, 'contract-start']]],
    ['Do you have, or will you obtain, professional indemnity insurance of £1m?', [['professional-indemnity', 1_000_000, 'contract-start']]],
    ['Confirm that you hold, or are able to obtain, public liability insurance of £2m.', [['public-liability', 2_000_000, 'contract-start']]],
    // Confirming that the requirements were read says nothing about when cover is held.
    ['Confirm that you have read the public liability insurance of £2m set out in Schedule 4.', [['public-liability', 2_000_000, null]]],
  ])('%s', (text, expected) => {
    expect(p(text).insurance.map((i) => [i.type, i.amount?.amount ?? null, i.timing])).toEqual(expected);
  });

  it('takes timing from a lead-in sentence before a list', () => {
    const text = 'Please confirm that you will have the following insurance in place from the contract start date:\n\n- Public liability insurance = £5,000,000\n- Professional indemnity insurance = £2,000,000\n';
    expect(p(text).insurance.map((i) => [i.type, i.amount?.amount ?? null, i.timing])).toEqual([
      ['public-liability', 5_000_000, 'contract-start'],
      ['professional-indemnity', 2_000_000, 'contract-start'],
    ]);
  });

  it('reads each line of a numbered list of rejection conditions', () => {
    const text = 'We will reject your request to participate if you:\n\n1. do not confirm that you have public liability insurance of £2,000,000 minimum;\n2. do not confirm that you have employer\'s liability insurance of £5,000,000 minimum.\n';
    expect(p(text).insurance.map((i) => [i.type, i.amount?.amount ?? null, i.timing, i.timingText])).toEqual([
      ['public-liability', 2_000_000, 'submission', 'confirm that you have'],
      ['employers-liability', 5_000_000, 'submission', 'confirm that you have'],
    ]);
  });

  it('takes timing from a question in the column header of a form', () => {
    const text = '| Insurance | Level | Confirm that you hold this cover now |\n| --- | --- | --- |\n| Professional indemnity | £2m | Yes / No |\n';
    expect(p(text).insurance.map((i) => [i.type, i.amount?.amount ?? null, i.timing])).toEqual([['professional-indemnity', 2_000_000, 'submission']]);
  });

  it('reads a table row', () => {
    const text = 'Bidders must hold the following insurance at the time of submission.\n\n| Insurance | Minimum cover |\n| --- | --- |\n| Public liability | £10,000,000 |\n';
    expect(p(text).insurance.map((i) => [i.type, i.amount?.amount ?? null])).toEqual([['public-liability', 10_000_000]]);
  });

  it('ignores PI outside talk of insurance', () => {
    expect(p('The PI for the study must be named.').insurance).toEqual([]);
  });
});

describe('accounts', () => {
  it.each([
    ['Bidders must provide three years\' audited accounts.', 'accounts', true, 3, false],
    ['Please provide a copy of your detailed accounts for the last two years (audited if required by law).', 'accounts', false, 2, false],
    ['Bidders shall provide two years\' accounts or, if they have traded for less than two years, management accounts.', 'accounts', false, 2, true],
    ['Provide your audited accounts or, if you are newly formed, a business plan and bank letter.', 'accounts', true, null, true],
    ['Organisations trading for less than three years will not be considered.', 'trading-history', false, 3, false],
  ])('%s', (text, kind, audited, years, alternative) => {
    const a = p(text).accounts;
    expect(a).toHaveLength(1);
    expect([a[0]!.kind, a[0]!.audited, a[0]!.years, a[0]!.alternative]).toEqual([kind, audited, years, alternative]);
  });

  it('finds an alternative offered in the list that follows', () => {
    const text = 'Please provide your audited accounts for the last two years.\n\n- If you cannot provide audited accounts, please provide any of the following alternatives:\n- a statement of your turnover and a bank letter.\n';
    expect(p(text).accounts.map((a) => a.alternative)).toEqual([true, true]);
  });

  it.each(['We will send our annual accounts with the first invoice.', 'The bank accounts of the Council are audited each year.'])('none in: %s', (text) => {
    expect(p(text).accounts).toEqual([]);
  });
});

describe('experience', () => {
  it.each([
    ['Bidders must have at least five years\' experience of delivering advocacy services.', 5, 'organisation', false],
    ['The provider must have a track record of at least 3 years in supported housing.', 3, 'organisation', false],
    ['The service manager must have a minimum of 5 years\' relevant experience.', 5, 'staff', false],
    ['Bidders must have 3 years\' experience or equivalent evidence of capability.', 3, 'organisation', true],
    ['Organisations must have been trading for at least 2 years.', 2, 'organisation', false],
  ])('%s', (text, years, subject, alternative) => {
    const e = p(text).experience;
    expect(e.map((x) => [x.years, x.subject, x.alternative])).toEqual([[years, subject, alternative]]);
  });

  it.each([
    'Describe up to three contracts delivered in the last five years that are relevant to this service.',
    'We have ten years\' experience of running advice services.',
    'The contract will run for three years.',
  ])('none in: %s', (text) => {
    expect(p(text).experience).toEqual([]);
  });
});

describe('selection stages', () => {
  it.each([
    ['Only bidders who pass the selection questionnaire will be invited to tender.', ['pre-qualification']],
    ['The five highest-scoring SQ responses will be shortlisted and invited to submit tenders.', ['shortlisting']],
    ['A pre-qualification questionnaire stage will be used.', ['pre-qualification']],
    ['The evaluation panel may shortlist bidders for a presentation after scoring the written tenders.', []],
  ])('%s', (text, kinds) => {
    expect(p(text).selection.map((s) => s.kind)).toEqual(kinds);
  });
});

describe('reporting and KPIs', () => {
  it.each([
    ['The provider must submit weekly monitoring reports.', ['weekly']],
    ['The provider will report performance quarterly.', ['quarterly']],
    ['Monitoring data must be provided monthly, and a summary report annually.', ['monthly']],
    ['Invoices must be submitted monthly.', []],
  ])('%s', (text, freq) => {
    expect(p(text).reporting.map((r) => r.frequency)).toEqual(freq);
  });

  it.each([
    ['Performance will be measured against 25 KPIs.', [25]],
    ['The contract has twelve key performance indicators.', [12]],
    ['We will agree no more than 5 KPIs.', []],
  ])('%s', (text, counts) => {
    expect(p(text).kpis.map((k) => k.count)).toEqual(counts);
  });

  it('counts the rows of a KPI table', () => {
    const text = '## Performance\n\n| KPI | Target |\n| --- | --- |\n| Calls answered | 90% |\n| Cases closed | 80% |\n| Satisfaction | 85% |\n';
    expect(p(text).kpis.map((k) => [k.count, k.origin])).toEqual([[3, 'table']]);
  });
});

describe('penalties', () => {
  it.each([
    ['A fine of £500 will be levied for each missed visit.', 'fine', 500, null, false],
    ['The Council may impose financial penalties for any irregularity in the monitoring returns.', 'fine', null, null, true],
    ['Service credits of 2% of the monthly charges will apply for each KPI failure.', 'service-credit', null, 'monthly', false],
    ['Liquidated damages of £1,000 per day shall be payable for late completion.', 'liquidated-damages', 1000, null, false],
    ['The Council may deduct such sums as the Council considers appropriate.', 'deduction', null, null, true],
  ])('%s', (text, kind, amount, of, unspecified) => {
    const x = p(text).penalties;
    expect(x.map((y) => [y.kind, y.amount?.amount ?? null, y.percentageOf, y.unspecified])).toEqual([[kind, amount, of, unspecified]]);
  });

  it.each(['Late payment interest will be charged under the Late Payment of Commercial Debts (Interest) Act 1998.', 'Tax will be deducted at source from salaries.'])('none in: %s', (text) => {
    expect(p(text).penalties).toEqual([]);
  });
});

describe('liability', () => {
  it.each([
    ['The Provider\'s liability under this contract shall be unlimited.', 'unlimited', 'supplier', null],
    ['The Supplier shall indemnify the Council in full and without limit against all losses.', 'unlimited', 'supplier', null],
    ['The Supplier\'s total liability under this contract shall not exceed £1,000,000.', 'cap', 'supplier', 1_000_000],
    ['Each party\'s total aggregate liability in each contract year is no more than £750,000.', 'cap', null, 750_000],
    ['The Provider\'s aggregate liability under this contract shall in no event exceed £400,000.', 'cap', 'supplier', 400_000],
    // Indemnities taken outside the cap.
    ['Despite clause 12.1, the Provider does not limit or exclude its liability for any indemnity given under clauses 8.2 and 9.4.', 'unlimited', 'supplier', null],
    ['Despite clause 12.2, the Council does not limit its liability for any indemnity given under clause 7.', 'unlimited', 'authority', null],
    ['The limits on liability in clause 12 shall not apply to the indemnities in clauses 8 and 9.', 'unlimited', null, null],
    // Broad indemnities by the supplier, and references to a limitation clause.
    ['The Provider shall indemnify the Council against all losses, claims and expenses arising from any breach of this agreement.', 'indemnity', 'supplier', null],
    ['The Contractor shall indemnify and keep indemnified the Council from and against all and any costs whatsoever arising from the transfer.', 'indemnity', 'supplier', null],
    ['Clause 12 (Limitation of Liability) applies to every indemnity in this schedule.', 'limitation', null, null],
  ])('%s', (text, kind, party, amount) => {
    expect(p(text).liability.map((l) => [l.kind, l.party, l.amount?.amount ?? null])).toEqual([[kind, party, amount]]);
  });

  it.each([
    'Nothing in this contract limits either party\'s liability for death or personal injury caused by negligence, or for fraud.',
    'The Government shall have unlimited rights in any data first created in the performance of this contract.',
    'Neither party shall be liable to the other for any indirect or consequential loss.',
    'The Council shall indemnify the Provider against all claims brought by staff who transfer under TUPE.',
    'The outgoing provider shall indemnify the Council against all losses arising before the transfer date.',
    'The Provider shall indemnify the Council against all claims for death or personal injury caused by its negligence.',
    'The public liability policy shall include an indemnity to principals clause.',
  ])('none in: %s', (text) => {
    expect(p(text).liability).toEqual([]);
  });
});

describe('lots', () => {
  it.each([
    ['The contract is divided into three lots.', true, false, false],
    ['Lot 1 covers the north of the county.', true, false, false],
    ['The contract is not divided into lots because the service must be delivered as one pathway.', false, true, true],
    ['The contract will not be divided into lots. A single provider will ensure continuity for service users.', false, true, true],
    ['The contract will not be divided into lots.', false, true, false],
  ])('%s', (text, divided, notDivided, reason) => {
    const l = p(text).lots;
    expect([l.divided !== null, l.notDivided !== null, l.reason !== null]).toEqual([divided, notDivided, reason]);
  });
});

describe('ranges', () => {
  it('points at the amount of a turnover demand', () => {
    const t = p('# SQ\n\nBidders must have a minimum annual turnover of £2m.\n').turnover[0]!;
    expect([t.range.start.line, t.range.start.column, t.range.end.column]).toEqual([3, 48, 51]);
  });
});
