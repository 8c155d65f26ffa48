/** Small queries over the tender model that rules share. */
import type { Section, Table, TableCell, TenderDocument, TextBlock } from './types';

/** A table cell by row index (0 is the header) and column header text (case-insensitive) or column index. */
export function cellAt(table: Table, row: number, column: string | number): TableCell | null {
  const index = typeof column === 'number' ? column : table.header.findIndex((h) => h.toLowerCase() === column.toLowerCase());
  if (index < 0) return null;
  return table.rows[row]?.[index] ?? null;
}

/** The section a block sits in, or null before the first heading. */
export function sectionOf(doc: TenderDocument, block: TextBlock): Section | null {
  return block.section >= 0 ? (doc.sections[block.section] ?? null) : null;
}

/** A section by its written number ("4.2"). */
export function sectionByNumber(doc: TenderDocument, number: string): Section | null {
  return doc.sections.find((s) => s.number === number) ?? null;
}

/** The blocks inside a section, subsections included, heading excluded. */
export function blocksIn(doc: TenderDocument, section: Section): TextBlock[] {
  const start = section.range.start.offset;
  const end = section.range.end.offset;
  return doc.blocks.filter((b) => b.id !== section.heading && b.range.start.offset >= start && b.range.end.offset <= end);
}
