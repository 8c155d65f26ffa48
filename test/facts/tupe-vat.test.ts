/** Table-driven tests for the TUPE, pensions and VAT facts: existing service, TUPE statements, workforce information, pensions, VAT statements, key amounts, exempt bidders, grant wording, jurisdiction. */
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../core/model/markdown';
import { extractFacts } from '../../core/facts/extract';
import { basisIn } from '../../core/facts/tupe-vat/vat';

const facts = (text: string) => extractFacts(parseMarkdown(text));
const t = (text: string) => facts(text).tupeVat;

describe('existing service', () => {
  it.each([
    ['The incumbent provider will remain responsible for the service until 31 March 2027.', 'incumbent', 'The incumbent provider'],
    ['During mobilisation the new provider must work with the outgoing supplier to agree a handover plan.', 'incumbent', 'the outgoing supplier'],
    ['The advice line is currently delivered by two local charities under grant arrangements.', 'currently-delivered', 'is currently delivered'],
    ['The current contract expires on 30 June 2027 and will not be extended.', 'currently-delivered', 'The current contract'],
    ['The Council is re-tendering its home care service for older people.', 're-tender', 're-tendering'],
    ['The reablement service is run in-house by the Council’s adult social care team.', 'in-house', 'run in-house'],
    ['Existing staff who deliver the service are employed on Council terms.', 'existing-staff', 'Existing staff who'],
  ])('%s', (text, kind, phrase) => {
    const found = t(text).existingService;
    expect(found.map((s) => [s.kind, s.text])).toEqual([[kind, phrase]]);
  });

  it.each([
    'It is incumbent upon the provider to keep its own records up to date.',
    'This is a new service: there is no incumbent provider.',
    'The service is not currently delivered in the borough.',
    'Proposed services that overlap existing services will be reviewed by the board.',
    'Bidders should describe their in-house quality team.',
    'Describe how your services are currently delivered to older people.',
    'The new service must link to the case management system; the current supplier of that system is a national firm.',
    'The incumbent system will be decommissioned in 2028.',
    'The Council is re-tendering its supply of mobility equipment.',
    'This framework is a re-tender of the previous agreement, which expires in May 2027.',
    'The performance data is currently provided in spreadsheets.',
  ])('none in: %s', (text) => {
    expect(t(text).existingService).toEqual([]);
  });

  it('reads a numbered clause and a table cell', () => {
    const text = '1. Services\n\n   1.1 The Incumbent Supplier shall hand over all asset data during mobilisation.\n\n| Item | Detail |\n| --- | --- |\n| Current arrangements | The service is currently provided by an external contractor |\n';
    expect(t(text).existingService.map((s) => s.kind)).toEqual(['incumbent', 'currently-delivered']);
  });
});

