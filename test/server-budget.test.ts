/**
 * The language server's time budget per document, over JSON-RPC to the bundled server (`dist/server.cjs`, which
 * checks in its check worker): a document whose check runs over `tenderlint.maxCheckSeconds` gets one "not
 * checked" diagnostic, while another open document still gets its diagnostics and hovers; after an edit that makes
 * it checkable, the document is checked again. The pathological document is one paragraph of 200,000 dates, which
 * takes several seconds to check; the budget is three seconds (a small document is checked well within it even in a cold worker on a loaded machine). Ceilings are generous: they only say "did not hang".
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { SERVER, TestClient } from './helpers/lsp-client';

function manyDates(count: number): string {
  const dates: string[] = [];
  for (let i = 0; i < count; i++) dates.push(`${1 + (i % 28)} March 2027`);
  return `# Timetable\n\nKey dates: ${dates.join(' ')}\n`;
}

const PLACEHOLDER = '# Invitation to Tender\n\nTenders must be returned by [insert date].\n';

const clients: TestClient[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.stop()));
});

beforeAll(() => {
  if (!existsSync(SERVER)) throw new Error('dist/server.cjs is missing: run `npm run build` (npm test does it first).');
});

async function start(maxCheckSeconds: number): Promise<{ client: TestClient; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'tenderlint-server-budget-'));
  const client = await TestClient.start({
    workspaceFolder: dir,
    initializationOptions: { debounceMs: 0 },
    capabilities: { workspace: { configuration: true } },
    configuration: (section) => (section === 'tenderlint' ? { maxCheckSeconds } : null),
  });
  clients.push(client);
  return { client, dir };
}

const codesOf = (d: { diagnostics: Diagnostic[] } | undefined) => (d?.diagnostics ?? []).map((x) => String(x.code));

describe('language server: time budget per document', () => {
  it('reports a document over the budget as not checked and keeps checking and answering for another', async () => {
    const { client, dir } = await start(3);
    const bad = pathToFileURL(join(dir, 'dates.md')).href;
    const good = pathToFileURL(join(dir, 'draft.md')).href;
    await client.open(bad, manyDates(200_000));
    await client.open(good, PLACEHOLDER);

    const notChecked = await client.waitFor(() => client.diagnosticsFor(bad, 1), 'the not-checked diagnostic', 60_000);
    expect(notChecked.diagnostics).toHaveLength(1);
    expect(notChecked.diagnostics[0]).toMatchObject({ code: 'tenderlint/too-complex', range: { start: { line: 0, character: 0 } } });
    expect(notChecked.diagnostics[0]!.message).toMatch(/^tenderlint did not check this document: too complex to check in 3 s\b/);

    const checked = await client.waitFor(() => client.diagnosticsFor(good, 1), 'diagnostics of the other document', 60_000);
    expect(codesOf(checked)).toEqual(['drafting/placeholder']);
    const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: good }, position: { line: 2, character: 32 } });
    expect(JSON.stringify(hover)).toContain('drafting/placeholder');

    // An edit that makes the document checkable: it is tried again and checked.
    await client.change(bad, 2, PLACEHOLDER);
    const again = await client.waitFor(() => client.diagnosticsFor(bad, 2), 'diagnostics after the edit', 60_000);
    expect(codesOf(again)).toEqual(['drafting/placeholder']);
    // Edits to the other document are still checked by the new worker.
    await client.change(good, 2, PLACEHOLDER.replace('[insert date]', '[insert date] and [TBC]'));
    const edited = await client.waitFor(() => client.diagnosticsFor(good, 2), 'diagnostics of the edited document', 60_000);
    expect(codesOf(edited).filter((c) => c === 'drafting/placeholder').length).toBeGreaterThanOrEqual(1);
  }, 120_000);

  it('checks the same document in full when the budget is 0 (no limit)', async () => {
    const { client, dir } = await start(0);
    const uri = pathToFileURL(join(dir, 'dates.md')).href;
    await client.open(uri, manyDates(20_000));
    const published = await client.waitFor(() => client.diagnosticsFor(uri, 1), 'diagnostics', 60_000);
    expect(codesOf(published)).not.toContain('tenderlint/too-complex');
  }, 120_000);
});
