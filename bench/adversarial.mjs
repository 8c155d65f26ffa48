// Adversarial inputs: writes each pathological document of docs/reliability.md into a temporary folder and
// times `node dist/cli.cjs --format json FILE` on it, one process per file, with a wall-clock limit.
//   node bench/adversarial.mjs [--timeout 120] [--only money,dates,...] [--cli PATH] [--keep] [--markdown] [--server]
// With --server, each file is opened instead in a fresh language server (`dist/server.cjs --stdio`, default
// settings: tenderlint.maxCheckSeconds 5) together with a small second document: it times open → the file's
// diagnostics (checked, or one "did not check" diagnostic) and open → the second document's diagnostics.
// Run after `npm run build`. Peak memory comes from GNU time (`/usr/bin/time -f %M`) when it is installed,
// else from the rss.cjs preload (which cannot report a process killed by the limit). Not run by the tests.
import { mkdtempSync, writeFileSync, rmSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
let cli = join(root, 'dist', 'cli.cjs');

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Each row: a name, what it is, and a generator returning the file's text. `scale` (default 1, the sizes in the
 * table) shrinks or grows the repetition counts: the fuzz suite (`test/fuzz/documents.mjs`) runs them small.
 */
const times = (n, scale) => Math.max(1, Math.round(n * scale));
export const inputs = [
  {
    name: 'money',
    what: 'one paragraph of 100,000 money amounts (`£1,000,000,000,000,000,000.00 …`)',
    text: (scale = 1) => Array(times(100_000, scale)).fill('£1,000,000,000,000,000,000.00').join(' ') + '\n',
  },
  {
    name: 'dates',
    what: 'one paragraph of 200,000 dates (`1 March 2027 2 March 2027 …`)',
    text: (scale = 1) => {
      const out = [];
      for (let i = 0; i < times(200_000, scale); i++) out.push(`${(i % 28) + 1} ${months[Math.floor(i / 28) % 12]} 2027`);
      return out.join(' ') + '\n';
    },
  },
  {
    name: 'digits',
    what: 'one line of 2,000,000 digits',
    text: (scale = 1) => '1234567890'.repeat(times(200_000, scale)) + '\n',
  },
  {
    name: 'brackets',
    what: '100,000 `[` then `insert` then 100,000 `]`',
    text: (scale = 1) => '['.repeat(times(100_000, scale)) + 'insert' + ']'.repeat(times(100_000, scale)) + '\n',
  },
  {
    name: 'nested-list',
    what: 'a list nested 3,000 levels deep',
    text: (scale = 1) => {
      const lines = [];
      for (let i = 0; i < times(3000, scale); i++) lines.push(' '.repeat(i * 2) + '- item ' + i);
      return lines.join('\n') + '\n';
    },
  },
  {
    name: 'blank-lines',
    what: '1,000,000 blank lines',
    text: (scale = 1) => 'The Authority will publish the notice.\n' + '\n'.repeat(times(1_000_000, scale)) + 'The end.\n',
  },
  {
    name: 'words',
    what: 'one line of 1,000,000 words',
    text: (scale = 1) => {
      const words = ['the', 'supplier', 'shall', 'provide', 'services', 'to', 'council', 'within', 'contract'];
      const out = [];
      for (let i = 0; i < times(1_000_000, scale); i++) out.push(words[i % words.length]);
      return out.join(' ') + '\n';
    },
  },
  {
    name: 'blockquotes',
    what: '20,000 nested `>`',
    text: (scale = 1) => '>'.repeat(times(20_000, scale)) + ' quoted\n',
  },
];

