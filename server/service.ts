/**
 * The language server: a thin adapter from LSP to the engine. It keeps open documents, checks them (debounced
 * as the user types, never publishing for a stale version), answers pull-diagnostic requests where the client
 * supports them and pushes otherwise, and serves code actions, hovers, inlay hints, clause completion,
 * commands and a workspace-wide check. Every handler is guarded: an exception is logged once and answered.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DocumentDiagnosticReportKind,
  ExecuteCommandRequest,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { STANDARD_CLAUSES } from '../core/clauses';
import { codeActions, FIX_ALL_KIND } from './actions';
import { clauseCompletions } from './completion';
import { Checker, type CheckOutput, type CheckResult, type ConfigInForce } from './checker';
import { executeCommand } from './commands';
import type { ServerContext } from './context';
import { askHeld, factsFor, factsOf } from './held';
import { ChangeLog, recordingEdits } from './text-delta';
import { workspaceReports } from './workspace';
import { InlineRunner, WorkerRunner, type CheckRunner, type Outcome } from './check-runner';
import type { Finding } from '../core/engine/types';
import { abandonedMessage, TOO_COMPLEX_RULE_ID, type Abandoned } from '../host/lint-file';
import { toDiagnostic } from './convert';
import { hoverAt, inlayHints } from './hover';
import { reportOf } from './report';
import { isDocxUri, docxPathOf } from './docx';
import {
  ClausesRequest,
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
  /** The edits editors send, numbered per document: a check goes to the check worker as the edits since its last (text-delta.ts). */
  private readonly changes = new ChangeLog();
  private readonly documents = new TextDocuments(recordingEdits(this.changes));
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
  /** What commands, the workspace check and fact requests see of this server (`context.ts`). */
  private readonly context: ServerContext;

  constructor(
    private readonly connection: Connection,
    options: ServerOptions = {},
  ) {
    this.runner = options.checkWorker ? new WorkerRunner(options.checkWorker, (m) => connection.console.log(m), { changes: this.changes }) : new InlineRunner();
    this.context = {
    connection: this.connection,
    documents: this.documents,
    runner: this.runner,
    checker: this.checker,
    workspaceFolders: () => this.workspaceFolders,
    settingsFor: (uri) => this.settingsFor(uri),
    pathOf: (uri) => this.pathOf(uri),
    currentResult: (uri) => this.currentResult(uri),
    check: (doc) => this.check(doc),
    resultOf: (outcome, path, version, config) => this.resultOf(outcome, path, version, config),
    diagnosticsOf: (result, uri) => this.diagnosticsOf(result, uri),
    fixedText: (doc, result, settings) => this.fixedText(doc, result, settings),
    };
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
      this.changes.forget(e.document.uri);
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
      this.guardAsync('workspace diagnostics', { items: [] }, async () => ({ items: await workspaceReports(this.context, token) })),
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
      return askHeld<'hover'>(this.context, result, doc.uri, { op: 'hover', position: params.position }, (held) => hoverAt(held, params.position));
    }));
    c.languages.inlayHint.on((params) => this.guardAsync('inlay hints', [], async () => {
      const doc = this.documents.get(params.textDocument.uri);
      const result = doc ? await this.check(doc) : null;
      if (!doc || !result || result.version !== doc.version || !(await this.settingsFor(doc.uri)).showFacts) return [];
      const hints = await askHeld<'hints'>(this.context, result, doc.uri, { op: 'hints' }, (held) => inlayHints(held, () => 0));
      const lines = doc.getText().split('\n');
      return (hints ?? [])
        .filter((h) => h.position.line >= params.range.start.line && h.position.line <= params.range.end.line)
        .map((h) => ({ ...h, position: { line: h.position.line, character: (lines[h.position.line] ?? '').replace(/\r$/, '').length } }));
    }));
    c.onCompletion((params) => this.guard('completion', () => {
      const doc = this.documents.get(params.textDocument.uri);
      return doc ? clauseCompletions(doc, params.position) : [];
    }, []));
    // Registered directly (not through onExecuteCommand, which drops the client's progress token).
    c.onRequest(ExecuteCommandRequest.type, (params) =>
      this.guardAsync('command', null, async () =>
        executeCommand(this.context, params.command, params.arguments ?? [], params.workDoneToken !== undefined ? c.window.attachWorkDoneProgress(params.workDoneToken) : undefined),
      ),
    );
    c.onRequest(DocxViewRequest, (params: DocxViewParams) => this.guardAsync<DocxViewResult>('docx view', { text: '', error: 'internal error' }, () => this.docxView(params.uri)));
    c.onRequest(FactsRequest, (params: FactsParams) => this.guardAsync<FactsResult | null>('facts', null, () => factsOf(this.context, params.uri)));
    c.onRequest(ReportRequest, (params: ReportParams) =>
      this.guardAsync<ReportResult | null>('report', null, async () => {
        const result = this.currentResult(params.uri);
        if (!result) return null;
        // The facts stay where the check ran; the report fetches them once when it is drawn.
        const facts = await factsFor(this.context, result, params.uri);
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
      const job = { op: 'lint', text: doc.getText(), edits: this.changes.last(doc.uri), path: path ?? doc.uri, fileConfig: config.fileConfig, uri: doc.uri, held: this.nextHeld++ } as const;
      outcome = await this.runner.run(job, options);
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

export function createServer(connection: Connection, options: ServerOptions = {}): TenderlintServer {
  const server = new TenderlintServer(connection, options);
  server.listen();
  return server;
}

export { ProposedFeatures };
