/**
 * Maps the DOCX reader's text view back to `word/document.xml`. It walks the body as the reader does (mammoth's
 * reading: paragraphs whose mark is deleted joined to the next one, deleted text and unknown containers skipped,
 * the fallback of alternate content, VML text boxes after their paragraph, content controls and check boxes,
 * vertically merged cells dropped; then `model.ts`: a block per non-empty paragraph, a block per table grid cell
 * with its paragraphs joined by spaces, tabs and breaks as spaces in cells) and gives each block's plain text the
 * XML place of every character: its run, the run's child (`w:t`, `w:tab`, …) and, in a `w:t`, the raw offsets.
 */
import { attr, child, decodeText, type XmlElement } from './xml-scan';

/** Where one character of a block's plain text sits in `document.xml`. */
export interface CharLoc {
  run: XmlElement;
  /** The run's child the character comes from (`w:t`, `w:tab`, `w:br`, `w:fldChar`, …). */
  item: XmlElement;
  /** For a `w:t`: the character's index in the element's decoded text and its raw offsets in the part. */
  index?: number;
  rawStart?: number;
  rawEnd?: number;
}

/** A block as the reader writes it, with the XML place of each character (null where it has none). */
export interface WordUnit {
  kind: 'paragraph' | 'cell';
  text: string;
  chars: Array<CharLoc | null>;
  /** The `w:p` elements the block covers, for anchoring the whole paragraph or cell. */
  paragraphs: XmlElement[];
  /** False when part of the text could not be placed character by character (symbols, text boxes). */
  exact: boolean;
}

/** A footnote or endnote reference, in the order the reader labels notes ("footnote 1", "endnote 1"). */
export interface NoteRef {
  label: string;
  run: XmlElement;
  item: XmlElement;
}

export interface WordMap {
  units: WordUnit[];
  notes: NoteRef[];
}

interface Item {
  kind: 'text' | 'tab' | 'break' | 'pageBreak' | 'checkbox' | 'note' | 'nested';
  text: string;
  locs: Array<CharLoc | null>;
  checked?: boolean;
  noteType?: string;
  noteId?: string;
  loc?: CharLoc;
  nested?: MPara;
}

interface MPara {
  type: 'p';
  items: Item[];
  elements: XmlElement[];
  /** For a VML text box paragraph: the body paragraph it was found in. */
  host?: XmlElement;
}
interface MCell {
  type: 'cell';
  children: MNode[];
  colSpan: number;
  vMerge: boolean | null;
  rowSpan: number;
}
interface MRow {
  type: 'row';
  cells: Array<MCell | MOther>;
}
interface MTable {
  type: 'table';
  rows: Array<MRow | MOther>;
}
interface MOther {
  type: 'other';
}
type MNode = MPara | MTable | MRow | MCell | MOther;

const CONTAINERS = new Set([
  'w:customXml', 'w:ins', 'w:moveFromRangeEnd', 'w:moveFromRangeStart', 'w:moveTo', 'w:moveToRangeEnd', 'w:moveToRangeStart',
  'w:object', 'w:smartTag', 'w:drawing', 'v:roundrect', 'v:shape', 'v:textbox', 'w:txbxContent', 'v:group', 'v:rect',
]);

/** Reads the body of `document.xml` (already scanned) as the reader does. */
class BodyWalker {
  private deleted: { items: Item[]; elements: XmlElement[]; extras: MNode[] } | null = null;
  private fields: Array<{ type: string; fldChar?: XmlElement; checked?: boolean }> = [];
  private instr: string[] = [];
  /** Paragraphs found in VML text boxes, waiting to follow their paragraph. */
  private extras: MNode[] = [];
  private pictDepth = 0;
  private altDepth = 0;
  private run: XmlElement | null = null;
  private hostParagraph: XmlElement | null = null;

  constructor(private readonly xml: string) {}

  readAll(elements: XmlElement[]): MNode[] {
    const out: MNode[] = [];
    for (const el of elements) out.push(...this.read(el));
    return out;
  }

