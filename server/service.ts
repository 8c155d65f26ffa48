/**
 * The language server: a thin adapter from LSP to the engine. It keeps open documents, checks them (debounced
 * as the user types, never publishing for a stale version), answers pull-diagnostic requests where the client
 * supports them and pushes otherwise, and serves code actions, hovers, inlay hints, clause completion,
 * commands and a workspace-wide check. Every handler is guarded: an exception is logged once and answered.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
import {
  CodeActionKind,
  CompletionItemKind,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DocumentDiagnosticReportKind,
  ExecuteCommandRequest,
  InsertTextFormat,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type CompletionItem,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceDocumentDiagnosticReport,
  type WorkDoneProgressReporter,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parse as parseYaml } from 'yaml';
import { STANDARD_CLAUSES } from '../core/clauses';
import { describeFacts } from '../core/facts/describe';
import { DOC_KINDS, NATIONS, PROCEDURES, REGIMES } from '../core/facts/types';
import { collectFiles, loadIgnore } from '../host/files';
import { codeActions, FIX_ALL_KIND, versionedEdit } from './actions';
import { Checker, DROPPED, type CheckOutput, type CheckResult, type ConfigInForce, type Dropped, type HeldCheck } from './checker';
import { InlineRunner, WorkerRunner, type CheckRunner, type Job, type JobValue, type Outcome, type Question } from './check-runner';
import type { Facts } from '../core/facts/types';
import type { Finding } from '../core/engine/types';
import { abandonedMessage, TOO_COMPLEX_RULE_ID, type Abandoned } from '../host/lint-file';
import { toDiagnostic } from './convert';
import { hoverAt, inlayHints } from './hover';
import { reportOf } from './report';
import { isDocxUri, docxPathOf } from './docx';
import {
  ClausesRequest,
  Commands,
  DEFAULT_SETTINGS,
  DocxViewRequest,
  FactsRequest,
  ReportRequest,
  SERVER_COMMANDS,
  StatusNotification,
  type ClauseInfo,
  type DocxViewParams,
  type DocxViewResult,
  type FactsParams,
  type FactsResult,
  type ReportParams,
  type ReportResult,
  type InitializationOptions,
  type StatusParams,
  type TenderlintSettings,
  type WordCommentsParams,
  type WordCommentsResult,
  DOCX_SCHEME,
} from './protocol';

/** The longest a document's check time may stretch its debounce to, in milliseconds. */
export const DEBOUNCE_CHECK_CAP_MS = 2000;

/**
 * The wait after a keystroke before checking: `base`, or how long this document's last check took if that is
 * longer (before its first check, 1 ms per 2,000 characters), at most `DEBOUNCE_CHECK_CAP_MS`. A cheap check
 * follows typing closely; a costly one waits about as long as it runs, so that keystrokes closer together than a
 * check never queue checks of text already replaced in the check worker.
 */
