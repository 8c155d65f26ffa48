// Editor latency: over real JSON-RPC to the bundled language server (dist/server.cjs, after `npm run build`),
// with the debounce set to 0 (initializationOptions `{ debounceMs: 0 }`) so that the check itself is measured.
//
// For each document, in a fresh server process:
//   - server start → first diagnostics: from spawning the process to the first publishDiagnostics of version 1
//     (initialize + didOpen + the first full check);
//   - `edits` small edits (a few characters inserted into, or removed from, a prose paragraph at positions spread
//     through the whole document), each sent as one incremental content change (`{ range, text }`) when the server
//     declares TextDocumentSyncKind.Incremental, otherwise as the full text; each waits for the publishDiagnostics
//     of its own version before the next is sent. Reports p50 / p95 / max and the number of diagnostics in the last
//     publish (a sanity check that the document really was checked).
// The debounce a user waits for on top of the check is computed from the measured times (see `debounceFor` below), and with
// --wait-edits also measured.
// Memory: one server process with `open` generated 20,000-word tenders open (different seeds), each checked, then
// VmRSS / VmHWM of the server process from /proc/<pid>/status (Linux only).
//
//   node bench/editor-latency.mjs [--edits 200] [--sizes 5000,20000,50000] [--file f.md ...] [--open 20]
//                                 [--open-words 20000] [--seed 1] [--markdown]
// With --file (repeatable) the given files are measured instead of generated documents (add --sizes to measure
// both). --corpus DIR measures every Markdown document of DIR over 10,000 words (--corpus-min-words) and every
// DOCX file's text view over it (read through the server's tenderlint/docxView request, measured as Markdown);
// a missing DIR is skipped with a message. --wait-edits N adds, per document, N edits in a server left at its
// default debounce: the wait a user sees, measured (`waitP50Ms`, `waitP95Ms`). --open 0 skips the memory step. Prints one JSON object on stdout (progress goes to stderr); --markdown
// prints the Markdown tables after it.
//
// Imported (e.g. by bench/run.mjs): `measureEditor(options)` returns that object; `renderMarkdown(result)` renders
// it (the object also carries a non-enumerable `toMarkdown()`).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cpus, loadavg, platform, arch, tmpdir, totalmem } from 'node:os';
import { generateDocument } from './corpus.mjs';
import { EXTENSION_FLAGS, processMemory, round1, startServer } from './lsp-server.mjs';
import { editor } from './typing.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SERVER = join(ROOT, 'dist', 'server.cjs');

