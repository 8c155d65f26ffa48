// Editor latency: time from `didChange` to the matching `publishDiagnostics`, over real JSON-RPC to the bundled
// language server, with the debounce set to 0 so that the check itself is measured.
//   node bench/editor-latency.mjs [file.md] [edits]
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cpus, totalmem } from 'node:os';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const file = resolve(process.argv[2] ?? join(ROOT, '..', 'shared', 'corpus', '18f-searchgov__RFQ.md'));
const edits = Number(process.argv[3] ?? 100);
const text = readFileSync(file, 'utf8');
const words = text.split(/\s+/).filter(Boolean).length;

const started = performance.now();
const child = spawn(process.execPath, [join(ROOT, 'dist', 'server.cjs'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const conn = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
const waiting = new Map();
conn.onNotification('textDocument/publishDiagnostics', (p) => waiting.get(p.version)?.(p));
conn.listen();
await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { debounceMs: 0 } });
await conn.sendNotification('initialized', {});
const uri = pathToFileURL(file).href;
const published = (version) => new Promise((res) => waiting.set(version, res));
let p = published(1);
await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
await p;
const firstMs = performance.now() - started;

const times = [];
let current = text;
for (let v = 2; v < edits + 2; v++) {
  current = current.replace(/\n/, `\nEdit ${v}.\n`);
  p = published(v);
  const t0 = performance.now();
  await conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ text: current }] });
  await p;
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const pct = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
console.log(JSON.stringify({
  file: file.split('/').slice(-1)[0], words, edits, startToFirstDiagnosticsMs: Math.round(firstMs),
  p50Ms: Number(pct(0.5)), p95Ms: Number(pct(0.95)), maxMs: Number(times[times.length - 1].toFixed(1)),
  machine: `${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
}));
await conn.sendRequest('shutdown');
await conn.sendNotification('exit');
conn.dispose();
child.kill();
