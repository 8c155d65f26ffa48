// The language server as the editor benchmark drives it: a process over stdio, started with the Node options the VS
// Code extension uses unless told otherwise, with a wait for the diagnostics of a given version; and the memory a
// process holds, read from /proc. Used by bench/editor-latency.mjs.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { platform } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The Node options the VS Code extension starts the server with (server/node-flags.json); `--bare-node` drops them. */
export const EXTENSION_FLAGS = JSON.parse(readFileSync(join(ROOT, 'server', 'node-flags.json'), 'utf8')).execArgv;

/** A number rounded to one decimal place. */
export const round1 = (n) => Math.round(n * 10) / 10;

/** VmRSS and VmHWM of a process, in MB (2^20 bytes), or null where /proc is not available. */
export function processMemory(pid) {
  if (platform() !== 'linux') return null;
  let status;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return null;
  }
  const kb = (key) => {
    const m = new RegExp(`^${key}:\\s+(\\d+)\\s+kB`, 'm').exec(status);
    return m ? Number(m[1]) : null;
  };
  const rss = kb('VmRSS');
  const hwm = kb('VmHWM');
  return rss === null ? null : { vmRssMB: round1(rss / 1024), vmHwmMB: hwm === null ? null : round1(hwm / 1024) };
}


export async function startServer(serverPath, timeoutMs, nodeFlags = EXTENSION_FLAGS, initializationOptions = { debounceMs: 0 }) {
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, [...nodeFlags, serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiters = new Map(); // `${uri}#${version}` → { resolve, reject, timer }
  let exited = null;
  const failAll = (err) => {
    for (const w of waiters.values()) {
      clearTimeout(w.timer);
      w.reject(err);
    }
    waiters.clear();
  };
  child.on('exit', (code, signal) => {
    exited = { code, signal };
    failAll(new Error(`language server exited (${signal ?? code}) while diagnostics were awaited`));
  });
  child.on('error', (err) => failAll(err));
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    const at = performance.now();
    const key = `${p.uri}#${p.version}`;
    const w = waiters.get(key);
    if (!w) return;
    waiters.delete(key);
    clearTimeout(w.timer);
    w.resolve({ at, count: p.diagnostics.length });
  });
  conn.onNotification(() => {}); // tenderlint/status, window/logMessage, …
  conn.onRequest(() => null); // nothing is expected (no client capabilities are declared); answer anything with null
  conn.onError(() => {});
  conn.listen();

  /** Registers interest in the diagnostics of `uri` at `version`; call before sending the change. */
  const published = (uri, version) =>
    new Promise((res, rej) => {
      if (exited) return rej(new Error('language server is not running'));
      const timer = setTimeout(() => {
        waiters.delete(`${uri}#${version}`);
        rej(new Error(`no diagnostics for ${basename(uri)} version ${version} within ${timeoutMs} ms`));
      }, timeoutMs);
      waiters.set(`${uri}#${version}`, { resolve: res, reject: rej, timer });
    });

  const init = await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: null,
    capabilities: {},
    initializationOptions,
  });
  const initializedAt = performance.now();
  await conn.sendNotification('initialized', {});
  const sync = init.capabilities?.textDocumentSync;
  const syncKind = typeof sync === 'number' ? sync : (sync?.change ?? 0);

  async function stop() {
    if (!exited) {
      const gone = new Promise((res) => child.once('exit', res));
      try {
        await Promise.race([conn.sendRequest('shutdown'), new Promise((_, rej) => setTimeout(() => rej(new Error('shutdown timed out')), 10_000))]);
        await conn.sendNotification('exit');
      } catch {
        // fall through to kill
      }
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await gone;
      clearTimeout(timer);
    }
    conn.dispose();
    return exited;
  }

  return { child, conn, published, spawnedAt, initializeMs: initializedAt - spawnedAt, syncKind, stop };
}
