/**
 * Writes a copy of a Word document with a comment for each finding. The copy is made from the original's zip
 * entries: every entry is copied with its name, bytes, compression and order, except `word/document.xml`, which
 * receives comment range markers and reference runs (a run is split where a finding starts or ends inside it,
 * its properties copied verbatim), the comments part (written or extended), and, only when missing, the
 * comments relationship and content type. Edits are insertions at offsets found by scanning the XML text
 * (`xml-scan.ts`); nothing is parsed into a model and written back. A finding's text-view range is placed in
 * the XML by `word-map.ts`, which reads the body as the DOCX reader does. The copy is then read back by the
 * reader: if its text differs from the original's, it is refused and nothing is returned.
 */
import yazl from 'yazl';
import type { TenderDocument, TextBlock } from '../../core/model/types';
import { blockAtOffset } from '../../core/model/docx-location';
import { commentsRelationship, maxCommentId, withCommentsContentType, wordRoot, writeComments, type NewComment } from './annotate-parts';
import { DEFAULT_DOCX_LIMITS, DocxRefused, type DocxLimits } from './limits';
import { openDocxSafely, type ZipPart } from './safety';
import { mapDocument, type CharLoc, type WordMap, type WordUnit } from './word-map';
import { attr, scanXml, type XmlElement } from './xml-scan';
import { readDocx } from './read';

/** What a comment says and where its finding is in the text view. */
export interface AnnotationFinding {
  ruleId: string;
  severity: string;
  message: string;
  /** Offsets into the document's text view. */
  start: number;
  end: number;
  docsUrl?: string;
}

export interface AnnotateOptions {
  limits?: Partial<DocxLimits>;
  /** The comments' date (default now). */
  date?: Date;
  author?: string;
  /** Reads the copy back to check that its text is unchanged; the DOCX reader by default. */
  readBack?: (buffer: Buffer) => Promise<TenderDocument>;
}

/**
 * How a comment was anchored: on the finding's exact text, on the whole content control holding it (a check box,
 * drop-down, date or plain-text control, whose content Word constrains), on its paragraph or table cell, on a
 * footnote reference, or near it.
 */
export type AnchorKind = 'text' | 'control' | 'paragraph' | 'cell' | 'note' | 'nearby';

export interface AnnotateResult {
  buffer: Buffer;
  /** One per finding, in the order given: the comment id and how it was anchored. */
  comments: Array<{ id: number; anchor: AnchorKind }>;
  /** The comments part written. */
  commentsPart: string;
}

const MARKER_PARENTS = new Set(['w:p', 'w:hyperlink', 'w:ins', 'w:moveTo', 'w:smartTag', 'w:customXml', 'w:sdtContent', 'w:fldSimple']);

/** A place in document.xml where markers go: between elements, or splitting a run (between its children or inside a `w:t`). */
interface Point {
  offset: number;
  kind: 'plain' | 'splitChild' | 'splitText';
  run?: XmlElement;
  text?: XmlElement;
}

interface Anchor {
  start: Point;
  end: Point;
  kind: AnchorKind;
}

function refused(message: string): never {
  throw new DocxRefused(`cannot be annotated safely: ${message}`);
}

/** Whether every child of `run` before `item` is formatting only. */
function firstInRun(run: XmlElement, item: XmlElement): boolean {
  for (const c of run.children) {
    if (c === item) return true;
    if (c.name !== 'w:rPr' && c.name !== 'w:lastRenderedPageBreak') return false;
  }
  return false;
}

function lastInRun(run: XmlElement, item: XmlElement): boolean {
  return run.children[run.children.length - 1] === item;
}

function splittable(text: XmlElement): boolean {
  const space = attr(text, 'xml:space');
  return text.name === 'w:t' && (space === undefined || space === 'preserve');
}

/** Content-control types whose content Word constrains (a single character, plain text, a list entry…). */
const CONSTRAINED_SDT = /^(?:w14:checkbox|w:text|w:dropDownList|w:comboBox|w:date|w:picture|w:docPartObj|w:docPartList|w:equation|w:citation|w:bibliography)$/;