// ---------------------------------------------------------------------------------------------------------------
// Debounce, as the server computes it. Mirrors (does not import) `debounceFor` in server/service.ts:
//   if (base <= 0) return 0; return max(base, min(2000, lastCheckMs ?? floor(length / 2000)));
// where `lastCheckMs` is how long the document's last check took (the server's own measure, from sending the
// check to its result; estimated here by the previous edit's edit → diagnostics time), `length` is
// `doc.getText().length` (UTF-16 code units) and `base` is `initializationOptions.debounceMs` if given, else the
// `tenderlint.debounceMs` setting, whose default is 75 (DEFAULT_SETTINGS in server/protocol.ts; same default in
// package.json `contributes.configuration`). Only `didChange` is debounced; open and save are checked at once.
// The user's wait is also measured, not only computed: `--wait-edits N` edits in a server left at its default
// debounce (see `waitP50Ms`).
export const DEBOUNCE = {
  defaultBaseMs: 75,
  formula: "max(base, min(2000, the document's last check time, or floor(characters / 2000) before its first)) ms; 0 when base <= 0; base = tenderlint.debounceMs (default 75)",
  source: 'debounceFor() in server/service.ts; default in DEFAULT_SETTINGS, server/protocol.ts',
};
export function debounceFor(base, length, lastCheckMs) {
  if (base <= 0) return 0;
  const cost = lastCheckMs === undefined ? Math.floor(length / 2000) : Math.round(lastCheckMs);
  return Math.max(base, Math.min(2000, cost));
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers

const countWords = (text) => text.split(/\s+/).filter(Boolean).length;
const log2 = (enabled) => (enabled === false || enabled === null ? () => {} : typeof enabled === 'function' ? enabled : (m) => process.stderr.write(`${m}\n`));

/** Nearest-rank percentile of an ascending array. */
function percentile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

function machine() {
  const cpu = cpus();
  const info = {
    cores: cpu.length,
    memoryGiB: round1(totalmem() / 2 ** 30),
    cpuModel: (cpu[0]?.model ?? 'unknown').trim(),
    node: process.version,
    platform: `${platform()} ${arch()}`,
    loadAverage: loadavg().map((n) => round1(n)),
  };
  return { ...info, line: `${info.cores} cores, ${info.memoryGiB} GiB, ${info.cpuModel}, Node ${info.node}, ${info.platform}` };
}

// ---------------------------------------------------------------------------------------------------------------
// Measurements

async function measureDocument(doc, { edits, seed, serverPath, timeoutMs, nodeFlags, log, debounced = false }) {
  const server = await startServer(serverPath, timeoutMs, nodeFlags, debounced ? {} : { debounceMs: 0 });
  try {
    const uri = pathToFileURL(doc.path).href;
    const text = doc.text;
    const incremental = server.syncKind === 2;
    if (server.syncKind !== 1 && server.syncKind !== 2) throw new Error(`server declares no usable text document sync (kind ${server.syncKind})`);

    let p = server.published(uri, 1);
    const openedAt = performance.now();
    await server.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const first = await p;
    const startToFirst = first.at - server.spawnedAt;
    log(`  ${doc.name}: ${doc.words} words, start → first diagnostics ${Math.round(startToFirst)} ms (${first.count} diagnostics)`);

    const lines = text.split('\n');
    const next = editor(lines, seed);
    const times = [];
    const editedLines = [];
    let last = first;
    for (let v = 2; v < edits + 2; v++) {
      const { line, change } = next();
      editedLines.push(line);
      p = server.published(uri, v);
      const t0 = performance.now();
      await server.conn.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: v },
        contentChanges: incremental ? [change] : [{ text: lines.join('\n') }],
      });
      last = await p;
      times.push(last.at - t0);
      if ((v - 1) % 50 === 0) log(`    ${v - 1}/${edits} edits`);
    }
    const sorted = [...times].sort((a, b) => a - b);
    if (debounced) return { result: { waitEdits: times.length, waitP50Ms: round1(percentile(sorted, 0.5)), waitP95Ms: round1(percentile(sorted, 0.95)) }, syncKind: server.syncKind };
    // The debounce each edit would have waited: from the previous edit's time (the server's last check time).
    const waits = times.map((t, i) => debounceFor(DEBOUNCE.defaultBaseMs, text.length, i > 0 ? times[i - 1] : undefined) + t).sort((a, b) => a - b);
    const debounceAddedMs = round1(percentile(waits, 0.5) - percentile(sorted, 0.5));
    const result = {
      document: doc.name,
      source: doc.source,
      ...(doc.seed !== undefined ? { seed: doc.seed } : {}),
      targetWords: doc.targetWords ?? null,
      words: doc.words,
      characters: text.length,
      lines: lines.length,
      initializeMs: Math.round(server.initializeMs),
      openToFirstDiagnosticsMs: Math.round(first.at - openedAt),
      startToFirstDiagnosticsMs: Math.round(startToFirst),
      firstDiagnostics: first.count,
      edits: times.length,
      sync: incremental ? 'incremental' : 'full',
      editedLines: editedLines.length ? { first: Math.min(...editedLines) + 1, last: Math.max(...editedLines) + 1, distinct: new Set(editedLines).size } : null,
      p50Ms: times.length ? round1(percentile(sorted, 0.5)) : null,
      p95Ms: times.length ? round1(percentile(sorted, 0.95)) : null,
      maxMs: times.length ? round1(sorted[sorted.length - 1]) : null,
      meanMs: times.length ? round1(times.reduce((a, b) => a + b, 0) / times.length) : null,
      lastDiagnostics: last.count,
      debounceAddedMs,
      userWaitP50Ms: times.length ? round1(percentile(waits, 0.5)) : null,
    };
    log(`    p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms, max ${result.maxMs} ms, ${result.lastDiagnostics} diagnostics in the last publish`);
    return { result, syncKind: server.syncKind };
  } finally {
    await server.stop();
  }
}

/**
 * The shared corpus's documents over `minWords` words: each Markdown file, and each DOCX file's text view (as the
 * server's `tenderlint/docxView` request gives it; the editor's DOCX view is read-only, so the view is measured as
 * a Markdown document). An absent folder gives none, with a message.
 */
