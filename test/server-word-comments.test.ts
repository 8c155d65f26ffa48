import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readDocx } from '../host/docx/read';
import { TestClient } from './helpers/lsp-client';

const clients: TestClient[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.stop()));
});

describe('language server: Word comments command', () => {
  it('writes a copy of a DOCX with a comment per finding, refusing to replace a copy unless forced and never the original', async () => {
    const { Document, Packer, Paragraph, HeadingLevel } = await import('docx');
    const docx = new Document({
      sections: [{ children: [
        new Paragraph({ text: 'Invitation to Tender', heading: HeadingLevel.HEADING_1 }),
        new Paragraph({ text: 'Tenders must be returned by [insert date].' }),
      ] }],
    });
    const dir = mkdtempSync(join(tmpdir(), 'tenderlint-lsp-word-'));
    const file = join(dir, 'itt.docx');
    const original = await Packer.toBuffer(docx);
    writeFileSync(file, original);
    const client = await TestClient.start({ workspaceFolder: dir });
    clients.push(client);
    const uri = `tenderlint-docx:${pathToFileURL(file).pathname}`;
    const output = join(dir, 'itt (tenderlint comments).docx');
    const write = (params: Record<string, unknown>) =>
      client.connection.sendRequest<{ written?: string; comments?: number; error?: string }>('workspace/executeCommand', { command: 'tenderlint.writeWordComments', arguments: [params] });

    const result = await write({ uri, output });
    expect(result.error).toBeUndefined();
    expect(result.written).toBe(output);
    expect(result.comments).toBeGreaterThan(0);
    const copy = await readDocx(readFileSync(output), output);
    expect(copy.revisions?.comments).toBe(result.comments);
    expect(copy.text).toContain('Tenders must be returned by [insert date].');

    expect((await write({ uri, output })).error).toMatch(/already exists/);
    expect((await write({ uri, output, force: true })).written).toBe(output);
    expect((await write({ uri, output: file, force: true })).error).toMatch(/is the original document/);
    expect(readFileSync(file).equals(Buffer.from(original))).toBe(true);
    expect((await write({ uri: pathToFileURL(join(dir, 'notes.md')).href, output: join(dir, 'x.docx') })).error).toMatch(/not a Word document/);
    expect(existsSync(join(dir, 'x.docx'))).toBe(false);
  }, 60_000);
});
