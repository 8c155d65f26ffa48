/** The DOCX adapter: text view, blocks, tables, notes, content controls, tracked changes, Word addresses. */
import { describe, expect, it } from 'vitest';
import { resolveFileConfig } from '../../core/config/resolve';
import { lintDocument } from '../../core/engine/linter';
import { readDocx } from '../../host/docx/read';
import { readDocumentBuffer, formatOfPath } from '../../host/documents';
import { rules } from '../../rules/index';
import { FootnoteReferenceRun, HeadingLevel, Paragraph, TextRun, markdownToDocx, minimalDocx, wordDocument } from './helpers';

const p = (text: string, props = '') => `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const bold = (text: string) => `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tc = (inner: string, props = '') => `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${inner}</w:tc>`;

describe('text view and blocks', () => {
  it('renders headings, paragraphs, lists and tables as readable Markdown-like text', async () => {
    const { buffer } = await markdownToDocx('# Invitation to Tender\n\n## Timetable\n\nKey dates:\n\n- ITT issued\n- Deadline\n  1. Late bids refused\n\n| Activity | Date |\n| --- | --- |\n| ITT issued | Monday 4 January 2027 |\n');
    const doc = await readDocx(buffer, 'itt.docx');
    expect(doc.format).toBe('docx');
    expect(doc.text).toBe(
      '# Invitation to Tender\n\n## Timetable\n\nKey dates:\n\n- ITT issued\n- Deadline\n  1. Late bids refused\n\n| Activity | Date |\n| --- | --- |\n| ITT issued | Monday 4 January 2027 |\n',
    );
    expect(doc.sections.map((s) => [s.depth, s.title, s.parent])).toEqual([[1, 'Invitation to Tender', null], [2, 'Timetable', 0]]);
    const items = doc.blocks.filter((b) => b.kind === 'listItem');
    expect(items.map((b) => [b.text, b.listLevel, b.ordered])).toEqual([['ITT issued', 0, false], ['Deadline', 0, false], ['Late bids refused', 1, true]]);
    // Every block's range covers exactly its text in the view.
    for (const b of doc.blocks.filter((x) => x.kind !== 'heading')) expect(doc.text.slice(b.range.start.offset, b.range.end.offset)).toBe(b.text);
    const table = doc.tables[0]!;
    expect(table.header).toEqual(['Activity', 'Date']);
    expect(table.rows[1]!.map((c) => c.text)).toEqual(['ITT issued', 'Monday 4 January 2027']);
    expect(table.docx).toMatchObject({ paragraph: 7, table: 1 });
    expect(doc.blocks[table.rows[1]![1]!.block]!.docx).toEqual({ paragraph: 10, table: 1, row: 2, cell: 2, excerpt: 'Monday 4 January 2027' });
  });

  it('reads the timetable facts from a Word table', async () => {
    const { buffer } = await markdownToDocx('# Invitation to Tender\n\n| Activity | Date |\n| --- | --- |\n| ITT issued | Monday 4 January 2027 |\n| Deadline for submission of tenders | 12:00 noon, Monday 15 February 2027 |\n');
    const out = lintDocument(await readDocx(buffer, 'itt.docx'), resolveFileConfig(rules, null, 'itt.docx'), rules);
    expect(out.facts.timetable.map((e) => [e.type, e.date.iso, e.origin])).toEqual([
      ['issue', '2027-01-04', 'table'],
      ['submission-deadline', '2027-02-15', 'table'],
    ]);
  });

  it('escapes pipes in cells and spreads merged cells so columns stay aligned', async () => {
    const body = `<w:tbl><w:tr>${tc(p('Criterion'))}${tc(p('Weight'))}${tc(p('Notes'))}</w:tr>` +
      `<w:tr>${tc(p('Price | cost'), '<w:gridSpan w:val="2"/>')}${tc(p('A'), '<w:vMerge w:val="restart"/>')}</w:tr>` +
      `<w:tr>${tc(p('Quality'))}${tc(p('60%'))}${tc(p(''), '<w:vMerge/>')}</w:tr></w:tbl>`;
    const doc = await readDocx(minimalDocx(body), 'merged.docx');
    expect(doc.text).toBe('| Criterion | Weight | Notes |\n| --- | --- | --- |\n| Price \\| cost |  | A |\n| Quality | 60% |  |\n');
    const rows = doc.tables[0]!.rows.map((r) => r.map((c) => c.text));
    expect(rows).toEqual([['Criterion', 'Weight', 'Notes'], ['Price | cost', '', 'A'], ['Quality', '60%', '']]);
    const cell = doc.blocks[doc.tables[0]!.rows[1]![0]!.block]!;
    // "cost" in the plain text maps past the escaping backslash in the view.
    const at = cell.segments[0]!.sourceStart + cell.segments[0]!.map![8]!;
    expect(doc.text.slice(at, at + 4)).toBe('cost');
  });

  it('reads text in content controls and headings typed with their numbers', async () => {
    const body = bold('3. Timetable') + `<w:sdt><w:sdtPr><w:alias w:val="Deadline"/></w:sdtPr><w:sdtContent>${p('Tenders are due on Friday 29 January 2027.')}</w:sdtContent></w:sdt>` + p('4. This numbered line is a sentence, not a heading.');
    const doc = await readDocx(minimalDocx(body), 'cc.docx');
    expect(doc.sections).toHaveLength(1);
    expect(doc.sections[0]).toMatchObject({ number: '3', title: 'Timetable', depth: 1 });
    expect(doc.blocks.map((b) => [b.kind, b.text, b.docx!.paragraph])).toEqual([
      ['heading', '3. Timetable', 1],
      ['paragraph', 'Tenders are due on Friday 29 January 2027.', 2],
      ['paragraph', '4. This numbered line is a sentence, not a heading.', 3],
    ]);
  });

  it('appends footnotes after the body, addressed by the paragraph that refers to them', async () => {
    const buffer = await wordDocument(
      [
        new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Selection')] }),
        new Paragraph({ children: [new TextRun('Bidders must hold ISO 9001 certification.'), new FootnoteReferenceRun(1)] }),
      ],
      { footnotes: { 1: 'Certification must be in place by [insert date].' } },
    );
    const doc = await readDocx(buffer, 'notes.docx');
    expect(doc.text).toContain('Bidders must hold ISO 9001 certification.[^1]\n\n[^1]: Certification must be in place by [insert date].\n');
    const note = doc.blocks.at(-1)!;
    expect(note.docx).toMatchObject({ paragraph: 2, note: 'footnote 1' });
    const out = lintDocument(doc, resolveFileConfig(rules, null, 'notes.docx'), rules);
    const placeholder = out.findings.find((f) => f.ruleId === 'drafting/placeholder')!;
    expect(placeholder.docx).toMatchObject({ paragraph: 2, note: 'footnote 1', excerpt: 'Certification must be in place by [insert date].' });
  });
});

