/** The tupe-vat family in the language server: diagnostics, the TUPE quick fix, the VAT suggestion and hovers. */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Hover } from 'vscode-languageserver-protocol';
import { TestClient, applyTextEdits } from './helpers/lsp-client';

const ITT = `# Invitation to Tender: Befriending Service

The befriending service is currently delivered by a local charity. The Council is re-tendering it for three years.

The annual budget for the service is £85,000.

TUPE questions can be sent to the procurement team.
`;

const clients: TestClient[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.stop()));
});

async function opened(text: string) {
  const dir = mkdtempSync(join(tmpdir(), 'tenderlint-lsp-tupe-'));
  writeFileSync(join(dir, 'itt.md'), text);
  const uri = pathToFileURL(join(dir, 'itt.md')).href;
  const client = await TestClient.start({ workspaceFolder: dir, initializationOptions: { debounceMs: 0 } });
  clients.push(client);
  await client.open(uri, text);
  const published = await client.waitFor(() => client.diagnosticsFor(uri, 1), 'diagnostics');
  return { client, uri, published };
}

type Edits = Parameters<typeof applyTextEdits>[1];

describe('language server: tupe-vat', () => {
  it('offers the VAT basis as a suggestion, not a preferred fix', async () => {
    const { client, uri, published } = await opened(ITT);
    const vat = published.diagnostics.find((d) => d.code === 'tupe-vat/vat-basis')!;
    expect(vat.severity).toBe(2);
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: vat.range, context: { diagnostics: [vat] } });
    const suggestion = actions.find((a) => a.title.includes('excluding VAT'))!;
    expect(suggestion.isPreferred).not.toBe(true);
    const edits = (suggestion.edit!.documentChanges![0] as { edits: Edits }).edits;
    expect(applyTextEdits(ITT, edits)).toContain('The annual budget for the service is £85,000 (excluding VAT).');
  });

  it('offers the TUPE statement as the preferred quick fix; hovers explain it and read a VAT statement', async () => {
    const text = ITT.replace('TUPE questions can be sent to the procurement team.', 'All prices must be quoted exclusive of VAT.');
    const { client, uri, published } = await opened(text);
    const silent = published.diagnostics.find((d) => d.code === 'tupe-vat/tupe-silent')!;
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: silent.range, context: { diagnostics: [silent] } });
    const fix = actions[0]!;
    expect(fix.isPreferred).toBe(true);
    const fixed = applyTextEdits(text, (fix.edit!.documentChanges![0] as { edits: Edits }).edits);
    expect(fixed).toContain('three years.\n\nThe [insert: buyer] considers that the Transfer of Undertakings (Protection of Employment) Regulations 2006 (TUPE)');
    const onFinding = await client.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri }, position: silent.range.start });
    const hover = (onFinding.contents as { value: string }).value;
    expect(hover).toContain('**tupe-vat/tupe-silent**');
    expect(hover).toContain('Existing service: currently-delivered');
    expect(hover).toContain('TUPE 2006 reg 3(1)(b)');
    const onVat = await client.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 6, character: 30 } });
    expect((onVat.contents as { value: string }).value).toContain('as a VAT statement: exclusive of VAT (a pricing instruction to bidders)');
  });
});