async function corpusDocuments({ corpus, minWords, dir, serverPath, timeoutMs, nodeFlags, log }) {
  const root = resolve(corpus);
  if (!existsSync(root)) {
    log(`corpus ${corpus}: not found, skipped`);
    return [];
  }
  const names = readdirSync(root).sort();
  const docs = [];
  for (const name of names.filter((n) => /\.md$/i.test(n))) {
    const path = join(root, name);
    const text = readFileSync(path, 'utf8');
    const words = countWords(text);
    if (words > minWords) docs.push({ name, source: 'corpus', path, text, words });
  }
  const docx = names.filter((n) => /\.docx$/i.test(n));
  if (docx.length) {
    const server = await startServer(serverPath, timeoutMs, nodeFlags);
    try {
      for (const name of docx) {
        // On a loaded machine a large file can take longer to read than the server's default check budget (5 s):
        // asked again, it is read by a warmed-up worker.
        let view = { text: '', error: 'not asked' };
        for (let attempt = 0; attempt < 3 && view.error; attempt++) view = await server.conn.sendRequest('tenderlint/docxView', { uri: pathToFileURL(join(root, name)).href });
        if (view.error) {
          log(`  ${name}: not read (${view.error})`);
          continue;
        }
        const words = countWords(view.text);
        if (words <= minWords) continue;
        const path = join(dir, `${name}.md`);
        writeFileSync(path, view.text);
        docs.push({ name: `DOCX text view of ${name}`, source: 'corpus-docx', path, text: view.text, words });
      }
    } finally {
      await server.stop();
    }
  }
  log(`corpus ${corpus}: ${docs.length} documents over ${minWords.toLocaleString('en-GB')} words`);
  return docs;
}

/** How long the server is left idle before memory is read a second time. */
const SETTLE_MS = 10_000;

async function measureMemory({ open, openWords, seed, dir, serverPath, timeoutMs, nodeFlags, log }) {
  const base = { documents: open, wordsEach: openWords, nodeFlags: nodeFlags.join(' ') || '(none)' };
  if (platform() !== 'linux') return { ...base, measured: false, reason: `memory is not measured on ${platform()} (reads /proc/<pid>/status, Linux only)` };
  const server = await startServer(serverPath, timeoutMs, nodeFlags);
  try {
    const baseline = processMemory(server.child.pid);
    const times = [];
    let words = 0;
    let characters = 0;
    let diagnostics = 0;
    for (let i = 0; i < open; i++) {
      const docSeed = seed * 1000 + i + 1;
      const text = generateDocument(docSeed, openWords);
      const path = join(dir, `memory-${String(i + 1).padStart(2, '0')}-seed${docSeed}.md`);
      writeFileSync(path, text);
      words += countWords(text);
      characters += text.length;
      const uri = pathToFileURL(path).href;
      const p = server.published(uri, 1);
      const t0 = performance.now();
      await server.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      const got = await p;
      times.push(got.at - t0);
      diagnostics += got.count;
    }
    const after = processMemory(server.child.pid);
    if (!after) return { ...base, measured: false, reason: `could not read /proc/${server.child.pid}/status` };
    // What an editor left open holds: V8 returns garbage to the system some seconds after the work stops.
    await new Promise((resolveWait) => setTimeout(resolveWait, SETTLE_MS));
    const settled = processMemory(server.child.pid);
    const sorted = [...times].sort((a, b) => a - b);
    const result = {
      ...base,
      measured: true,
      totalWords: words,
      totalCharacters: characters,
      diagnostics,
      openToDiagnosticsP50Ms: round1(percentile(sorted, 0.5)),
      openToDiagnosticsMaxMs: round1(sorted[sorted.length - 1]),
      baselineRssMB: baseline?.vmRssMB ?? null,
      vmRssMB: after.vmRssMB,
      vmHwmMB: after.vmHwmMB,
      settleSeconds: SETTLE_MS / 1000,
      settledRssMB: settled?.vmRssMB ?? null,
      unit: 'MB = 2^20 bytes (kB / 1024 from /proc/<pid>/status)',
    };
    log(`  memory: ${open} × ${openWords} words open: VmRSS ${result.vmRssMB} MB, VmHWM ${result.vmHwmMB} MB, after ${SETTLE_MS / 1000} s idle ${result.settledRssMB} MB (after initialize: ${result.baselineRssMB} MB)`);
    return result;
  } finally {
    await server.stop();
  }
}

/**
 * Runs the whole benchmark. Options: `sizes` (word counts of generated tenders), `files` (real documents, measured
 * as well), `edits` per document, `open` documents of `openWords` words for the memory step (0 skips it), `seed`,
 * `server` (path of the bundled server), `timeoutMs` per awaited publish, `log` (false to silence progress).
 */
