// The language server under stress, over real JSON-RPC to the bundled server (dist/server.cjs, after
// `npm run build`). One server process, in push mode with a short debounce:
//   - opens 50 documents: the examples, the test fixtures and generated tenders (bench/corpus.mjs);
//   - sends 2,000 incremental `didChange` edits across them in rapid bursts (insertions and deletions of tender
//     wording, some typed or deleted one character at a time, some messages carrying two changes), with
//     hover, code action, inlay hint, pull-diagnostic, completion and `tenderlint/facts` requests interleaved
//     and never awaited in between;
//   - closes documents and reopens them later with their current text;
//   - sends malformed and out-of-order traffic: an unknown method, missing or wrong params, requests for a
//     document never opened, a change for a closed document, a version going backwards, positions and ranges
//     out of range, a change before the open, a second open of an open document, a double close, a cancelled
//     request, and framed messages that are not JSON or not JSON-RPC;
//   - pastes a pathological paragraph (thousands of dates followed by a long run of brackets) into one document.
// Then it waits until every open document's last published diagnostics are for its last version, pulls them
// too, and compares both with a fresh server that has only that document open (the same engine, one document at
// a time). Peak memory is the server process's VmHWM from /proc/PID/status (Linux only).
//
//   node bench/server-stress.mjs [--seed 1] [--documents 50] [--edits 2000] [--paste-dates 15000] [--max-check-seconds N] [--json]
//
// --max-check-seconds sets `tenderlint.maxCheckSeconds` (through workspace/configuration) in both servers; without it
// they run with the default budget, under which a check slowed by a loaded machine may be abandoned (its document
// then ends with the one "did not check" diagnostic until its next edit, and differs from the fresh check).
//
// Imported by test/server-stress.test.ts: `runStress(options)` returns the figures and every failure found
// (requests unanswered or answered with a transport error, documents whose diagnostics differ from a fresh
// check, whether the process is still up). Not a speed test: the time is reported, never asserted.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cpus, tmpdir, totalmem } from 'node:os';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { generateDocument, random } from './corpus.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SERVER = join(ROOT, 'dist', 'server.cjs');
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Wording typed into the documents: money, dates, weights, placeholders, headings, list items. */
const SNIPPETS = [
  ' The contract value is £125,000 excluding VAT.',
  ' Tenders must be returned by 12 noon on 14 May 2027.',
  ' [insert date]',
  ' TBC',
  '\n\n## Further information\n\nQuality 60% and price 40%.\n',
  '\n- Bidders must hold ISO 9001 or equivalent.\n',
  ' for an initial term of three (3) years with an option to extend by 12 months',
  ' Suppliers will be paid within 30 days of receipt of a valid invoice.',
  ' minimum annual turnover of £2,000,000',
  '\n| Clarification deadline | 2 April 2027 |\n',
  ' social value 10%',
  ' TUPE may apply.',
];
const TYPED = [' by 5 March 2027', ' £40,000', ' 25%', ' [TBC]', ' within 10 working days'];

/** The documents: examples, fixtures, then generated tenders up to `count`. */
export function stressDocuments(count, seed) {
  const out = [];
  for (const dir of ['examples', join('test', 'fixtures')]) {
    for (const f of readdirSync(join(ROOT, dir)).filter((n) => n.endsWith('.md')).sort()) {
      out.push({ name: `${dir.replace(/\W/g, '-')}-${f}`, text: readFileSync(join(ROOT, dir, f), 'utf8') });
    }
  }
  for (let i = 0; out.length < count; i++) {
    out.push({ name: `generated-${i}.md`, text: generateDocument(seed * 1000 + i, 400 + ((i * 397) % 1600)) + '\n' });
  }
  return out.slice(0, count);
}

/** A paragraph of `dates` dates then a run of unclosed brackets: adversarial, yet checked in seconds today. */
export function pathologicalPaste(dates) {
  const parts = [];
  for (let i = 0; i < dates; i++) parts.push(`${(i % 28) + 1} ${months[Math.floor(i / 28) % 12]} 2027`);
  return `\n\n${parts.join(' ')}\n\n${'['.repeat(20_000)}insert${']'.repeat(5_000)}\n\n`;
}