describe('TUPE statements', () => {
  it.each([
    ['The Council considers that TUPE is likely to apply to this contract.', 'applies'],
    ['The Transfer of Undertakings (Protection of Employment) Regulations 2006 will apply to the staff in Annex C.', 'applies'],
    ['TUPE may apply to this contract.', 'may-apply'],
    ['Bidders must satisfy themselves as to whether TUPE applies.', 'bidders-to-satisfy'],
    ['You should take your own legal advice on the application of TUPE.', 'bidders-to-satisfy'],
    ['The Council does not consider that TUPE will apply to this new service.', 'does-not-apply'],
    ['We do not believe that TUPE will apply at framework level.', 'does-not-apply'],
    ['TUPE is not expected to apply.', 'does-not-apply'],
    ['No staff are expected to transfer to the new provider.', 'does-not-apply'],
    ['Schedule 7 (Staff Transfer) sets out the parties’ obligations.', 'mentioned'],
    ['The Supplier shall comply with the Employment Regulations in respect of the Transferring Former Supplier Employees.', 'mentioned'],
  ])('%s → %s', (text, stance) => {
    const found = t(text).tupe;
    expect(found).toHaveLength(1);
    expect(found[0]!.stance).toBe(stance);
  });

  it.each([
    ['| No. | Question | Answer |\n| --- | --- | --- |\n| 4.1 | Is TUPE likely to apply? | Yes |\n', 'applies'],
    ['| No. | Question | Answer |\n| --- | --- | --- |\n| 4.1 | Is TUPE likely to apply? | No |\n', 'does-not-apply'],
    ['| No. | Question | Answer |\n| --- | --- | --- |\n| 4.1 | Is TUPE likely to apply? |  |\n', 'mentioned'],
    ['| Item | Detail |\n| --- | --- |\n| TUPE | Not applicable |\n', 'does-not-apply'],
    ['TUPE applies: Yes', 'applies'],
    ['TUPE\tNot applicable', 'does-not-apply'],
    ['Will TUPE apply to this contract?', 'mentioned'],
    ['Is TUPE likely to apply? ☐ Yes ☒ No', 'does-not-apply'],
    ['| Question | Yes | No |\n| --- | --- | --- |\n| Does TUPE apply? | [X] Yes | [ ] No |\n', 'applies'],
    ['TUPE is unlikely to apply because the service model is new.', 'does-not-apply'],
  ])('reads a form answer: %s → %s', (text, stance) => {
    expect(t(text).tupe.map((s) => s.stance)).toEqual([stance]);
  });

  it('reads a clause under a TUPE heading that does not repeat the name', () => {
    const text = '## 7. TUPE\n\n7.1 The Council considers that the Regulations may apply to this contract.\n\n7.2 Bidders must satisfy themselves as to the application of the Regulations.\n\n## 8. Pricing\n\n8.1 The provider may apply for a variation.\n';
    expect(t(text).tupe.map((s) => [s.stance, s.range.start.line])).toEqual([
      ['mentioned', 1],
      ['may-apply', 3],
      ['bidders-to-satisfy', 5],
    ]);
  });

  it('does not read general employment regulations as TUPE', () => {
    expect(t('The provider must comply with all employment regulations and health and safety law.').tupe).toEqual([]);
  });

  it('marks transfers at call-off and pointers to another document', () => {
    const [callOff] = t('TUPE may apply to some call-off contracts awarded under the framework.').tupe;
    expect(callOff!.atCallOff).toBe(true);
    const [pointer] = t('Read the information on TUPE in Attachment 1 before you price.').tupe;
    expect(pointer!.elsewhere).toBe(true);
  });
});

describe('workforce information', () => {
  it.each([
    ['Anonymised workforce information (job titles, hours, pay and pension scheme) is provided in Annex D.', ['roles', 'pay', 'terms', 'pensions'], 'all-bidders', 'with-tender'],
    ['Staffing information for the 14 posts is available on request from the procurement team.', ['roles'], 'all-bidders', 'on-request'],
    ['Employee liability information will be provided to the successful bidder after contract award.', [], 'successful-bidder', 'after-award'],
    ['Details of the staff who may transfer, including their salaries and terms and conditions, will be issued to the preferred bidder.', ['pay', 'terms'], 'successful-bidder', 'after-award'],
    ['Annex D sets out the staffing information for each post.', ['roles'], 'all-bidders', 'with-tender'],
    ['TUPE information will be made available to bidders who sign a confidentiality undertaking.', [], 'all-bidders', 'with-tender'],
    ['Employee information can be requested through the portal before the clarification deadline.', [], 'all-bidders', 'on-request'],
  ])('%s', (text, items, recipient, timing) => {
    const [w] = t(text).workforce;
    expect(w).toBeDefined();
    expect([w!.items, w!.recipient, w!.timing, w!.origin]).toEqual([items, recipient, timing, 'statement']);
  });

  it.each([
    'Staffing information will not be available until after the procurement.',
    'The provider must keep staff information secure.',
  ])('none in: %s', (text) => {
    expect(t(text).workforce).toEqual([]);
  });

  it('reads a staffing table in the document', () => {
    const text = '## Annex D: workforce\n\n| Job title | Hours | Salary | Pension scheme |\n| --- | --- | --- | --- |\n| Support worker | 37 | £24,500 | LGPS |\n| Team leader | 37 | £29,000 | LGPS |\n';
    const [w] = t(text).workforce;
    expect(w!.origin).toBe('table');
    expect(w!.items).toEqual(['headcount', 'roles', 'pay', 'terms', 'pensions']);
  });

  it('ignores an empty staffing template', () => {
    expect(t('| Job title | Salary |\n| --- | --- |\n|  |  |\n').workforce).toEqual([]);
  });
});