export async function measureEditor({
  sizes = [5000, 20000, 50000],
  files = [],
  edits = 200,
  open = 20,
  openWords = 20000,
  seed = 1,
  server = SERVER,
  timeoutMs = 600_000,
  nodeFlags = EXTENSION_FLAGS,
  waitEdits = 0,
  corpus = null,
  corpusMinWords = 10_000,
  log: logOption,
} = {}) {
  const log = log2(logOption);
  if (!existsSync(server)) throw new Error(`${server} is missing: run \`npm run build\` first`);
  const date = new Date().toISOString();
  const startedAt = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'tenderlint-editor-latency-'));
  const out = {
    benchmark: 'editor-latency',
    date,
    machine: machine(),
    server: server.startsWith(ROOT) ? server.slice(ROOT.length + 1) : server,
    method: 'real JSON-RPC over stdio, initializationOptions { debounceMs: 0 }; each edit waits for the publishDiagnostics of its own version',
    nodeFlags: nodeFlags.join(' ') || '(none)',
    edits,
    sync: null,
    debounce: { ...DEBOUNCE },
    documents: [],
    memory: null,
  };
  try {
    const docs = [];
    for (const words of sizes) {
      const text = generateDocument(seed, words);
      const path = join(dir, `tender-${words}w-seed${seed}.md`);
      writeFileSync(path, text);
      docs.push({ name: `generated ${words.toLocaleString('en-GB')}-word tender (seed ${seed})`, source: 'generated', seed, targetWords: words, path, text, words: countWords(text) });
    }
    for (const file of files) {
      const path = resolve(file);
      const text = readFileSync(path, 'utf8');
      docs.push({ name: basename(path), source: 'file', path, text, words: countWords(text) });
    }
    if (corpus) docs.push(...(await corpusDocuments({ corpus, minWords: corpusMinWords, dir, serverPath: server, timeoutMs, nodeFlags, log })));
    for (const doc of docs) {
      log(`document ${doc.name}`);
      const { result, syncKind } = await measureDocument(doc, { edits, seed, serverPath: server, timeoutMs, nodeFlags, log });
      if (waitEdits > 0) {
        const waited = await measureDocument(doc, { edits: waitEdits, seed, serverPath: server, timeoutMs, nodeFlags, log: () => {}, debounced: true });
        Object.assign(result, waited.result);
        log(`    with the server's default debounce: the user's wait p50 ${result.waitP50Ms} ms, p95 ${result.waitP95Ms} ms`);
      }
      out.sync = syncKind === 2 ? 'incremental (TextDocumentSyncKind.Incremental, one { range, text } change per edit)' : 'full (the server declares TextDocumentSyncKind.Full: the whole text is sent per edit)';
      out.documents.push(result);
    }
    if (open > 0) {
      log(`memory step: ${open} documents of ${openWords} words in one server`);
      out.memory = await measureMemory({ open, openWords, seed, dir, serverPath: server, timeoutMs, nodeFlags, log });
      if (nodeFlags.length > 0) {
        log(`memory step again, server started without the extension's Node options (as \`tenderlint-language-server --stdio\`)`);
        out.memoryBareNode = await measureMemory({ open, openWords, seed, dir, serverPath: server, timeoutMs, nodeFlags: [], log });
      }
    } else {
      out.memory = { documents: 0, measured: false, reason: 'skipped (--open 0)' };
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  out.durationS = round1((performance.now() - startedAt) / 1000);
  Object.defineProperty(out, 'toMarkdown', { value: () => renderMarkdown(out), enumerable: false });
  return out;
}

const fmt = (n, unit = ' ms') => (n === null || n === undefined ? '–' : `${Number(n).toLocaleString('en-GB', { maximumFractionDigits: 1 })}${unit}`);

/** Markdown for docs/performance.md: the machine, the per-document table and the memory line. */
export function renderMarkdown(result) {
  const lines = [
    `Date: ${result.date.slice(0, 10)} (${result.date}). Machine: ${result.machine.line}; load average ${result.machine.loadAverage.join(', ')} at start.`,
    `Method: ${result.method}. ${result.edits} edits per document, sync: ${result.sync ?? 'n/a'}. Server started as the VS Code extension starts it: \`node ${result.nodeFlags ?? '(none)'} dist/server.cjs\`.`,
    `Debounce (not in the measured figures, added by the server after the last keystroke): ${result.debounce.formula} — ${result.debounce.source}.`,
    '',
    '| Document | Words | start → first diagnostics | edit → diagnostics p50 | p95 | max | diagnostics (last publish) | debounce added (p50) | user\'s wait p50, computed | measured (default debounce) p50 / p95 |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...result.documents.map((d) =>
      `| ${d.document} | ${d.words.toLocaleString('en-GB')} | ${fmt(d.startToFirstDiagnosticsMs)} | ${fmt(d.p50Ms)} | ${fmt(d.p95Ms)} | ${fmt(d.maxMs)} | ${d.lastDiagnostics} | ${fmt(d.debounceAddedMs)} | ${fmt(d.userWaitP50Ms)} | ${d.waitP50Ms === undefined ? '–' : `${fmt(d.waitP50Ms)} / ${fmt(d.waitP95Ms)}`} |`),
    '',
  ];
  for (const m of [result.memory, result.memoryBareNode].filter(Boolean)) memoryLine(lines, m);
  return lines.join('\n');
}

