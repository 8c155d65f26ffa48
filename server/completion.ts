/**
 * Clause completion: near the start of a line in a Markdown tender, the standard clauses the document does not
 * yet contain, offered as snippets.
 */
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { STANDARD_CLAUSES } from '../core/clauses';
import { isDocxUri } from './docx';

export function clauseCompletions(doc: TextDocument, position: Position): CompletionItem[] {
  if (isDocxUri(doc.uri)) return [];
  const text = doc.getText();
  const line = text.split('\n')[position.line] ?? '';
  if (line.slice(0, position.character).trim().length > 30) return [];
  return STANDARD_CLAUSES.filter((cl) => !cl.present.test(text)).map<CompletionItem>((cl, i) => ({
    label: cl.label,
    kind: CompletionItemKind.Snippet,
    detail: `tenderlint: ${cl.detail}`,
    insertText: cl.snippet,
    insertTextFormat: InsertTextFormat.Snippet,
    sortText: `zz${i}`,
    data: { clause: cl.id },
  }));
}
