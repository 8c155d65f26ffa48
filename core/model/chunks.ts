/**
 * Chunked parsing. A Markdown document is cut at block boundaries into chunks of a few kilobytes that parse on
 * their own exactly as they do in place, so the language server re-parses only the chunk an edit touched. The
 * guarantee is that the chunked parse gives the model a parse of the whole text gives (`test/model-chunks.test.ts`).
 *
 * Where a cut may fall: at a line that starts at the margin (neither a space nor a tab first) after a blank line,
 * outside fenced code, multi-line HTML (comments, `<pre>`, `<script>`, …) and YAML front matter. The blank line
 * has closed every paragraph (so no lazy continuation and no setext underline reaches across), and a line at the
 * margin is indented too little to continue a list item, footnote or indented code, and is not prefixed by `>`
 * for the block quote before the blank line. What the line scan cannot see for certain (a fence or HTML block
 * opened inside another construct) is checked on the parsed chunk: if its last block is a fence or HTML block
 * still open at its end, the chunk is joined to the next one.
 *
 * Link reference and footnote definitions are read across the whole document: a chunk that may hold a reference
 * is parsed with one definition per label of the document's definitions appended after a blank line (the
 * nodes they give are dropped), so `[text][label]` and `[^1]` resolve as they do in a whole parse.
 */
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import type { Parents, Root, RootContent } from 'mdast';
import type { Code, Construct, Extension, TokenizeContext, Tokenizer } from 'micromark-util-types';
import type { PieceBuild } from './reuse';
import { FENCE } from './cuts';
import type { TextEdit } from './edit';
import type { TextPasses } from './versions';
import { parseWithProcessor } from './micromark';

/**
 * GFM without autolink literals. remark-gfm's autolink pass walks every text node after parsing and tripled the
 * parse time of a tender; a bare URL gives the same plain text either way, and the model keeps no links.
 */
