/**
 * Markdown adapter: Markdown text → tender model, through unified + remark-parse (with the GFM tables,
 * footnotes, strikethrough and task lists, and YAML front matter). Positions come straight from the mdast, so
 * every block maps back to exact source ranges.
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
import { parse as parseYaml } from 'yaml';
import type { Nodes, Parents, PhrasingContent, Root, RootContent, Table as MdTable } from 'mdast';
import { blockRange, computeLineStarts, rangeFromOffsets } from './positions';
import { criticMarkupRevisions } from './revisions';
import { plainRegions } from './guards';

export { plainRegions };
import type {
  BlockKind,
  CommentNode,
  DocumentFormat,
  FrontMatter,
  Section,
  Table,
  TenderDocument,
  TextBlock,
  TextSegment,
} from './types';

/**
 * GFM without autolink literals. remark-gfm's autolink pass walks every text node after parsing and tripled the
 * parse time of a tender; a bare URL gives the same plain text either way, and the model keeps no links.
 */
function gfmForTenders(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmStrikethrough(), gfmFootnote(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmFootnoteFromMarkdown(), gfmTaskListItemFromMarkdown());
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
  return (CLOSED_FRONT_MATTER.test(chunk) ? withFrontMatter : withoutFrontMatter).parse(chunk) as Root;
}

/** Matches a section number at the start of a heading: "4.2 Evaluation", "Section 3: Timetable", "2. Scope". */
export const SECTION_NUMBER = /^(?:(?:section|part|schedule|annex|appendix)\s+)?(\d+(?:\.\d+)*|[A-Z](?:\.\d+)*)(?:[.):]|\s+[-–—])?\s+(?=\S)/i;

/**
 * Parsed chunks of one document by their text, kept between versions of the document so that an edit re-parses
 * only the chunk it touched (the language server keeps one per open document). After each parse it holds just
 * the chunks of the newest version.
 */
export class ChunkCache {
  private trees = new Map<string, Root>();
  /** The block texts each tree gave last time, in block order. */
  private texts = new WeakMap<Root, string[]>();

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

  /**
   * Gives the blocks built from `tree` the very strings the same tree gave last time, where the text is the same.
   * Everything downstream remembers work by block and sentence text (extractor matches, sentence spans, pattern
   * tests); a string it has seen before is found at once, where an equal new string has to be hashed and compared
   * character by character in every memo.
   */
  shareTexts(tree: Root, blocks: TextBlock[]): void {
    const previous = this.texts.get(tree);
    const texts: string[] = [];
    blocks.forEach((block, i) => {
      const old = previous?.[i];
      if (old !== undefined && old === block.text) block.text = old;
      texts.push(block.text);
    });
    this.texts.set(tree, texts);
  }

  /** Keeps only the chunks of the version just parsed. */
  retain(used: Map<string, Root>): void {
    this.trees = used;
  }

  /** Starts a parse of a new version. */
  begin(): void {
    this.last.parsed = 0;
    this.last.reused = 0;
  }

  get size(): number {
    return this.trees.size;
  }
}

/**
 * Where the document can be cut into chunks that parse on their own exactly as they do in place: offsets of
 * lines that open an ATX heading (`#` to `######` at the margin) after a blank line, outside fenced code and
 * multi-line HTML. Such a line closes every open paragraph, list, block quote and HTML block, so nothing
 * before it changes how it and what follows are read. A document with link reference or footnote definitions
 * is one chunk, because those are read across the whole document.
 */
