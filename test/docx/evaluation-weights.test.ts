/**
 * Evaluation weights in Word documents: weights laid out as tab-separated lines (one split per lot, in one
 * paragraph with line breaks or one paragraph per line), weight ranges in a Word table, and weights in a Word
 * table with no social value row.
 */
import { describe, expect, it } from 'vitest';
import { Tab } from 'docx';
import { resolveFileConfig } from '../../core/config/resolve';
import { lintDocument } from '../../core/engine/linter';
import { readDocx } from '../../host/docx/read';
import { rules } from '../../rules/index';
import { HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun, wordDocument } from './helpers';

const config = resolveFileConfig(rules, null, 'tender.docx', { settings: { kind: 'itt' } });

/** One line of a paragraph: a name, a tab and a weight, with a line break before all but the first. */
const tabLine = (name: string, weight: string, first: boolean) => new TextRun({ children: [name, new Tab(), weight], break: first ? 0 : 1 });
const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ text, heading: level });
const table = (rows: string[][]) =>
  new Table({ rows: rows.map((cells) => new TableRow({ children: cells.map((text) => new TableCell({ children: [new Paragraph(text)] })) })) });

async function socialValueFindings(children: Array<Paragraph | Table>): Promise<Array<{ rule: string; paragraph: number | undefined; message: string }>> {
  const doc = await readDocx(await wordDocument(children), 'tender.docx');
  const { findings } = lintDocument(doc, config, rules);
  expect(findings.filter((f) => f.fatal)).toEqual([]);
  return findings
    .filter((f) => f.ruleId.startsWith('social-value/'))
    .map((f) => ({ rule: f.ruleId, paragraph: f.docx?.paragraph, message: f.message }));
}

describe('evaluation weights in Word', () => {
  it('reads tab-separated weight lines, one split per lot', async () => {
    const found = await socialValueFindings([
      heading('Invitation to Tender: Home Support Service', HeadingLevel.HEADING_1),
      heading('Evaluation', HeadingLevel.HEADING_2),
      new Paragraph('For Lot 1 the weightings are:'),
      new Paragraph({ children: [tabLine('Quality', '55%', true), tabLine('Price', '30%', false), tabLine('Social value', '10%', false)] }),
      new Paragraph('For Lot 2 the weightings are:'),
      new Paragraph({ children: [tabLine('Quality', '15%', true)] }),
      new Paragraph({ children: [tabLine('Price', '75%', true)] }),
      new Paragraph({ children: [tabLine('Social value', '10%', true)] }),
      new Paragraph('Answers are scored 0 to 5 using the descriptors in Annex C.'),
    ]);
    expect(found.map((f) => [f.rule, f.paragraph])).toEqual([
      ['social-value/weights-total', 4],
      ['social-value/price-dominant', 7],
    ]);
    expect(found[0]!.message).toContain('95%');
    expect(found[1]!.message).toContain('Price is 75%');
  });

  it('reads weight ranges in a Word table as ranges, not weights', async () => {
    const found = await socialValueFindings([
      heading('Invitation to Tender: Digital Support', HeadingLevel.HEADING_1),
      heading('Award criteria', HeadingLevel.HEADING_2),
      new Paragraph('Buyers set the weightings within these ranges; the weightings they set must add up to 100%.'),
      table([
        ['Criteria', 'Weighting range'],
        ['Technical competence', '10% to 75%'],
        ['Price', '20% to 85%'],
      ]),
    ]);
    expect(found.map((f) => f.rule)).toEqual(['social-value/missing']);
    expect(found[0]!.message).toContain('(Technical competence 10–75%, Price 20–85%)');
  });

  it('reports a Word table of weights with no social value row', async () => {
    const found = await socialValueFindings([
      heading('Invitation to Tender: Day Opportunities', HeadingLevel.HEADING_1),
      heading('Evaluation criteria', HeadingLevel.HEADING_2),
      table([
        ['Criterion', 'Weighting'],
        ['Service delivery', '55%'],
        ['Price', '45%'],
      ]),
      new Paragraph('Answers are scored 0 to 5 using the descriptors in Annex C.'),
    ]);
    expect(found.map((f) => f.rule)).toEqual(['social-value/missing']);
  });
});
