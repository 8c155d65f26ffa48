import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { annotateDocx, insertMarkers } from '../../host/docx/annotate';
import { annotateDocxFile } from '../../host/annotate-file';
import { readDocx } from '../../host/docx/read';
import { scanXml } from '../../host/docx/xml-scan';
import { DocxRefused } from '../../host/docx/limits';
import type { Finding } from '../../core/engine/types';
import { main } from '../../cli/main';
import { CONTENT_TYPES, FootnoteReferenceRun, Paragraph, ROOT_RELS, TextRun, makeZip, markdownToDocx, wordDocument } from './helpers';
import { checkAnnotated, findingOn, findingsOf, unsplit, withoutMarkers } from './annotate-check';

const DATE = new Date('2027-02-01T10:00:00Z');
const tmp = mkdtempSync(join(tmpdir(), 'tenderlint-annotate-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const NS = [
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"',
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"',
  'xmlns:v="urn:schemas-microsoft-com:vml"',
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"',
  'mc:Ignorable="w14"',
].join(' ');

const COMMENTS_CT = '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>';
const DOC_RELS = (extra = '') =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/" TargetMode="External"/>${extra}</Relationships>`;

/** A hand-written document with the Word constructs the writer must walk as the reader does. */
function handDocx(body: string, options: { comments?: string; prefix?: string } = {}): Buffer {
  const p = options.prefix ?? 'w';
  const doc = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<${p}:document ${NS.replace('xmlns:w=', `xmlns:${p}=`)}><${p}:body>${body}</${p}:body></${p}:document>`;
  const types = options.comments ? CONTENT_TYPES.toString().replace('</Types>', `${COMMENTS_CT}</Types>`) : CONTENT_TYPES.toString();
  const rels = DOC_RELS(options.comments ? '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>' : '');
  return makeZip([
    { name: '[Content_Types].xml', data: Buffer.from(types) },
    { name: '_rels/.rels', data: ROOT_RELS },
    { name: 'word/document.xml', data: Buffer.from(doc) },
    { name: 'word/_rels/document.xml.rels', data: Buffer.from(rels) },
    { name: 'word/media/logo.bin', data: Buffer.from([0, 1, 2, 3, 255]), store: true },
    ...(options.comments ? [{ name: 'word/comments.xml', data: Buffer.from(options.comments) }] : []),
  ]);
}

const EXISTING_COMMENTS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:comments ${NS}><w:comment w:id="5" w:author="Buyer" w:date="2027-01-01T00:00:00Z"><w:p><w:r><w:t>Our own note.</w:t></w:r></w:p></w:comment></w:comments>`;

const D = 'w:id="1" w:author="Reviewer" w:date="2027-01-01T00:00:00Z"';
const BODY = [
  '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Instructions to bidders</w:t></w:r></w:p>',
  // One bold run, no xml:space, an entity: split twice inside the w:t.
  '<w:p><w:r w:rsidR="00AB12CD"><w:rPr><w:b/><w:sz w:val="24"/></w:rPr><w:t>Tenders must arrive by noon &amp; be signed</w:t></w:r></w:p>',
  // An existing comment, a tab and a break inside one run.
  '<w:p><w:commentRangeStart w:id="5"/><w:r><w:t xml:space="preserve">Lot 1 </w:t></w:r><w:commentRangeEnd w:id="5"/><w:r><w:commentReference w:id="5"/></w:r><w:r><w:t>Value</w:t><w:tab/><w:t>£250,000</w:t><w:br/><w:t>excluding VAT</w:t></w:r></w:p>',
  // A complex field (its result is read) and a simple field (mammoth drops its text).
  '<w:p><w:r><w:t xml:space="preserve">Issued on </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE \\@ "d MMMM yyyy" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3 March 2027</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> for page </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>7</w:t></w:r></w:fldSimple></w:p>',
  // Tracked changes: an insertion and a deletion inside a paragraph; a deleted paragraph mark.
  `<w:p><w:r><w:t xml:space="preserve">The contract runs for </w:t></w:r><w:ins ${D}><w:r><w:t>three</w:t></w:r></w:ins><w:del ${D.replace('"1"', '"2"')}><w:r><w:delText>two</w:delText></w:r></w:del><w:r><w:t xml:space="preserve"> years.</w:t></w:r></w:p>`,
  `<w:p><w:pPr><w:rPr><w:del ${D.replace('"1"', '"3"')}/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">Clarification questions close </w:t></w:r></w:p><w:p><w:r><w:t>ten days before the deadline.</w:t></w:r></w:p>`,
  // Content controls: inline with text, a check box, and a block-level one.
  '<w:p><w:r><w:t xml:space="preserve">Bidder name: </w:t></w:r><w:sdt><w:sdtPr><w:alias w:val="Name"/></w:sdtPr><w:sdtContent><w:r><w:t>Northfield Care Ltd</w:t></w:r></w:sdtContent></w:sdt></w:p>',
  '<w:p><w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="1"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>☒</w:t></w:r></w:sdtContent></w:sdt><w:r><w:t xml:space="preserve"> We accept the terms</w:t></w:r></w:p>',
  '<w:p><w:r><w:t xml:space="preserve">Deadline: </w:t></w:r><w:sdt><w:sdtPr><w:date w:fullDate="2027-03-03T00:00:00Z"><w:dateFormat w:val="d MMMM yyyy"/></w:date></w:sdtPr><w:sdtContent><w:r><w:t>3 March 2027 at noon</w:t></w:r></w:sdtContent></w:sdt></w:p>',
  '<w:sdt><w:sdtPr><w:alias w:val="Block"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Social value carries 10% of the marks.</w:t></w:r></w:p></w:sdtContent></w:sdt>',
  // A hyperlink.
  '<w:p><w:r><w:t xml:space="preserve">See </w:t></w:r><w:hyperlink r:id="rId1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>the portal guidance</w:t></w:r></w:hyperlink><w:r><w:t xml:space="preserve"> for help.</w:t></w:r></w:p>',
  // A table: a merged header, a vertically merged cell, a cell of two paragraphs.
  '<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>',
  '<w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>Evaluation criteria</w:t></w:r></w:p></w:tc></w:tr>',
  '<w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>Quality</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Method statement</w:t></w:r></w:p><w:p><w:r><w:t>40% weighting</w:t></w:r></w:p></w:tc></w:tr>',
  '<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p><w:r><w:t>Staffing plan 20% | named team</w:t></w:r></w:p></w:tc></w:tr>',
  '</w:tbl>',
  // A text box: Word's drawing in mc:Choice, the VML fallback read by the reader after its paragraph.
  '<w:p><w:r><w:t xml:space="preserve">Key dates </w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing/></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>Boxed reminder text</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>',
  '<w:p/>',
  '<w:sectPr/>',
].join('');

describe('annotateDocx on hand-written OOXML', () => {
  it('anchors each finding on its exact text through runs, fields, changes, controls, tables and text boxes', async () => {
    const buffer = handDocx(BODY, { comments: EXISTING_COMMENTS });
    const doc = await readDocx(buffer, 'hand.docx');
    const on = (text: string) => findingOn(doc, text);
    const findings = [
      on('arrive by noon & be'),
      on('Tenders'),
      on('£250,000'),
      on('Value\t£250,000\nexcluding'),
      on('3 March 2027'),
      on('runs for three years'),
      on('close ten days'),
      on('Northfield Care'),
      on('We accept'),
      on('☒'),
      on('March 2027 at'),
      on('10% of the marks'),
      on('portal guidance'),
      on('Evaluation criteria'),
      on('40% weighting'),
      on('Staffing plan'),
      on('20% \\| named'),
      on('Boxed reminder'),
      { ...on('Instructions'), end: on('Instructions').start },
    ];
    const result = await annotateDocx(buffer, doc, findings, { date: DATE });
    expect(result.comments.map((c) => c.anchor)).toEqual([
      'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'control', 'control', 'text', 'text', 'text', 'text', 'text', 'text', 'paragraph', 'paragraph',
    ]);
    // New ids follow the existing comment's.
    expect(result.comments[0]!.id).toBe(6);
    const xml = await checkAnnotated(buffer, doc, findings, result, { existingComments: 1 });
    // The split run keeps its attributes and properties on both sides.
    expect(xml).toContain(
      '<w:commentRangeStart w:id="7"/><w:r w:rsidR="00AB12CD"><w:rPr><w:b/><w:sz w:val="24"/></w:rPr><w:t xml:space="preserve">Tenders</w:t></w:r><w:commentRangeEnd w:id="7"/><w:r><w:commentReference w:id="7"/></w:r>' +
        '<w:r w:rsidR="00AB12CD"><w:rPr><w:b/><w:sz w:val="24"/></w:rPr><w:t xml:space="preserve"> must </w:t></w:r><w:commentRangeStart w:id="6"/>' +
        '<w:r w:rsidR="00AB12CD"><w:rPr><w:b/><w:sz w:val="24"/></w:rPr><w:t xml:space="preserve">arrive by noon &amp; be</w:t></w:r><w:commentRangeEnd w:id="6"/><w:r><w:commentReference w:id="6"/></w:r>' +
        '<w:r w:rsidR="00AB12CD"><w:rPr><w:b/><w:sz w:val="24"/></w:rPr><w:t xml:space="preserve"> signed</w:t></w:r>',
    );
    // The deleted paragraph mark joins two paragraphs: the comment runs from one into the next.
    expect(xml).toMatch(/questions <\/w:t><\/w:r><w:commentRangeStart w:id="\d+"\/>[\s\S]*<\/w:p><w:p>[\s\S]*ten days<\/w:t><\/w:r><w:commentRangeEnd/);
    // Around a check box or a date control, not inside it.
    expect(xml).toMatch(/<w:commentRangeStart w:id="\d+"\/><w:sdt><w:sdtPr><w14:checkbox>[\s\S]*?<\/w:sdt><w:commentRangeEnd w:id="\d+"\/>/);
    expect(xml).toMatch(/<w:commentRangeStart w:id="\d+"\/><w:sdt><w:sdtPr><w:date [\s\S]*?<\/w:sdt><w:commentRangeEnd w:id="\d+"\/>/);
    // The old comment's markers are where they were.
    expect(xml).toContain('<w:commentRangeStart w:id="5"/><w:r><w:t xml:space="preserve">Lot 1 </w:t></w:r><w:commentRangeEnd w:id="5"/><w:r><w:commentReference w:id="5"/></w:r>');
  });

  it('places adjacent, identical and overlapping findings in one run, keeping tracked formatting on each half', async () => {
    const buffer = handDocx(
      `<w:p><w:r><w:rPr><w:i/><w:rPrChange ${D}><w:rPr><w:b/></w:rPr></w:rPrChange></w:rPr><w:t>Award criteria: quality sixty, price forty.</w:t></w:r></w:p>`,
    );
    const doc = await readDocx(buffer, 'overlap.docx');
    const on = (text: string) => findingOn(doc, text);
    const findings = [on('quality sixty'), on('quality sixty'), on(', price'), on('sixty, price forty'), on('Award')];
    const result = await annotateDocx(buffer, doc, findings, { date: DATE });
    expect(result.comments.map((c) => c.anchor)).toEqual(['text', 'text', 'text', 'text', 'text']);
    const xml = await checkAnnotated(buffer, doc, findings, result);
    const runs = xml.match(/<w:r><w:rPr><w:i\/><w:rPrChange [^>]*><w:rPr><w:b\/><\/w:rPr><\/w:rPrChange><\/w:rPr><w:t xml:space="preserve">/g) ?? [];
    // Split after "Award", before "quality", before and after "sixty", after "price" and after "forty": seven pieces, each with the same properties.
    expect(runs).toHaveLength(7);
  });

  it('puts a finding whose block cannot be matched to the XML near its place, and says so', async () => {
    const buffer = handDocx('<w:p><w:r><w:t>Part one of the tender.</w:t></w:r></w:p><w:p><w:r><w:t>Part two of the tender.</w:t></w:r></w:p>');
    const doc = await readDocx(buffer, 'drift.docx');
    // As if the reader had read the second paragraph differently from the walk of document.xml.
    const drifted = { ...doc, blocks: doc.blocks.map((b, i) => (i === 1 ? { ...b, text: 'Something else entirely.' } : b)) };
    const findings = [findingOn(doc, 'two'), findingOn(doc, 'one')];
    const result = await annotateDocx(buffer, drifted, findings, { date: DATE, readBack: async () => doc });
    expect(result.comments.map((c) => c.anchor)).toEqual(['nearby', 'text']);
  });

  it('writes a comments part, its relationship and content type when the document has none', async () => {
    const buffer = handDocx('<w:p><w:r><w:t>Bids are due on 1 April 2027.</w:t></w:r></w:p>');
    const doc = await readDocx(buffer, 'plain.docx');
    const findings = [findingOn(doc, '1 April 2027')];
    const result = await annotateDocx(buffer, doc, findings, { date: DATE });
    expect(result.commentsPart).toBe('word/comments.xml');
    expect(result.comments).toEqual([{ id: 0, anchor: 'text' }]);
    await checkAnnotated(buffer, doc, findings, result);
  });

  it('leaves a document without findings as it was, apart from an empty comments part', async () => {
    const buffer = handDocx(BODY, { comments: EXISTING_COMMENTS });
    const doc = await readDocx(buffer, 'hand.docx');
    const result = await annotateDocx(buffer, doc, [], { date: DATE });
    await checkAnnotated(buffer, doc, [], result, { existingComments: 1 });
  });

  it('refuses a document whose XML does not use the usual "w" prefix, rather than rewrite it', async () => {
    const buffer = handDocx('<ns0:p><ns0:r><ns0:t>Bids are due on 1 April 2027.</ns0:t></ns0:r></ns0:p>', { prefix: 'ns0' });
    const doc = await readDocx(buffer, 'prefixed.docx');
    expect(doc.text).toContain('1 April 2027');
    await expect(annotateDocx(buffer, doc, [findingOn(doc, '1 April 2027')])).rejects.toThrow(/cannot be annotated safely.*usual WordprocessingML layout/);
  });

  it('refuses over the reader\'s limits', async () => {
    const buffer = handDocx('<w:p><w:r><w:t>Bids are due on 1 April 2027.</w:t></w:r></w:p>');
    const doc = await readDocx(buffer, 'plain.docx');
    await expect(annotateDocx(buffer, doc, [], { limits: { maxFileBytes: 100 } })).rejects.toBeInstanceOf(DocxRefused);
  });
});

describe('insertMarkers and the check of what changed', () => {
  it('only inserts: undoing the splits and removing the markers gives the original back', () => {
    const xml = '<w:p><w:r><w:rPr><w:i/></w:rPr><w:t>abcdef</w:t></w:r><w:r><w:t>ghi</w:t></w:r></w:p>';
    const p = scanXml(xml).children[0]!;
    const run = p.children[0]!;
    const t = run.children[1]!;
    const out = insertMarkers(xml, [{ id: 1, anchor: { start: { offset: t.openEnd + 2, kind: 'splitText', run, text: t }, end: { offset: run.end, kind: 'plain' }, kind: 'text' } }]);
    expect(out).toBe(
      '<w:p><w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">ab</w:t></w:r><w:commentRangeStart w:id="1"/><w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">cdef</w:t></w:r><w:commentRangeEnd w:id="1"/><w:r><w:commentReference w:id="1"/></w:r><w:r><w:t>ghi</w:t></w:r></w:p>',
    );
    expect(unsplit(withoutMarkers(out, [1]))).toBe(unsplit(xml));
    // The check fails when a split changes the run's properties or loses text.
    expect(unsplit(withoutMarkers(out.replace('<w:i/></w:rPr><w:t xml:space="preserve">cdef', '<w:b/></w:rPr><w:t xml:space="preserve">cdef'), [1]))).not.toBe(unsplit(xml));
    expect(unsplit(withoutMarkers(out.replace('cdef', 'cdf'), [1]))).not.toBe(unsplit(xml));
  });
});

describe('annotateDocx on documents built with the docx package', () => {
  it('keeps existing comments and tracked changes, and anchors rule findings in paragraphs, lists and tables', async () => {
    const markdown = [
      '# Invitation to tender',
      '',
      'The estimated contract value is £180,000 and the contract starts on 1 April 2027{>>Buyer to confirm<<}.',
      '',
      'Tenders must be returned by {++12 noon on++} 3 March 2027{--, late bids accepted--}.',
      '',
      '- Bidders must hold professional indemnity insurance of £10 million.',
      '- Bidders must have a turnover of at least five times the contract value.',
      '',
      '| Criterion | Weighting |',
      '| --- | --- |',
      '| Quality | 60% |',
      '| Price | 30% |',
      '',
    ].join('\n');
    const { buffer } = await markdownToDocx(markdown);
    const doc = await readDocx(buffer, 'built.docx');
    expect(doc.revisions).toMatchObject({ insertions: 1, deletions: 1, comments: 1 });
    const findings = [...findingsOf(doc), findingOn(doc, '60%'), findingOn(doc, '12 noon on'), findingOn(doc, 'five times')];
    expect(findings.length).toBeGreaterThan(3);
    const result = await annotateDocx(buffer, doc, findings, { date: DATE });
    expect(result.comments.every((c) => c.anchor === 'text' || c.anchor === 'paragraph')).toBe(true);
    await checkAnnotated(buffer, doc, findings, result, { existingComments: 1 });
  });

  it('puts a finding in a footnote on the footnote reference', async () => {
    const buffer = await wordDocument(
      [new Paragraph({ children: [new TextRun('The deadline is fixed.'), new FootnoteReferenceRun(1)] })],
      { footnotes: { 1: 'Late tenders may be accepted at the buyer\'s discretion.' } },
    );
    const doc = await readDocx(buffer, 'notes.docx');
    const findings = [findingOn(doc, 'Late tenders'), findingOn(doc, 'deadline')];
    const result = await annotateDocx(buffer, doc, findings, { date: DATE });
    expect(result.comments.map((c) => c.anchor)).toEqual(['note', 'text']);
    const xml = await checkAnnotated(buffer, doc, findings, result);
    expect(xml).toMatch(/<w:commentRangeStart w:id="0"\/><w:r>(?:(?!<\/w:r>).)*<w:footnoteReference w:id="1"\/><\/w:r><w:commentRangeEnd w:id="0"\/>/);
  });
});

const asFinding = (f: { ruleId: string; severity: string; message: string; start: number; end: number }): Finding => ({
  ruleId: f.ruleId,
  family: f.ruleId.split('/')[0]!,
  messageId: 'm',
  severity: f.severity as Finding['severity'],
  message: f.message,
  range: { start: { line: 1, column: 1, offset: f.start }, end: { line: 1, column: 1, offset: f.end } },
});

describe('annotateDocxFile', () => {
  it('writes the copy, never the original, and refuses an existing output unless forced', async () => {
    const input = join(tmp, 'tender.docx');
    writeFileSync(input, handDocx('<w:p><w:r><w:t>Bids are due on 1 April 2027.</w:t></w:r></w:p>'));
    const hash = () => createHash('sha256').update(readFileSync(input)).digest('hex');
    const before = hash();
    const doc = await readDocx(readFileSync(input), input);
    const findings = [asFinding(findingOn(doc, '1 April 2027'))];
    const output = join(tmp, 'out', 'tender.docx');
    const first = await annotateDocxFile(input, findings, output, { date: DATE });
    expect(first).toMatchObject({ written: output, comments: 1, anchors: { text: 1 } });
    const again = await annotateDocxFile(input, findings, output);
    expect(again).toEqual({ error: `${output}: already exists; use --force to replace it.` });
    expect(await annotateDocxFile(input, findings, output, { force: true })).toMatchObject({ written: output });
    expect(await annotateDocxFile(input, findings, input, { force: true })).toMatchObject({ error: expect.stringMatching(/is the original document/) });
    expect(hash()).toBe(before);
  });

  it('writes nothing for a document it must refuse', async () => {
    const input = join(tmp, 'prefixed.docx');
    writeFileSync(input, handDocx('<ns0:p><ns0:r><ns0:t>Bids are due on 1 April 2027.</ns0:t></ns0:r></ns0:p>', { prefix: 'ns0' }));
    const output = join(tmp, 'refused', 'prefixed.docx');
    const outcome = await annotateDocxFile(input, [], output);
    expect(outcome).toMatchObject({ error: expect.stringMatching(/cannot be annotated safely.*Nothing was written\.$/) });
    expect(existsSync(output)).toBe(false);
  });
});

describe('tenderlint --annotate-docx', () => {
  it('writes a copy per Word document with the shown findings and says so; refuses to overwrite without --force', async () => {
    const { buffer } = await markdownToDocx('# Invitation to tender\n\nThe contract value is £180,000 and bidders must have a turnover of at least five times the contract value.\n');
    const input = join(tmp, 'cli-tender.docx');
    writeFileSync(input, buffer);
    const outDir = join(tmp, 'cli-out');
    const run = async (...args: string[]) => {
      let stdout = '';
      let stderr = '';
      const code = await main(args, { cwd: tmp, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), stderrIsTTY: false });
      return { code, stdout, stderr };
    };
    const first = await run('--format', 'json', '--include-info', '--max-time', '0', '--max-memory', '0', '--annotate-docx', outDir, input);
    const shown = (JSON.parse(first.stdout) as Array<{ messages: unknown[] }>)[0]!.messages.length;
    expect(first.stderr).toMatch(new RegExp(`wrote cli-out/cli-tender\\.docx \\(${shown} comments?`));
    const copy = await readDocx(readFileSync(join(outDir, 'cli-tender.docx')), 'copy.docx');
    expect(copy.revisions?.comments ?? 0).toBe(shown);
    const second = await run('--max-time', '0', '--max-memory', '0', '--annotate-docx', outDir, input);
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(/already exists; use --force/);
    const forced = await run('--max-time', '0', '--max-memory', '0', '--annotate-docx', outDir, '--force', input);
    expect(forced.stderr).toMatch(/wrote cli-out\/cli-tender\.docx/);
  });
});