export function chunkOffsets(text: string): number[] {
  const cuts: number[] = [0];
  // A definition may sit in a list item or block quote, and its label may span lines (at most 999 characters,
  // no unescaped bracket).
  if (/^[ \t]*(?:(?:>|[*+-]|\d{1,9}[.)])[ \t]*)*\[(?:\\.|[^[\]\\]){1,999}\]:/m.test(text)) return cuts;
  let fence: { char: string; length: number } | null = null;
  let htmlEnd: RegExp | null = null;
  let previousBlank = true;
  let offset = 0;
  // YAML front matter may hold "# comment" lines: start after it.
  const front = CLOSED_FRONT_MATTER.exec(text);
  if (front) {
    offset = front[0].length;
    previousBlank = false;
  }
  // Lines end at CR LF, LF or a lone CR, as the parser reads them.
  const eol = /\r\n?|\n/g;
  while (offset < text.length) {
    eol.lastIndex = offset;
    const ending = eol.exec(text);
    const end = ending ? ending.index : text.length;
    const line = text.slice(offset, end);
    const blank = line.trim() === '';
    if (fence) {
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
      if (close && close[1]![0] === fence.char && close[1]!.length >= fence.length) fence = null;
    } else if (htmlEnd) {
      if (htmlEnd.test(line)) htmlEnd = null;
    } else {
      const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      if (open) {
        fence = { char: open[1]![0]!, length: open[1]!.length };
      } else if (/^ {0,3}<!--/.test(line) && !/-->/.test(line.slice(line.indexOf('<!--') + 4))) {
        htmlEnd = /-->/;
      } else if (/^ {0,3}<(script|pre|style|textarea)(?:\s|>|$)/i.test(line) && !/<\/(script|pre|style|textarea)>/i.test(line)) {
        htmlEnd = /<\/(script|pre|style|textarea)>/i;
      } else if (/^ {0,3}<!\[CDATA\[/.test(line) && !line.includes(']]>')) {
        htmlEnd = /\]\]>/;
      } else if (/^ {0,3}<\?/.test(line) && !line.includes('?>')) {
        htmlEnd = /\?>/;
      } else if (/^ {0,3}<![A-Za-z]/.test(line) && !line.slice(line.indexOf('<!') + 2).includes('>')) {
        htmlEnd = />/;
      } else if (previousBlank && offset > 0 && /^#{1,6}(?:[ \t]|$)/.test(line)) {
        cuts.push(offset);
      }
    }
    previousBlank = blank && !fence && !htmlEnd;
    offset = ending ? end + ending[0].length : text.length;
  }
  return cuts;
}

