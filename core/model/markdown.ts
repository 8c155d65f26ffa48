/**
 * Markdown adapter: Markdown text → tender model, through unified + remark-parse (with the GFM tables,
 * footnotes, strikethrough and task lists, and YAML front matter). Positions come straight from the mdast, so
 * every block maps back to exact source ranges.
 */
import { parse as parseYaml } from 'yaml';
import type { Nodes, Parents, PhrasingContent, Root, RootContent, Table as MdTable } from 'mdast';
import { ChunkCache, chunkOffsets, CHUNK_SIZES, parsePieces, withPlainRegions, type ChunkSizes, type ParsedPiece } from './chunks';
import { textPasses } from './versions';
import { blockRange, computeLineStarts, lineIndex, rangeFromOffsets } from './positions';
import { sameContext, shiftBuild, withinPiece, type PieceBuild, type PieceContext, type PieceHeading } from './reuse';
import { criticMarkupRevisions } from './revisions';
import { plainRegions } from './guards';

export { plainRegions, ChunkCache, chunkOffsets };
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

/** Matches a section number at the start of a heading: "4.2 Evaluation", "Section 3: Timetable", "2. Scope". */
export const SECTION_NUMBER = /^(?:(?:section|part|schedule|annex|appendix)\s+)?(\d+(?:\.\d+)*|[A-Z](?:\.\d+)*)(?:[.):]|\s+[-–—])?\s+(?=\S)/i;

export interface ParseOptions {
  /** Reuse the trees of unchanged chunks from the previous version of the same document. */
  cache?: ChunkCache;
  /** Parse the text in one piece, without chunks (for tests that check chunking changes nothing). */
  whole?: boolean;
  /** Chunk sizes other than the default (tests cut at every possible place). */
  chunkSizes?: ChunkSizes;
}

export function parseMarkdown(text: string, path = '<text>', format: DocumentFormat = 'markdown', options: ParseOptions = {}): TenderDocument {
  const cache = options.cache;
  cache?.begin();
  const { passes, edit } = textPasses(text, cache?.passes ?? null, options.chunkSizes ?? CHUNK_SIZES, options.whole ?? false);
  const builder = new Builder(text, path, format, passes.lineStarts);
  const regions = passes.regions;
  if (cache) cache.edit = edit;
  const visit = (piece: ParsedPiece): void => {
    builder.base = piece.start;
    // A plain stretch's tree is made afresh each time: there is nothing to keep.
    if (!cache || piece.plain) {
      builder.visitRoot(piece.tree, piece.limit);
      return;
    }
    const context = builder.context(piece.start);
    const kept = cache.built.get(piece.tree);
    if (kept && kept.limit === piece.limit) {
      const build = sameContext(kept.context, context) ? kept : shiftBuild(kept, context);
      builder.add(build);
      if (build !== kept) cache.built.set(piece.tree, build);
      return;
    }
    const build = builder.visitPiece(piece.tree, piece.limit, context);
    if (withinPiece(build, piece.start, piece.end)) cache.built.set(piece.tree, build);
    else cache.built.delete(piece.tree);
  };
  const attempt = (cuts: number[], definitions = true): boolean =>
    parsePieces(text, withPlainRegions(cuts, regions, text.length), cache, visit, definitions);
  if (!(passes.cuts ? attempt(passes.cuts) : false) && !attempt([0])) attempt([0], false);
  if (cache) {
    passes.strings = cache.nextStrings;
    cache.passes = passes;
    cache.edit = null;
  }
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
    lineStarts: number[] = computeLineStarts(text),
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
      lineStarts,
    };
  }

  /** Where a chunk starting at `start` (a line start) would sit in the document as built so far. */
  context(start: number): PieceContext {
    const doc = this.doc;
    return { start, line: lineIndex(doc.lineStarts, start), blocks: doc.blocks.length, sections: doc.sections.length, tables: doc.tables.length, section: this.currentSection };
  }

  /** Headings met while a chunk is visited for `visitPiece`. */
  private headings: PieceHeading[] | null = null;
  /** The id of the first block of the chunk being visited for `visitPiece`. */
  private pieceFirst = 0;

  /** Visits a chunk's tree (as `visitRoot`) and gives what it built, to be kept with the tree. */
  visitPiece(tree: Root, limit: number, context: PieceContext): PieceBuild {
    const doc = this.doc;
    const frontMatter = doc.frontMatter;
    const comments = doc.comments.length;
    const headings: PieceHeading[] = (this.headings = []);
    this.pieceFirst = context.blocks;
    this.visitRoot(tree, limit);
    this.headings = null;
    return {
      limit,
      context,
      blocks: doc.blocks.slice(context.blocks),
      headings,
      tables: doc.tables.slice(context.tables),
      comments: doc.comments.slice(comments),
      frontMatter: doc.frontMatter !== frontMatter ? doc.frontMatter : null,
    };
  }

  /** Adds what a chunk built, in the context it was built for (that of `context(start)` now). */
  add(build: PieceBuild): void {
    const doc = this.doc;
    if (build.frontMatter) doc.frontMatter = build.frontMatter;
    for (const block of build.blocks) doc.blocks.push(block);
    for (const heading of build.headings) this.newSection(build.blocks[heading.block]!, heading.number, heading.title);
    for (const table of build.tables) doc.tables.push(table);
    for (const comment of build.comments) doc.comments.push(comment);
  }

  /** The root's blocks, up to the definitions appended at `limit`. */
  visitRoot(tree: Root, limit: number): void {
    for (const child of tree.children) {
      if ((child.position?.start.offset ?? 0) >= limit) break;
      this.visit(child, { listLevel: -1 });
    }
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
    const match = SECTION_NUMBER.exec(block.text);
    const number = match ? match[1]! : null;
    const title = match ? block.text.slice(match[0].length).trim() : block.text.trim();
    this.headings?.push({ block: block.id - this.pieceFirst, number, title });
    block.section = this.newSection(block, number, title);
  }

  /** A section for a heading block (whose `section` the caller sets), made the current section. */
  private newSection(block: TextBlock, number: string | null, title: string): number {
    const depth = block.depth ?? 1;
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
    return section.index;
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
    map.push(Math.min(j, Math.max(0, slice.length - 1)));
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
    const first = seg.sourceStart + (seg.map ? seg.map[0]! : 0);
    const last = seg.sourceStart + (seg.map ? seg.map[seg.length - 1]! : seg.length - 1) + 1;
    lo = Math.min(lo, first);
    hi = Math.max(hi, last);
  }
  if (lo !== block.range.start.offset || hi !== block.range.end.offset) block.range = rangeFromOffsets(doc, lo, Math.min(hi, doc.text.length));
}