/** The outermost inline content control around `run` whose content may hold nothing but its own text. */
function constrainedControl(run: XmlElement): XmlElement | null {
  let found: XmlElement | null = null;
  for (let el = run.parent; el && el.name !== 'w:p'; el = el.parent) {
    if (el.name !== 'w:sdtContent' || !el.parent) continue;
    const sdtPr = el.parent.children.find((c) => c.name === 'w:sdtPr');
    if (sdtPr?.children.some((c) => CONSTRAINED_SDT.test(c.name))) found = el.parent;
  }
  return found && found.parent && MARKER_PARENTS.has(found.parent.name) ? found : null;
}

function placeable(loc: CharLoc): boolean {
  return !!loc.run.parent && MARKER_PARENTS.has(loc.run.parent.name);
}

/** The point before the character at `loc`. */
function pointBefore(loc: CharLoc): Point {
  const { run, item } = loc;
  if (item.name === 'w:t' && loc.index! > 0 && splittable(item)) return { offset: loc.rawStart!, kind: 'splitText', run, text: item };
  if (firstInRun(run, item)) return { offset: run.start, kind: 'plain' };
  return { offset: item.start, kind: 'splitChild', run };
}

/** The point after the character at `loc`. */
function pointAfter(loc: CharLoc): Point {
  const { run, item } = loc;
  if (item.name === 'w:t' && loc.rawEnd! < item.closeStart && splittable(item)) return { offset: loc.rawEnd!, kind: 'splitText', run, text: item };
  if (lastInRun(run, item)) return { offset: run.end, kind: 'plain' };
  return { offset: item.end, kind: 'splitChild', run };
}

/** The whole of a paragraph or cell: after the first paragraph's properties to the end of the last paragraph. */
function wholeUnit(paragraphs: XmlElement[]): { start: Point; end: Point } | null {
  const open = paragraphs.filter((p) => !p.selfClosing);
  if (open.length === 0) return null;
  const first = open[0]!;
  const last = open[open.length - 1]!;
  const pPr = first.children[0]?.name === 'w:pPr' ? first.children[0] : undefined;
  const start = pPr ? pPr.end : first.openEnd;
  if (start > last.closeStart) return null;
  return { start: { offset: start, kind: 'plain' }, end: { offset: last.closeStart, kind: 'plain' } };
}

/** Plain-text offset in `block` of a view offset: the first character at or after it (start) or before it (end). */
function plainOffset(block: TextBlock, view: number, side: 'start' | 'end'): number {
  const segs = block.segments;
  if (side === 'start') {
    for (const s of segs) {
      if (s.map) {
        for (let i = 0; i < s.length; i++) if (s.sourceStart + s.map[i]! >= view) return s.textStart + i;
      } else if (view < s.sourceStart + s.length) return s.textStart + Math.max(0, view - s.sourceStart);
    }
    return block.text.length;
  }
  for (let k = segs.length - 1; k >= 0; k--) {
    const s = segs[k]!;
    if (s.map) {
      for (let i = s.length - 1; i >= 0; i--) if (s.sourceStart + s.map[i]! < view) return s.textStart + i + 1;
    } else if (view > s.sourceStart) return s.textStart + Math.min(s.length, view - s.sourceStart);
  }
  return 0;
}

function symPattern(text: string): RegExp {
  const body = text.split('\uFFFF').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\S]{0,2}');
  return new RegExp(`^${body}$`);
}

function sameText(unit: WordUnit, block: TextBlock): boolean {
  if (unit.text === block.text) return true;
  return unit.text.includes('\uFFFF') && symPattern(unit.text).test(block.text);
}

/** Pairs the reader's blocks (other than notes) with the walked units: one to one when they agree, else by text. */
function pairBlocks(doc: TenderDocument, map: WordMap): Map<TextBlock, WordUnit> {
  const blocks = doc.blocks.filter((b) => !b.docx?.note);
  const units = map.units;
  const pairs = new Map<TextBlock, WordUnit>();
  const kindOf = (b: TextBlock) => (b.kind === 'tableCell' ? 'cell' : 'paragraph');
  if (blocks.length === units.length && blocks.every((b, i) => kindOf(b) === units[i]!.kind && sameText(units[i]!, b))) {
    blocks.forEach((b, i) => pairs.set(b, units[i]!));
    return pairs;
  }
  let cursor = 0;
  for (const b of blocks) {
    if (b.text === '') continue;
    for (let j = cursor; j < Math.min(units.length, cursor + 200); j++) {
      if (units[j]!.kind === kindOf(b) && sameText(units[j]!, b)) {
        pairs.set(b, units[j]!);
        cursor = j + 1;
        break;
      }
    }
  }
  return pairs;
}

