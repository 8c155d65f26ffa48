/**
 * Direct reading of OOXML parts where mammoth's document tree does not carry what the rules need: the tracked
 * changes and comments still in the file, and the outline levels of custom heading styles. The parser is
 * fast-xml-parser with entity processing off; parts reach it only after `safety.ts` has refused any DTD.
 */
import { XMLParser } from 'fast-xml-parser';
import type { Revisions } from '../../core/model/types';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
});

type XmlNode = { [key: string]: unknown };

function asArray(value: unknown): XmlNode[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).filter((v): v is XmlNode => typeof v === 'object' && v !== null);
}

/** Counts elements by name anywhere below `node`. */
function countElements(node: unknown, names: ReadonlySet<string>, counts: Map<string, number>): void {
  if (Array.isArray(node)) {
    for (const item of node) countElements(item, names, counts);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  for (const [key, value] of Object.entries(node as XmlNode)) {
    if (key.startsWith('@')) continue;
    if (names.has(key)) {
      // Formatting changes count only with an author: Google Docs exports write author-less table-grid changes.
      const n = FORMATTING_NAMES.has(key)
        ? asArray(value).filter((v) => typeof v['@w:author'] === 'string').length
        : Array.isArray(value) ? value.length : 1;
      counts.set(key, (counts.get(key) ?? 0) + n);
    }
    countElements(value, names, counts);
  }
}

const INSERTIONS = ['w:ins', 'w:moveTo'];
const DELETIONS = ['w:del', 'w:moveFrom'];
const FORMATTING = ['w:rPrChange', 'w:pPrChange', 'w:tblPrChange', 'w:trPrChange', 'w:tcPrChange', 'w:sectPrChange', 'w:tblGridChange', 'w:numberingChange'];
const FORMATTING_NAMES = new Set(FORMATTING);
const REVISION_NAMES = new Set([...INSERTIONS, ...DELETIONS, ...FORMATTING]);

/** Tracked changes in the body, footnotes and endnotes, and comments; undefined when there are none. */
export function countRevisions(parts: ReadonlyMap<string, string>): Revisions | undefined {
  const counts = new Map<string, number>();
  for (const name of ['word/document.xml', 'word/footnotes.xml', 'word/endnotes.xml']) {
    const xml = parts.get(name);
    // Cheap test first: most documents carry no revision marks at all.
    if (xml && /<w:(?:ins|del|moveFrom|moveTo|[a-zA-Z]+PrChange|tblGridChange|numberingChange)[\s>/]/.test(xml)) {
      countElements(parser.parse(xml), REVISION_NAMES, counts);
    }
  }
  const sum = (names: string[]) => names.reduce((n, k) => n + (counts.get(k) ?? 0), 0);
  let comments = 0;
  const commentsXml = parts.get('word/comments.xml');
  if (commentsXml) comments = asArray((parser.parse(commentsXml) as XmlNode)['w:comments'] as XmlNode | undefined).flatMap((c) => asArray(c['w:comment'])).length;
  const revisions: Revisions = { insertions: sum(INSERTIONS), deletions: sum(DELETIONS), formatting: sum(FORMATTING), comments };
  return revisions.insertions + revisions.deletions + revisions.formatting + revisions.comments > 0 ? revisions : undefined;
}

/**
 * Heading depth (1–6) of paragraph styles that carry an outline level, directly or through the style they are
 * based on, other than the built-in "Heading n" and "Title" styles (which are recognised by name).
 */
export function outlineLevels(stylesXml: string | undefined): Map<string, number> {
  const result = new Map<string, number>();
  if (!stylesXml) return result;
  const root = parser.parse(stylesXml) as XmlNode;
  const styles = asArray(root['w:styles']).flatMap((s) => asArray(s['w:style'])).filter((s) => s['@w:type'] === 'paragraph');
  const byId = new Map<string, XmlNode>();
  for (const s of styles) if (typeof s['@w:styleId'] === 'string') byId.set(s['@w:styleId'], s);
  const levelOf = (id: string, seen: Set<string>): number | null => {
    const style = byId.get(id);
    if (!style || seen.has(id)) return null;
    seen.add(id);
    const own = asArray(style['w:pPr']).flatMap((p) => asArray(p['w:outlineLvl']))[0]?.['@w:val'];
    if (typeof own === 'string') return Number(own);
    const basedOn = asArray(style['w:basedOn'])[0]?.['@w:val'];
    return typeof basedOn === 'string' ? levelOf(basedOn, seen) : null;
  };
  for (const [id, style] of byId) {
    const name = String(asArray(style['w:name'])[0]?.['@w:val'] ?? '');
    if (/^(?:heading\s*\d|title)$/i.test(name)) continue;
    const level = levelOf(id, new Set());
    if (level !== null && Number.isInteger(level) && level >= 0 && level <= 5) result.set(id, level + 1);
  }
  return result;
}