/** The chunks to parse, `cuts` split further around the plain regions (which are read without parsing). */
function withPlainRegions(cuts: number[], regions: Array<{ start: number; end: number }>, length: number): Array<{ start: number; end: number; plain: boolean }> {
  const bounds = cuts.map((start, i) => ({ start, end: cuts[i + 1] ?? length }));
  if (regions.length === 0) return bounds.map((b) => ({ ...b, plain: false }));
  const points = new Set<number>(cuts);
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

export interface ParseOptions {
  /** Reuse the trees of unchanged chunks from the previous version of the same document. */
  cache?: ChunkCache;
  /** Parse the text in one piece, without chunks (for tests that check chunking changes nothing). */
  whole?: boolean;
}

export function parseMarkdown(text: string, path = '<text>', format: DocumentFormat = 'markdown', options: ParseOptions = {}): TenderDocument {
  const builder = new Builder(text, path, format);
  const pieces = withPlainRegions(options.whole ? [0] : chunkOffsets(text), plainRegions(text), text.length);
  const used = new Map<string, Root>();
  options.cache?.begin();
  for (const piece of pieces) {
    const start = piece.start;
    const chunk = text.slice(start, piece.end);
    const tree = piece.plain ? plainTree(chunk) : options.cache ? options.cache.parse(chunk, used) : parseChunk(chunk);
    builder.base = start;
    const from = builder.doc.blocks.length;
    builder.visitChildren(tree, { listLevel: -1 });
    options.cache?.shareTexts(tree, builder.doc.blocks.slice(from));
  }
  options.cache?.retain(used);
  const doc = builder.finish();
  const revisions = criticMarkupRevisions(text);
  if (revisions) doc.revisions = revisions;
  return doc;
}

interface VisitState {
  listLevel: number;
  ordered?: boolean;
  checked?: boolean | null;
}

class Builder {
  readonly doc: TenderDocument;
  private currentSection = -1;
  /** Offset in the document of the chunk being visited: mdast offsets are relative to it. */
  base = 0;

  constructor(
    readonly text: string,
    path: string,
    format: DocumentFormat,
  ) {
    this.doc = {
      path,
      format,
      text,
      frontMatter: null,
      blocks: [],
      sections: [],
      tables: [],
      comments: [],
      lineStarts: computeLineStarts(text),
    };
  }

  visitChildren(node: Parents, state: VisitState): void {
    for (const child of node.children as RootContent[]) this.visit(child, state);
  }

  private visit(node: RootContent, state: VisitState): void {
    switch (node.type) {
      case 'yaml':
        this.doc.frontMatter = this.frontMatter(node.value, node);
        return;
      case 'heading': {
        const block = this.addBlock('heading', node, node.children, state);
        block.depth = node.depth;
        this.addSection(block);
        return;
      }
      case 'paragraph': {
        const kind: BlockKind = state.listLevel >= 0 ? 'listItem' : 'paragraph';
        const block = this.addBlock(kind, node, node.children, state);
        if (kind === 'listItem') {
          block.listLevel = state.listLevel;
          block.ordered = state.ordered ?? false;
          block.checked = state.checked ?? null;
        }
        return;
      }
      case 'list':
        for (const item of node.children) {
          this.visitChildren(item, { listLevel: state.listLevel + 1, ordered: node.ordered ?? false, checked: item.checked ?? null });
        }
        return;
      case 'blockquote':
      case 'footnoteDefinition':
        this.visitChildren(node, state);
        return;
      case 'table':
        this.addTable(node);
        return;
      case 'code': {
        const block = this.addRawBlock('code', node, node.value);
        block.segments = [];
        return;
      }
      case 'html':
        this.collectComments(node.value, node);
        this.addRawBlock('html', node, node.value);
        return;
      default:
        return;
    }
  }

  private frontMatter(value: string, node: Nodes): FrontMatter {
    const range = this.range(node);
    try {
      const data = parseYaml(value) as unknown;
      if (data === null || data === undefined) return { data: {}, error: null, range };
      if (typeof data !== 'object' || Array.isArray(data)) {
        return { data: null, error: 'front matter is not a mapping of keys to values', range };
      }
      return { data: data as Record<string, unknown>, error: null, range };
    } catch (err) {
      return { data: null, error: (err as Error).message.split('\n')[0] ?? 'invalid YAML', range };
    }
  }

  private range(node: Nodes) {
    const start = (node.position?.start.offset ?? 0) + this.base;
    const end = (node.position?.end.offset ?? node.position?.start.offset ?? 0) + this.base;
    return rangeFromOffsets(this.doc, start, end);
  }

  private newBlock(kind: BlockKind, node: Nodes): TextBlock {
    const block: TextBlock = {
      id: this.doc.blocks.length,
      kind,
      text: '',
      range: this.range(node),
      segments: [],
      section: this.currentSection,
    };
    this.doc.blocks.push(block);
    return block;
  }

  private addBlock(kind: BlockKind, node: Nodes, children: PhrasingContent[], _state: VisitState): TextBlock {
    const block = this.newBlock(kind, node);
    const acc = { text: '', segments: [] as TextSegment[] };
    this.inline(children, acc);
    block.text = acc.text;
    block.segments = acc.segments;
    coverSegments(this.doc, block);
    return block;
  }

  private addRawBlock(kind: BlockKind, node: Nodes, value: string): TextBlock {
    const block = this.newBlock(kind, node);
    block.text = value;
    const start = (node.position?.start.offset ?? 0) + this.base;
    const end = node.position?.end.offset !== undefined ? node.position.end.offset + this.base : start;
    block.segments = [segmentFor(this.text, value, start, end, 0)];
    coverSegments(this.doc, block);
    return block;
  }

  private inline(children: PhrasingContent[], acc: { text: string; segments: TextSegment[] }): void {
    for (const child of children) {
      switch (child.type) {
        case 'text':
        case 'inlineCode': {
          const start = child.position?.start.offset;
          const end = child.position?.end.offset;
          if (start === undefined || end === undefined) {
            acc.text += child.value;
            break;
          }
          acc.segments.push(segmentFor(this.text, child.value, start + this.base, end + this.base, acc.text.length));
          acc.text += child.value;
          break;
        }
        case 'break':
          acc.text += '\n';
          break;
        case 'html':
          this.collectComments(child.value, child);
          break;
        case 'emphasis':
        case 'strong':
        case 'delete':
        case 'link':
        case 'linkReference':
          this.inline(child.children, acc);
          break;
        default:
          break;
      }
    }
  }

  private collectComments(value: string, node: Nodes): void {
    const start = node.position?.start.offset;
    if (start === undefined) return;
    const base = start + this.base;
    const re = /<!--([\s\S]*?)-->/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(value))) {
      const comment: CommentNode = {
        value: m[1]!.trim(),
        range: rangeFromOffsets(this.doc, base + m.index, base + m.index + m[0].length),
      };
      this.doc.comments.push(comment);
    }
  }

  private addSection(block: TextBlock): void {
    const depth = block.depth ?? 1;
    const match = SECTION_NUMBER.exec(block.text);
    const number = match ? match[1]! : null;
    const title = match ? block.text.slice(match[0].length).trim() : block.text.trim();
    let parent: number | null = null;
    for (let i = this.doc.sections.length - 1; i >= 0; i--) {
      if (this.doc.sections[i]!.depth < depth) {
        parent = i;
        break;
      }
    }
    const section: Section = {
      index: this.doc.sections.length,
      heading: block.id,
      depth,
      number,
      title,
      range: block.range,
      parent,
      children: [],
    };
    if (parent !== null) this.doc.sections[parent]!.children.push(section.index);
    this.doc.sections.push(section);
    this.currentSection = section.index;
    block.section = section.index;
  }

  private addTable(node: MdTable): void {
    const table: Table = {
      index: this.doc.tables.length,
      range: this.range(node),
      section: this.currentSection,
      header: [],
      rows: [],
    };
    this.doc.tables.push(table);
    node.children.forEach((row, r) => {
      const cells = row.children.map((cell, c) => {
        const block = this.addBlock('tableCell', cell, cell.children, { listLevel: -1 });
        // A cell's range is its content, without the surrounding pipes and padding.
        const trimmedStart = block.text.length - block.text.trimStart().length;
        const trimmedEnd = block.text.trimEnd().length;
        if (trimmedEnd > trimmedStart) block.range = blockRange(this.doc, block, trimmedStart, trimmedEnd);
        block.table = table.index;
        block.row = r;
        block.column = c;
        return { block: block.id, text: block.text.trim(), range: block.range };
      });
      table.rows.push(cells);
    });
    table.header = (table.rows[0] ?? []).map((c) => c.text);
  }

  finish(): TenderDocument {
    const sections = this.doc.sections;
    const blocks = this.doc.blocks;
    for (const section of sections) {
      let endOffset = this.text.length;
      for (let i = section.index + 1; i < sections.length; i++) {
        if (sections[i]!.depth <= section.depth) {
          endOffset = blocks[sections[i]!.heading]!.range.start.offset;
          break;
        }
      }
      let trimmed = endOffset;
      while (trimmed > section.range.start.offset && /\s/.test(this.text[trimmed - 1]!)) trimmed--;
      section.range = rangeFromOffsets(this.doc, section.range.start.offset, trimmed);
    }
    return this.doc;
  }
}

