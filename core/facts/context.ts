/** Helpers that give a fact the words around it: its sentence, or its table row's label and column header. */
import type { TableCell, TenderDocument, TextBlock } from '../model/types';

/** The cells of the table row a cell block sits in, or null for other blocks. */
export function rowOf(doc: TenderDocument, block: TextBlock): TableCell[] | null {
  if (block.kind !== 'tableCell' || block.table === undefined || block.row === undefined) return null;
  return doc.tables[block.table]?.rows[block.row] ?? null;
}

/**
 * The words that say what a fact is: for a table cell, the row's other cells and the column header;
 * otherwise the sentence. Used to decide whether "£1.2m" is the contract value or a turnover demand.
 */
export function labelContext(doc: TenderDocument, block: TextBlock, sentence: string): string {
  const row = rowOf(doc, block);
  if (!row) return sentence;
  const table = doc.tables[block.table!]!;
  const header = table.header[block.column!] ?? '';
  const others = row.filter((c) => c.block !== block.id).map((c) => c.text);
  return [...others, header, block.text].join(' | ');
}