describe('pensions', () => {
  it.each([
    ['Most of the staff are members of the Local Government Pension Scheme.', ['lgps']],
    ['Two staff are in the NHS Pension Scheme and one in the LGPS.', ['lgps', 'nhs']],
    ['Staff are members of the Principal Civil Service Pension Scheme.', ['civil-service']],
    ["Teaching staff belong to the Teachers' Pension Scheme.", ['teachers']],
    ['Cloud service providers (CSPs) publish their own terms.', []],
  ])('%s', (text, schemes) => {
    expect(t(text).schemes.map((s) => s.scheme).sort()).toEqual(schemes);
  });

  it.each([
    ['The provider must become an admitted body in the Fund.', 'admitted-body'],
    ['The provider may instead offer a broadly comparable scheme certified by the Government Actuary.', 'broadly-comparable'],
    ['New Fair Deal applies to the staff who transfer.', 'fair-deal'],
    ['The Best Value Authorities Staff Transfers (Pensions) Direction 2007 applies.', 'best-value-direction'],
    ['Transferring staff will continue to have access to the NHS Pension Scheme.', 'continued-membership'],
    ['The provider must secure admission to the Fund for the transferring staff.', 'admitted-body'],
    ['Any other scheme must be certified by the Government Actuary’s Department.', 'broadly-comparable'],
  ])('%s → %s', (text, kind) => {
    expect(t(text).protection.map((p) => p.kind)).toEqual([kind]);
  });

  it('does not read a denial as protection', () => {
    expect(t('Admitted body status will not be offered.').protection).toEqual([]);
  });
});