export function debounceFor(base: number, length: number, lastCheckMs?: number): number {
  if (base <= 0) return 0;
  const cost = lastCheckMs === undefined ? Math.floor(length / 2000) : Math.round(lastCheckMs);
  return Math.max(base, Math.min(DEBOUNCE_CHECK_CAP_MS, cost));
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export interface ServerOptions {
  /** The bundled check worker: checks run there, within each document's time budget; without it, in this thread. */
  checkWorker?: string;
}

/** The message of a document that was not checked. */
export function notCheckedMessage(why: Abandoned): string {
  const reason =
    why.reason === 'time'
      ? `too complex to check in ${why.seconds} s`
      : why.reason === 'memory'
        ? `too large to check within ${why.megabytes} MB`
        : `the check stopped unexpectedly (${why.detail})`;
  return `tenderlint did not check this document: ${reason}. It is tried again after the next edit${why.reason === 'time' ? '; the tenderlint.maxCheckSeconds setting sets the limit' : ''}.`;
}

export class TenderlintServer {
  private readonly documents = new TextDocuments(TextDocument);
  /** Config resolution, in this thread (the checks themselves run in `runner`). */
  private readonly checker = new Checker();
  private readonly runner: CheckRunner;
  /** Checks in progress per document, so that a hover and a publish for the same version share one. */
  private readonly inflight = new Map<string, { version: number; promise: Promise<CheckResult | null> }>();
  /** Times a document's version number went back or repeated: a check is current only if none came after it started. */
  private readonly generations = new Map<string, number>();
  /** The highest version seen per document, to notice a version number sent again. */
  private readonly versionsSeen = new Map<string, number>();
  /** Documents whose last check was abandoned: their next check waits for a pause in typing as long as the budget. */
  private readonly abandoned = new Set<string>();
  private readonly results = new Map<string, CheckResult>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** How long each document's last completed check took (milliseconds, from sending it to the result), for its debounce. */
  private readonly checkMs = new Map<string, number>();
  private readonly checkedOnce = new Set<string>();
  private readonly settingsCache = new Map<string, Promise<TenderlintSettings>>();
  private readonly configErrorsPublished = new Set<string>();
  private readonly loggedErrors = new Set<string>();
  /** Results already published, so that the same result is not sent twice (opening also fires a change). */
  private readonly publishedResults = new WeakSet<CheckResult>();
  private workspaceFolders: string[] = [];
  private pullDiagnostics = false;
  private configurationCapability = false;
  private initOptions: InitializationOptions = {};
  /**
   * The number of the next check of an open document, under which the check worker keeps its facts: numbered
   * here, so that they grow across replaced check workers and an earlier check's facts never replace a later's.
   */
  private nextHeld = 1;

  constructor(
    private readonly connection: Connection,
    options: ServerOptions = {},
  ) {
    this.runner = options.checkWorker ? new WorkerRunner(options.checkWorker, (m) => connection.console.log(m)) : new InlineRunner();
  }

  listen(): void {
    const c = this.connection;
    c.onInitialize((params) => this.initialize(params));
    c.onInitialized(() => {
      if (this.configurationCapability) void c.client.register(DidChangeConfigurationNotification.type, undefined).catch(() => undefined);
    });
    c.onDidChangeConfiguration(() => this.guard('configuration', () => {
      this.settingsCache.clear();
      this.recheckAll();
    }));
    c.onDidChangeWatchedFiles((params) => this.guard('watched files', () => {
      let configChanged = false;
      for (const change of params.changes) {
        if (/(?:^|\/)(?:\.tenderlint\.(?:ya?ml|json)|package\.json|\.tenderlintignore)$/.test(change.uri)) configChanged = true;
        if (/\.docx$/i.test(change.uri)) this.recheckDocxOnDisk(change.uri);
      }
      if (configChanged) {
        this.checker.resetConfigs();
        this.recheckAll();
      }
    }));

    this.documents.onDidOpen((e) => this.guard('open', () => this.schedule(e.document, 0)));
    this.documents.onDidChangeContent((e) => this.guard('change', () => {
      // A client may send a version number again (going back, or a second open): what was checked for the old text
      // is dropped, so no result is ever served for text other than the current one.
      const uri = e.document.uri;
      const seen = this.versionsSeen.get(uri);
      if (seen !== undefined && e.document.version <= seen) {
        this.generations.set(uri, (this.generations.get(uri) ?? 0) + 1);
        this.results.delete(uri);
        this.inflight.delete(uri);
      }
      this.versionsSeen.set(uri, e.document.version);
      this.onChange(e.document);
    }));
    this.documents.onDidSave((e) => this.guard('save', () => this.schedule(e.document, 0)));
    this.documents.onDidClose((e) => this.guard('close', () => {
      this.cancel(e.document.uri);
      this.results.delete(e.document.uri);
      this.settingsCache.delete(e.document.uri);
      this.runner.forget(e.document.uri);
      this.abandoned.delete(e.document.uri);
      this.checkMs.delete(e.document.uri);
      this.checkedOnce.delete(e.document.uri);
      this.generations.delete(e.document.uri);
      this.versionsSeen.delete(e.document.uri);
      if (!this.pullDiagnostics) void c.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    }));

    c.languages.diagnostics.on(async (params, token) =>
      this.guardAsync('pull diagnostics', { kind: DocumentDiagnosticReportKind.Full, items: [] }, async () => {
        const doc = this.documents.get(params.textDocument.uri);
        if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
        const result = await this.check(doc);
        if (token.isCancellationRequested || !result) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
        return { kind: DocumentDiagnosticReportKind.Full, items: this.diagnosticsOf(result, doc.uri) };
      }),
    );
    c.languages.diagnostics.onWorkspace(async (_params, token) =>
      this.guardAsync('workspace diagnostics', { items: [] }, async () => ({ items: await this.workspaceReports(token) })),
    );

    c.onCodeAction((params) => this.guardAsync('code action', [], async () => {
      const doc = this.documents.get(params.textDocument.uri);
      if (!doc) return [];
      // The findings for the text the client is showing (checked now if a settings or config change cleared
      // them); edits are stamped with this version, so a client refuses them once the text moves on.
      const result = await this.check(doc);
      if (!result || result.version !== doc.version) return [];
      const settings = await this.settingsFor(doc.uri);
      const editable = !isDocxUri(doc.uri) && settings.enable;
      const fixed = editable && result.findings.some((f) => f.fix && !f.suppressions) ? await this.fixedText(doc, result, settings) : null;
      return codeActions(doc, result, params.context.diagnostics, () => fixed ?? doc.getText(), {
        vscodeExtension: !!this.initOptions.vscodeExtension,
        only: params.context.only,
        editable,
      });
    }));
    c.onHover((params) => this.guardAsync('hover', null, async () => {
      const doc = this.documents.get(params.textDocument.uri);
      const result = doc ? await this.check(doc) : null;
      if (!result || !doc || result.version !== doc.version) return null;
      return this.askHeld<'hover'>(result, doc.uri, { op: 'hover', position: params.position }, (held) => hoverAt(held, params.position));
    }));
    c.languages.inlayHint.on((params) => this.guardAsync('inlay hints', [], async () => {
      const doc = this.documents.get(params.textDocument.uri);
      const result = doc ? await this.check(doc) : null;
      if (!doc || !result || result.version !== doc.version || !(await this.settingsFor(doc.uri)).showFacts) return [];
      const hints = await this.askHeld<'hints'>(result, doc.uri, { op: 'hints' }, (held) => inlayHints(held, () => 0));
      const lines = doc.getText().split('\n');
      return (hints ?? [])
        .filter((h) => h.position.line >= params.range.start.line && h.position.line <= params.range.end.line)
        .map((h) => ({ ...h, position: { line: h.position.line, character: (lines[h.position.line] ?? '').replace(/\r$/, '').length } }));
    }));
    c.onCompletion((params) => this.guard('completion', () => {
      const doc = this.documents.get(params.textDocument.uri);
      if (!doc || isDocxUri(doc.uri)) return [];
      const text = doc.getText();
      const line = text.split('\n')[params.position.line] ?? '';
      if (line.slice(0, params.position.character).trim().length > 30) return [];
      return STANDARD_CLAUSES.filter((cl) => !cl.present.test(text)).map<CompletionItem>((cl, i) => ({
        label: cl.label,
        kind: CompletionItemKind.Snippet,
        detail: `tenderlint: ${cl.detail}`,
        insertText: cl.snippet,
        insertTextFormat: InsertTextFormat.Snippet,
        sortText: `zz${i}`,
        data: { clause: cl.id },
      }));
    }, []));
    // Registered directly (not through onExecuteCommand, which drops the client's progress token).
    c.onRequest(ExecuteCommandRequest.type, (params) =>
      this.guardAsync('command', null, async () =>
        this.executeCommand(params.command, params.arguments ?? [], params.workDoneToken !== undefined ? c.window.attachWorkDoneProgress(params.workDoneToken) : undefined),
      ),
    );
    c.onRequest(DocxViewRequest, (params: DocxViewParams) => this.guardAsync<DocxViewResult>('docx view', { text: '', error: 'internal error' }, () => this.docxView(params.uri)));
    c.onRequest(FactsRequest, (params: FactsParams) => this.guardAsync<FactsResult | null>('facts', null, () => this.factsOf(params.uri)));
    c.onRequest(ReportRequest, (params: ReportParams) =>
      this.guardAsync<ReportResult | null>('report', null, async () => {
        const result = this.currentResult(params.uri);
        if (!result) return null;
        // The facts stay where the check ran; the report fetches them once when it is drawn.
        const facts = await this.factsFor(result, params.uri);
        return facts ? reportOf({ ...result, facts }, params, this.documents.get(params.uri)?.getText() ?? null) : null;
      }),
    );
    c.onRequest(ClausesRequest, () => STANDARD_CLAUSES.map<ClauseInfo>((cl) => ({ id: cl.id, label: cl.label, detail: cl.detail, snippet: cl.snippet })));

    this.documents.listen(c);
    c.listen();
  }

  private initialize(params: InitializeParams): InitializeResult {
    const caps = params.capabilities;
    this.pullDiagnostics = !!caps.textDocument?.diagnostic;
    this.configurationCapability = !!caps.workspace?.configuration;
    this.initOptions = (params.initializationOptions ?? {}) as InitializationOptions;
    this.workspaceFolders = (params.workspaceFolders ?? []).map((f) => fileURLToPath(f.uri));
    if (!this.workspaceFolders.length && params.rootUri) this.workspaceFolders = [fileURLToPath(params.rootUri)];
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        diagnosticProvider: this.pullDiagnostics ? { interFileDependencies: false, workspaceDiagnostics: true } : undefined,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        inlayHintProvider: true,
        completionProvider: { resolveProvider: false },
        executeCommandProvider: { commands: SERVER_COMMANDS },
      },
      serverInfo: { name: 'tenderlint-language-server' },
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Checking

  private onChange(doc: TextDocument): void {
    void this.settingsFor(doc.uri).then((settings) => {
      if (settings.run === 'onSave') return;
      const base = this.initOptions.debounceMs ?? settings.debounceMs;
      const delay = debounceFor(base, doc.getText().length, this.checkMs.get(doc.uri));
      // After a check that was abandoned, wait for a pause as long as the budget, so typing does not re-run it at every pause.
      this.schedule(doc, this.abandoned.has(doc.uri) ? Math.max(delay, settings.maxCheckSeconds * 1000) : delay);
    });
  }

  private cancel(uri: string): void {
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    this.timers.delete(uri);
  }

  /** Push mode: check after `delay` ms and publish, unless a newer version has arrived by then. */
  private schedule(doc: TextDocument, delay: number): void {
    if (this.pullDiagnostics) {
      // The client pulls; tell it to refresh after a change it did not ask about (open/save are pulled anyway).
      return;
    }
    this.cancel(doc.uri);
    const run = (): void => {
      this.timers.delete(doc.uri);
      void this.publish(doc.uri);
    };
    if (delay <= 0) run();
    else this.timers.set(doc.uri, setTimeout(run, delay));
  }

  private async publish(uri: string): Promise<void> {
    const doc = this.documents.get(uri);
    if (!doc) return;
    const result = await this.check(doc);
    const current = this.documents.get(uri);
    // Never publish for a stale version.
    if (!result || !current || current.version !== result.version) return;
    if (this.publishedResults.has(result)) return;
    this.publishedResults.add(result);
    await this.connection.sendDiagnostics({ uri, version: result.version, diagnostics: this.diagnosticsOf(result, uri) });
  }

  /** Checks the document's current version (cached per version; one check per version at a time). */
  private async check(doc: TextDocument): Promise<CheckResult | null> {
    const cached = this.results.get(doc.uri);
    if (cached && cached.version === doc.version) return cached;
    const running = this.inflight.get(doc.uri);
    if (running && running.version === doc.version) return running.promise;
    const promise = this.runCheck(doc);
    this.inflight.set(doc.uri, { version: doc.version, promise });
    try {
      return await promise;
    } finally {
      if (this.inflight.get(doc.uri)?.promise === promise) this.inflight.delete(doc.uri);
    }
  }

  private async runCheck(doc: TextDocument): Promise<CheckResult | null> {
    const settings = await this.settingsFor(doc.uri);
    const path = this.pathOf(doc.uri);
    const version = doc.version;
    const generation = this.generations.get(doc.uri) ?? 0;
    const current = () => this.documents.get(doc.uri)?.version === version && (this.generations.get(doc.uri) ?? 0) === generation;
    if (!settings.enable) {
      this.results.delete(doc.uri);
      return null;
    }
    const config = this.checker.configFor(path, settings);
    this.reportConfigError(config);
    if (config.ignored) return null;
    const options = { budgetMs: settings.maxCheckSeconds * 1000, isStale: () => !current() };
    let outcome: Outcome<CheckOutput | { error: string }>;
    if (isDocxUri(doc.uri)) {
      outcome = await this.runner.run({ op: 'docx', path: docxPathOf(doc.uri), fileConfig: config.fileConfig, uri: doc.uri, held: this.nextHeld++ }, options);
    } else {
      const started = performance.now();
      outcome = await this.runner.run({ op: 'lint', text: doc.getText(), path: path ?? doc.uri, fileConfig: config.fileConfig, uri: doc.uri, held: this.nextHeld++ }, options);
      // The first check of a document parses it whole (and may be the server's first): it says little about the
      // checks that follow an edit, which re-read only what changed, so the debounce starts from the length.
      if ('value' in outcome) {
        if (this.checkedOnce.has(doc.uri)) this.checkMs.set(doc.uri, performance.now() - started);
        else this.checkedOnce.add(doc.uri);
      }
    }
    if ('stale' in outcome) return null;
    const result = this.resultOf(outcome, path ?? doc.uri, version, config);
    if ('abandoned' in outcome) this.abandoned.add(doc.uri);
    else this.abandoned.delete(doc.uri);
    if (current()) this.results.set(doc.uri, result);
    else if (this.documents.get(doc.uri)?.version === version) return null; // same number, other text: never shown
    this.sendStatus(doc.uri, result);
    return result;
  }

  /** A check's result; a document that could not be read or checked gets one fatal finding at its start. */
  private resultOf(outcome: Exclude<Outcome<CheckOutput | { error: string }>, { stale: true }>, path: string, version: number, config: ConfigInForce): CheckResult {
    if ('value' in outcome && !('error' in outcome.value)) return { ...outcome.value, version, config };
    // Facts and settings of an empty document (cheap), so hovers, hints and the report have something to read.
    const result = this.checker.checkText('', path, version, config);
    const [ruleId, messageId, message] =
      'abandoned' in outcome ? [TOO_COMPLEX_RULE_ID, 'notChecked', notCheckedMessage(outcome.abandoned)] : ['tenderlint/read', 'readError', (outcome.value as { error: string }).error];
    const finding: Finding = { ruleId, family: 'tenderlint', messageId, severity: 'error', message, range: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }, fatal: true };
    result.findings = [finding];
    return result;
  }

  /** The document with every safe fix applied (null when the fix could not finish within the budget). */
  private async fixedText(doc: TextDocument, result: CheckResult, settings: TenderlintSettings): Promise<string | null> {
    const outcome = await this.runner.run({ op: 'fix', text: doc.getText(), path: this.pathOf(doc.uri) ?? doc.uri, fileConfig: result.config.fileConfig }, { budgetMs: settings.maxCheckSeconds * 1000 });
    return 'value' in outcome ? outcome.value : null;
  }

  private async docxView(uri: string): Promise<DocxViewResult> {
    const settings = await this.settingsFor(uri);
    const outcome = await this.runner.run({ op: 'view', uri }, { budgetMs: settings.maxCheckSeconds * 1000 });
    if ('value' in outcome) return outcome.value;
    const error = 'abandoned' in outcome ? abandonedMessage(outcome.abandoned) : 'not read';
    return { text: `tenderlint could not read this file.\n\n${error}\n`, error };
  }

  private diagnosticsOf(result: CheckResult, uri: string): Diagnostic[] {
    return result.findings.filter((f) => !f.suppressions).map((f) => toDiagnostic(f, uri));
  }

  private currentResult(uri: string): CheckResult | null {
    const doc = this.documents.get(uri);
    const result = this.results.get(uri);
    return doc && result && result.version === doc.version ? result : null;
  }

  private sendStatus(uri: string, result: CheckResult): void {
    const visible = result.findings.filter((f) => !f.suppressions);
    const status: StatusParams = {
      uri,
      errors: visible.filter((f) => f.severity === 'error' || f.fatal).length,
      warnings: visible.filter((f) => f.severity === 'warning' && !f.fatal).length,
      infos: visible.filter((f) => f.severity === 'info' && !f.fatal).length,
      preset: result.config.preset,
      configFile: result.config.configFile?.path ?? null,
    };
    void this.connection.sendNotification(StatusNotification, status);
  }

  private recheckAll(): void {
    this.results.clear();
    for (const doc of this.documents.all()) this.schedule(doc, 0);
    if (this.pullDiagnostics) this.connection.languages.diagnostics.refresh();
  }

  private recheckDocxOnDisk(fileUri: string): void {
    for (const doc of this.documents.all()) {
      if (isDocxUri(doc.uri) && pathToFileURL(docxPathOf(doc.uri)).href === fileUri) {
        this.results.delete(doc.uri);
        this.schedule(doc, 0);
      }
    }
    if (this.pullDiagnostics) this.connection.languages.diagnostics.refresh();
  }

  /** A broken config file gets a diagnostic of its own; checking goes on with the editor settings. */
  private reportConfigError(config: ConfigInForce): void {
    const error = config.configError;
    if (!error) {
      for (const file of this.configErrorsPublished) void this.connection.sendDiagnostics({ uri: pathToFileURL(file).href, diagnostics: [] });
      this.configErrorsPublished.clear();
      return;
    }
    if (this.configErrorsPublished.has(error.file)) return;
    this.configErrorsPublished.add(error.file);
    void this.connection.sendDiagnostics({
      uri: pathToFileURL(error.file).href,
      diagnostics: error.problems.map((p) => ({
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: DiagnosticSeverity.Error,
        source: 'tenderlint',
        code: 'tenderlint/config',
        message: `Invalid tenderlint config: ${p}. Documents are checked with the editor settings until it is fixed.`,
      })),
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Settings

  private settingsFor(uri: string): Promise<TenderlintSettings> {
    let p = this.settingsCache.get(uri);
    if (!p) {
      p = this.configurationCapability
        ? this.connection.workspace
            .getConfiguration({ scopeUri: uri, section: 'tenderlint' })
            .then((s: Partial<TenderlintSettings> | null) => ({ ...DEFAULT_SETTINGS, ...(s ?? {}) }))
            .catch(() => DEFAULT_SETTINGS)
        : Promise.resolve(DEFAULT_SETTINGS);
      this.settingsCache.set(uri, p);
    }
    return p;
  }

  private pathOf(uri: string): string | null {
    if (isDocxUri(uri)) return docxPathOf(uri);
    return uri.startsWith('file:') ? fileURLToPath(uri) : null;
  }

  // ---------------------------------------------------------------------------------------------
  // Commands and requests

  private async executeCommand(command: string, args: unknown[], workDone: WorkDoneProgressReporter | undefined): Promise<unknown> {
    switch (command) {
      case Commands.checkWorkspace:
        return this.checkWorkspace(workDone);
      case Commands.fixAll: {
        const { uri } = (args[0] ?? {}) as { uri?: string };
        const doc = uri ? this.documents.get(uri) : undefined;
        const result = uri ? this.currentResult(uri) : null;
        if (!doc || !result || isDocxUri(doc.uri)) return null;
        const output = await this.fixedText(doc, result, await this.settingsFor(doc.uri));
        if (output === null || output === doc.getText()) return null;
        return this.connection.workspace.applyEdit(
          versionedEdit(doc, [{ range: { start: doc.positionAt(0), end: doc.positionAt(doc.getText().length) }, newText: output }]),
        );
      }
      case Commands.setDocumentSetting: {
        const { uri, key, value } = (args[0] ?? {}) as { uri?: string; key?: string; value?: string };
        const doc = uri ? this.documents.get(uri) : undefined;
        if (!doc || !key || !value || isDocxUri(doc.uri)) return null;
        const edit = frontMatterEdit(doc, key, value);
        return edit ? this.connection.workspace.applyEdit(versionedEdit(doc, [edit])) : null;
      }
      case Commands.writeWordComments:
        return this.writeWordComments((args[0] ?? {}) as Partial<WordCommentsParams>);
      default:
        return null;
    }
  }

  /** Writes a copy of a DOCX with the findings the editor shows for it as Word comments (in the check worker). */
  private async writeWordComments(params: Partial<WordCommentsParams>): Promise<WordCommentsResult> {
    if (!params.uri || !params.output) return { error: 'tenderlint: no Word document or output file given.' };
    const path = this.pathOf(params.uri);
    if (!path || !path.toLowerCase().endsWith('.docx')) return { error: `${params.uri}: not a Word document (.docx).` };
    const settings = await this.settingsFor(params.uri);
    const config = this.checker.configFor(path, settings);
    const outcome = await this.runner.run({ op: 'annotate', path, fileConfig: config.fileConfig, output: params.output, force: !!params.force }, { budgetMs: settings.maxCheckSeconds * 4000 });
    if ('value' in outcome) return outcome.value;
    return { error: `${path}: the copy with comments was not written (${'abandoned' in outcome ? 'over the time or memory limit' : 'cancelled'}).` };
  }

  private async workspaceFiles(): Promise<string[]> {
    const files: string[] = [];
    for (const folder of this.workspaceFolders) {
      const list = await collectFiles(['.'], folder, loadIgnore(folder));
      files.push(...list.files);
    }
    return files;
  }

  /** Checks every Markdown (and DOCX) file in the workspace, pushing diagnostics, with work-done progress. */
  private async checkWorkspace(workDone: WorkDoneProgressReporter | undefined): Promise<{ files: number; findings: number }> {
    // The client's own progress token when it sent one; otherwise a server-initiated progress.
    const progress = workDone ?? (await this.connection.window.createWorkDoneProgress().catch(() => null));
    const files = await this.workspaceFiles();
    progress?.begin('tenderlint: checking the workspace', 0, `${files.length} files`, true);
    let findings = 0;
    for (let i = 0; i < files.length; i++) {
      const file = files[i]!;
      const reports = await this.reportForFile(file);
      if (reports) {
        findings += reports.items.length;
        await this.connection.sendDiagnostics({ uri: reports.uri, diagnostics: reports.items });
      }
      progress?.report(Math.round(((i + 1) / files.length) * 100), `${i + 1}/${files.length}`);
    }
    progress?.done();
    return { files: files.length, findings };
  }

  private async reportForFile(file: string): Promise<{ uri: string; items: Diagnostic[] } | null> {
    const uri = pathToFileURL(file).href;
    const open = this.documents.get(uri);
    if (open) {
      const result = await this.check(open);
      return result ? { uri, items: this.diagnosticsOf(result, uri) } : null;
    }
    const settings = await this.settingsFor(uri);
    const config = this.checker.configFor(file, settings);
    if (config.ignored || !settings.enable) return null;
    const options = { budgetMs: settings.maxCheckSeconds * 1000 };
    if (/\.docx$/i.test(file)) {
      // A DOCX is reported on its text view, where the ranges make sense.
      const viewUri = `${DOCX_SCHEME}:${pathToFileURL(file).pathname}`;
      const outcome = await this.runner.run({ op: 'docx', path: file, fileConfig: config.fileConfig }, options);
      if ('stale' in outcome) return null;
      return { uri: viewUri, items: this.diagnosticsOf(this.resultOf(outcome, file, 0, config), viewUri) };
    }
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      return null;
    }
    const outcome = await this.runner.run({ op: 'lint', text, path: file, fileConfig: config.fileConfig }, options);
    if ('stale' in outcome) return null;
    return { uri, items: this.diagnosticsOf(this.resultOf(outcome, file, 0, config), uri) };
  }

  private async workspaceReports(token: { isCancellationRequested: boolean }): Promise<WorkspaceDocumentDiagnosticReport[]> {
    const out: WorkspaceDocumentDiagnosticReport[] = [];
    for (const file of await this.workspaceFiles()) {
      if (token.isCancellationRequested) break;
      const report = await this.reportForFile(file);
      if (report) out.push({ kind: DocumentDiagnosticReportKind.Full, uri: report.uri, version: this.documents.get(report.uri)?.version ?? null, items: report.items });
    }
    return out;
  }

  /** The facts of a check: in the result when they were read in this thread, else fetched from where they are kept. */
  async factsFor(result: CheckResult, uri: string): Promise<Facts | null> {
    return this.askHeld<'facts'>(result, uri, { op: 'facts' }, (held) => held.facts);
  }

  /**
   * A question about a check's facts: answered here when the facts are here, else where the check ran. The check
   * worker keeps the facts of the few documents checked or asked about last: for another document it answers
   * `dropped`, and the document's check is read again there (same text, same config) before it is asked again.
   */
  private async askHeld<K extends 'hover' | 'hints' | 'facts'>(
    result: CheckResult,
    uri: string,
    job: DistributiveOmit<Extract<Job, { op: K }>, 'uri' | 'held'>,
    local: (held: HeldCheck) => Exclude<JobValue[K], Dropped>,
  ): Promise<Exclude<JobValue[K], Dropped> | null> {
    if (result.facts) return local({ findings: result.findings, facts: result.facts, settings: result.settings });
    const held = result.held;
    if (held === undefined) return null;
    const outcome = await this.runner.run({ ...job, uri, held } as Extract<Job, { op: K }>, { budgetMs: 0 });
    let value: JobValue['rehold'] = 'value' in outcome ? (outcome.value as JobValue['rehold']) : null;
    if (value === DROPPED) value = await this.rehold(result, uri, held, job as Question);
    return value === DROPPED ? null : (value as Exclude<JobValue[K], Dropped> | null);
  }

  /** Has the check worker read `result`'s document again, keep its facts under `held` and answer `question` from them. */
  private async rehold(result: CheckResult, uri: string, held: number, question: Question): Promise<JobValue['rehold']> {
    const doc = this.documents.get(uri);
    if (!doc || this.currentResult(uri) !== result) return null;
    const settings = await this.settingsFor(uri);
    const fileConfig = result.config.fileConfig;
    const job: Extract<Job, { op: 'rehold' }> = isDocxUri(uri)
      ? { op: 'rehold', uri, held, fileConfig, question, docx: docxPathOf(uri) }
      : { op: 'rehold', uri, held, fileConfig, question, text: doc.getText(), path: this.pathOf(uri) ?? uri };
    const outcome = await this.runner.run(job, { budgetMs: settings.maxCheckSeconds * 1000, isStale: () => this.currentResult(uri) !== result });
    return 'value' in outcome ? outcome.value : null;
  }

  private async factsOf(uri: string): Promise<FactsResult | null> {
    const result = this.currentResult(uri);
    if (!result) return null;
    const facts = await this.factsFor(result, uri);
    if (!facts) return null;
    const visible = result.findings.filter((f) => !f.suppressions);
    const byFamily: Record<string, number> = {};
    for (const f of visible) byFamily[f.family] = (byFamily[f.family] ?? 0) + 1;
    return {
      lines: describeFacts(facts, result.settings),
      counts: {
        error: visible.filter((f) => f.severity === 'error' || f.fatal).length,
        warning: visible.filter((f) => f.severity === 'warning').length,
        info: visible.filter((f) => f.severity === 'info').length,
      },
      byFamily,
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Robustness

  private logOnce(where: string, err: unknown): void {
    const message = err instanceof Error ? err.message : String(err);
    const key = `${where}:${message}`;
    if (this.loggedErrors.has(key)) return;
    this.loggedErrors.add(key);
    this.connection.console.error(`tenderlint: error in ${where}: ${err instanceof Error ? (err.stack ?? message) : message}`);
  }

  private guard<T>(where: string, fn: () => T, fallback?: T): T {
    try {
      return fn();
    } catch (err) {
      this.logOnce(where, err);
      return fallback as T;
    }
  }

  private async guardAsync<T>(where: string, fallback: T, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      this.logOnce(where, err);
      return fallback;
    }
  }
}

const ALLOWED_SETTINGS: Record<string, readonly string[]> = { kind: DOC_KINDS, regime: REGIMES, procedure: PROCEDURES, nation: NATIONS };

/** The edit that sets `tenderlint.<key>: <value>` in the document's front matter (creating it if needed). */
export function frontMatterEdit(doc: TextDocument, key: string, value: string) {
  if (!ALLOWED_SETTINGS[key]?.includes(value)) return null;
  const text = doc.getText();
  const fm = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!fm) {
    return { range: { start: doc.positionAt(0), end: doc.positionAt(0) }, newText: `---\ntenderlint:\n  ${key}: ${value}\n---\n\n` };
  }
  let data: Record<string, unknown>;
  try {
    data = (parseYaml(fm[1]!) as Record<string, unknown>) ?? {};
  } catch {
    return null;
  }
  const lines = fm[1]!.split(/\r?\n/);
  const blockStart = lines.findIndex((l) => /^tenderlint:\s*$/.test(l));
  if (blockStart < 0 || typeof data['tenderlint'] !== 'object') {
    const insertAt = fm[0].length - fm[0].replace(/^---\r?\n[\s\S]*?\r?\n/, '').length;
    return { range: { start: doc.positionAt(insertAt), end: doc.positionAt(insertAt) }, newText: `tenderlint:\n  ${key}: ${value}\n` };
  }
  // Replace the key inside the block, or add it as the block's first entry.
  const baseOffset = 4; // "---\n"
  let offset = baseOffset;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (i > blockStart && !/^\s/.test(line)) break;
    if (i > blockStart && new RegExp(`^\\s+${key}:`).test(line)) {
      return { range: { start: doc.positionAt(offset), end: doc.positionAt(offset + line.length) }, newText: `  ${key}: ${value}` };
    }
    offset += line.length + 1;
  }
  const afterBlockLine = baseOffset + lines.slice(0, blockStart + 1).reduce((s, l) => s + l.length + 1, 0);
  return { range: { start: doc.positionAt(afterBlockLine), end: doc.positionAt(afterBlockLine) }, newText: `  ${key}: ${value}\n` };
}

export function createServer(connection: Connection, options: ServerOptions = {}): TenderlintServer {
  const server = new TenderlintServer(connection, options);
  server.listen();
  return server;
}

export { ProposedFeatures };
