/**
 * The language server on the consortium family: the silent finding's quick fix inserts the standard clause
 * (named by its opening words in the menu), and the hover shows the rule and the fact behind it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Hover } from 'vscode-languageserver-protocol';
import { TestClient, applyTextEdits } from './helpers/lsp-client';
import { CONSORTIUM_CLAUSE } from '../rules/consortium/silent';

const SQ = `# Selection Questionnaire: Home Library Service

## 1. Instructions

Complete every part of this questionnaire and return it through the portal.

## 2. Economic and financial standing

Bidders must have a minimum annual turnover of £80,000.
`;

const clients: TestClient[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.stop()));
});

describe('language server: consortium family', () => {
  it('offers the consortium clause as a quick fix and explains the finding on hover', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tenderlint-lsp-consortium-'));
    writeFileSync(join(dir, 'sq.md'), SQ);
    const uri = pathToFileURL(join(dir, 'sq.md')).href;
    const client = await TestClient.start({ workspaceFolder: dir });
    clients.push(client);
    await client.open(uri, SQ);
    const published = await client.waitFor(() => client.diagnosticsFor(uri, 1), 'diagnostics');
    const diagnostic = published.diagnostics.find((d) => d.code === 'consortium/silent')!;
    expect(diagnostic.range.start.line).toBe(0);

    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
    const fix = actions[0]!;
    expect(fix.title).toBe('Fix: insert "Bids from consortia and from organisations working with…"');
    expect(fix.isPreferred).toBe(true);
    const change = fix.edit!.documentChanges![0] as { edits: Parameters<typeof applyTextEdits>[1] };
    expect(applyTextEdits(SQ, change.edits)).toBe(SQ.replace('through the portal.\n', `through the portal.\n\n${CONSORTIUM_CLAUSE}\n`));

    const hover = await client.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 5 } });
    const text = (hover.contents as { value: string }).value;
    expect(text).toContain('**consortium/silent**');
    expect(text).toContain('Consortium or group bids: not mentioned');
    expect(text).toContain('PCR 2015 reg 19(2)–(3)');
  });
});
