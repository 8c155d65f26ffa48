/** The `tenderlint/report` request: the language server draws the same report page for the VS Code webview. */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TestClient } from '../helpers/lsp-client';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const clients: TestClient[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.stop()));
});

describe('language server: tenderlint/report', () => {
  it('answers with the report page of a checked document, under the webview\'s policy, with reveal links', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tenderlint-lsp-report-'));
    const text = readFileSync(join(ROOT, 'examples', 'itt-community-wellbeing.md'), 'utf8');
    writeFileSync(join(dir, 'itt.md'), text);
    const uri = pathToFileURL(join(dir, 'itt.md')).href;
    const client = await TestClient.start({ workspaceFolder: dir, initializationOptions: { debounceMs: 0 } });
    clients.push(client);
    await client.open(uri, text);
    const published = await client.waitFor(() => client.diagnosticsFor(uri, 1), 'diagnostics');
    const report = await client.connection.sendRequest<{ html: string } | null>('tenderlint/report', { uri, nonce: 'N1', cspSource: 'vscode-webview://abc' });
    const html = report!.html;
    expect(html).toContain('Tender report: itt.md');
    expect(html).toContain("style-src vscode-webview://abc &#39;nonce-N1&#39;");
    expect(html).toContain('<script nonce="N1">');
    for (const h of ['Timeline', 'Award weighting', 'Burden on a small bidder', 'Findings by family and severity']) expect(html).toContain(`>${h}</h2>`);
    // One reveal link per finding row, at the diagnostic's place (0-based).
    const period = published.diagnostics.find((d) => d.code === 'lead-in/tender-period')!;
    expect(html).toContain(`data-sl="${period.range.start.line}" data-sc="${period.range.start.character}"`);
    const none = await client.connection.sendRequest('tenderlint/report', { uri: pathToFileURL(join(dir, 'closed.md')).href, nonce: 'N', cspSource: 'x' });
    expect(none).toBeNull();
  });
});