  private read(el: XmlElement): MNode[] {
    const name = el.name;
    if (name === 'w:p') return this.paragraph(el);
    if (name === 'w:tbl') return [this.table(el)];
    if (name === 'w:tr') return this.row(el);
    if (name === 'w:tc') return [this.cell(el)];
    if (name === 'w:sdt') return this.readAll(child(el, 'w:sdtContent')?.children ?? []);
    if (name === 'mc:AlternateContent') return this.readAll(child(el, 'mc:Fallback')?.children ?? []);
    if (CONTAINERS.has(name) || name === 'w:hyperlink' || name === 'w:r' || name === 'w:pict') return this.readAll(el.children);
    if (name === 'w:bookmarkStart' && attr(el, 'w:name') !== '_GoBack') return [{ type: 'other' }];
    return [];
  }

  private paragraph(el: XmlElement): MNode[] {
    const pPr = child(el, 'w:pPr');
    const isDeleted = !!(pPr && child(pPr, 'w:rPr') && child(child(pPr, 'w:rPr')!, 'w:del'));
    const outerHost = this.hostParagraph;
    if (!outerHost) this.hostParagraph = el;
    const extrasBefore = this.extras;
    this.extras = [];
    const items = this.inline(el.children);
    const extras = this.extras;
    this.extras = extrasBefore;
    this.hostParagraph = outerHost;
    if (isDeleted) {
      this.deleted = {
        items: [...(this.deleted?.items ?? []), ...items],
        elements: [...(this.deleted?.elements ?? []), el],
        extras: [...(this.deleted?.extras ?? []), ...extras],
      };
      return [];
    }
    const para: MPara = { type: 'p', items, elements: [el] };
    let allExtras = extras;
    if (this.deleted) {
      para.items = [...this.deleted.items, ...items];
      para.elements = [...this.deleted.elements, el];
      allExtras = [...this.deleted.extras, ...extras];
      this.deleted = null;
    }
    if (this.pictDepth > 0 || outerHost) para.host = outerHost ?? el;
    return [para, ...allExtras];
  }

  private table(el: XmlElement): MTable {
    const rows = this.readAll(el.children).map((n): MRow | MOther => (n.type === 'row' ? n : { type: 'other' }));
    const clean = rows.every((r) => r.type === 'row') && rows.every((r) => (r as MRow).cells.every((c) => c.type === 'cell'));
    if (clean) {
      const columns = new Map<number, MCell>();
      for (const row of rows as MRow[]) {
        let index = 0;
        for (const cell of row.cells as MCell[]) {
          if (cell.vMerge && columns.has(index)) {
            columns.get(index)!.rowSpan++;
          } else {
            columns.set(index, cell);
            cell.vMerge = false;
          }
          index += cell.colSpan;
        }
      }
      for (const row of rows as MRow[]) row.cells = (row.cells as MCell[]).filter((c) => !c.vMerge);
    }
    return { type: 'table', rows };
  }

  private row(el: XmlElement): MNode[] {
    const trPr = child(el, 'w:trPr');
    if (trPr && child(trPr, 'w:del')) return [];
    const cells = this.readAll(el.children).map((n) => (n.type === 'cell' ? n : ({ type: 'other' } as MOther)));
    return [{ type: 'row', cells }];
  }

  private cell(el: XmlElement): MCell {
    const children = this.readAll(el.children);
    const tcPr = child(el, 'w:tcPr');
    const gridSpan = tcPr ? child(tcPr, 'w:gridSpan') : undefined;
    const span = gridSpan ? parseInt(attr(gridSpan, 'w:val') ?? '', 10) : NaN;
    const vMergeEl = tcPr ? child(tcPr, 'w:vMerge') : undefined;
    let vMerge: boolean | null = null;
    if (vMergeEl) {
      const val = attr(vMergeEl, 'w:val');
      vMerge = val === 'continue' || !val;
    }
    return { type: 'cell', children, colSpan: Number.isFinite(span) && span > 0 ? span : 1, vMerge, rowSpan: 1 };
  }