function measure(file, timeoutS) {
  const gnuTime = existsSync('/usr/bin/time');
  const started = process.hrtime.bigint();
  let result;
  let peakKB = null;
  if (gnuTime) {
    const rssFile = `${file}.time`;
    result = spawnSync('/usr/bin/time', ['-f', '%M', '-o', rssFile, 'timeout', String(timeoutS), process.execPath, cli, '--format', 'json', file], {
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
    try {
      const lines = readFileSync(rssFile, 'utf8').trim().split('\n');
      peakKB = Number(lines[lines.length - 1]);
    } catch {
      peakKB = null;
    }
  } else {
    result = spawnSync(process.execPath, [cli, '--format', 'json', file], {
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: timeoutS * 1000,
      maxBuffer: 64 * 1024 * 1024,
    });
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  // GNU time reports the exit status of `timeout`: 124 means the limit was reached.
  const killed = result.status === 124 || result.signal != null;
  return { seconds, peakMB: peakKB ? Math.round(peakKB / 1024) : null, exit: result.status, killed };
}

/** Opens `file` and a small document in a fresh server; returns when both have diagnostics (or after `timeoutS`). */
async function measureServer(file, timeoutS) {
  const server = join(root, 'dist', 'server.cjs');
  const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const conn = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const got = new Map();
  let wake = () => {};
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    if (!got.has(p.uri)) got.set(p.uri, { at: performance.now(), diagnostics: p.diagnostics });
    wake();
  });
  conn.onNotification(() => {});
  conn.onRequest(() => null);
  conn.onError(() => {});
  conn.listen();
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { debounceMs: 0 } });
  await conn.sendNotification('initialized', {});
  const uri = pathToFileURL(file).href;
  const small = pathToFileURL(join(dirname(file), 'small.md')).href;
  const started = performance.now();
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: readFileSync(file, 'utf8') } });
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri: small, languageId: 'markdown', version: 1, text: '# Tender\n\nReturn by [insert date].\n' } });
  const deadline = started + timeoutS * 1000;
  while (!(got.has(uri) && got.has(small)) && performance.now() < deadline) {
    await new Promise((res) => {
      wake = res;
      setTimeout(res, 200);
    });
  }
  const doc = got.get(uri);
  const other = got.get(small);
  child.kill('SIGKILL');
  conn.dispose();
  return {
    seconds: doc ? (doc.at - started) / 1000 : null,
    notChecked: doc ? doc.diagnostics.some((d) => d.code === 'tenderlint/too-complex') : null,
    diagnostics: doc ? doc.diagnostics.length : null,
    otherSeconds: other ? (other.at - started) / 1000 : null,
  };
}

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  cli = resolve(opt('cli', cli));
  if (!existsSync(cli)) {
    console.error('run `npm run build` first');
    process.exit(2);
  }
  const timeoutS = Number(opt('timeout', '120'));
  const only = opt('only', null)?.split(',');
  const dir = mkdtempSync(join(tmpdir(), 'tenderlint-adversarial-'));
  const rows = [];
  try {
    for (const input of inputs) {
      if (only && !only.includes(input.name)) continue;
      const file = join(dir, `${input.name}.md`);
      const text = input.text();
      writeFileSync(file, text);
      if (args.includes('--server')) {
        const r = await measureServer(file, timeoutS);
        rows.push({ name: input.name, what: input.what, bytes: Buffer.byteLength(text), ...r });
        console.error(`${input.name}: ${JSON.stringify(r)}`);
        continue;
      }
      const r = measure(file, timeoutS);
      const row = { name: input.name, what: input.what, bytes: Buffer.byteLength(text), ...r };
      rows.push(row);
      const outcome = r.killed ? `killed after ${timeoutS} s` : `${r.seconds.toFixed(1)} s, exit ${r.exit}`;
      console.error(`${input.name}: ${(row.bytes / 1e6).toFixed(1)} MB, ${outcome}, peak ${r.peakMB ?? '?'} MB`);
    }
  } finally {
    if (!args.includes('--keep')) rmSync(dir, { recursive: true, force: true });
    else console.error(`files kept in ${dir}`);
  }
  if (args.includes('--markdown') && args.includes('--server')) {
    console.log('| Input | Size | Document: open → diagnostics | Other document: open → diagnostics |');
    console.log('| --- | --- | --- | --- |');
    for (const r of rows) {
      const doc = r.seconds === null ? `none after ${timeoutS} s` : `${r.seconds.toFixed(1)} s, ${r.notChecked ? 'not checked (one diagnostic)' : `checked (${r.diagnostics} diagnostics)`}`;
      console.log(`| ${r.what} | ${(r.bytes / 1e6).toFixed(1)} MB | ${doc} | ${r.otherSeconds === null ? `none after ${timeoutS} s` : `${r.otherSeconds.toFixed(1)} s`} |`);
    }
  } else if (args.includes('--markdown')) {
    console.log('| Input | Size | Time | Peak memory | Exit |');
    console.log('| --- | --- | --- | --- | --- |');
    for (const r of rows) {
      const time = r.killed ? `killed after ${timeoutS} s` : `${r.seconds.toFixed(1)} s`;
      console.log(`| ${r.what} | ${(r.bytes / 1e6).toFixed(1)} MB | ${time} | ${r.peakMB ?? '?'} MB | ${r.killed ? '—' : r.exit} |`);
    }
  } else {
    console.log(JSON.stringify(rows, null, 2));
  }
}