class Anchoring {
  private readonly pairs: Map<TextBlock, WordUnit>;
  private readonly paired: TextBlock[];

  constructor(
    private readonly doc: TenderDocument,
    private readonly map: WordMap,
  ) {
    this.pairs = pairBlocks(doc, map);
    this.paired = doc.blocks.filter((b) => this.pairs.has(b) && this.pairs.get(b)!.paragraphs.length > 0);
  }

  /** The block a range starts in: the block holding `start`, or the first with text after it when `start` is between blocks. */
  private firstBlock(start: number, end: number): TextBlock | null {
    const found = blockAtOffset(this.doc, start);
    if (!found || start < found.range.end.offset) return found;
    const blocks = this.doc.blocks;
    for (let i = found.id + 1; i < blocks.length && blocks[i]!.range.start.offset < Math.max(end, start + 1); i++) {
      if (blocks[i]!.text !== '' && !blocks[i]!.docx?.note) return blocks[i]!;
    }
    return found;
  }

  /** The block a range ends in: the last block with text that starts before `end`, not before `first`. */
  private lastBlock(first: TextBlock, end: number): TextBlock {
    const found = blockAtOffset(this.doc, end - 1);
    if (!found || found.id <= first.id) return first;
    for (let i = found.id; i > first.id; i--) {
      const b = this.doc.blocks[i]!;
      if (b.text !== '' && !b.docx?.note) return b;
    }
    return first;
  }

  anchor(start: number, end: number): Anchor {
    const first = this.firstBlock(start, end);
    if (first?.docx?.note) {
      const note = this.map.notes.find((n) => n.label === first.docx!.note);
      if (note && note.run.parent && MARKER_PARENTS.has(note.run.parent.name)) {
        return { start: { offset: note.run.start, kind: 'plain' }, end: { offset: note.run.end, kind: 'plain' }, kind: 'note' };
      }
    }
    const last = first && end > start ? this.lastBlock(first, end) : first;
    const unitA = first ? this.pairs.get(first) : undefined;
    const unitB = last ? this.pairs.get(last) : undefined;
    if (first && last && unitA && unitB) {
      const exact = this.exact(first, unitA, last, unitB, start, end);
      if (exact) return exact;
      const a = wholeUnit(unitA.paragraphs);
      const b = wholeUnit(unitB.paragraphs);
      if (a && b && b.end.offset > a.start.offset) return { start: a.start, end: b.end, kind: unitA.kind === 'cell' ? 'cell' : 'paragraph' };
      if (a) return { ...a, kind: unitA.kind === 'cell' ? 'cell' : 'paragraph' };
    }
    return this.nearby(first);
  }

  /** The finding's own characters, when its blocks' text matches their XML character for character. */
  private exact(first: TextBlock, unitA: WordUnit, last: TextBlock, unitB: WordUnit, start: number, end: number): Anchor | null {
    if (end <= start) return null;
    for (const [block, unit] of [[first, unitA], [last, unitB]] as const) if (!unit.exact || unit.text !== block.text) return null;
    const from = plainOffset(first, start, 'start');
    const to = plainOffset(last, Math.min(end, last.range.end.offset), 'end');
    let a = from;
    const aEnd = first === last ? to : first.text.length;
    while (a < aEnd && !unitA.chars[a]) a++;
    let b = to - 1;
    const bStart = first === last ? a : 0;
    while (b >= bStart && !unitB.chars[b]) b--;
    if (a >= aEnd || b < bStart) return null;
    const locA = unitA.chars[a]!;
    const locB = unitB.chars[b]!;
    if (!placeable(locA) || !placeable(locB)) return null;
    // Markers never go inside a control whose content Word constrains: the comment then covers the control.
    const controlA = constrainedControl(locA.run);
    const controlB = constrainedControl(locB.run);
    const s: Point = controlA ? { offset: controlA.start, kind: 'plain' } : pointBefore(locA);
    const e: Point = controlB ? { offset: controlB.end, kind: 'plain' } : pointAfter(locB);
    if (e.offset <= s.offset) return null;
    return { start: s, end: e, kind: controlA || controlB ? 'control' : 'text' };
  }