  /** The inline content of a paragraph (or of a container inside one). */
  private inline(elements: XmlElement[]): Item[] {
    const out: Item[] = [];
    for (const el of elements) this.inlineOne(el, out);
    return out;
  }

  private loc(item: XmlElement): CharLoc | null {
    if (!this.run || this.pictDepth > 0 || this.altDepth > 0 || this.hostParagraph === null) return null;
    return { run: this.run, item };
  }

  private inlineOne(el: XmlElement, out: Item[]): void {
    switch (el.name) {
      case 'w:r': {
        const outer = this.run;
        this.run = el;
        for (const c of el.children) this.inlineOne(c, out);
        this.run = outer;
        return;
      }
      case 'w:t': {
        const decoded = decodeText(this.xml.slice(el.openEnd, el.closeStart));
        const base = this.loc(el);
        const locs: Array<CharLoc | null> = [];
        for (let k = 0; k < decoded.text.length; k++) {
          locs.push(base ? { run: base.run, item: el, index: k, rawStart: el.openEnd + decoded.offsets[k]!, rawEnd: el.openEnd + nextOffset(decoded.offsets, k) } : null);
        }
        // The reader turns line ends inside text into one space: such text cannot be placed character by character.
        const text = decoded.text.replace(/[\r\n]+/g, ' ');
        out.push({ kind: 'text', text, locs: text.length === decoded.text.length ? locs : text.split('').map(() => null) });
        return;
      }
      case 'w:tab':
        if (this.run) out.push({ kind: 'tab', text: '\t', locs: [this.loc(el)] });
        return;
      case 'w:noBreakHyphen':
        out.push({ kind: 'text', text: '\u2011', locs: [this.loc(el)] });
        return;
      case 'w:softHyphen':
        out.push({ kind: 'text', text: '\u00AD', locs: [this.loc(el)] });
        return;
      case 'w:sym':
        // Symbol fonts are mapped to Unicode by the reader; the exact character is not reproduced here.
        out.push({ kind: 'text', text: '\uFFFF', locs: [null] });
        return;
      case 'w:br': {
        const type = attr(el, 'w:type');
        if (type === undefined || type === 'textWrapping') out.push({ kind: 'break', text: '\n', locs: [this.loc(el)] });
        else if (type === 'page' || type === 'column') out.push({ kind: 'pageBreak', text: ' ', locs: [this.loc(el)] });
        return;
      }
      case 'w:fldChar':
        this.fldChar(el, out);
        return;
      case 'w:instrText':
        this.instr.push(decodeText(this.xml.slice(el.openEnd, el.closeStart)).text);
        return;
      case 'w:footnoteReference':
      case 'w:endnoteReference': {
        const loc = this.loc(el);
        out.push({ kind: 'note', text: '', locs: [], noteType: el.name === 'w:footnoteReference' ? 'footnote' : 'endnote', noteId: attr(el, 'w:id'), ...(loc ? { loc } : {}) });
        return;
      }
      case 'w:sdt': {
        const content = this.inline(child(el, 'w:sdtContent')?.children ?? []);
        const sdtPr = child(el, 'w:sdtPr');
        const box = sdtPr?.children.find((c) => /:checkbox$/.test(c.name) && !c.name.startsWith('w:'));
        if (box) {
          const checkedEl = box.children.find((c) => /:checked$/.test(c.name));
          const v = checkedEl ? (/(?:^|\s)[\w]+:val\s*=\s*"([^"]*)"/.exec(checkedEl.attrs)?.[1] ?? '') : undefined;
          const checked = !!checkedEl && v !== 'false' && v !== '0';
          const first = content.findIndex((i) => i.kind === 'text' && i.text.length > 0);
          const boxItem = (loc: CharLoc | null): Item => ({ kind: 'checkbox', text: checked ? '☒' : '☐', locs: [loc] });
          if (first >= 0) {
            const t = content[first]!;
            content[first] = boxItem(t.locs[0] ? { run: t.locs[0].run, item: t.locs[0].item } : null);
            out.push(...content);
          } else out.push(boxItem(null));
        } else out.push(...content);
        return;
      }
      case 'mc:AlternateContent': {
        this.altDepth++;
        for (const c of child(el, 'mc:Fallback')?.children ?? []) this.inlineOne(c, out);
        this.altDepth--;
        return;
      }
      case 'w:pict': {
        this.pictDepth++;
        const nodes = this.readAll(el.children);
        this.pictDepth--;
        this.extras.push(...nodes);
        return;
      }
      case 'w:p': {
        // A paragraph inside a run (a text box read outside a VML picture): its words join the paragraph.
        const nodes = this.paragraph(el);
        for (const n of nodes) if (n.type === 'p') out.push({ kind: 'nested', text: '', locs: [], nested: n });
        return;
      }
      case 'w:tbl':
        return;
      case 'w:hyperlink':
        for (const c of el.children) this.inlineOne(c, out);
        return;
      default:
        if (CONTAINERS.has(el.name)) for (const c of el.children) this.inlineOne(c, out);
    }
  }

  private fldChar(el: XmlElement, out: Item[]): void {
    const type = attr(el, 'w:fldCharType');
    if (type === 'begin') {
      this.fields.push({ type: 'begin', fldChar: el });
      this.instr = [];
    } else if (type === 'end') {
      let field = this.fields.pop();
      if (!field) return;
      if (field.type === 'begin') field = this.parseInstr(field.fldChar);
      if (field.type === 'checkbox') out.push({ kind: 'checkbox', text: field.checked ? '☒' : '☐', locs: [this.loc(el)] });
    } else if (type === 'separate') {
      const field = this.fields.pop();
      if (!field) return;
      this.fields.push(this.parseInstr(field.type === 'begin' ? field.fldChar : undefined));
    }
  }

  private parseInstr(fldChar: XmlElement | undefined): { type: string; checked?: boolean } {
    const text = this.instr.join('');
    if (/^\s*HYPERLINK\s+(\\l\s+)?(?:"(.*)"|([^\\]\S*))/.test(text)) return { type: 'hyperlink' };
    if (/\s*FORMCHECKBOX\s*/.test(text)) {
      const box = fldChar ? child(child(fldChar, 'w:ffData') ?? fldChar, 'w:checkBox') : undefined;
      const checkedEl = box ? child(box, 'w:checked') : undefined;
      const el = checkedEl ?? (box ? child(box, 'w:default') : undefined);
      const v = el ? attr(el, 'w:val') : undefined;
      return { type: 'checkbox', checked: !!el && v !== 'false' && v !== '0' };
    }
    return { type: 'unknown' };
  }
}

