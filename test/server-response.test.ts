/** The response family in the language server: diagnostics, the "we will" suggestion, the live count as an inlay hint, hovers and the report's lines. */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Hover, InlayHint } from 'vscode-languageserver-protocol';
import { TestClient, applyTextEdits } from './helpers/lsp-client';

const BID = `---
tenderlint:
  kind: response
---

# Tender Response: Hospital Discharge Support

## Question 1: Approach (maximum 12 words)

We aim to phone every patient on the morning after they get home.

## Question 2: Safeguarding (maximum 50 words)

Every volunteer holds an enhanced DBS check and completes our two-day safeguarding course.
`;

const clients: TestClient[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.stop()));
});

type Edits = Parameters<typeof applyTextEdits>[1];

describe('language server: response', () => {
  it('reports the hedge and the answer over its limit, offers "we will", and shows each answer\'s count', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tenderlint-lsp-response-'));
    writeFileSync(join(dir, 'bid.md'), BID);
    const uri = pathToFileURL(join(dir, 'bid.md')).href;
    const client = await TestClient.start({ workspaceFolder: dir, initializationOptions: { debounceMs: 0 } });
    clients.push(client);
    await client.open(uri, BID);
    const published = await client.waitFor(() => client.diagnosticsFor(uri, 1), 'diagnostics');
    const codes = published.diagnostics.map((d) => [d.code, d.range.start.line]).sort();
    expect(codes).toEqual([
      ['response/weak-commitment', 9],
      ['response/word-limit', 7],
    ]);
    const weak = published.diagnostics.find((d) => d.code === 'response/weak-commitment')!;
    expect(weak.severity).toBe(2);
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: weak.range, context: { diagnostics: [weak] } });
    const suggestion = actions.find((a) => a.title.includes('"We will"'))!;
    expect(suggestion.isPreferred).not.toBe(true);
    const fixed = applyTextEdits(BID, (suggestion.edit!.documentChanges![0] as { edits: Edits }).edits);
    expect(fixed).toContain('We will phone every patient on the morning after they get home.');

    const over = published.diagnostics.find((d) => d.code === 'response/word-limit')!;
    expect(over.message).toContain('13 words against a limit of 12');
    const hover = await client.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri }, position: over.range.start });
    const text = (hover.contents as { value: string }).value;
    expect(text).toContain('**response/word-limit**');
    expect(text).toContain('as a limit of 12 words: the answer has 13 words, 1 over');

    const hints = await client.connection.sendRequest<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } } });
    const labels = hints.map((h) => [h.position.line, String(h.label).trim()]);
    expect(labels).toEqual([
      [7, '13 / 12 words (over)'],
      [11, '13 / 50 words'],
    ]);

    const facts = await client.connection.sendRequest<{ lines: string[] }>('tenderlint/facts', { uri });
    expect(facts.lines).toContain('Bid response:');
    expect(facts.lines.some((l) => l.includes('Question 2: Safeguarding') && l.includes('13 / 50 words, answered'))).toBe(true);
  });

  it('updates the count as the writer types', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tenderlint-lsp-response-edit-'));
    writeFileSync(join(dir, 'bid.md'), BID);
    const uri = pathToFileURL(join(dir, 'bid.md')).href;
    const client = await TestClient.start({ workspaceFolder: dir, initializationOptions: { debounceMs: 0 } });
    clients.push(client);
    await client.open(uri, BID);
    await client.waitFor(() => client.diagnosticsFor(uri, 1), 'diagnostics');
    const shorter = BID.replace('We aim to phone every patient on the morning after they get home.', 'We will phone every patient the morning after discharge.');
    await client.change(uri, 2, shorter);
    const published = await client.waitFor(() => client.diagnosticsFor(uri, 2), 'diagnostics after the edit');
    expect(published.diagnostics).toEqual([]);
    const hints = await client.connection.sendRequest<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } } });
    expect(hints.map((h) => String(h.label).trim())).toEqual(['9 / 12 words', '13 / 50 words']);
  });
});