describe('VAT', () => {
  it.each([
    ['All prices must exclude VAT.', 'exclusive'],
    ['Prices should be quoted exclusive of VAT.', 'exclusive'],
    ['Your price must not include VAT.', 'exclusive'],
    ['VAT will be added at the prevailing rate.', 'exclusive'],
    ['Prices should be net of Value Added Tax.', 'exclusive'],
    ['All rates are ex-VAT.', 'exclusive'],
    ['VAT, where applicable, will be payable in addition.', 'exclusive'],
    ['The fee is payable in addition to any VAT due.', 'exclusive'],
    ['All figures include VAT.', 'inclusive'],
    ['Prices are inclusive of Value Added Tax.', 'inclusive'],
    ['The budget is VAT inclusive.', 'inclusive'],
    ['Give your registered VAT number.', null],
    ['Include any irrecoverable VAT in your price.', null],
    ['£100,000 excluding VAT (£120,000 including VAT).', null],
  ])('basis of %s → %s', (text, basis) => {
    expect(basisIn(text)).toBe(basis);
  });

  it('reads a passive pricing instruction', () => {
    expect(t('Tender prices should be net of VAT.').vatStatements.map((v) => v.instruction)).toEqual([true]);
  });

  it('reads pricing instructions, with a list lead-in', () => {
    const text = 'Your prices submitted must:\n\n- exclude VAT\n- be in pounds sterling\n';
    const [s] = t(text).vatStatements;
    expect([s!.basis, s!.subject, s!.instruction]).toEqual(['exclusive', 'prices', true]);
  });

  it('marks a statement beside an amount', () => {
    const [general, beside] = t('All prices must exclude VAT. The budget is £100,000 excluding VAT.').vatStatements;
    expect([general!.withAmount, beside!.withAmount]).toEqual([false, true]);
  });

  it('tells contract charges from pricing instructions', () => {
    const [s] = t('All Charges:\n\n- exclude VAT, which is payable on a valid VAT invoice; and\n- include all costs.\n').vatStatements;
    expect([s!.subject, s!.instruction]).toEqual(['charges', false]);
  });

  it('treats a statement about thresholds as about neither prices nor figures', () => {
    const [s] = t('Procurement thresholds are shown including VAT.').vatStatements;
    expect(s!.subject).toBe('other');
  });

  it.each([
    ['The estimated contract value is £450,000 over three years.', 'contract-value', null],
    ['The total budget available is £120,000 per annum excluding VAT.', 'budget', 'exclusive'],
    ['Bids must not exceed a maximum price of £80,000.', 'price-cap', null],
    ['The financial envelope for the service is £300,000 a year.', 'budget', null],
    ['| Lot | Maximum annual price (incl. VAT) |\n| --- | --- |\n| Lot 1 | £60,000 |\n', 'price-cap', 'inclusive'],
  ])('key amount in %s', (text, role, vat) => {
    expect(t(text).keyAmounts.map((k) => [k.role, k.vat])).toEqual([[role, vat]]);
  });

  it.each([
    'Bidders must hold public liability insurance of £10m.',
    'A minimum annual turnover of £500,000 is required.',
    'Central government contracts above £5m per annum must include a carbon reduction plan.',
    'If you select £500,001+ at question 13 you must provide a plan.',
    'Each party’s total liability is no more than £1,000,000.',
    'The spend on the service last year was £2.9m.',
    'Contracts valued at up to £25,000 may be awarded after three written quotes.',
  ])('no key amount in: %s', (text) => {
    expect(t(text).keyAmounts).toEqual([]);
  });

  it.each([
    ['No VAT is payable on this service.', 'No VAT'],
    ['The service is exempt from VAT.', 'exempt from VAT'],
    ['VAT will be payable at the prevailing rate.', 'VAT will be payable at the prevailing rate'],
    ['Charges are subject to VAT at the prevailing rate.', 'VAT at the prevailing rate'],
  ])('VAT wording without a basis: %s', (text, phrase) => {
    expect(t(text).vatOther.map((o) => o.text)).toEqual(phrase ? [phrase] : []);
  });

  it.each([
    'If you cannot recover the VAT you incur, include that irrecoverable VAT in your price.',
    'Organisations that are not registered for VAT should say so in the pricing schedule.',
    'VAT-exempt organisations should show the VAT they pay on their costs separately.',
  ])('exempt bidders addressed: %s', (text) => {
    expect(t(text).vatExempt).toHaveLength(1);
  });
});

describe('grant or contract', () => {
  it.each([
    ['The grant will be paid quarterly in arrears.', 1, 0],
    ['The grant agreement sets out the outputs.', 1, 0],
    ['This contract will be awarded to the highest-scoring bidder.', 0, 1],
    ['The service is funded by a grant from the Department for Education.', 0, 0],
    ["The Council's grant agreement with the Lottery requires quarterly reports.", 0, 0],
    ['The Supplier gives the Buyer the grant of a licence to use the software.', 0, 0],
    ['VCSEs may include samples of grant-funded work.', 0, 0],
  ])('%s', (text, grants, contracts) => {
    const f = t(text).funding;
    expect([f.grant.length, f.contract.length]).toEqual([grants, contracts]);
  });
});

describe('jurisdiction', () => {
  it('counts UK and US wording', () => {
    expect(t('The Council will pay within 30 days. All prices exclude VAT.').jurisdiction).toEqual({ uk: 2, us: 0 });
    expect(t('The Contracting Officer will issue a task order under FAR Part 8. Quotes must not exceed $150,000.').jurisdiction).toEqual({ uk: 0, us: 2 });
  });
});
