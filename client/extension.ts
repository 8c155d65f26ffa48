/**
 * The tenderlint VS Code extension: starts the language server (node IPC), shows DOCX files as a read-only
 * text view with the same diagnostics, keeps a status-bar item, and adds the editor commands. All checking
 * happens in the server; this file only wires VS Code to it.
 */
import * as vscode from 'vscode';
import { existsSync } from 'node:fs';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import {
  ClausesRequest,
  Commands,
  DOCX_SCHEME,
  DocxViewRequest,
  FactsRequest,
  StatusNotification,
  type ClauseInfo,
  type DocxViewResult,
  type FactsResult,
  type InitializationOptions,
  type StatusParams,
  SERVER_EXEC_ARGV,
} from '../server/protocol';

import { exportWordComments } from './word-comments';

let client: LanguageClient | null = null;
const statuses = new Map<string, StatusParams>();

function createClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath('dist/server.cjs');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6010'] } },
  };
  const initializationOptions: InitializationOptions = { vscodeExtension: true };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: DOCX_SCHEME },
    ],
    synchronize: {
      configurationSection: 'tenderlint',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{.tenderlint.yaml,.tenderlint.yml,.tenderlint.json,package.json,.tenderlintignore,*.docx}'),
    },
    initializationOptions,
    outputChannelName: 'tenderlint',
  };
  return new LanguageClient('tenderlint', 'tenderlint', serverOptions, clientOptions);
}

/** The read-only text view of a DOCX file, read by the server. */
class DocxViewProvider implements vscode.TextDocumentContentProvider {
  readonly onDidChangeEmitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.onDidChangeEmitter.event;

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    if (!client) return 'The tenderlint language server is not running.';
    const result = await client.sendRequest<DocxViewResult>(DocxViewRequest, { uri: vscode.Uri.file(uri.path).toString() });
    return result.text;
  }
}

export function docxViewUri(file: vscode.Uri): vscode.Uri {
  return vscode.Uri.from({ scheme: DOCX_SCHEME, path: file.path });
}

/** Opening a .docx shows a short page and opens the text view beside it, where the diagnostics are. */
class DocxEditorProvider implements vscode.CustomReadonlyEditorProvider {
  openCustomDocument(uri: vscode.Uri): vscode.CustomDocument {
    return { uri, dispose: () => undefined };
  }

  async resolveCustomEditor(document: vscode.CustomDocument, panel: vscode.WebviewPanel): Promise<void> {
    const name = document.uri.path.split('/').pop() ?? 'document';
    panel.webview.html = `<!DOCTYPE html><html><body><p>tenderlint shows <strong>${escapeHtml(name)}</strong> as a read-only text view, with its findings.</p></body></html>`;
    await vscode.window.showTextDocument(docxViewUri(document.uri), { preview: false });
  }
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function updateStatusBar(item: vscode.StatusBarItem): void {
  const editor = vscode.window.activeTextEditor;
  const status = editor ? statuses.get(editor.document.uri.toString()) : undefined;
  if (!status) {
    item.hide();
    return;
  }
  item.text = `$(checklist) tenderlint: ${status.errors} $(error) ${status.warnings} $(warning)`;
  item.tooltip = `tenderlint — ${status.errors} errors, ${status.warnings} warnings, ${status.infos} information\nPreset: ${status.preset}${status.configFile ? `\nConfig: ${status.configFile}` : ''}\nClick for the tender report`;
  item.show();
}

async function showReport(context: vscode.ExtensionContext): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !client) {
    void vscode.window.showInformationMessage('Open a tender document to see its tenderlint report.');
    return;
  }
  const facts = await client.sendRequest<FactsResult | null>(FactsRequest, { uri: editor.document.uri.toString() });
  const panel = vscode.window.createWebviewPanel('tenderlint.report', 'tenderlint report', vscode.ViewColumn.Beside, {});
  const name = editor.document.uri.path.split('/').pop() ?? '';
  const body = facts
    ? `<h2>${escapeHtml(name)}</h2><p>${facts.counts.error} errors, ${facts.counts.warning} warnings, ${facts.counts.info} information</p>` +
      `<h3>Findings by family</h3><ul>${Object.entries(facts.byFamily).map(([f, n]) => `<li>${escapeHtml(f)}: ${n}</li>`).join('')}</ul>` +
      `<h3>What tenderlint read</h3><pre>${escapeHtml(facts.lines.join('\n'))}</pre>`
    : '<p>This document has not been checked yet.</p>';
  panel.webview.html = `<!DOCTYPE html><html><body>${body}</body></html>`;
  context.subscriptions.push(panel);
}

async function pickSetting(key: 'kind' | 'regime', values: string[]): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const value = await vscode.window.showQuickPick(values, { placeHolder: `Document ${key} (written to the front matter)` });
  if (value) await vscode.commands.executeCommand(Commands.setDocumentSetting, { uri: editor.document.uri.toString(), key, value });
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const status = vscode.window.createStatusBarItem('tenderlint.status', vscode.StatusBarAlignment.Right, 100);
  status.name = 'tenderlint';
  status.command = Commands.showReport;
  context.subscriptions.push(status);

  const docxProvider = new DocxViewProvider();
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(DOCX_SCHEME, docxProvider),
    vscode.window.registerCustomEditorProvider('tenderlint.docxView', new DocxEditorProvider(), { supportsMultipleEditorsPerDocument: true }),
    vscode.workspace.createFileSystemWatcher('**/*.docx').onDidChange((uri) => docxProvider.onDidChangeEmitter.fire(docxViewUri(uri))),
    vscode.window.onDidChangeActiveTextEditor(() => updateStatusBar(status)),
    vscode.commands.registerCommand(Commands.selectReason, (args: { uri: string; line: number; start: number; end: number }) => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.document.uri.toString() !== args.uri) return;
      editor.selection = new vscode.Selection(args.line, args.start, args.line, args.end);
      editor.revealRange(editor.selection);
    }),
    vscode.commands.registerCommand(Commands.openRuleDocs, async (args: { ruleId: string; href: string }) => {
      const local = context.asAbsolutePath(`docs/rules/${args.ruleId}.md`);
      if (existsSync(local)) await vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.file(local));
      else await vscode.env.openExternal(vscode.Uri.parse(args.href));
    }),
    vscode.commands.registerCommand(Commands.showReport, () => showReport(context)),
    vscode.commands.registerCommand(Commands.insertClause, async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !client) return;
      const clauses = await client.sendRequest<ClauseInfo[]>(ClausesRequest, {});
      const picked = await vscode.window.showQuickPick(clauses.map((c) => ({ label: c.label, detail: c.detail, clause: c })), { placeHolder: 'Insert a standard clause' });
      if (picked) await editor.insertSnippet(new vscode.SnippetString(picked.clause.snippet));
    }),
    vscode.commands.registerCommand(Commands.setDocumentKind, () => pickSetting('kind', ['itt', 'sq', 'spec', 'contract', 'response', 'mixed'])),
    vscode.commands.registerCommand(Commands.setRegime, () => pickSetting('regime', ['pa2023', 'pcr2015', 'pcsr2015', 'below-threshold'])),
    vscode.commands.registerCommand(Commands.restartServer, async () => {
      if (client) await client.restart();
    }),
    vscode.commands.registerCommand(Commands.exportWordComments, (uri?: vscode.Uri) => exportWordComments(client, uri)),
  );

  client = createClient(context);
  client.onNotification(StatusNotification, (params: StatusParams) => {
    statuses.set(params.uri, params);
    updateStatusBar(status);
  });
  await client.start();
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = null;
}