describe('tracked changes and comments', () => {
  it('reads the text with changes accepted and counts the revisions and comments', async () => {
    const { buffer } = await markdownToDocx('# Invitation to Tender\n\nThe contract runs for {--two--}{++three++} years{>>check with finance<<}.\n\nReturn by {++12 noon on ++}Friday 29 January 2027.\n');
    const doc = await readDocx(buffer, 'tracked.docx');
    expect(doc.blocks.map((b) => b.text)).toEqual(['Invitation to Tender', 'The contract runs for three years.', 'Return by 12 noon on Friday 29 January 2027.']);
    expect(doc.revisions).toEqual({ insertions: 2, deletions: 1, formatting: 0, comments: 1 });
    const out = lintDocument(doc, resolveFileConfig(rules, null, 'tracked.docx', { rules: {}, settings: {} }), rules);
    const finding = out.findings.find((f) => f.ruleId === 'drafting/tracked-changes')!;
    expect(finding.message).toContain('2 tracked insertions, 1 deletion and 1 comment');
    expect(finding.severity).toBe('info');
    expect(finding.docx).toMatchObject({ paragraph: 1 });
  });

  it('a deleted paragraph mark joins the paragraphs, as Word shows it with changes accepted', async () => {
    const body = `<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="A" w:date="2027-01-01T00:00:00Z"/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">Tenders are due </w:t></w:r></w:p>${p('on Friday 29 January 2027.')}`;
    const doc = await readDocx(minimalDocx(body), 'joined.docx');
    expect(doc.blocks.map((b) => b.text)).toEqual(['Tenders are due on Friday 29 January 2027.']);
    expect(doc.revisions).toMatchObject({ deletions: 1 });
  });

  it('has no revisions field for a clean document', async () => {
    const { buffer } = await markdownToDocx('# Specification\n\nThe service runs from 1 April 2027.\n');
    expect((await readDocx(buffer, 'clean.docx')).revisions).toBeUndefined();
  });
});

describe('readDocumentBuffer', () => {
  it('dispatches on the extension', async () => {
    expect(formatOfPath('a/b.DOCX')).toBe('docx');
    expect(formatOfPath('a/b.md')).toBe('markdown');
    expect(formatOfPath('a/b.txt')).toBe('text');
    const md = await readDocumentBuffer(Buffer.from('# Title\n\nText.\n'), 'a.md');
    expect('doc' in md && md.doc.format).toBe('markdown');
    const { buffer } = await markdownToDocx('# Title\n\nText.\n');
    const docx = await readDocumentBuffer(buffer, 'a.docx');
    expect('doc' in docx && docx.doc.text).toBe('# Title\n\nText.\n');
  });
});
