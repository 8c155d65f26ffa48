/**
 * The server stays up when a rule throws: the server runs in-process over a real JSON-RPC connection (two
 * in-memory streams), with the rule registry extended by a rule that always throws.
 */
import { describe, expect, it, vi } from 'vitest';
import { PassThrough } from 'node:stream';
import { createConnection } from 'vscode-languageserver/node';
import type { Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { TestClient } from './helpers/lsp-client';

vi.mock('../rules/index', async (importOriginal) => {
  const original = await importOriginal<typeof import('../rules/index')>();
  const { defineRule } = await import('../core/engine/define');
  const broken = defineRule({
    id: 'test/broken',
    description: 'A rule that always throws',
    severity: 'warning',
    kinds: 'all',
    regimes: 'all',
    messages: { never: 'Never reported.' },
    options: { schema: { type: 'object', properties: {} }, defaults: {} },
    fixable: false,
    explanation: 'Used to show that one broken rule does not stop the others or the server.',
    sources: [],
    examples: { valid: [], invalid: [] },
    check() {
      throw new Error('deliberate failure');
    },
  });
  const rules = [...original.rules, broken];
  return { rules, rulesById: new Map(rules.map((r) => [r.meta.id, r])) };
});

describe('language server robustness', () => {
  it('reports a throwing rule as one internal error, keeps the other findings and keeps answering', async () => {
    const { createServer } = await import('../server/service');
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    createServer(createConnection(toServer, toClient));
    const client = await TestClient.start({}, TestClient.fromStreams(toClient, toServer));
    try {
      const uri = 'file:///tmp/tenderlint-robustness/itt.md';
      await client.open(uri, '# Invitation to Tender\n\nTenders must be returned by [insert date].\n');
      const published = await client.waitFor(() => client.diagnosticsFor(uri, 1), 'diagnostics');
      const codes = published.diagnostics.map((d: Diagnostic) => d.code);
      expect(codes).toContain('drafting/placeholder');
      const broken = published.diagnostics.filter((d: Diagnostic) => d.code === 'test/broken');
      expect(broken).toHaveLength(1);
      expect(broken[0]!.message).toContain('deliberate failure');
      const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 30 } });
      expect(hover).not.toBeNull();
    } finally {
      await client.stop();
    }
  });
});
