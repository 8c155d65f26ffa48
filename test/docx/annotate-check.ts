/**
 * Checks an annotated Word copy against its original, independently of the writer's own code:
 *   - the zip holds the same entries in the same order, each byte for byte the same, except document.xml, the
 *     comments part, the document relationships and [Content_Types].xml (and the comments part or relationships
 *     when added, at the end);
 *   - document.xml equals the original once the new comments' markers are removed and run splits are undone,
 *     where "undoing run splits" means, in both texts alike: every `<w:t>` written as `<w:t xml:space="preserve">`,
 *     a run joined to the run before it when both open with the same start tag and properties, and two adjacent
 *     `w:t` elements of one run joined;
 *   - the project's reader reads the same text; mammoth reads it with one comment more per finding;
 *   - each comment is by "tenderlint", carries the message, rule id, severity and documentation link, and its
 *     range covers the finding's text (or, when placed on a paragraph or cell, that block's text).
 */
import yauzl from 'yauzl';
import mammoth from 'mammoth';
import { expect } from 'vitest';
import { readDocx } from '../../host/docx/read';
import { resolveFileConfig } from '../../core/config/resolve';
import { lintDocument } from '../../core/engine/linter';
import { blockAtOffset } from '../../core/model/docx-location';
import type { TenderDocument } from '../../core/model/types';
import { rules } from '../../rules/index';
import { docsUrl } from '../../core/engine/docs-url';
import type { AnnotationFinding, AnnotateResult } from '../../host/docx/annotate';
import { scanXml, type XmlElement } from '../../host/docx/xml-scan';

export interface Entry {
  name: string;
  bytes: Buffer;
}

export function unzip(buffer: Buffer): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err);
      const out: Entry[] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            out.push({ name: entry.fileName, bytes: Buffer.concat(chunks) });
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(out));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** Every finding of every rule (info included) on a Word document, as the writer takes them. */
export function findingsOf(doc: TenderDocument): AnnotationFinding[] {
  const config = resolveFileConfig(rules, null, doc.path);
  return lintDocument(doc, config, rules)
    .findings.filter((f) => !f.suppressions?.length)
    .map((f) => ({ ruleId: f.ruleId, severity: f.severity, message: f.message, start: f.range.start.offset, end: f.range.end.offset, docsUrl: docsUrl(f.ruleId) }));
}

/** A finding on the first occurrence of `text` in the document's text view. */
export function findingOn(doc: TenderDocument, text: string, message = `Check "${text}".`): AnnotationFinding {
  const start = doc.text.indexOf(text);
  if (start < 0) throw new Error(`"${text}" is not in the text view:\n${doc.text}`);
  return { ruleId: 'test/rule', severity: 'warning', message, start, end: start + text.length, docsUrl: 'https://example.org/rules/test' };
}

/** A run's start tag and properties (which may hold one nested `w:rPr`, in a tracked formatting change). */
const OPEN = String.raw`<w:r(?:\s[^>]*)?>(?:<w:rPr>(?:<w:rPr>[\s\S]*?</w:rPr>|<w:rPr/>|(?!</w:rPr>)[\s\S])*?</w:rPr>|<w:rPr/>)?`;

/** The opening (start tag and properties) of the run whose start is the last one before `end` in `text`. */
function openingBefore(text: string, end: number): string | null {
  let at = end;
  for (;;) {
    at = text.lastIndexOf('<w:r', at - 1);
    if (at < 0) return null;
    const c = text[at + 4];
    if (c === '>' || c === ' ') break;
  }
  const m = new RegExp(OPEN, 'y');
  m.lastIndex = at;
  return m.exec(text)?.[0] ?? null;
}