function gfmForTenders(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(tableWhereItMayStart(), gfmStrikethrough(), gfmFootnote(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmFootnoteFromMarkdown(), gfmTaskListItemFromMarkdown());
}

/** The text being parsed (see `tableWhereItMayStart`). */
let parsing = '';

/**
 * The GFM table construct, tried only where a table may start. micromark tries it at the start of every line of
 * every paragraph, and it reads the whole line as a header row (a token per word) before finding that the next line
 * is no delimiter row: in prose that was the largest share of the parse's garbage. A delimiter row holds nothing but
 * pipes, colons, dashes and white space (after the container markers `>` and indentation), so where the next line
 * holds anything else, or there is none, the attempt fails at once, as it would have failed after reading the line.
 * A failed attempt leaves no trace in micromark (its events and position are restored; the one flag the table sets,
 * `interrupt`, it sets back to false itself before it can fail), so the tree is the same. Rows after a table's head,
 * and any place where the tokenizer's position cannot be matched with the text, go to the construct as before.
 */
function tableWhereItMayStart(): Extension {
  const extension = gfmTable();
  const table = extension.flow!['null'] as Construct;
  const tokenizeTable = table.tokenize;
  const tokenize: Tokenizer = function (this: TokenizeContext, effects, ok, nok) {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const self = this;
    return (code) => (mayStartTable(self, code) ? tokenizeTable.call(self, effects, ok, nok)(code) : nok(code));
  };
  return { flow: { null: { ...table, tokenize } } };
}

/** Whether a table may start (or go on) at the tokenizer's position; false only where it certainly cannot. */
function mayStartTable(self: TokenizeContext, code: Code): boolean {
  // After a table's head or a row, the line may be the next row (the construct's own test, events as it reads them).
  let index = self.events.length - 1;
  while (index > -1 && (self.events[index]![1].type === 'lineEnding' || self.events[index]![1].type === 'linePrefix')) index--;
  const tail = index > -1 ? self.events[index]![1].type : null;
  if (tail === 'tableHead' || tail === 'tableRow') return true;
  const text = parsing;
  const at = self.now().offset;
  if (code === null || code < 0 || text.charCodeAt(at) !== code) return true;
  // The end of this line, then the next line.
  let i = at;
  while (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
  if (i >= text.length) return false;
  i += text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
  let c = text.charCodeAt(i);
  while (c === 32 || c === 9 || c === 62 /* > */) c = text.charCodeAt(++i);
  let dash = false;
  for (; i < text.length && c !== 10 && c !== 13; c = text.charCodeAt(++i)) {
    if (c === 45 /* - */) dash = true;
    else if (c !== 124 /* | */ && c !== 58 /* : */ && c !== 32 && c !== 9) return false;
  }
  return dash;
}

const withFrontMatter = unified().use(remarkParse).use(gfmForTenders).use(remarkFrontmatter, ['yaml']);
const withoutFrontMatter = unified().use(remarkParse).use(gfmForTenders);

/** A closed YAML front matter block opening the text (any line endings, as micromark reads them). */
const CLOSED_FRONT_MATTER = /^---[ \t]*(?:\r\n|\r|\n)(?:[\s\S]*?(?:\r\n|\r|\n))?---[ \t]*(?:\r\n|\r|\n|$)/;

/**
 * Parses one chunk. The front matter extension is used only when the chunk opens with a closed front matter block:
 * once it has tried and failed on an opening `---` (a thematic break, or front matter never closed), it leaves
 * micromark unable to read any list or block quote in the rest of the text (micromark-extension-frontmatter
 * issue 5), so every list item would be read as a paragraph.
 */
function parseChunk(chunk: string): Root {
  parsing = chunk;
  try {
    return parseWithProcessor(CLOSED_FRONT_MATTER.test(chunk) ? withFrontMatter : withoutFrontMatter, chunk);
  } finally {
    parsing = '';
  }
}

export { CHUNK_SIZES, chunkOffsets, type ChunkSizes } from './cuts';

/**
 * Parsed chunks of one document by their text, kept between versions of the document so that an edit re-parses
 * only the chunk it touched (the language server keeps one per open document). After each parse it holds just
 * the chunks of the newest version.
 */
export class ChunkCache {
  private trees = new Map<string, Root>();
  /**
   * What each tree built last time (`markdown.ts`), so that an unchanged chunk is not visited again. Everything
   * downstream remembers work by block and sentence text (extractor matches, sentence spans, pattern tests); the
   * blocks of a kept build bring the very strings of last time, which a memo finds at once, where an equal new
   * string has to be hashed and compared character by character.
   */
  readonly built = new WeakMap<Root, PieceBuild>();
  /** The definition labels of the latest version, with which the next version's chunks are parsed first. */
  labels: string[] | null = null;

  /** Chunks parsed afresh and reused in the latest parse. */
  readonly last = { parsed: 0, reused: 0 };

  /** The chunk's tree, from the previous version when its text is unchanged. */
  parse(chunk: string, used: Map<string, Root>): Root {
    let tree = this.trees.get(chunk) ?? used.get(chunk);
    if (tree) {
      this.last.reused++;
    } else {
      tree = parseChunk(chunk);
      this.last.parsed++;
    }
    used.set(chunk, tree);
    return tree;
  }

  /** Whether each tree's last block is open at the end of its chunk, and the labels it defines, by where its chunk ends. */
  private open = new WeakMap<Root, { limit: number; open: boolean }>();
  private labels_ = new WeakMap<Root, { limit: number; labels: string[] }>();

  openAtEnd(tree: Root, chunk: string): boolean {
    const known = this.open.get(tree);
    if (known && known.limit === chunk.length) return known.open;
    const open = openAtEnd(tree, chunk.length, chunk);
    this.open.set(tree, { limit: chunk.length, open });
    return open;
  }

  labelsOf(tree: Root, limit: number): string[] {
    const known = this.labels_.get(tree);
    if (known && known.limit === limit) return known.labels;
    const labels = labelsOf(tree, limit);
    this.labels_.set(tree, { limit, labels });
    return labels;
  }

  /** The passes over the whole text of the latest version (`versions.ts`), and the edit from it to the one being parsed. */
  passes: TextPasses | null = null;
  edit: TextEdit | null = null;
  /** The chunk texts of the version being parsed by where they start (kept with its passes once it is parsed). */
  nextStrings = new Map<number, string>();

  /**
   * The text of `[start, end)`: the very string of the previous version where that stretch is outside the edit
   * (so that the lookup of its tree finds it at once, not by hashing and comparing its characters again).
   */
  slice(text: string, start: number, end: number): string {
    const edit = this.edit;
    let chunk: string | undefined;
    if (edit) {
      const before = end <= edit.start ? start : start >= edit.newEnd ? start - edit.delta : -1;
      const old = before >= 0 ? this.passes?.strings.get(before) : undefined;
      if (old !== undefined && old.length === end - start) chunk = old;
    }
    chunk ??= detached(text.slice(start, end));
    this.nextStrings.set(start, chunk);
    return chunk;
  }

  /** Each chunk's text with the definitions appended, by the chunk's text: last version's, and this one's. */
  private stubbed = new Map<string, { stubs: string; source: string }>();
  private nextStubbed = new Map<string, { stubs: string; source: string }>();

  /** The chunk with the definitions appended, the very string of last time where both are the same. */
  withStubs(chunk: string, stubs: string): string {
    const known = this.stubbed.get(chunk) ?? this.nextStubbed.get(chunk);
    const entry = known && known.stubs === stubs ? known : { stubs, source: chunk + stubs };
    this.nextStubbed.set(chunk, entry);
    return entry.source;
  }

  /** Keeps only the chunks of the version just parsed. */
  retain(used: Map<string, Root>): void {
    this.trees = used;
    this.stubbed = this.nextStubbed;
    this.nextStubbed = new Map();
  }

  /** Starts a parse of a new version. */
  begin(): void {
    this.last.parsed = 0;
    this.last.reused = 0;
    this.nextStrings = new Map();
    this.nextStubbed = new Map();
  }

  get size(): number {
    return this.trees.size;
  }
}

export interface Piece {
  start: number;
  end: number;
  /** Read as plain text, without parsing (a stretch the parser cannot survive: see `guards.ts`). */
  plain: boolean;
}

/** A parsed piece: its tree, whose root children starting at or after `limit` come from appended definitions. */
export interface ParsedPiece extends Piece {
  tree: Root;
  limit: number;
  stubbed: boolean;
}

/** The chunks to parse, `cuts` split further around the plain regions (which are read without parsing). */
export function withPlainRegions(cuts: number[], regions: Array<{ start: number; end: number }>, length: number): Piece[] {
  const bounds = cuts.map((start, i) => ({ start, end: cuts[i + 1] ?? length }));
  if (regions.length === 0) return bounds.map((b) => ({ ...b, plain: false }));
  // A cut inside a region (straight after a line, in a list) would read it as two stretches of plain text.
  const points = new Set<number>(cuts.filter((c) => !regions.some((r) => r.start < c && c < r.end)));
  for (const r of regions) {
    points.add(r.start);
    points.add(r.end);
  }
  const sorted = [...points].filter((p) => p < length).sort((a, b) => a - b);
  let r = 0;
  return sorted.map((start, i) => {
    const end = sorted[i + 1] ?? length;
    while (r < regions.length && regions[r]!.end <= start) r++;
    const plain = r < regions.length && regions[r]!.start <= start && end <= regions[r]!.end;
    return { start, end, plain };
  });
}

/** The tree of a stretch read as plain text: one paragraph of its text as written, or nothing if it is blank. */
function plainTree(chunk: string): Root {
  let s = 0;
  let e = chunk.length;
  while (s < e && /\s/.test(chunk[s]!)) s++;
  while (e > s && /\s/.test(chunk[e - 1]!)) e--;
  if (s === e) return { type: 'root', children: [] };
  const point = (offset: number) => {
    let line = 1;
    let lineStart = 0;
    for (let i = chunk.indexOf('\n'); i >= 0 && i < offset; i = chunk.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    return { line, column: offset - lineStart + 1, offset };
  };
  const position = { start: point(s), end: point(e) };
  return { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: chunk.slice(s, e), position }], position }] };
}