function peakMemory(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key) => Number(new RegExp(`^${key}:\\s*(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
    return { peakRssKB: kb('VmHWM'), rssKB: kb('VmRSS') };
  } catch {
    return { peakRssKB: null, rssKB: null };
  }
}

class Client {
  constructor(options = {}) {
    this.child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.stderr = '';
    this.child.stderr.on('data', (d) => {
      if (this.stderr.length < 100_000) this.stderr += d;
    });
    this.exited = null;
    this.child.on('exit', (code, signal) => (this.exited = { code, signal }));
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    this.published = new Map();
    this.logs = [];
    this.waiters = [];
    this.connection.onNotification('textDocument/publishDiagnostics', (p) => {
      this.published.set(p.uri, p);
      this.wake();
    });
    this.connection.onNotification('window/logMessage', (p) => this.logs.push(p));
    /** The server sends one status notification per check it runs. */
    this.checks = 0;
    this.connection.onNotification('tenderlint/status', () => this.checks++);
    // With `maxCheckSeconds` the client declares configuration support and answers with that budget (the server
    // asks per document); otherwise the server uses its defaults.
    this.connection.onRequest('workspace/configuration', (p) => p.items.map(() => (options.maxCheckSeconds === undefined ? null : { maxCheckSeconds: options.maxCheckSeconds })));
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.listen();
    this.options = options;
    /** Every request sent: its label and how it ended. */
    this.requests = [];
  }

  async initialize(folder) {
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(folder).href,
      workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'stress' }],
      capabilities: this.options.maxCheckSeconds === undefined ? {} : { workspace: { configuration: true } },
      initializationOptions: { debounceMs: this.options.debounceMs ?? 0 },
    });
    await this.connection.sendNotification('initialized', {});
  }

  wake() {
    const w = this.waiters;
    this.waiters = [];
    for (const fn of w) fn();
  }

  async waitFor(predicate, what, timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = predicate();
      if (value) return value;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}`);
      await new Promise((res) => {
        const t = setTimeout(res, Math.min(left, 200));
        this.waiters.push(() => {
          clearTimeout(t);
          res();
        });
      });
    }
  }

  /** Sends a request without waiting; records whether it is answered, with a result or a JSON-RPC error. */
  request(label, method, params, token) {
    const entry = { label, method, state: 'pending' };
    this.requests.push(entry);
    const p = token ? this.connection.sendRequest(method, params, token) : this.connection.sendRequest(method, params);
    entry.promise = p.then(
      (result) => {
        entry.state = 'result';
        entry.result = result;
      },
      (err) => {
        // A JSON-RPC error answer carries a numeric code; anything else (connection closed) is no answer.
        entry.state = typeof err?.code === 'number' && err.code > -32900 ? 'error' : 'transport';
        entry.error = { code: err?.code, message: String(err?.message ?? err) };
      },
    );
    return entry;
  }

  /** Writes a framed message whose body is `body` as given (not necessarily JSON). */
  raw(body) {
    const bytes = Buffer.from(body, 'utf8');
    // One write, so that no message of the connection's own can fall between the header and the body.
    return new Promise((res) => this.child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n\r\n`, 'ascii'), bytes]), res));
  }

  alive() {
    return this.exited === null && this.child.exitCode === null && this.child.signalCode === null;
  }

  async stop() {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // already gone
    }
    this.connection.dispose();
    if (this.alive()) this.child.kill();
  }
}

/** What a diagnostic is compared on. */
function normalise(diagnostics) {
  return JSON.stringify(
    (diagnostics ?? []).map((d) => ({ range: d.range, severity: d.severity, code: d.code, source: d.source, message: d.message, related: d.relatedInformation ?? null, data: d.data ?? null })),
  );
}

/** The rule ids of some diagnostics, for a failure message: `3: a, b, c`. */
function codes(diagnostics) {
  return `${(diagnostics ?? []).length}: ${(diagnostics ?? []).map((d) => d.code).join(', ')}`;
}

/** Runs the scenario; returns figures and failures. */
export async function runStress(options = {}) {
  const seed = options.seed ?? 1;
  const editCount = options.edits ?? 2000;
  const pasteDates = options.pasteDates ?? 15_000;
  const log = options.log ?? (() => {});
  const rnd = random(seed);
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const folder = mkdtempSync(join(tmpdir(), 'tenderlint-stress-'));
  const started = Date.now();
  const client = new Client({ debounceMs: options.debounceMs ?? 250, maxCheckSeconds: options.maxCheckSeconds });
  const c = client.connection;
  const failures = [];
  try {
    await client.initialize(folder);
    const docs = stressDocuments(options.documents ?? 50, seed).map((d) => {
      const uri = pathToFileURL(join(folder, d.name)).href;
      return { uri, name: d.name, mirror: TextDocument.create(uri, 'markdown', 1, d.text), open: true, maxVersion: 1 };
    });
    for (const d of docs) await c.sendNotification('textDocument/didOpen', { textDocument: { uri: d.uri, languageId: 'markdown', version: 1, text: d.mirror.getText() } });

    /** Sends changes (each `{ range, text }` or a full text) and mirrors them. */
    const change = async (d, changes, version = d.mirror.version + 1) => {
      d.mirror = TextDocument.update(d.mirror, changes, version);
      d.maxVersion = Math.max(d.maxVersion, version);
      await c.sendNotification('textDocument/didChange', { textDocument: { uri: d.uri, version }, contentChanges: changes });
    };
    const rangeAt = (d, start, end = start) => ({ start: d.mirror.positionAt(start), end: d.mirror.positionAt(end) });
    const randomRequest = (d) => {
      const len = d.mirror.getText().length;
      const pos = d.mirror.positionAt(int(0, len));
      const td = { uri: d.uri };
      switch (int(0, 6)) {
        case 0:
          return client.request('hover', 'textDocument/hover', { textDocument: td, position: pos });
        case 1:
          return client.request('codeAction', 'textDocument/codeAction', { textDocument: td, range: { start: pos, end: pos }, context: { diagnostics: client.published.get(d.uri)?.diagnostics.slice(0, 3) ?? [] } });
        case 2:
          return client.request('inlayHint', 'textDocument/inlayHint', { textDocument: td, range: { start: { line: 0, character: 0 }, end: d.mirror.positionAt(len) } });
        case 3:
          return client.request('diagnostic', 'textDocument/diagnostic', { textDocument: td });
        case 4:
          return client.request('completion', 'textDocument/completion', { textDocument: td, position: pos });
        default:
          return client.request('facts', 'tenderlint/facts', { uri: d.uri });
      }
    };

    // Malformed and out-of-order traffic; every request in it must be answered.
    const closedUri = pathToFileURL(join(folder, 'never-opened.md')).href;
    const malformed = async (round) => {
      const d = pick(docs.filter((x) => x.open));
      const closed = docs.find((x) => !x.open);
      client.request('unknown method', 'tenderlint/noSuchMethod', { uri: d.uri });
      client.request('unknown LSP method', 'textDocument/noSuchFeature', { textDocument: { uri: d.uri } });
      client.request('hover without params', 'textDocument/hover', {});
      client.request('hover with params of the wrong type', 'textDocument/hover', { textDocument: 'not an object', position: 'nowhere' });
      client.request('code action without context', 'textDocument/codeAction', { textDocument: { uri: d.uri } });
      client.request('inlay hints without range', 'textDocument/inlayHint', { textDocument: { uri: d.uri } });
      client.request('facts without uri', 'tenderlint/facts', {});
      client.request('command not known', 'workspace/executeCommand', { command: 'tenderlint.noSuchCommand', arguments: [] });
      client.request('command with bad arguments', 'workspace/executeCommand', { command: 'tenderlint.fixAll', arguments: [42] });
      client.request('hover on a document never opened', 'textDocument/hover', { textDocument: { uri: closedUri }, position: { line: 0, character: 0 } });
      client.request('diagnostic for a document never opened', 'textDocument/diagnostic', { textDocument: { uri: closedUri } });
      client.request('facts for a document never opened', 'tenderlint/facts', { uri: closedUri });
      client.request('hover out of range', 'textDocument/hover', { textDocument: { uri: d.uri }, position: { line: 1_000_000, character: 1_000_000 } });
      client.request('hover at a negative position', 'textDocument/hover', { textDocument: { uri: d.uri }, position: { line: -1, character: -5 } });
      client.request('code action range out of range', 'textDocument/codeAction', { textDocument: { uri: d.uri }, range: { start: { line: 99_999, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } });
      client.request('inlay hints range out of range', 'textDocument/inlayHint', { textDocument: { uri: d.uri }, range: { start: { line: -10, character: 0 }, end: { line: 1e9, character: 1e9 } } });
      client.request('completion out of range', 'textDocument/completion', { textDocument: { uri: d.uri }, position: { line: 1e6, character: 0 } });
      if (closed) {
        client.request('hover on a closed document', 'textDocument/hover', { textDocument: { uri: closed.uri }, position: { line: 0, character: 0 } });
        // A change for a closed document: a notification, so nothing answers it; the server must ignore it.
        await c.sendNotification('textDocument/didChange', { textDocument: { uri: closed.uri, version: closed.maxVersion + 1 }, contentChanges: [{ text: 'Not open.' }] });
      }
      // A change to an open document with a range past its end (clamped to the end, as a client's buffer would).
      await change(d, [{ range: { start: { line: 1_000_000, character: 0 }, end: { line: 1_000_001, character: 5 } }, text: `\nAppended in round ${round}.\n` }]);
      // Framed bodies that are not JSON, not JSON-RPC, a response to nothing, a notification of nothing.
      await client.raw('{"jsonrpc":"2.0","id":');
      await client.raw('[1, 2, 3]');
      await client.raw('{"jsonrpc":"2.0","id":987654,"result":null}');
      await client.raw('{"jsonrpc":"2.0","method":"tenderlint/noSuchNotification","params":{"x":1}}');
      client.request('hover with null params', 'textDocument/hover', null);
      // A cancelled request must still be answered (with its result or a cancellation error).
      const { CancellationTokenSource } = await import('vscode-languageserver-protocol/node.js');
      const source = new CancellationTokenSource();
      client.request('cancelled pull diagnostic', 'textDocument/diagnostic', { textDocument: { uri: d.uri } }, source.token);
      source.cancel();
    };

    // Out of order: a change and requests before the open, a second open, a double close.
    const early = pathToFileURL(join(folder, 'early.md')).href;
    await c.sendNotification('textDocument/didChange', { textDocument: { uri: early, version: 2 }, contentChanges: [{ text: 'Changed before it was opened.' }] });
    client.request('hover before open', 'textDocument/hover', { textDocument: { uri: early }, position: { line: 0, character: 0 } });
    await c.sendNotification('textDocument/didOpen', { textDocument: { uri: early, languageId: 'markdown', version: 1, text: 'Opened late by [insert date].\n' } });
    await c.sendNotification('textDocument/didOpen', { textDocument: { uri: early, languageId: 'markdown', version: 1, text: 'Opened twice.\n' } });
    await c.sendNotification('textDocument/didClose', { textDocument: { uri: early } });
    await c.sendNotification('textDocument/didClose', { textDocument: { uri: early } });

    let sent = 0;
    let step = 0;
    let pasted = null;
    const closedQueue = [];
    while (sent < editCount) {
      step++;
      // Close one document now and then, and reopen the longest-closed one with its text as it stands.
      if (step % 71 === 0) {
        const d = pick(docs.filter((x) => x.open));
        d.open = false;
        closedQueue.push(d);
        await c.sendNotification('textDocument/didClose', { textDocument: { uri: d.uri } });
      }
      if (step % 97 === 0 && closedQueue.length > 1) {
        const d = closedQueue.shift();
        d.open = true;
        d.mirror = TextDocument.create(d.uri, 'markdown', 1, d.mirror.getText());
        d.maxVersion = 1;
        await c.sendNotification('textDocument/didOpen', { textDocument: { uri: d.uri, languageId: 'markdown', version: 1, text: d.mirror.getText() } });
      }
      if (step % 400 === 200) await malformed(step);
      if (!pasted && sent >= editCount / 2 && pasteDates > 0) {
        // The pathological paste, into the middle of a document, as one change.
        pasted = pick(docs.filter((x) => x.open && !x.name.startsWith('generated')));
        const at = int(0, pasted.mirror.getText().length);
        await change(pasted, [{ range: rangeAt(pasted, at), text: pathologicalPaste(pasteDates) }]);
        log(`pasted ${pasteDates} dates into ${pasted.name}`);
      }
      if (step % 300 === 150) {
        // A version going backwards (lower than any sent yet for this document), then on up from the highest.
        const d = pick(docs.filter((x) => x.open && x.maxVersion > 3));
        if (d) {
          const len = d.mirror.getText().length;
          const top = d.maxVersion;
          await change(d, [{ range: rangeAt(d, len), text: '\nA line sent with an old version number.\n' }], 1);
          await change(d, [{ range: rangeAt(d, 0), text: 'Note. ' }], top + 1);
          sent += 2;
        }
      }
      const d = pick(docs.filter((x) => x.open && x !== pasted));
      const text = d.mirror.getText();
      const kind = rnd();
      if (kind < 0.35) {
        await change(d, [{ range: rangeAt(d, int(0, text.length)), text: pick(SNIPPETS) }]);
        sent++;
      } else if (kind < 0.6) {
        const start = int(0, Math.max(0, text.length - 1));
        await change(d, [{ range: rangeAt(d, start, Math.min(text.length, start + int(1, 60))), text: '' }]);
        sent++;
      } else if (kind < 0.8) {
        // Typed one character at a time.
        let at = int(0, text.length);
        for (const ch of pick(TYPED)) {
          if (sent >= editCount) break;
          await change(d, [{ range: rangeAt(d, at), text: ch }]);
          at++;
          sent++;
        }
      } else if (kind < 0.9) {
        // Deleted one character at a time (backspace).
        let at = int(10, Math.max(10, text.length));
        for (let i = int(3, 12); i > 0 && at > 0 && sent < editCount; i--, at--) {
          await change(d, [{ range: rangeAt(d, at - 1, at), text: '' }]);
          sent++;
        }
      } else {
        // Two changes in one message: a replacement near the start and an insertion at the end (applied in order).
        const start = int(0, Math.min(200, text.length));
        const first = { range: rangeAt(d, start, Math.min(text.length, start + 10)), text: 'Price 40%' };
        // (TextDocument.update changes the document it is given, so the intermediate text is a copy.)
        const after = TextDocument.update(TextDocument.create(d.uri, 'markdown', 0, text), [first], 1);
        const end = after.getText().length;
        await change(d, [first, { range: { start: after.positionAt(end), end: after.positionAt(end) }, text: '\nThe deadline is 3 June 2027.\n' }]);
        sent++;
      }
      if (step % 5 === 0) randomRequest(d);
      if (step % 40 === 0) await new Promise((r) => setTimeout(r, 5));
    }
    await malformed('end');
    const editsDone = Date.now();
    log(`${sent} edits and ${client.requests.length} requests sent in ${editsDone - started} ms`);

    // Every open document's last published diagnostics are for its last version.
    const open = docs.filter((d) => d.open);
    const settleMs = options.settleMs ?? 120_000;
    try {
      await client.waitFor(() => open.every((d) => client.published.get(d.uri)?.version === d.mirror.version), 'the diagnostics of every last version', settleMs);
    } catch (err) {
      for (const d of open) {
        const p = client.published.get(d.uri);
        if (p?.version !== d.mirror.version) failures.push(`${d.name}: last diagnostics published for version ${p?.version}, document at version ${d.mirror.version}`);
      }
    }
    const settled = Date.now();
    const pulls = open.map((d) => ({ d, entry: client.request('final pull', 'textDocument/diagnostic', { textDocument: { uri: d.uri } }) }));
    const facts = open.map((d) => ({ d, entry: client.request('final facts', 'tenderlint/facts', { uri: d.uri }) }));
    const last = client.request('last request', 'tenderlint/clauses', {});
    let timer;
    await Promise.race([Promise.all(client.requests.map((r) => r.promise)), new Promise((r) => (timer = setTimeout(r, options.answerMs ?? 60_000)))]);
    clearTimeout(timer);

    const unanswered = client.requests.filter((r) => r.state === 'pending' || r.state === 'transport');
    for (const r of unanswered) failures.push(`request not answered: ${r.label} (${r.method}): ${r.state}${r.error ? ` ${r.error.message}` : ''}`);
    // A JSON-RPC error is an answer; the errors given are returned (their codes), and an internal error is a failure.
    const errors = client.requests.filter((r) => r.state === 'error').map((r) => ({ label: r.label, code: r.error.code, message: r.error.message }));
    for (const e of errors) if (e.code === -32603) failures.push(`internal error answering ${e.label}: ${e.message}`);
    for (const r of client.requests.filter((x) => /unknown/.test(x.label))) {
      if (r.state !== 'error' || r.error.code !== -32601) failures.push(`${r.label}: expected MethodNotFound, got ${r.state}`);
    }
    const memory = peakMemory(client.child.pid);
    const alive = client.alive() && last.state === 'result';
    if (!alive) failures.push('the server process is not up at the end');

    // A fresh server, one document at a time: the diagnostics the stressed server published and pulled must match.
    const fresh = new Client({ debounceMs: 0, maxCheckSeconds: options.maxCheckSeconds });
    let compared = 0;
    try {
      await fresh.initialize(folder);
      for (const { d, entry } of pulls) {
        await fresh.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: d.uri, languageId: 'markdown', version: 1, text: d.mirror.getText() } });
        const expected = await fresh.waitFor(() => fresh.published.get(d.uri)?.version === 1 && fresh.published.get(d.uri), `a fresh check of ${d.name}`, 60_000);
        const want = normalise(expected.diagnostics);
        const pushed = client.published.get(d.uri);
        if (normalise(pushed?.diagnostics) !== want) failures.push(`${d.name}: published diagnostics differ from a fresh check (${codes(pushed?.diagnostics)} vs ${codes(expected.diagnostics)})`);
        if (entry.state === 'result' && normalise(entry.result?.items) !== want) failures.push(`${d.name}: pulled diagnostics differ from a fresh check (${codes(entry.result?.items)} vs ${codes(expected.diagnostics)})`);
        const freshFacts = await fresh.connection.sendRequest('tenderlint/facts', { uri: d.uri });
        const f = facts.find((x) => x.d === d)?.entry;
        if (f?.state === 'result' && JSON.stringify(f.result) !== JSON.stringify(freshFacts)) failures.push(`${d.name}: facts differ from a fresh check`);
        await fresh.connection.sendNotification('textDocument/didClose', { textDocument: { uri: d.uri } });
        fresh.published.delete(d.uri);
        compared++;
      }
    } finally {
      await fresh.stop();
    }

    const byState = {};
    for (const r of client.requests) byState[r.state] = (byState[r.state] ?? 0) + 1;
    return {
      documents: docs.length,
      edits: sent,
      requests: client.requests.length,
      checks: client.checks,
      answered: byState,
      reopened: docs.filter((d) => d.open).length,
      compared,
      paste: pasted ? { into: pasted.name, dates: pasteDates, characters: pathologicalPaste(pasteDates).length } : null,
      sendMs: editsDone - started,
      settleMs: settled - started,
      totalMs: Date.now() - started,
      peakRssKB: memory.peakRssKB,
      endRssKB: memory.rssKB,
      errors,
      serverErrorsLogged: client.logs.filter((l) => l.type === 1).map((l) => String(l.message).split('\n')[0]),
      workersReplaced: client.logs.filter((l) => /check worker replaced/.test(String(l.message))).map((l) => String(l.message)),
      alive,
      failures,
      machine: { cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, platform: process.platform },
    };
  } finally {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? Number(args[i + 1]) : dflt;
  };
  const result = await runStress({
    seed: opt('seed', 1),
    documents: opt('documents', 50),
    edits: opt('edits', 2000),
    pasteDates: opt('paste-dates', 15_000),
    maxCheckSeconds: opt('max-check-seconds', undefined),
    log: (m) => process.stderr.write(`${m}\n`),
  });
  if (args.includes('--json')) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else {
    const mb = (kb) => (kb == null ? 'n/a' : `${Math.round(kb / 1024)} MB`);
    process.stdout.write(
      [
        `documents ${result.documents}, edits ${result.edits}, requests ${result.requests} (${JSON.stringify(result.answered)})`,
        `paste: ${result.paste ? `${result.paste.dates} dates + brackets, ${result.paste.characters} characters, into ${result.paste.into}` : 'none'}`,
        `sent in ${result.sendMs} ms; every last version published after ${result.settleMs} ms (${result.checks} checks run); total ${result.totalMs} ms`,
        `server peak RSS (VmHWM) ${mb(result.peakRssKB)}, at the end ${mb(result.endRssKB)}; errors logged by the server ${result.serverErrorsLogged.length}`,
        ...result.serverErrorsLogged.map((m) => `  - ${m}`),
        `errors answered: ${result.errors.map((e) => `${e.label} (${e.code})`).join('; ')}`,
        `documents compared with a fresh check: ${result.compared}; process up: ${result.alive}; check workers replaced: ${result.workersReplaced.length}`,
        ...result.workersReplaced.map((m) => `  - ${m}`),
        `failures: ${result.failures.length}`,
        ...result.failures.map((f) => `  - ${f}`),
        `machine: ${result.machine.cores} cores, ${result.machine.memoryGiB} GiB, Node ${result.machine.node}, ${result.machine.platform}`,
      ].join('\n') + '\n',
    );
  }
  process.exitCode = result.failures.length ? 1 : 0;
}
