/**
 * What a chunk built, kept with its tree between versions of a document (see `ChunkCache`), so that a chunk an
 * edit did not touch is not visited again. A chunk's blocks, tables, comments and front matter depend on its tree
 * and on where it sits: its start offset and line, and how many blocks, sections and tables come before it (ids and
 * indexes are document-wide), and the section open where it starts. A chunk starts at the start of a line and its
 * nodes lie within it, so moving it moves every offset by the same amount and every line by the same number, and
 * leaves every column as it was. Where nothing moved, the very objects of the last version are used again; where
 * something did, shifted copies are made (the objects of the last version are never changed: the previous model
 * may still be in use).
 */
import type { CommentNode, FrontMatter, Range, Table, TextBlock, TextSegment } from './types';

/** Where a chunk's build sits in the document. */
export interface PieceContext {
  /** Offset of the chunk's first character. */
  start: number;
  /** 0-based line of `start`. */
  line: number;
  /** Blocks, sections and tables before the chunk. */
  blocks: number;
  sections: number;
  tables: number;
  /** The section open where the chunk starts (-1 before the first heading). */
  section: number;
}

/** A heading of the chunk, by its index among the chunk's blocks, with its section's number and title. */
export interface PieceHeading {
  block: number;
  number: string | null;
  title: string;
}

/** What one chunk built, in the context it was built in. */
export interface PieceBuild {
  /** Where the tree's own text ends (appended definitions after it). */
  limit: number;
  context: PieceContext;
  blocks: TextBlock[];
  headings: PieceHeading[];
  tables: Table[];
  comments: CommentNode[];
  frontMatter: FrontMatter | null;
}

export function sameContext(a: PieceContext, b: PieceContext): boolean {
  return a.start === b.start && a.line === b.line && a.blocks === b.blocks && a.sections === b.sections && a.tables === b.tables && a.section === b.section;
}

/** The build moved to `to`: copies of everything, with offsets, lines, ids and indexes shifted. */
export function shiftBuild(build: PieceBuild, to: PieceContext): PieceBuild {
  const from = build.context;
  const offset = to.start - from.start;
  const lines = to.line - from.line;
  const ids = to.blocks - from.blocks;
  const tables = to.tables - from.tables;
  const sections = to.sections - from.sections;
  const moveRange = (r: Range): Range =>
    offset === 0 && lines === 0
      ? r
      : {
          start: { line: r.start.line + lines, column: r.start.column, offset: r.start.offset + offset },
          end: { line: r.end.line + lines, column: r.end.column, offset: r.end.offset + offset },
        };
  // Blocks before the chunk's first heading are in the section open before it; the others in the chunk's own.
  const section = (s: number): number => (s >= from.sections ? s + sections : to.section);
  const blocks = build.blocks.map((b) => {
    // Made field by field, in the order the builder sets them (a spread of an object with fields added one by one
    // is several times slower, and the copies of copies slower still).
    const copy: TextBlock = { id: b.id + ids, kind: b.kind, text: b.text, range: moveRange(b.range), segments: offset === 0 ? b.segments : moveSegments(b.segments, offset), section: section(b.section) };
    if ('depth' in b) copy.depth = b.depth;
    if ('listLevel' in b) {
      copy.listLevel = b.listLevel;
      copy.ordered = b.ordered;
      copy.checked = b.checked;
    }
    if ('table' in b) {
      copy.table = b.table! + tables;
      copy.row = b.row;
      copy.column = b.column;
    }
    return copy;
  });
  return {
    limit: build.limit,
    context: to,
    blocks,
    headings: build.headings,
    // Field by field in the builder's order, as for blocks (a table of the Markdown model has no other fields).
    tables: build.tables.map((t) => ({
      index: t.index + tables,
      range: moveRange(t.range),
      section: section(t.section),
      header: t.header,
      rows: t.rows.map((row) => row.map((cell) => ({ block: cell.block + ids, text: cell.text, range: blocks[cell.block - from.blocks]!.range }))),
    })),
    comments: build.comments.map((c) => ({ ...c, range: moveRange(c.range) })),
    frontMatter: build.frontMatter && { ...build.frontMatter, range: moveRange(build.frontMatter.range) },
  };
}

function moveSegments(segments: TextSegment[], offset: number): TextSegment[] {
  return segments.map((s) => {
    // A segment's map is relative to its start: the copy shares it.
    const copy: TextSegment = { textStart: s.textStart, sourceStart: s.sourceStart + offset, length: s.length };
    if (s.map) copy.map = s.map;
    return copy;
  });
}

/** Whether every range of the build lies within `[start, end]` (else it depends on text outside the chunk). */
export function withinPiece(build: PieceBuild, start: number, end: number): boolean {
  const inside = (r: Range): boolean => r.start.offset >= start && r.end.offset <= end;
  return build.blocks.every((b) => inside(b.range)) && build.tables.every((t) => inside(t.range)) && build.comments.every((c) => inside(c.range)) && (!build.frontMatter || inside(build.frontMatter.range));
}
