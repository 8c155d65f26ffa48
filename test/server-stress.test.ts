/**
 * The language server under stress, over real JSON-RPC to the bundled `dist/server.cjs` (built by `npm test`
 * before the suite runs). The scenario is `runStress` in bench/server-stress.mjs (which also reports the time
 * and peak memory recorded in docs/reliability.md): 50 documents (examples, fixtures, generated tenders), 2,000
 * rapid incremental edits across them with requests interleaved, documents closed and reopened, malformed and
 * out-of-order traffic, and a pathological paste. It asserts what must hold whatever the machine's speed: every
 * request is answered (a result or a JSON-RPC error, never silence or an internal error), the last diagnostics
 * published and pulled for each open document, and its facts, equal a fresh server's on the final text, and the
 * process is still up. The time limits are generous ceilings for "did not hang", not speed assertions.
 *
 * The paste (15,000 dates in one paragraph, then 20,000 unclosed brackets) takes the current build a few seconds
 * per check; the worse rows of docs/reliability.md (200,000 dates, 1,000,000 words) are for the per-document
 * time budget to bound, and are measured by bench/adversarial.mjs rather than here.
 */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import type { DocumentDiagnosticReport, FullDocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { runStress } from '../bench/server-stress.mjs';
import { SERVER } from './helpers/lsp-client';

describe('language server under stress', () => {
  it('answers every request, ends with the diagnostics of a fresh check and stays up', async () => {
    // Settings come through workspace/configuration, as from VS Code, with 60 s per check: at the default 5 s a check
    // slowed by a loaded machine may be abandoned, and its document then rightly ends with the one "did not check"
    // diagnostic, which a fresh check would not give (the failure message names the rule ids either way).
    const result = await runStress({ seed: 1, documents: 50, edits: 2000, pasteDates: 15_000, settleMs: 150_000, answerMs: 60_000, maxCheckSeconds: 60 });
    console.log(
      `server stress: ${result.edits} edits, ${result.requests} requests, ${result.totalMs} ms, peak RSS ${Math.round((result.peakRssKB ?? 0) / 1024)} MB`,
    );
    expect(result.failures, `check workers replaced: ${result.workersReplaced.join('; ') || 'none'}`).toEqual([]);
    expect(result.documents).toBe(50);
    expect(result.edits).toBe(2000);
    expect(result.paste).not.toBeNull();
    // Every request ended in a result or a JSON-RPC error; the only errors are the expected ones.
    expect(Object.keys(result.answered).sort()).toEqual(['error', 'result']);
    expect(new Set(result.errors.map((e) => e.code))).toEqual(new Set([-32601, -32602]));
    // Every open document was compared, and the process is up.
    expect(result.compared).toBe(result.reopened);
    expect(result.compared).toBeGreaterThan(40);
    expect(result.alive).toBe(true);
  }, 300_000);

  // A version number used twice for different text (a client that goes back in versions, or opens an open
  // document again) must be checked afresh: the server drops a document's result at every content change, so it
  // never reports findings of text the document no longer has.
  it('checks the new text when a version number is reused', async () => {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const c = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    c.listen();
    try {
      await c.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {}, initializationOptions: { debounceMs: 5000 } });
      await c.sendNotification('initialized', {});
      const uri = 'file:///tmp/tenderlint-version-reuse/itt.md';
      const pull = async () => ((await c.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as DocumentDiagnosticReport as FullDocumentDiagnosticReport).items.map((d) => d.code);
      // (A long debounce, so that no check runs between the two changes below: the pulls check.)
      await c.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: 'Tenders must be returned by [insert date].\n' } });
      expect(await pull()).toContain('drafting/placeholder');
      await c.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: 'Tenders must be returned by [TBC].\n' }] });
      await c.sendNotification('textDocument/didChange', { textDocument: { uri, version: 1 }, contentChanges: [{ text: 'Tenders must be returned by 12 noon on Tuesday 4 May 2027.\n' }] });
      expect(await pull()).not.toContain('drafting/placeholder');
    } finally {
      c.dispose();
      child.kill();
    }
  }, 60_000);
});