function memoryLine(lines, m) {
  if (m?.measured) {
    lines.push(`Memory (Node options: ${m.nodeFlags ?? '(none)'}): one server with ${m.documents} generated ${m.wordsEach.toLocaleString('en-GB')}-word tenders open (${m.totalWords.toLocaleString('en-GB')} words, each checked; open → diagnostics p50 ${fmt(m.openToDiagnosticsP50Ms)}, max ${fmt(m.openToDiagnosticsMaxMs)}): VmRSS ${fmt(m.vmRssMB, ' MB')}, VmHWM ${fmt(m.vmHwmMB, ' MB')}; VmRSS after ${m.settleSeconds ?? 0} s idle ${fmt(m.settledRssMB, ' MB')} (VmRSS after initialize, no documents: ${fmt(m.baselineRssMB, ' MB')}).`);
  } else {
    lines.push(`Memory: not measured — ${m?.reason ?? 'skipped'}.`);
  }
  lines.push('');
}

// ---------------------------------------------------------------------------------------------------------------
// Command line

function parseArgs(argv) {
  const opts = { files: [] };
  let sizesGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    const num = (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0) throw new Error(`${a}: not a whole number: ${v}`);
      return n;
    };
    if (a === '--edits') opts.edits = num(value());
    else if (a === '--sizes') {
      sizesGiven = true;
      opts.sizes = value().split(',').map((s) => s.trim()).filter(Boolean).map(num).filter((n) => n > 0);
    } else if (a === '--file') opts.files.push(value());
    else if (a === '--open') opts.open = num(value());
    else if (a === '--open-words') opts.openWords = num(value());
    else if (a === '--seed') opts.seed = num(value());
    else if (a === '--timeout') opts.timeoutMs = num(value());
    else if (a === '--markdown') opts.markdown = true;
    else if (a === '--corpus') opts.corpus = value();
    else if (a === '--corpus-min-words') opts.corpusMinWords = num(value());
    else if (a === '--wait-edits') opts.waitEdits = num(value());
    else if (a === '--bare-node') opts.nodeFlags = [];
    else if (a === '--help' || a === '-h') opts.help = true;
    else if (/^\d+$/.test(a)) opts.edits = Number(a); // old form: [file.md] [edits]
    else if (!a.startsWith('--')) opts.files.push(a);
    else throw new Error(`unknown option ${a}`);
  }
  if ((opts.files.length || opts.corpus) && !sizesGiven) opts.sizes = [];
  return opts;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`${err.message}\nusage: node bench/editor-latency.mjs [--edits N] [--sizes 5000,20000,50000] [--file f.md] [--corpus DIR] [--corpus-min-words W] [--wait-edits N] [--open N] [--open-words W] [--seed S] [--bare-node] [--markdown]`);
    process.exit(2);
  }
  if (opts.help) {
    console.log('usage: node bench/editor-latency.mjs [--edits N] [--sizes 5000,20000,50000] [--file f.md] [--corpus DIR] [--corpus-min-words W] [--wait-edits N] [--open N] [--open-words W] [--seed S] [--bare-node] [--markdown]');
    process.exit(0);
  }
  const { markdown, help: _help, ...options } = opts;
  try {
    const result = await measureEditor(options);
    console.log(JSON.stringify(result, null, 2));
    if (markdown) console.log(`\n${renderMarkdown(result)}`);
  } catch (err) {
    console.error(err?.stack ?? String(err));
    process.exitCode = 1;
  }
}
