/**
 * TUPE, pensions and VAT in Word documents: a buyer's form (a question and answer table), tab-separated label
 * lines, numbered pricing instructions under a lead-in, and a sound Word tender with a staffing table on which
 * the family stays silent.
 */
import { describe, expect, it } from 'vitest';
import { Tab } from 'docx';
import { resolveFileConfig } from '../../core/config/resolve';
import { lintDocument } from '../../core/engine/linter';
import { readDocx } from '../../host/docx/read';
import { rules } from '../../rules/index';
import { HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun, markdownToDocx, wordDocument } from './helpers';

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ text, heading: level });
const table = (rows: string[][]) =>
  new Table({ rows: rows.map((cells) => new TableRow({ children: cells.map((text) => new TableCell({ children: [new Paragraph(text)] })) })) });
/** A label, a tab and a value, as Word forms lay out their fields. */
const field = (label: string, value: string) => new Paragraph({ children: [new TextRun({ children: [label, new Tab(), value] })] });

async function family(buffer: Buffer, kind?: 'itt' | 'spec') {
  const doc = await readDocx(buffer, 'tender.docx');
  const config = resolveFileConfig(rules, null, 'tender.docx', kind ? { settings: { kind } } : {});
  const { findings } = lintDocument(doc, config, rules);
  expect(findings.filter((f) => f.fatal)).toEqual([]);
  return findings.filter((f) => f.family === 'tupe-vat').map((f) => ({ rule: f.ruleId, docx: f.docx, message: f.message }));
}

describe('tupe-vat in Word', () => {
  it('reads a question and answer form: an existing service and a contract value with no VAT basis', async () => {
    const found = await family(
      await wordDocument([
        heading('Specification: Home Support Service', HeadingLevel.HEADING_1),
        new Paragraph('Please read the answers below before completing your response to the Council.'),
        table([
          ['Question', 'Answer'],
          ['Who delivers the service now?', 'The service is currently provided by an external provider under a contract that ends on 31 March 2027.'],
          ['Estimated contract value', '£320,000 over two years'],
        ]),
      ]),
    );
    expect(found.map((f) => [f.rule, f.docx?.table !== undefined])).toEqual([
      ['tupe-vat/tupe-silent', true],
      ['tupe-vat/vat-basis', true],
    ]);
    expect(found[1]!.message).toContain('contract value £320,000 over two years');
  });

  it('reads tab-separated label lines and numbered pricing instructions under a lead-in', async () => {
    const { buffer } = await markdownToDocx('# Invitation to Tender: Carers Breaks\n\nYour prices must:\n\n1. exclude VAT\n2. include all travel costs\n');
    const pricing = await family(buffer);
    expect(pricing.map((f) => f.rule)).toEqual(['tupe-vat/vat-exempt-bidders']);

    const found = await family(
      await wordDocument([
        heading('Invitation to Tender: Carers Breaks', HeadingLevel.HEADING_1),
        field('Buyer', 'Northvale Borough Council'),
        field('TUPE', 'TUPE may apply. Bidders must satisfy themselves as to its application.'),
        field('Workforce information', 'Will be given to the successful bidder after contract award.'),
      ]),
    );
    expect(found.map((f) => [f.rule, f.docx?.paragraph])).toEqual([['tupe-vat/tupe-no-data', 4]]);
    expect(found[0]!.message).toContain('only to the successful bidder');
  });

  it('stays silent on a sound Word tender with a staffing table', async () => {
    const found = await family(
      await wordDocument([
        heading('Invitation to Tender: Carers Support Service', HeadingLevel.HEADING_1),
        new Paragraph('The service is currently delivered by a local charity for the Council under a contract that expires on 31 March 2027.'),
        new Paragraph('The Council considers that TUPE is likely to apply. The staff who may transfer are listed below.'),
        table([
          ['Job title', 'Hours', 'Salary', 'Pension scheme'],
          ['Carers support worker', '37', '£24,800', 'Local Government Pension Scheme'],
          ['Team leader', '37', '£30,100', 'Local Government Pension Scheme'],
        ]),
        new Paragraph('The successful provider must seek admitted body status in the Fund so that these staff keep their membership.'),
        new Paragraph('The annual budget is £210,000 excluding VAT.'),
        new Paragraph('All prices must be submitted exclusive of VAT. If you cannot recover the VAT you incur, include that irrecoverable VAT in your price.'),
      ]),
    );
    expect(found).toEqual([]);
  });
});