/** document.xml with run splits undone as defined above (applied to the original and the copy alike). */
export function unsplit(xml: string): string {
  const text = xml.replace(/<w:t>/g, '<w:t xml:space="preserve">');
  const joinRuns = new RegExp(`</w:r>(${OPEN})`, 'g');
  const out: string[] = [];
  let last = 0;
  for (const m of text.matchAll(joinRuns)) {
    // Joined runs share their opening, so the opening of the run being closed can be read in the unjoined text.
    if (openingBefore(text, m.index) === m[1]) {
      out.push(text.slice(last, m.index));
      last = m.index + m[0].length;
    }
  }
  out.push(text.slice(last));
  return out.join('').replace(/<\/w:t><w:t xml:space="preserve">/g, '');
}

/** document.xml without the markers and reference runs of the given comment ids. */
export function withoutMarkers(xml: string, ids: number[]): string {
  const set = ids.join('|');
  return xml
    .replace(new RegExp(`<w:commentRangeEnd w:id="(?:${set})"/><w:r><w:commentReference w:id="(?:${set})"/></w:r>`, 'g'), '')
    .replace(new RegExp(`<w:commentRangeStart w:id="(?:${set})"/>`, 'g'), '');
}

function decode(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos|#x[0-9a-f]+|#\d+);/gi, (_m, e: string) =>
    e === 'amp' ? '&' : e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === 'apos' ? "'" : String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)),
  );
}

/** The text (runs' `w:t`, tabs and breaks as spaces) between a comment's range start and end. */
export function anchoredText(xml: string, id: number): string {
  const s = xml.indexOf(`<w:commentRangeStart w:id="${id}"/>`);
  const e = xml.indexOf(`<w:commentRangeEnd w:id="${id}"/>`);
  expect(s, `comment ${id} has a range start`).toBeGreaterThanOrEqual(0);
  expect(e, `comment ${id} ends after it starts`).toBeGreaterThan(s);
  const slice = xml.slice(s, e).replace(/<mc:Choice\b[\s\S]*?<\/mc:Choice>/g, '');
  let text = '';
  for (const m of slice.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>|<\/w:p>/g)) text += m[1] !== undefined ? decode(m[1]) : ' ';
  return flat(text);
}

