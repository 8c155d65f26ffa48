/** The tupe-vat rules: firing and non-firing cases, and a sound tender on which every rule stays silent. */
import { describe, expect, it } from 'vitest';
import { testRule } from '../helpers/rule-tester';
import { lintWith } from '../helpers/lint';
import { resolveFileConfig } from '../../core/config/resolve';
import { rules } from '../../rules/index';
import grantOrContract from '../../rules/tupe-vat/grant-or-contract';
import pensions from '../../rules/tupe-vat/pensions';
import tupeNoData from '../../rules/tupe-vat/tupe-no-data';
import tupeSilent, { tupeStatement } from '../../rules/tupe-vat/tupe-silent';
import vatBasis from '../../rules/tupe-vat/vat-basis';
import vatExemptBidders from '../../rules/tupe-vat/vat-exempt-bidders';
import vatInconsistent from '../../rules/tupe-vat/vat-inconsistent';

const ITT = '# Invitation to Tender: Carers Support Service\n\n';

/** A tender that handles TUPE, pensions and VAT well. */
export const SOUND_TENDER = `# Invitation to Tender: Carers Support Service

## 1. Background

1.1 The carers support service is currently delivered by a local charity under a contract that expires on 31 March 2027. The Council is re-tendering the service for three years from 1 April 2027.

## 2. Staff transfer

2.1 The Council considers that the Transfer of Undertakings (Protection of Employment) Regulations 2006 (TUPE) are likely to apply to this contract.

2.2 Anonymised workforce information for the 11 staff who may transfer (job titles, hours, pay, terms and conditions and pension scheme) is provided in Annex D, and is available to all bidders.

2.3 Four of the staff are members of the Local Government Pension Scheme. The successful provider must seek admitted body status in the Fund so that they keep their membership; the current employer contribution rate is given in Annex D.

## 3. Budget and pricing

3.1 The annual budget for the service is £210,000 excluding VAT.

3.2 All prices must be submitted exclusive of VAT. If your organisation cannot recover the VAT it incurs (for example a charity making exempt supplies), include that irrecoverable VAT in your price and show it separately in the pricing schedule.

3.3 This contract will be awarded to the bidder with the highest overall score.
`;

describe('a sound tender', () => {
  it('draws no tupe-vat finding', () => {
    const findings = lintWith(SOUND_TENDER).findings.filter((f) => f.family === 'tupe-vat');
    expect(findings.map((f) => `${f.range.start.line} ${f.ruleId}: ${f.message}`)).toEqual([]);
  });
});

testRule(tupeSilent, {
  valid: [
    { name: 'TUPE position stated', text: ITT + 'The service is currently delivered by the Council’s in-house team.\n\nTUPE is likely to apply; see the staffing schedule below.\n' },
    { name: 'TUPE does not apply', text: ITT + 'The incumbent provider’s contract ends on 31 March 2027.\n\nThe Council does not consider that TUPE will apply, because the new service differs from the old one.\n' },
    { name: 'a new service', text: ITT + 'The Council wants to commission a new service for young carers from April 2027.\n' },
    { name: 'not a UK document', text: '# Request for Quotation\n\nThe incumbent contractor will support transition. The Contracting Officer will issue the order under FAR Part 8.\n' },
    { name: 'a selection questionnaire is not checked', text: '---\ntenderlint:\n  kind: sq\n---\n\n# Selection Questionnaire\n\nThe service is currently delivered by an external provider for the Council.\n' },
  ],
  invalid: [
    {
      name: 'a re-tender in a paragraph',
      text: ITT + 'The service is currently delivered by a local charity. The Council is re-tendering it for three years.\n',
      errors: [{ messageId: 'silent', line: 3, message: 'the service is delivered now' }],
      output: ITT + 'The service is currently delivered by a local charity. The Council is re-tendering it for three years.\n\n' + tupeStatement() + '\n',
    },
    {
      name: 'an incumbent in a numbered clause',
      text: ITT + '1. Mobilisation\n\n   1.1 The Incumbent Supplier shall remain responsible for the Council’s services until the start date.\n',
      errors: [{ messageId: 'silent', line: 5, message: 'an incumbent provider is named' }],
      output: ITT + '1. Mobilisation\n\n   1.1 The Incumbent Supplier shall remain responsible for the Council’s services until the start date.\n\n' + tupeStatement() + '\n',
    },
    {
      name: 'a list item: the statement goes after the list',
      text: ITT + 'Background:\n\n1. The service is currently delivered by a local charity for the Council.\n2. Demand has grown by a fifth since 2024.\n',
      errors: [{ messageId: 'silent', line: 5 }],
      output: ITT + 'Background:\n\n1. The service is currently delivered by a local charity for the Council.\n2. Demand has grown by a fifth since 2024.\n\n' + tupeStatement() + '\n',
    },
    {
      name: 'an in-house service in a table cell: the statement goes after the table',
      text: ITT + '| Item | Detail |\n| --- | --- |\n| Current delivery | The service is run in-house by the Council |\n\nMore text.\n',
      errors: [{ messageId: 'silent', line: 5 }],
      output: ITT + '| Item | Detail |\n| --- | --- |\n| Current delivery | The service is run in-house by the Council |\n\n' + tupeStatement() + '\n\nMore text.\n',
    },
  ],
});

