/**
 * The package parts a Word copy with comments needs besides the markers in `document.xml`: the comments part
 * (written, or extended after its last comment), its relationship from the document and its content-type
 * override (each added only when missing). Every edit is an insertion into the part's text, so the rest of each
 * part keeps its bytes.
 */
import { posix } from 'node:path';
import { DocxRefused } from './limits';
import { attr, escapeXml, scanXml, type XmlElement } from './xml-scan';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const COMMENTS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';

/** A comment to write: its id and its paragraphs of plain text. */
export interface NewComment {
  id: number;
  paragraphs: string[];
}

export interface CommentMeta {
  author: string;
  initials: string;
  /** ISO date without milliseconds (`2026-01-31T09:00:00Z`). */
  date: string;
  /** Paragraph style of the comment text, when the document has one. */
  style?: string;
}

/** The root element of a part, checked to be `name` with the WordprocessingML namespace bound to `w`. */
export function wordRoot(xml: string, name: string, part: string): { root: XmlElement; el: XmlElement } {
  let root: XmlElement;
  try {
    root = scanXml(xml);
  } catch (err) {
    throw new DocxRefused(`cannot be annotated safely: its part ${part} is not well-formed XML (${(err as Error).message})`);
  }
  const el = root.children.find((c) => !c.name.startsWith('?'));
  if (!el || el.name !== name || attr(el, 'xmlns:w') !== W_NS) {
    throw new DocxRefused(
      `cannot be annotated safely: its part ${part} does not use the usual WordprocessingML layout (a <${name}> root with the "w" prefix for the transitional namespace), so comments cannot be added without rewriting it; save it from Word as a Word document (.docx) and try again`,
    );
  }
  return { root, el };
}

function commentXml(c: NewComment, meta: CommentMeta): string {
  const paragraphs = c.paragraphs.map((text, i) => {
    const ref = i === 0 ? '<w:r><w:annotationRef/></w:r>' : '';
    const pPr = meta.style ? `<w:pPr><w:pStyle w:val="${escapeXml(meta.style)}"/></w:pPr>` : '';
    return `<w:p>${pPr}${ref}<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
  });
  return `<w:comment w:id="${c.id}" w:author="${escapeXml(meta.author)}" w:date="${meta.date}" w:initials="${escapeXml(meta.initials)}">${paragraphs.join('')}</w:comment>`;
}

/** The highest comment id in a comments part (-1 when none). */
export function maxCommentId(xml: string | undefined): number {
  if (!xml) return -1;
  let max = -1;
  for (const m of xml.matchAll(/<w:comment\b[^>]*?\sw:id\s*=\s*["'](-?\d+)["']/g)) max = Math.max(max, Number(m[1]));
  return max;
}

/** A new comments part, or the existing one with the comments appended after its last one. */
export function writeComments(existing: string | undefined, comments: NewComment[], meta: CommentMeta, part: string): string {
  const body = comments.map((c) => commentXml(c, meta)).join('');
  if (existing === undefined) {
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:comments xmlns:w="${W_NS}" xmlns:r="${R_NS}">${body}</w:comments>`;
  }
  const { el } = wordRoot(existing, 'w:comments', part);
  if (el.selfClosing) {
    // `<w:comments .../>`: the tag's `/>` becomes `>` + comments + end tag.
    const slash = existing.lastIndexOf('/>', el.end);
    return existing.slice(0, slash) + '>' + body + '</w:comments>' + existing.slice(el.end);
  }
  return existing.slice(0, el.closeStart) + body + existing.slice(el.closeStart);
}

/** The comments part the document refers to (its zip path), or null; and the relationship text to add when missing. */
export function commentsRelationship(rels: string | undefined, existingNames: ReadonlySet<string>): { part: string; rels: string | null } {
  if (rels !== undefined) {
    let root: XmlElement;
    try {
      root = scanXml(rels);
    } catch (err) {
      throw new DocxRefused(`cannot be annotated safely: its part word/_rels/document.xml.rels is not well-formed XML (${(err as Error).message})`);
    }
    const el = root.children.find((c) => c.name === 'Relationships');
    if (!el) throw new DocxRefused('cannot be annotated safely: its document relationships part has no <Relationships> element');
    const list = el.children.filter((c) => c.name === 'Relationship');
    const existing = list.find((r) => attr(r, 'Type') === COMMENTS_REL && attr(r, 'TargetMode') !== 'External');
    if (existing) {
      const target = attr(existing, 'Target') ?? 'comments.xml';
      const part = target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join('word', target));
      return { part, rels: null };
    }
    const ids = new Set(list.map((r) => attr(r, 'Id')));
    let n = list.length + 1;
    while (ids.has(`rId${n}`)) n++;
    const part = freeName(existingNames);
    const relationship = `<Relationship Id="rId${n}" Type="${COMMENTS_REL}" Target="${part.slice('word/'.length)}"/>`;
    if (el.selfClosing) {
      const slash = rels.lastIndexOf('/>', el.end);
      return { part, rels: rels.slice(0, slash) + '>' + relationship + '</Relationships>' + rels.slice(el.end) };
    }
    return { part, rels: rels.slice(0, el.closeStart) + relationship + rels.slice(el.closeStart) };
  }
  const part = freeName(existingNames);
  return {
    part,
    rels: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${COMMENTS_REL}" Target="${part.slice('word/'.length)}"/></Relationships>`,
  };
}

function freeName(names: ReadonlySet<string>): string {
  if (!names.has('word/comments.xml')) return 'word/comments.xml';
  let n = 1;
  while (names.has(`word/comments${n}.xml`)) n++;
  return `word/comments${n}.xml`;
}

/** `[Content_Types].xml` with an override for the comments part, or null when it already has one. */
export function withCommentsContentType(types: string, part: string): string | null {
  let root: XmlElement;
  try {
    root = scanXml(types);
  } catch (err) {
    throw new DocxRefused(`cannot be annotated safely: its [Content_Types].xml is not well-formed XML (${(err as Error).message})`);
  }
  const el = root.children.find((c) => c.name === 'Types');
  if (!el || el.selfClosing) throw new DocxRefused('cannot be annotated safely: its [Content_Types].xml has no <Types> list');
  const name = `/${part}`;
  const has = el.children.some((c) => c.name === 'Override' && (attr(c, 'PartName') ?? '').toLowerCase() === name.toLowerCase());
  if (has) return null;
  const override = `<Override PartName="${name}" ContentType="${COMMENTS_TYPE}"/>`;
  return types.slice(0, el.closeStart) + override + types.slice(el.closeStart);
}