/**
 * A segment for a text value found at `[start, end)` in the source. When the source spells the value
 * differently (escapes, entities, indentation removed from continuation lines) each character is aligned.
 */
const MAP_LOOKAHEAD = 1024;

function segmentFor(source: string, value: string, start: number, end: number, textStart: number): TextSegment {
  const slice = source.slice(start, end);
  if (slice === value) return { textStart, sourceStart: start, length: value.length };
  const inner = slice.indexOf(value);
  if (inner >= 0) return { textStart, sourceStart: start + inner, length: value.length };
  const map: number[] = [];
  let j = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (j < slice.length && slice[j] !== c && !(c === '\ufffd' && slice[j] === '\0')) {
      // The next source character that is this one, not far ahead (markup between two characters is short); a
      // character the source does not have (a numeric entity, U+FFFD for a NUL) stands for the one where it is.
      const limit = Math.min(slice.length, j + MAP_LOOKAHEAD);
      let k = j + 1;
      while (k < limit && slice[k] !== c) k++;
      if (k < limit) j = k;
    }
    map.push(start + Math.min(j, Math.max(0, slice.length - 1)));
    if (j < slice.length) j++;
  }
  return { textStart, sourceStart: start, length: value.length, map };
}

/**
 * Widens a block's range to cover where its text comes from. The parser's position for a table cell that starts
 * with a NUL is after the cell's text, so a finding in that text would land outside the block.
 */
function coverSegments(doc: TenderDocument, block: TextBlock): void {
  let lo = block.range.start.offset;
  let hi = block.range.end.offset;
  for (const seg of block.segments) {
    if (seg.length === 0) continue;
    const first = seg.map ? seg.map[0]! : seg.sourceStart;
    const last = (seg.map ? seg.map[seg.length - 1]! : seg.sourceStart + seg.length - 1) + 1;
    lo = Math.min(lo, first);
    hi = Math.max(hi, last);
  }
  if (lo !== block.range.start.offset || hi !== block.range.end.offset) block.range = rangeFromOffsets(doc, lo, Math.min(hi, doc.text.length));
}
