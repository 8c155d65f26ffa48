/**
 * A minimal LSP client for tests: spawns the bundled server (or wraps in-process streams) and speaks JSON-RPC
 * through vscode-languageserver-protocol, recording notifications and answering the server's requests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type ClientCapabilities,
  type InitializeResult,
  type StarNotificationHandler,
} from 'vscode-languageserver-protocol/node';
import type { Readable, Writable } from 'node:stream';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SERVER = join(ROOT, 'dist', 'server.cjs');

export interface ClientOptions {
  capabilities?: ClientCapabilities;
  initializationOptions?: Record<string, unknown>;
  workspaceFolder?: string;
  /** Answer to `workspace/configuration` (per item). */
  configuration?: (section: string | undefined, scopeUri: string | undefined) => unknown;
}

export class TestClient {
  readonly diagnostics: PublishDiagnosticsParams[] = [];
  readonly notifications: Array<{ method: string; params: unknown }> = [];
  private waiters: Array<() => void> = [];
  initializeResult!: InitializeResult;

  constructor(
    readonly connection: ProtocolConnection,
    private readonly child: ChildProcess | null,
  ) {}

  static spawnServer(): { connection: ProtocolConnection; child: ChildProcess } {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    return { connection, child };
  }

  static fromStreams(input: Readable, output: Writable): ProtocolConnection {
    return createProtocolConnection(new StreamMessageReader(input), new StreamMessageWriter(output));
  }

  static async start(options: ClientOptions = {}, connection?: ProtocolConnection): Promise<TestClient> {
    let child: ChildProcess | null = null;
    if (!connection) ({ connection, child } = TestClient.spawnServer());
    const client = new TestClient(connection, child);
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      client.diagnostics.push(p);
      client.wake();
    });
    const star: StarNotificationHandler = (method: string, params: unknown) => {
      client.notifications.push({ method, params });
      client.wake();
    };
    (connection as unknown as { onNotification(h: StarNotificationHandler): void }).onNotification(star);
    connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string; scopeUri?: string }> }) =>
      params.items.map((i) => options.configuration?.(i.section, i.scopeUri) ?? null),
    );
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('workspace/diagnostic/refresh', () => null);
    connection.onRequest('workspace/applyEdit', (params: unknown) => {
      client.notifications.push({ method: 'workspace/applyEdit', params });
      client.wake();
      return { applied: true };
    });
    connection.listen();
    const folder = options.workspaceFolder;
    client.initializeResult = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folder ? pathToFileURL(folder).href : null,
      workspaceFolders: folder ? [{ uri: pathToFileURL(folder).href, name: 'ws' }] : null,
      capabilities: options.capabilities ?? {},
      initializationOptions: options.initializationOptions ?? { debounceMs: 0 },
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const fn of w) fn();
  }

  /** Waits (with a timeout, never a bare sleep) until `predicate` holds. */
  async waitFor<T>(predicate: () => T | undefined | null | false, what: string, timeoutMs = 15_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = predicate();
      if (value) return value;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((res) => {
        const t = setTimeout(res, Math.min(left, 200));
        this.waiters.push(() => {
          clearTimeout(t);
          res();
        });
      });
    }
  }

  diagnosticsFor(uri: string, version?: number): PublishDiagnosticsParams | undefined {
    const list = this.diagnostics.filter((d) => d.uri === uri && (version === undefined || d.version === version));
    return list[list.length - 1];
  }

  open(uri: string, text: string, version = 1, languageId = 'markdown'): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, text: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // The server may already have gone.
    }
    this.connection.dispose();
    this.child?.kill();
  }
}

/** Applies LSP text edits (from one versioned document change) to a text. */
export function applyTextEdits(text: string, edits: Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }>): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const offset = (p: { line: number; character: number }) => Math.min(text.length, (lineStarts[p.line] ?? text.length) + p.character);
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) {
    const s = offset(e.range.start);
    const end = offset(e.range.end);
    out = out.slice(0, s) + e.newText + out.slice(end);
  }
  return out;
}
