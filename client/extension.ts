/**
 * The tenderlint VS Code extension: starts the language server (node IPC), shows DOCX files as a read-only
 * text view with the same diagnostics, keeps a status-bar item, and adds the editor commands. All checking
 * happens in the server; this file only wires VS Code to it.
 */
import * as vscode from 'vscode';
import { existsSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
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
  ReportRequest,
  StatusNotification,
  type ClauseInfo,
  type DocxViewResult,
  type ReportParams,
  type ReportResult,
  type RevealMessage,
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

/** The report webview (one, reused) and the document it shows. */
let reportPanel: vscode.WebviewPanel | null = null;
let reportUri: vscode.Uri | null = null;
/** The page last shown, without its nonce: a check that changes nothing in the report leaves the page alone. */
let reportShown: string | null = null;

/**
 * Shows the tender report of the active document in a webview beside it: the page the server draws with the
 * CLI's renderer (timeline, award weighting, burden table, findings), under a strict Content Security Policy
 * (the page's own style and script only, by nonce). Clicking a place in the report reveals it in the document.
 */
async function showReport(context: vscode.ExtensionContext): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !client) {
    void vscode.window.showInformationMessage('Open a tender document to see its tenderlint report.');
    return;
  }
  reportUri = editor.document.uri;
  if (!reportPanel) {
    reportPanel = vscode.window.createWebviewPanel('tenderlint.report', 'tenderlint report', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      enableCommandUris: false,
      localResourceRoots: [],
      enableFindWidget: true,
    });
    reportPanel.onDidDispose(() => {
      reportPanel = null;
      reportUri = null;
      reportShown = null;
    }, null, context.subscriptions);
    reportPanel.webview.onDidReceiveMessage((message: RevealMessage) => void reveal(message), null, context.subscriptions);
  } else {
    reportPanel.reveal(vscode.ViewColumn.Beside, true);
  }
  await renderReport();
}

async function renderReport(): Promise<void> {
  const panel = reportPanel;
  const uri = reportUri;
  if (!panel || !uri || !client) return;
  const name = uri.path.split('/').pop() ?? '';
  panel.title = `Report: ${name}`;
  const nonce = randomBytes(16).toString('base64');
  const params: ReportParams = { uri: uri.toString(), nonce, cspSource: panel.webview.cspSource };
  // The first check of a document just opened may still be running: ask again for a few seconds.
  let result: ReportResult | null = null;
  for (let attempt = 0; attempt < 20 && !result; attempt++) {
    if (attempt) await new Promise((r) => setTimeout(r, 250));
    result = await client.sendRequest<ReportResult | null>(ReportRequest, params);
  }
  if (panel !== reportPanel || uri !== reportUri) return;
  const html =
    result?.html ??
    `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'"></head><body><p>${escapeHtml(name)} has not been checked yet.</p></body></html>`;
  // Setting the page reloads it (and drops a click in flight): only when the report has changed.
  const shown = `${uri.toString()}\n${html.split(nonce).join('')}`;
  if (shown === reportShown) return;
  reportShown = shown;
  panel.webview.html = html;
}

/** Reveals a place the report links to, in the document the report is about. */
async function reveal(message: RevealMessage): Promise<void> {
  if (message?.command !== 'reveal' || !reportUri) return;
  const { start, end } = message.range;
  const range = new vscode.Range(start.line, start.character, end.line, end.character);
  const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === reportUri!.toString());
  const editor = await vscode.window.showTextDocument(reportUri, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, preserveFocus: false });
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
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
    // An open report follows its document's checks.
    if (reportPanel?.visible && reportUri?.toString() === params.uri) void renderReport();
  });
  await client.start();
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = null;
}