function nextOffset(offsets: number[], k: number): number {
  let j = k + 1;
  while (j < offsets.length - 1 && offsets[j] === offsets[k]) j++;
  return offsets[j]!;
}

/** The characters of a paragraph's inline items, as `model.ts` writes them (tabs and breaks as spaces in cells). */
function pieces(items: Item[], inCell: boolean, onNote: (item: Item) => void): { text: string; chars: Array<CharLoc | null>; exact: boolean } {
  let text = '';
  const chars: Array<CharLoc | null> = [];
  let exact = true;
  const walk = (list: Item[]) => {
    for (const item of list) {
      if (item.kind === 'note') {
        onNote(item);
        continue;
      }
      if (item.kind === 'nested') {
        text += ' ';
        chars.push(null);
        walk(item.nested!.items);
        text += ' ';
        chars.push(null);
        exact = false;
        continue;
      }
      let t = item.text;
      if (inCell && (item.kind === 'tab' || item.kind === 'break')) t = ' ';
      if (t.includes('\uFFFF')) exact = false;
      text += t;
      chars.push(...item.locs);
    }
  };
  walk(items);
  return { text, chars, exact };
}

function trimmed(text: string, chars: Array<CharLoc | null>): { text: string; chars: Array<CharLoc | null> } {
  const lead = text.length - text.replace(/^\s+/, '').length;
  const t = text.trim();
  return { text: t, chars: chars.slice(lead, lead + t.length) };
}