  /** The nearest paired block before (else after) a block the walk could not place. */
  private nearby(block: TextBlock | null): Anchor {
    const at = block ? block.range.start.offset : 0;
    let best: TextBlock | undefined;
    for (const b of this.paired) {
      if (b.range.start.offset <= at) best = b;
      else {
        best ??= b;
        break;
      }
    }
    const whole = best ? wholeUnit(this.pairs.get(best)!.paragraphs) : null;
    if (!whole) refused('no paragraph of its body could be matched to the text tenderlint reads, so comments cannot be placed');
    return { ...whole, kind: 'nearby' };
  }
}

/** The markers of the comments that end and start at one point, ends first. */
function markers(ends: number[], starts: number[]): string {
  let s = '';
  for (const id of ends) s += `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`;
  for (const id of starts) s += `<w:commentRangeStart w:id="${id}"/>`;
  return s;
}

function runOpen(xml: string, run: XmlElement): string {
  const rPr = run.children.find((c) => c.name === 'w:rPr');
  return `<w:r${run.attrs}>${rPr ? xml.slice(rPr.start, rPr.end) : ''}`;
}

/** Inserts the comment markers into document.xml; every other byte stays where it was. */
export function insertMarkers(xml: string, anchors: Array<{ id: number; anchor: Anchor }>): string {
  const groups = new Map<number, { point: Point; ends: number[]; starts: number[] }>();
  const group = (p: Point) => {
    let g = groups.get(p.offset);
    if (!g) groups.set(p.offset, (g = { point: p, ends: [], starts: [] }));
    return g;
  };
  for (const { id, anchor } of anchors) {
    group(anchor.start).starts.push(id);
    group(anchor.end).ends.push(id);
  }
  const inserts: Array<{ offset: number; text: string }> = [];
  const preserved = new Set<XmlElement>();
  for (const [offset, g] of groups) {
    const m = markers(g.ends, g.starts);
    const p = g.point;
    if (p.kind === 'plain') inserts.push({ offset, text: m });
    else if (p.kind === 'splitChild') inserts.push({ offset, text: `</w:r>${m}${runOpen(xml, p.run!)}` });
    else {
      inserts.push({ offset, text: `</w:t></w:r>${m}${runOpen(xml, p.run!)}<w:t xml:space="preserve">` });
      if (attr(p.text!, 'xml:space') === undefined && !preserved.has(p.text!)) {
        preserved.add(p.text!);
        inserts.push({ offset: p.text!.start + '<w:t'.length, text: ' xml:space="preserve"' });
      }
    }
  }
  inserts.sort((a, b) => a.offset - b.offset);
  let out = '';
  let at = 0;
  for (const ins of inserts) {
    out += xml.slice(at, ins.offset) + ins.text;
    at = ins.offset;
  }
  return out + xml.slice(at);
}

function utf8Part(files: ZipPart[], name: string): string | undefined {
  const file = files.find((f) => f.name === name);
  if (!file) return undefined;
  const text = file.bytes.toString('utf8');
  if (!Buffer.from(text, 'utf8').equals(file.bytes)) refused(`its part ${name} is not UTF-8 text, and tenderlint edits only UTF-8 parts`);
  return text;
}

function isoDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The comment's paragraphs: the message, the rule and severity, the documentation link. */
export function commentParagraphs(f: AnnotationFinding): string[] {
  return [f.message, `${f.ruleId} (${f.severity})`, ...(f.docsUrl ? [f.docsUrl] : [])];
}