describe('the TUPE statement the fix inserts', () => {
  it('leaves placeholders the placeholder rule reports', () => {
    const text = ITT + 'The service is currently delivered by a local charity.\n\n' + tupeStatement() + '\n';
    expect(tupeStatement()).toContain('Transfer of Undertakings');
    expect(tupeStatement()).toContain('[insert: Annex D]');
    expect(lintWith(text).findings.filter((f) => f.ruleId === 'drafting/placeholder').length).toBeGreaterThan(0);
  });
});

testRule(tupeNoData, {
  valid: [
    { name: 'workforce annex', text: ITT + 'TUPE may apply to this contract. Anonymised staffing information is provided in Annex D.\n' },
    { name: 'on request before the deadline', text: ITT + 'TUPE is likely to apply. Employee information is available on request through the tender portal.\n' },
    { name: 'a staffing table', text: ITT + 'TUPE is likely to apply to the staff below.\n\n| Role | Hours | Salary |\n| --- | --- | --- |\n| Support worker | 30 | £23,000 |\n' },
    { name: 'TUPE does not apply', text: ITT + 'TUPE is not expected to apply to this contract.\n' },
    { name: 'TUPE only at call-off', text: ITT + 'TUPE may apply at further competitions under the framework; each buyer will give staffing details.\n' },
    { name: 'TUPE information in another document', text: ITT + 'Read the information on TUPE in Attachment 1. You should take your own advice on whether TUPE is likely to apply.\n' },
  ],
  invalid: [
    {
      name: 'bidders to satisfy themselves, no data',
      text: ITT + 'TUPE may apply. Bidders must satisfy themselves as to its application.\n',
      errors: [{ messageId: 'noData', line: 3, message: 'TUPE may apply' }],
    },
    {
      name: 'data for the successful bidder only',
      text: ITT + 'The Council considers that TUPE is likely to apply.\n\nEmployee liability information will be provided to the successful bidder following contract award.\n',
      errors: [{ messageId: 'successfulOnly', line: 5, related: 1 }],
    },
    {
      name: 'numbered clauses under a TUPE heading',
      text: ITT + '## 7. TUPE\n\n7.1 The Council considers that the Regulations may apply to this contract.\n\n7.2 Bidders must satisfy themselves as to their application.\n',
      errors: [{ messageId: 'noData', line: 5, message: 'TUPE may apply' }],
    },
    {
      name: 'a TUPE row in a questionnaire table',
      text: ITT + '| Topic | Position |\n| --- | --- |\n| TUPE | TUPE is likely to apply to this service |\n',
      errors: [{ messageId: 'noData', line: 5 }],
    },
  ],
});

