/**
 * The outline the main thread keeps of each checked document (server/checker.ts `outlineOf`, packed in typed
 * arrays) gives code actions what the parsed document gave them: a table cell's table, the end of the front matter.
 */
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions } from '../server/actions';
import { Checker, outlineOf } from '../server/checker';
import { toDiagnostic } from '../server/convert';
import { DEFAULT_SETTINGS } from '../server/protocol';
import { parseMarkdown } from '../core/model/markdown';

const TENDER = `---
title: Meals service
---

# Invitation to tender

The estimated contract value is £90,000.

| Activity | Date |
| --- | --- |
| ITT issued | Monday 4 January 2027 |
| Deadline for submission of tenders | 12:00 noon, Friday 22 January 2027 |

Bidders must hold ISO 9001 at the time of submission.

<div>Some markup</div>
`;

describe('document outline for code actions', () => {
  it('packs each block (HTML aside) with its table, each table\'s lines, and the end of the front matter', () => {
    const doc = parseMarkdown(TENDER, 't.md', 'markdown');
    const outline = outlineOf(doc);
    const kept = doc.blocks.filter((b) => b.kind !== 'html');
    expect(outline.blocks.length).toBe(kept.length * 3);
    expect(kept.length).toBeLessThan(doc.blocks.length);
    kept.forEach((b, i) => {
      expect([outline.blocks[i * 3], outline.blocks[i * 3 + 1]]).toEqual([b.range.start.offset, b.range.end.offset]);
      expect(outline.blocks[i * 3 + 2]).toBe(b.kind === 'tableCell' ? b.table : -1);
    });
    expect([...outline.tables]).toEqual([doc.tables[0]!.range.start.line, doc.tables[0]!.range.end.line]);
    expect(outline.frontMatterEnd).toBe(doc.frontMatter!.range.end.offset);
    expect(outlineOf(parseMarkdown('# Plain\n\nText.\n', 'p.md', 'markdown')).frontMatterEnd).toBeNull();
  });

  it('wraps a finding in a table cell in comments around the table, and disables a rule for the file after the front matter', () => {
    const checker = new Checker();
    const result = { ...checker.checkText(TENDER, 't.md', 1, checker.configFor(null, DEFAULT_SETTINGS), 'file:///t.md'), version: 1 };
    const doc = TextDocument.create('file:///t.md', 'markdown', 1, TENDER);
    const period = result.findings.find((f) => f.ruleId === 'lead-in/tender-period')!;
    const actions = codeActions(doc, result, [toDiagnostic(period, doc.uri)], () => TENDER, { vscodeExtension: false, editable: true });
    const table = actions.find((a) => a.title === 'Disable lead-in/tender-period for this table')!;
    const edits = (table.edit!.documentChanges![0] as { edits: Array<{ range: { start: { line: number } } }> }).edits;
    expect(edits.map((e) => e.range.start.line)).toEqual([8, 11]);
    const file = actions.find((a) => a.title === 'Disable lead-in/tender-period for this file')!;
    const fileEdit = (file.edit!.documentChanges![0] as { edits: Array<{ range: { start: { line: number } }; newText: string }> }).edits[0]!;
    expect(fileEdit.range.start.line).toBe(2);
    expect(fileEdit.newText.startsWith('\n\n<!-- tenderlint-disable-file lead-in/tender-period')).toBe(true);
  });
});