const normalLabel = (label: string): string => label.replace(/[ \t\r\n]+/g, ' ').trim();

/** Labels that look defined, from the lines alone: the first guess of the definitions (checked after parsing). */
function guessLabels(text: string): string[] {
  if (!text.includes(']:')) return [];
  const found = new Set<string>();
  const re = /^ {0,3}\[((?:[^[\]\\\r\n]|\\.){1,999})\]:/gm;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) found.add(normalLabel(m[1]!));
  return [...found].sort();
}

/** The labels defined in a tree (`^label` for footnotes), in containers too, before `limit`. */
function collectLabels(parent: Parents, limit: number, out: Set<string>): void {
  for (const child of parent.children as RootContent[]) {
    if ((child.position?.start.offset ?? 0) >= limit) break;
    if (child.type === 'definition') {
      out.add(normalLabel(child.label ?? child.identifier));
    } else if (child.type === 'footnoteDefinition') {
      out.add(`^${normalLabel(child.label ?? child.identifier)}`);
      collectLabels(child, limit, out);
    } else if (child.type === 'blockquote' || child.type === 'list' || child.type === 'listItem') {
      collectLabels(child, limit, out);
    }
  }
}

/** The labels defined in a tree before `limit`. */
function labelsOf(tree: Root, limit: number): string[] {
  const found = new Set<string>();
  collectLabels(tree, limit, found);
  return [...found];
}