function flat(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Elements that may hold comment range markers and runs (paragraph content in the WordprocessingML schema). */
const MARKER_PARENTS = new Set(['w:p', 'w:hyperlink', 'w:ins', 'w:moveTo', 'w:smartTag', 'w:customXml', 'w:sdtContent']);
const CONSTRAINED = /^(?:w14:checkbox|w:text|w:dropDownList|w:comboBox|w:date|w:picture|w:docPartObj|w:docPartList|w:equation)$/;

/** Every new marker and reference run sits where paragraph content may, and never inside a constrained control. */
function checkPlaces(xml: string, ids: ReadonlySet<string>): void {
  const walk = (el: XmlElement) => {
    for (const c of el.children) {
      const isMarker = (c.name === 'w:commentRangeStart' || c.name === 'w:commentRangeEnd') && ids.has(/w:id="(\d+)"/.exec(c.attrs)?.[1] ?? '');
      const ref = c.name === 'w:r' && c.children.length === 1 && c.children[0]!.name === 'w:commentReference' && ids.has(/w:id="(\d+)"/.exec(c.children[0]!.attrs)?.[1] ?? '');
      if (isMarker || ref) {
        expect(MARKER_PARENTS.has(el.name), `${c.name} inside <${el.name}>`).toBe(true);
        if (el.name === 'w:sdtContent') {
          const sdtPr = el.parent!.children.find((x) => x.name === 'w:sdtPr');
          expect(sdtPr?.children.some((x) => CONSTRAINED.test(x.name)) ?? false, `${c.name} inside a constrained content control`).toBe(false);
        }
      }
      walk(c);
    }
  };
  walk(scanXml(xml));
}

const CHANGED = new Set(['word/document.xml', 'word/_rels/document.xml.rels', '[Content_Types].xml']);

export interface CheckOptions {
  /** Comments already in the original. */
  existingComments?: number;
}

/** Runs every check of the header comment; returns the annotated document.xml. */
export async function checkAnnotated(original: Buffer, doc: TenderDocument, findings: AnnotationFinding[], result: AnnotateResult, options: CheckOptions = {}): Promise<string> {
  const before = await unzip(original);
  const after = await unzip(result.buffer);
  const changed = new Set([...CHANGED, result.commentsPart]);
  // Same entries, same order, same bytes, apart from the parts that carry the comments.
  const names = before.map((e) => e.name);
  expect(after.slice(0, before.length).map((e) => e.name)).toEqual(names);
  for (const extra of after.slice(before.length)) expect(changed.has(extra.name), `added part ${extra.name}`).toBe(true);
  for (let i = 0; i < before.length; i++) {
    if (changed.has(before[i]!.name)) continue;
    expect(after[i]!.bytes.equals(before[i]!.bytes), `${before[i]!.name} is unchanged`).toBe(true);
  }
  const xmlBefore = before.find((e) => e.name === 'word/document.xml')!.bytes.toString('utf8');
  const xmlAfter = after.find((e) => e.name === 'word/document.xml')!.bytes.toString('utf8');
  const ids = result.comments.map((c) => c.id);
  expect(result.comments).toHaveLength(findings.length);
  if (ids.length) expect(unsplit(withoutMarkers(xmlAfter, ids))).toBe(unsplit(xmlBefore));
  else expect(xmlAfter).toBe(xmlBefore);
  checkPlaces(xmlAfter, new Set(ids.map(String)));

  // The project's reader: the same text view.
  const back = await readDocx(result.buffer, doc.path);
  expect(back.text).toBe(doc.text);
  expect(back.revisions?.comments ?? 0).toBe((options.existingComments ?? 0) + findings.length);

  // mammoth: the same raw text, and one comment reference per comment.
  const rawBefore = await mammoth.extractRawText({ buffer: original });
  const rawAfter = await mammoth.extractRawText({ buffer: result.buffer });
  expect(rawAfter.value).toBe(rawBefore.value);
  const html = await mammoth.convertToHtml({ buffer: result.buffer }, { styleMap: ['comment-reference => sup'] });
  const refs = [...html.value.matchAll(/id="comment-ref-(\d+)"/g)].length;
  expect(refs).toBe((options.existingComments ?? 0) + findings.length);

  // Each comment: author, message, rule, severity, link; its range on the finding's text or block.
  const commentsXml = after.find((e) => e.name === result.commentsPart)!.bytes.toString('utf8');
  findings.forEach((f, i) => {
    const { id, anchor } = result.comments[i]!;
    const m = new RegExp(`<w:comment w:id="${id}" w:author="tenderlint"[^>]*>([\\s\\S]*?)</w:comment>`).exec(commentsXml);
    expect(m, `comment ${id} is written`).not.toBeNull();
    const body = decode(m![1]!.replace(/<[^>]+>/g, ' '));
    expect(flat(body)).toContain(flat(f.message));
    expect(body).toContain(`${f.ruleId} (${f.severity})`);
    if (f.docsUrl) expect(body).toContain(f.docsUrl);
    const anchored = anchoredText(xmlAfter, id);
    const block = blockAtOffset(doc, f.start);
    if (anchor === 'text') {
      // The finding's text in the blocks it covers, table and heading decoration left out.
      const parts = doc.blocks
        .filter((b) => !b.docx?.note && b.text !== '' && b.range.end.offset > f.start && b.range.start.offset < f.end)
        .map((b) => doc.text.slice(Math.max(f.start, b.segments[0]?.sourceStart ?? f.start), Math.min(f.end, b.range.end.offset)).replace(/\\\|/g, '|'));
      expect(anchored, `comment ${id} (${f.ruleId}) covers its finding's text`).toBe(flat(parts.join(' ')));    } else if (anchor === 'control') {
      expect(anchored, `comment ${id} covers the control holding its finding`).toContain(flat(doc.text.slice(f.start, f.end)));
    } else if (anchor === 'paragraph' || anchor === 'cell') {
      // A text box's text is anchored on the paragraph holding the box.
      expect(anchored, `comment ${id} covers its block`).toContain(flat(block!.text).slice(0, 40));
    }
  });
  return xmlAfter;
}