testRule(pensions, {
  valid: [
    { name: 'admitted body status', text: ITT + 'TUPE is likely to apply. Staff are members of the LGPS and the provider must become an admitted body.\n' },
    { name: 'New Fair Deal', text: ITT + 'TUPE will apply. Staff in the NHS Pension Scheme are protected under New Fair Deal.\n' },
    { name: 'no scheme, no public buyer', text: ITT + 'TUPE is likely to apply to the staff of the current provider.\n' },
    { name: 'TUPE does not apply', text: ITT + 'TUPE is not expected to apply. Council staff are in the Local Government Pension Scheme.\n' },
  ],
  invalid: [
    {
      name: 'LGPS named, nothing on protection',
      text: ITT + 'TUPE is likely to apply. The 6 staff who may transfer are in the Local Government Pension Scheme.\n',
      errors: [{ messageId: 'scheme', line: 3, message: 'Local Government Pension Scheme', related: 1 }],
    },
    {
      name: 'an in-house service',
      text: ITT + 'The service is run in-house by the Council.\n\nTUPE will apply to the staff who deliver it.\n',
      errors: [{ messageId: 'publicStaff', line: 5, message: 'in-house' }],
    },
    {
      name: 'a central government buyer',
      text: '---\ntenderlint:\n  buyer: central-government\n---\n\n' + ITT + 'TUPE may apply to this contract.\n',
      errors: [{ messageId: 'publicStaff', message: 'New Fair Deal' }],
    },
  ],
});

testRule(vatBasis, {
  valid: [
    { name: 'basis with the figure', text: ITT + 'The estimated contract value is £450,000 (excluding VAT) over three years.\n' },
    { name: 'a document-level statement', text: ITT + 'The estimated contract value is £450,000 over three years.\n\nAll values in this document exclude VAT.\n' },
    { name: 'VAT does not apply', text: ITT + 'The estimated contract value is £450,000 over three years. No VAT is payable on this service.\n' },
    { name: 'insurance is not a price', text: ITT + 'Bidders must hold public liability insurance of £5m.\n' },
    { name: 'a value band', text: ITT + 'Contracts above £5m per annum need a carbon reduction plan.\n' },
  ],
  invalid: [
    {
      name: 'contract value with no basis',
      text: ITT + 'The estimated contract value is £450,000 over three years.\n',
      errors: [{ messageId: 'noBasis', line: 3, message: 'contract value £450,000 over three years' }],
    },
    {
      name: 'a total and an annual value: one finding, the other attached',
      text: ITT + 'The estimated total contract value is £270,000, which is £90,000 per annum.\n',
      errors: [{ messageId: 'noBasis', line: 3, related: 1 }],
    },
    {
      name: 'a price cap in a table, reported once',
      text: ITT + '| Lot | Maximum annual price |\n| --- | --- |\n| Lot 1 | £60,000 |\n| Lot 2 | £60,000 |\n',
      errors: [{ messageId: 'noBasis', line: 5, message: 'price cap' }],
    },
  ],
});

describe('vat-basis suggestion', () => {
  it('appends "(excluding VAT)" after the amount, as a suggestion only', () => {
    const text = ITT + 'The annual budget for the service is £75,000.\n';
    const [f] = lintWith(text).findings.filter((x) => x.ruleId === 'tupe-vat/vat-basis');
    expect(f!.fix).toBeUndefined();
    const s = f!.suggestions![0]!;
    expect(text.slice(0, s.fix.range[0]) + s.fix.text + text.slice(s.fix.range[1])).toContain('£75,000 (excluding VAT).');
  });
});

