/**
 * Test helpers for DOCX: build Word documents with the `docx` package (from Markdown, so every Markdown rule
 * case has a Word twin), and write raw zips by hand for hostile files (lying sizes, bombs, missing parts).
 */
import { crc32, deflateRawSync } from 'node:zlib';
import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  InsertedTextRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  type ParagraphChild,
} from 'docx';
import { parseMarkdown } from '../../core/model/markdown';
import type { TenderDocument } from '../../core/model/types';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];
const DATE = '2027-01-04T09:00:00Z';

interface State {
  changeId: number;
  comments: Array<{ id: number; text: string }>;
}

/**
 * Runs for a piece of plain text. CriticMarkup becomes real Word revisions: `{++x++}` a tracked insertion,
 * `{--x--}` a tracked deletion, `{~~a~>b~~}` both, `{>>note<<}` a comment on the text before it.
 */
function runs(text: string, state: State, bold = false): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  const re = /\{\+\+([\s\S]*?)\+\+\}|\{--([\s\S]*?)--\}|\{~~([\s\S]*?)~>([\s\S]*?)~~\}|\{>>([\s\S]*?)<<\}/g;
  let last = 0;
  const plain = (s: string) => {
    s.split('\n').forEach((line, i) => {
      if (line || i > 0) out.push(new TextRun({ text: line, bold, break: i > 0 ? 1 : 0 }));
    });
  };
  for (const m of text.matchAll(re)) {
    plain(text.slice(last, m.index));
    last = m.index + m[0].length;
    const id = ++state.changeId;
    if (m[1] !== undefined) out.push(new InsertedTextRun({ text: m[1], id, author: 'Reviewer', date: DATE }));
    else if (m[2] !== undefined) out.push(new DeletedTextRun({ text: m[2], id, author: 'Reviewer', date: DATE }));
    else if (m[3] !== undefined) {
      out.push(new DeletedTextRun({ text: m[3], id, author: 'Reviewer', date: DATE }));
      out.push(new InsertedTextRun({ text: m[4]!, id: ++state.changeId, author: 'Reviewer', date: DATE }));
    } else {
      const commentId = state.comments.length;
      state.comments.push({ id: commentId, text: m[5]! });
      out.push(new CommentRangeStart(commentId), new CommentRangeEnd(commentId), new TextRun({ children: [new CommentReference(commentId)] }));
    }
  }
  plain(text.slice(last));
  return out;
}

export interface MarkdownToDocx {
  buffer: Buffer;
  /** For each Markdown block id, the 1-based Word paragraph it became (undefined when not written). */
  paragraphOf: Map<number, number>;
  doc: TenderDocument;
}

/**
 * A Word twin of a Markdown document: headings with Word heading styles, paragraphs, bulleted and numbered
 * lists, tables (one paragraph per cell). Front matter, code and HTML blocks are left out.
 */
export async function markdownToDocx(markdown: string): Promise<MarkdownToDocx> {
  // GFM reads `~~` as strikethrough: spell a substitution as a deletion and an insertion first.
  const doc = parseMarkdown(markdown.replace(/\{~~([\s\S]*?)~>([\s\S]*?)~~\}/g, '{--$1--}{++$2++}'));
  const state: State = { changeId: 0, comments: [] };
  const children: Array<Paragraph | Table> = [];
  const paragraphOf = new Map<number, number>();
  let paragraph = 0;
  const inTable = new Set<number>();
  for (const table of doc.tables) for (const row of table.rows) for (const cell of row) inTable.add(cell.block);
  const written = new Set<number>();

  for (const block of doc.blocks) {
    if (written.has(block.id)) continue;
    if (block.kind === 'code' || block.kind === 'html') continue;
    if (inTable.has(block.id)) {
      const table = doc.tables[block.table!]!;
      const rows = table.rows.map(
        (row) =>
          new TableRow({
            children: row.map((cell) => {
              written.add(cell.block);
              paragraphOf.set(cell.block, ++paragraph);
              return new TableCell({ children: [new Paragraph({ children: runs(doc.blocks[cell.block]!.text, state) })] });
            }),
          }),
      );
      children.push(new Table({ rows }));
      continue;
    }
    written.add(block.id);
    paragraphOf.set(block.id, ++paragraph);
    const content = runs(block.text, state);
    if (block.kind === 'heading') children.push(new Paragraph({ heading: HEADINGS[(block.depth ?? 1) - 1], children: content }));
    else if (block.kind === 'listItem') {
      const level = block.listLevel ?? 0;
      children.push(
        block.ordered
          ? new Paragraph({ numbering: { reference: 'numbers', level }, children: content })
          : new Paragraph({ bullet: { level }, children: content }),
      );
    } else children.push(new Paragraph({ children: content }));
  }
  const word = new Document({
    comments: { children: state.comments.map((c) => ({ id: c.id, author: 'Reviewer', date: new Date(DATE), children: [new Paragraph(c.text)] })) },
    numbering: {
      config: [
        {
          reference: 'numbers',
          levels: [0, 1, 2, 3].map((level) => ({ level, format: LevelFormat.DECIMAL, text: `%${level + 1}.`, alignment: AlignmentType.START })),
        },
      ],
    },
    sections: [{ children }],
  });
  return { buffer: await Packer.toBuffer(word), paragraphOf, doc };
}

/** A small Word document built directly, for tests that need Word features Markdown has no syntax for. */
export async function wordDocument(children: Array<Paragraph | Table>, options: { footnotes?: Record<number, string> } = {}): Promise<Buffer> {
  const footnotes = Object.fromEntries(Object.entries(options.footnotes ?? {}).map(([id, text]) => [id, { children: [new Paragraph(text)] }]));
  return Packer.toBuffer(new Document({ footnotes, sections: [{ children }] }));
}

export { FootnoteReferenceRun, HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun };

export interface ZipEntry {
  name: string;
  data: Buffer;
  /** Store instead of deflate. */
  store?: boolean;
  /** Declare this uncompressed size in the headers instead of the real one (a lying zip). */
  declaredSize?: number;
}

/** Writes a zip by hand (deflate or store), so tests can make hostile ones. */
export function makeZip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const body = e.store ? e.data : deflateRawSync(e.data);
    const crc = crc32(e.data);
    const size = e.declaredSize ?? e.data.length;
    const method = e.store ? 0 : 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

export const CONTENT_TYPES = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
);
export const ROOT_RELS = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
);
export function documentXml(body: string, prolog = ''): Buffer {
  return Buffer.from(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${prolog}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
}
/** A minimal hand-made DOCX with the given document body XML (and extra entries). */
export function minimalDocx(body: string, extra: ZipEntry[] = [], prolog = ''): Buffer {
  return makeZip([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: ROOT_RELS },
    { name: 'word/document.xml', data: documentXml(body, prolog) },
    ...extra,
  ]);
}
