/**
 * Timetables in Word shapes: a table with a label column and a date column and no header row, and the same
 * timetable as `label<TAB>date` lines (one paragraph per line, or one paragraph with line breaks), built with
 * the `docx` package and read through the DOCX adapter.
 */
import { describe, expect, it } from 'vitest';
import { Tab } from 'docx';
import { resolveFileConfig } from '../../core/config/resolve';
import { lintDocument } from '../../core/engine/linter';
import { readDocx } from '../../host/docx/read';
import { rules } from '../../rules/index';
import { HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun, wordDocument } from './helpers';

const ROWS: Array<[string, string]> = [
  ['Tender notice and tender documents published', '04/01/2027'],
  ['Deadline for clarification questions', '15:00 12/01/2027'],
  ['Tender submission deadline', '15:00 22/01/2027'],
  ['Final decision', '01/03/2027'],
  ['Contract start', '1 April2027'],
];

const EXPECTED = [
  ['issue', '2027-01-04', null],
  ['clarification-deadline', '2027-01-12', '15:00'],
  ['submission-deadline', '2027-01-22', '15:00'],
  ['award', '2027-03-01', null],
  ['contract-start', '2027-04-01', null],
];

const head = () => [
  new Paragraph({ text: 'Invitation to Tender: Home Adaptations Service', heading: HeadingLevel.HEADING_1 }),
  new Paragraph({ text: 'Tenders must be submitted through the e-tendering portal. Answers to clarification questions will be published within two working days.' }),
  new Paragraph({ text: 'Timetable', heading: HeadingLevel.HEADING_2 }),
];

async function lint(children: Array<Paragraph | Table>) {
  const buffer = await wordDocument(children);
  return lintDocument(await readDocx(buffer, 'itt.docx'), resolveFileConfig(rules, null, 'itt.docx'), rules);
}

const tabLine = (label: string, date: string, breakBefore = false) =>
  new TextRun({ children: [label, new Tab(), date], break: breakBefore ? 1 : 0 });

describe('Word timetables', () => {
  it('reads a two-column table with no header row', async () => {
    const table = new Table({ rows: ROWS.map(([label, date]) => new TableRow({ children: [new TableCell({ children: [new Paragraph(label)] }), new TableCell({ children: [new Paragraph(date)] })] })) });
    const out = await lint([...head(), table]);
    expect(out.facts.timetable.map((e) => [e.type, e.date.iso, e.date.time])).toEqual(EXPECTED);
    expect(out.facts.timetable.every((e) => e.origin === 'table')).toBe(true);
    expect(out.findings.filter((f) => f.ruleId === 'lead-in/tender-period').map((f) => f.message)).toEqual([
      expect.stringContaining('Tender period is 18 days'),
    ]);
  });

  it('reads label<TAB>date paragraphs', async () => {
    const out = await lint([...head(), ...ROWS.map(([label, date]) => new Paragraph({ children: [tabLine(label, date)] }))]);
    expect(out.facts.timetable.map((e) => [e.type, e.date.iso, e.date.time])).toEqual(EXPECTED);
    expect(out.facts.timetable.every((e) => e.origin === 'row')).toBe(true);
    expect(out.facts.timetable.map((e) => e.label)).toEqual(ROWS.map(([label]) => label));
  });

  it('reads label<TAB>date lines separated by line breaks in one paragraph', async () => {
    const out = await lint([...head(), new Paragraph({ children: ROWS.map(([label, date], i) => tabLine(label, date, i > 0)) })]);
    expect(out.facts.timetable.map((e) => [e.type, e.date.iso, e.date.time])).toEqual(EXPECTED);
    const ruleIds = out.findings.map((f) => f.ruleId).filter((id) => id.startsWith('lead-in/'));
    expect(ruleIds).toEqual(['lead-in/tender-period']);
  });

  it('reads the date and reply-by lines at the head of a request for quotation', async () => {
    const out = await lint([
      new Paragraph({ text: 'Request for Quotation: Community Transport', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ children: [new TextRun('Date: 03 May 2027'), new TextRun({ text: 'Reply by: 14 May 2027 4:00 pm', break: 1 })] }),
      new Paragraph({ text: 'Background', heading: HeadingLevel.HEADING_2 }),
      new Paragraph({ text: 'The Trust needs a community transport service.' }),
    ]);
    expect(out.facts.timetable.map((e) => [e.type, e.date.iso, e.date.time, e.label])).toEqual([
      ['issue', '2027-05-03', null, 'Date'],
      ['submission-deadline', '2027-05-14', '16:00', 'Reply by'],
    ]);
  });
});