testRule(vatInconsistent, {
  valid: [
    { name: 'both figures, one basis each', text: ITT + 'The annual budget is £150,000 excluding VAT (£180,000 including VAT).\n\nAll prices must be quoted exclusive of VAT.\n' },
    { name: 'consistent instructions', text: ITT + 'All prices must be quoted exclusive of VAT.\n\nEnter your prices in the pricing schedule excluding VAT.\n' },
    { name: 'one budget given both ways in two sentences', text: ITT + 'The annual budget is £100,000 excluding VAT. This is £120,000 including VAT.\n' },
    { name: 'thresholds are not this tender’s figures', text: ITT + 'All values in this document exclude VAT.\n\nProcurement thresholds are stated including VAT.\n' },
  ],
  invalid: [
    {
      name: 'the same budget both ways',
      text: ITT + 'The annual budget is £150,000 excluding VAT.\n\nYour annual price must not exceed £150,000 including VAT.\n',
      errors: [{ messageId: 'sameFigure', line: 5, related: 1, severity: 'error' }],
    },
    {
      name: 'conflicting pricing instructions',
      text: ITT + 'All prices must be quoted exclusive of VAT.\n\n| Instruction | Detail |\n| --- | --- |\n| Pricing | Bidders must enter prices inclusive of VAT |\n',
      errors: [{ messageId: 'conflicting', line: 7, related: 1, message: 'line 3' }],
    },
  ],
});

testRule(vatExemptBidders, {
  valid: [
    { name: 'irrecoverable VAT addressed', text: ITT + 'All prices must exclude VAT. Include any irrecoverable VAT in your price and show it separately.\n' },
    { name: 'contract charges are not a pricing instruction', text: ITT + 'The Charges exclude VAT, which is payable on a valid VAT invoice.\n' },
    { name: 'a contract is not checked', text: '---\ntenderlint:\n  kind: contract\n---\n\n# Terms and Conditions\n\nYour prices must be submitted exclusive of VAT.\n' },
  ],
  invalid: [
    {
      name: 'a list under a lead-in',
      text: ITT + 'Your prices submitted must:\n\n- exclude VAT\n- be in pounds sterling\n',
      errors: [{ messageId: 'noExemptInstruction', line: 5, message: 'excluding VAT', severity: 'info' }],
    },
  ],
});

testRule(grantOrContract, {
  valid: [
    { name: 'a contract funded by a grant to the buyer', text: ITT + 'The service is funded by a grant from the Department for Education.\n\nThis contract will be awarded to the bidder with the highest score.\n' },
    { name: 'a licence grant', text: ITT + 'The grant of a licence to use the software is set out in clause 9.\n\nThis contract will be awarded to the bidder with the highest score.\n' },
    { name: 'grant only', text: '# Grant Prospectus\n\nThe Council will pay the grant in two instalments.\n' },
  ],
  invalid: [
    {
      name: 'grant agreement and contract award',
      text: ITT + 'The grant agreement sets out the outputs the Council will fund.\n\nContract award is planned for June 2027.\n',
      errors: [{ messageId: 'both', line: 3, related: 1, severity: 'info' }],
    },
  ],
});

describe('presets', () => {
  it('recommended keeps the defaults; vcs-friendly raises the charity VAT rules; strict raises every rule', () => {
    const recommended = resolveFileConfig(rules, null, 'a.md').rules;
    expect(recommended['tupe-vat/vat-exempt-bidders']!.severity).toBe('info');
    expect(recommended['tupe-vat/tupe-silent']!.severity).toBe('warning');
    const vcs = resolveFileConfig(rules, { extends: 'vcs-friendly' }, 'a.md').rules;
    expect(vcs['tupe-vat/vat-exempt-bidders']!.severity).toBe('warning');
    expect(vcs['tupe-vat/grant-or-contract']!.severity).toBe('warning');
    const strict = resolveFileConfig(rules, { extends: 'strict' }, 'a.md').rules;
    expect(strict['tupe-vat/tupe-silent']!.severity).toBe('error');
    expect(strict['tupe-vat/vat-exempt-bidders']!.severity).toBe('warning');
    expect(strict['tupe-vat/vat-inconsistent']!.severity).toBe('error');
  });
});