function zipParts(files: ZipPart[], replaced: Map<string, Buffer>, added: Array<{ name: string; bytes: Buffer }>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const f of files) {
    if (f.name.endsWith('/')) zip.addEmptyDirectory(f.name, { mtime: f.mtime });
    else zip.addBuffer(replaced.get(f.name) ?? f.bytes, f.name, { mtime: f.mtime, compress: f.compressed });
  }
  for (const a of added) zip.addBuffer(a.bytes, a.name, { compress: true });
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}

/**
 * Annotates a DOCX held in memory, given the document the reader made of it and the findings on that document.
 * Throws `DocxRefused` when the file breaks the reader's limits or cannot be annotated safely.
 */
export async function annotateDocx(buffer: Buffer, doc: TenderDocument, findings: AnnotationFinding[], options: AnnotateOptions = {}): Promise<AnnotateResult> {
  const safe = await openDocxSafely(buffer, { ...DEFAULT_DOCX_LIMITS, ...options.limits }, { keepAll: true });
  const files = safe.files!;
  const names = new Set(files.map((f) => f.name));
  const documentXml = utf8Part(files, 'word/document.xml')!;
  wordRoot(documentXml, 'w:document', 'word/document.xml');
  const root = scanXml(documentXml);
  const map = mapDocument(documentXml, root);

  const relsName = 'word/_rels/document.xml.rels';
  const rel = commentsRelationship(utf8Part(files, relsName), names);
  const existingComments = names.has(rel.part) ? utf8Part(files, rel.part) : undefined;
  let nextId = Math.max(maxCommentId(existingComments), ...[...documentXml.matchAll(/<w:comment(?:RangeStart|RangeEnd|Reference)\b[^>]*?\sw:id\s*=\s*["'](-?\d+)["']/g)].map((m) => Number(m[1]))) + 1;
  if (!Number.isFinite(nextId) || nextId < 0) nextId = 0;

  const anchoring = new Anchoring(doc, map);
  const placed = findings.map((f) => ({ id: nextId++, anchor: anchoring.anchor(f.start, f.end), finding: f }));
  const newDocument = insertMarkers(documentXml, placed);
  try {
    scanXml(newDocument);
  } catch (err) {
    refused(`the comment markers would leave word/document.xml malformed (${(err as Error).message}); please report this with the file`);
  }
  const comments: NewComment[] = placed.map((p) => ({ id: p.id, paragraphs: commentParagraphs(p.finding) }));
  const styles = utf8Part(files, 'word/styles.xml');
  const meta = {
    author: options.author ?? 'tenderlint',
    initials: 'TL',
    date: isoDate(options.date ?? new Date()),
    // Word's comment text style, when the document defines it.
    style: styles !== undefined && /w:styleId\s*=\s*"CommentText"/.test(styles) ? 'CommentText' : undefined,
  };
  const commentsXml = writeComments(existingComments, comments, meta, rel.part);

  const replaced = new Map<string, Buffer>([['word/document.xml', Buffer.from(newDocument, 'utf8')]]);
  const added: Array<{ name: string; bytes: Buffer }> = [];
  if (existingComments !== undefined) replaced.set(rel.part, Buffer.from(commentsXml, 'utf8'));
  else added.push({ name: rel.part, bytes: Buffer.from(commentsXml, 'utf8') });
  if (rel.rels !== null) {
    if (names.has(relsName)) replaced.set(relsName, Buffer.from(rel.rels, 'utf8'));
    else added.push({ name: relsName, bytes: Buffer.from(rel.rels, 'utf8') });
  }
  const types = utf8Part(files, '[Content_Types].xml');
  if (types === undefined) refused('it has no [Content_Types].xml part');
  const newTypes = withCommentsContentType(types, rel.part);
  if (newTypes !== null) replaced.set('[Content_Types].xml', Buffer.from(newTypes, 'utf8'));

  const out = await zipParts(files, replaced, added);
  const back = await (options.readBack ?? ((b: Buffer) => readDocx(b, doc.path, options.limits)))(out);
  if (back.text !== doc.text) refused('the copy would not read back with the same text; please report this with the file');
  return { buffer: out, comments: placed.map((p) => ({ id: p.id, anchor: p.anchor.kind })), commentsPart: rel.part };
}

export type { Anchor, Point };
