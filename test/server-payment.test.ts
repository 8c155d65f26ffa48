/** The payment family in the language server: diagnostics, the 30-day suggestion and hovers on the facts read. */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Hover } from 'vscode-languageserver-protocol';
import { TestClient, applyTextEdits } from './helpers/lsp-client';

const TERMS = `---
tenderlint:
  kind: contract
  regime: pa2023
---

# Terms and Conditions: Befriending Service

The Council shall pay each valid invoice within 45 days of receipt.

The Council may terminate this Contract at any time without reason by giving the Provider three months' written notice.
`;

const clients: TestClient[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.stop()));
});

type Edits = Parameters<typeof applyTextEdits>[1];

describe('language server: payment', () => {
  it('offers 30 days as a suggestion and explains the finding and the facts on hover', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tenderlint-lsp-payment-'));
    writeFileSync(join(dir, 'terms.md'), TERMS);
    const uri = pathToFileURL(join(dir, 'terms.md')).href;
    const client = await TestClient.start({ workspaceFolder: dir, initializationOptions: { debounceMs: 0 } });
    clients.push(client);
    await client.open(uri, TERMS);
    const published = await client.waitFor(() => client.diagnosticsFor(uri, 1), 'diagnostics');
    const days = published.diagnostics.find((d) => d.code === 'payment/payment-days')!;
    expect(days.severity).toBe(1);
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: days.range, context: { diagnostics: [days] } });
    const suggestion = actions.find((a) => a.title.includes('30 days'))!;
    expect(suggestion.isPreferred).not.toBe(true);
    expect(applyTextEdits(TERMS, (suggestion.edit!.documentChanges![0] as { edits: Edits }).edits)).toContain('within 30 days of receipt');

    const onFinding = await client.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri }, position: days.range.start });
    const hover = (onFinding.contents as { value: string }).value;
    expect(hover).toContain('**payment/payment-days**');
    expect(hover).toContain('a payment period to the contractor from the invoice');
    expect(hover).toContain('PA 2023 s.68');

    const notice = await client.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 10, character: 95 } });
    expect((notice.contents as { value: string }).value).toContain("the notice for the buyer's right to terminate without cause");
  });
});