/** Builds the blocks' map from the scanned `document.xml`. */
export function mapDocument(xml: string, root: XmlElement): WordMap {
  const documentEl = root.children.find((c) => c.name === 'w:document');
  const body = documentEl ? child(documentEl, 'w:body') : undefined;
  const units: WordUnit[] = [];
  const notes: NoteRef[] = [];
  if (!body) return { units, notes };
  const walker = new BodyWalker(xml);
  const nodes = walker.readAll(body.children);
  const labels = new Map<string, string>();
  let footnotes = 0;
  let endnotes = 0;
  const onNote = (item: Item) => {
    const key = `${item.noteType}-${item.noteId}`;
    if (labels.has(key)) return;
    const label = item.noteType === 'endnote' ? `endnote ${++endnotes}` : `footnote ${++footnotes}`;
    labels.set(key, label);
    if (item.loc) notes.push({ label, run: item.loc.run, item: item.loc.item });
  };
  const anchorOf = (p: MPara) => (p.host ? [p.host] : p.elements);

  const visit = (node: MNode) => {
    if (node.type === 'p') {
      const { text, chars, exact } = pieces(node.items, false, onNote);
      const t = trimmed(text, chars);
      if (t.text === '') return;
      units.push({ kind: 'paragraph', text: t.text, chars: node.host ? t.chars.map(() => null) : t.chars, paragraphs: anchorOf(node), exact: exact && !node.host });
    } else if (node.type === 'table') {
      tableUnits(node);
    } else if (node.type === 'row' || node.type === 'cell') {
      // Rows and cells outside a table are not blocks.
    }
  };

  const tableUnits = (table: MTable) => {
    const rows = table.rows.filter((r): r is MRow => r.type === 'row');
    const grid: Array<Array<{ cell: MCell | null }>> = [];
    rows.forEach((row, r) => {
      grid[r] ??= [];
      let c = 0;
      for (const cell of row.cells.filter((x): x is MCell => x.type === 'cell')) {
        while (grid[r]![c]) c++;
        const colSpan = Math.max(1, cell.colSpan);
        const rowSpan = Math.max(1, cell.rowSpan);
        for (let dr = 0; dr < rowSpan && r + dr < rows.length; dr++) {
          grid[r + dr] ??= [];
          for (let dc = 0; dc < colSpan; dc++) grid[r + dr]![c + dc] = { cell: dr === 0 && dc === 0 ? cell : null };
        }
        c += colSpan;
      }
    });
    if (grid.length === 0) return;
    const width = Math.max(1, ...grid.map((r) => r.length));
    for (const row of grid) {
      for (let c = 0; c < width; c++) {
        const cell = row[c]?.cell ?? null;
        units.push(cell ? cellUnit(cell) : { kind: 'cell', text: '', chars: [], paragraphs: [], exact: true });
      }
    }
  };

  const cellUnit = (cell: MCell): WordUnit => {
    let text = '';
    const chars: Array<CharLoc | null> = [];
    const paragraphs: XmlElement[] = [];
    let exact = true;
    const walk = (nodes: MNode[]) => {
      for (const n of nodes) {
        if (n.type === 'p') {
          const p = pieces(n.items, true, onNote);
          if (!n.host) paragraphs.push(...n.elements);
          const t = trimmed(p.text, p.chars);
          if (t.text === '') continue;
          if (n.host) exact = false;
          exact &&= p.exact;
          if (text) {
            text += ' ';
            chars.push(null);
          }
          text += t.text;
          chars.push(...(n.host ? t.chars.map(() => null) : t.chars));
        } else if (n.type === 'table') walk(n.rows.flatMap((r) => (r.type === 'row' ? r.cells : [])));
        else if (n.type === 'cell') walk(n.children);
      }
    };
    walk(cell.children);
    return { kind: 'cell', text, chars, paragraphs, exact };
  };

  for (const node of nodes) visit(node);
  return { units, notes };
}