/** One definition per label, after a blank line and each apart, so that none continues another. */
function stubText(labels: string[]): string {
  return labels.length === 0 ? '' : `\n\n${labels.map((l) => `[${l}]: x`).join('\n\n')}\n`;
}

/**
 * Whether the last block of a chunk's tree is a fence or an HTML block (comment, `<pre>`, `<script>`, …) still
 * open at the end of the chunk, which in the whole text would go on into the next chunk. Errs towards open.
 */
function openAtEnd(tree: Root, length: number, chunk: string): boolean {
  let last: RootContent | undefined;
  for (const child of tree.children) {
    if ((child.position?.start.offset ?? 0) >= length) break;
    last = child;
  }
  // Down the last blocks of containers: a fence left open in a list item ends elsewhere at the end of a chunk.
  while (last && (last.type === 'list' || last.type === 'listItem' || last.type === 'blockquote' || last.type === 'footnoteDefinition')) {
    last = last.children[last.children.length - 1];
  }
  if (!last || (last.type !== 'code' && last.type !== 'html')) return false;
  const start = last.position?.start.offset ?? 0;
  const end = last.position?.end.offset ?? start;
  if (end > length) return true;
  // An open block runs on over the blank lines that end the chunk; a closed one stops at its last line.
  if (end > chunk.trimEnd().length) return true;
  const source = chunk.slice(start, end);
  if (last.type === 'code') {
    const open = FENCE.exec(source);
    if (!open) return false;
    const lines = source.split('\n');
    if (lines.length < 2) return true;
    const close = /^[ \t>]*(`{3,}|~{3,})[ \t]*$/.exec(lines[lines.length - 1]!.replace(/\r$/, ''));
    return !(close && close[1]![0] === open[1]![0] && close[1]!.length >= open[1]!.length);
  }
  const m = /^ {0,3}<(!--|\?|!\[CDATA\[|![A-Za-z]|(?:script|pre|style|textarea)(?=[\s>]|$))/i.exec(source);
  if (!m) return false;
  const rest = source.slice(m[0].length);
  const kind = m[1]!.toLowerCase();
  if (kind === '!--') return !rest.includes('-->');
  if (kind === '?') return !rest.includes('?>');
  if (kind === '![cdata[') return !rest.includes(']]>');
  if (kind.startsWith('!')) return !rest.includes('>');
  return !/<\/(?:script|pre|style|textarea)>/i.test(rest);
}

/** The marker of the list item at `at` (after any indentation): its bullet, or the delimiter after its number. */
function listMarker(text: string, at: number): string | null {
  let i = at;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  const c = text[i];
  if (c === '-' || c === '*' || c === '+') return c;
  let j = i;
  while (j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
  return j > i && (text[j] === '.' || text[j] === ')') ? `1${text[j]}` : null;
}

/**
 * Whether a chunk may end where the next one starts, as far as lists go. After a blank line it may (see the top of
 * this file). Straight after a line, the next chunk starts with a list item at the margin (see `cuts.ts`), which in
 * the whole text is the next item of the same list, whatever the items before hold (their containers close at a
 * line at the margin), when the chunk's last block is a list with the same kind of marker; anything else (a
 * paragraph the item would continue lazily, another kind of list, a table, a quote) and the chunks are joined.
 */
function listGoesOn(tree: Root, chunk: string, text: string, next: number): boolean {
  let i = next - 1;
  while (i > 0 && text.charCodeAt(i - 1) !== 10) i--;
  if (/^[ \t]*\r?\n?$/.test(text.slice(i, next))) return true;
  let last: RootContent | undefined;
  for (const child of tree.children) {
    if ((child.position?.start.offset ?? 0) >= chunk.length) break;
    last = child;
  }
  if (!last || last.type !== 'list') return false;
  const item = last.children[last.children.length - 1];
  const at = item?.position?.start.offset;
  if (at === undefined) return false;
  const marker = listMarker(chunk, at);
  return marker !== null && marker === listMarker(text, next);
}

/**
 * A copy of `slice` that does not keep the string it was cut from alive. V8 keeps a substring of 13 or more
 * characters as a pointer into its parent, so every block text, sentence and fact text cut from a chunk would keep
 * the whole version of the document the chunk was cut from alive for as long as any memo remembers one of them: in
 * the editor that was a copy of the document per keystroke, until the memos turned over. Prepending a character
 * makes V8 copy the characters into a string of their own; the slice after it points into that copy.
 */
export function detached(slice: string): string {
  return ` ${slice}`.slice(1);
}

/**
 * Parses the pieces, joining a chunk to the next where its end is still open, with the document's definitions
 * appended to every chunk that may refer to one when there is more than one chunk; hands each parsed piece to
 * `visit` in order. False, before any piece is handed on, when a chunk that needs the definitions is open at the
 * very end (they would be read into it): the caller then parses in fewer pieces.
 */
export function parsePieces(text: string, pieces: Piece[], cache: ChunkCache | undefined, visit: (piece: ParsedPiece) => void, definitions = true): boolean {
  const used = new Map<string, Root>();
  const parse = (source: string): Root => (cache ? cache.parse(source, used) : parseChunk(source));
  const withStubs = (chunk: string, stubs: string): string => (cache ? cache.withStubs(chunk, stubs) : chunk + stubs);
  const slice = (start: number, end: number): string => (cache ? cache.slice(text, start, end) : text.slice(start, end));
  const open = (tree: Root, chunk: string): boolean => (cache ? cache.openAtEnd(tree, chunk) : openAtEnd(tree, chunk.length, chunk));
  const several = definitions && pieces.filter((p) => !p.plain).length > 1;
  // A definition's label is followed by a colon at once: without "]:" there is none, whatever the previous version
  // defined (its labels are a guess checked below only when the trees are held, which they are not then).
  const mayDefine = text.includes(']:');
  let labels = several && mayDefine ? (cache?.labels ?? guessLabels(text)) : [];
  let stubs = stubText(labels);
  // Without definitions no chunk is parsed again: each is handed on at once and its tree need not be held.
  const hold = several && mayDefine;
  const parsed: ParsedPiece[] = [];
  const done = (piece: ParsedPiece): void => {
    if (hold) parsed.push(piece);
    else visit(piece);
  };
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if (piece.plain) {
      done({ ...piece, tree: plainTree(cache ? detached(text.slice(piece.start, piece.end)) : text.slice(piece.start, piece.end)), limit: Infinity, stubbed: false });
      continue;
    }
    let end = piece.end;
    for (;;) {
      const chunk = slice(piece.start, end);
      const stubbed = stubs !== '' && chunk.includes('[');
      const tree = parse(stubbed ? withStubs(chunk, stubs) : chunk);
      if (open(tree, chunk) || (pieces[i + 1] && !pieces[i + 1]!.plain && !listGoesOn(tree, chunk, text, pieces[i + 1]!.start))) {
        const next = pieces[i + 1];
        if (next && !next.plain) {
          i++;
          end = next.end;
          continue;
        }
        if (stubbed) return false;
      }
      done({ start: piece.start, end, plain: false, tree, limit: chunk.length, stubbed });
      break;
    }
  }
  if (several) {
    const found = new Set<string>();
    // A definition's label is followed by a colon at once: without "]:" there is none to look for.
    if (hold) for (const p of parsed) if (!p.plain) for (const label of cache ? cache.labelsOf(p.tree, p.limit) : labelsOf(p.tree, p.limit)) found.add(label);
    const actual = [...found].sort();
    if (actual.join('\n') !== labels.join('\n')) {
      labels = actual;
      stubs = stubText(labels);
      for (const p of parsed) {
        if (p.plain) continue;
        const chunk = slice(p.start, p.end);
        const stubbed = stubs !== '' && chunk.includes('[');
        if (!stubbed && !p.stubbed) continue;
        p.tree = parse(stubbed ? withStubs(chunk, stubs) : chunk);
        p.stubbed = stubbed;
        if (stubbed && open(p.tree, chunk)) return false;
      }
    }
    if (cache) cache.labels = labels;
  }
  for (const p of parsed) visit(p);
  cache?.retain(used);
  return true;
}
