/**
 * What the language server and the VS Code extension share: the settings object, command ids, the custom
 * requests and notifications. Defined once here; the client imports it through a project reference.
 * This file imports nothing at run time, so the client bundle stays small.
 */

/** Editor settings (`tenderlint.*`), pulled per document. A config file in the workspace takes precedence. */
export interface TenderlintSettings {
  /** Check documents at all. */
  enable: boolean;
  /** Check as you type (`onType`) or when the file is saved (`onSave`). */
  run: 'onType' | 'onSave';
  /** Delay after the last keystroke before checking, in milliseconds, or the document's last check time if longer (at most 2 s). */
  debounceMs: number;
  /** Preset used when no config file says otherwise. */
  preset: 'recommended' | 'vcs-friendly' | 'strict';
  /** Rule severities used when no config file says otherwise (rule id → off/info/warning/error). */
  rules: Record<string, 'off' | 'info' | 'warning' | 'error'>;
  /** Document settings used when neither the document nor a config file says otherwise. */
  documentSettings: { kind?: string; regime?: string; procedure?: string; nation?: string; buyer?: string };
  /** Show the facts read from the document (tender period, contract value, weights) as inlay hints. */
  showFacts: boolean;
  /** Seconds a document's check may take before it is abandoned and the document reported as not checked (0: no limit). */
  maxCheckSeconds: number;
}

export const DEFAULT_SETTINGS: TenderlintSettings = {
  enable: true,
  run: 'onType',
  debounceMs: 75,
  preset: 'recommended',
  rules: {},
  documentSettings: {},
  showFacts: true,
  maxCheckSeconds: 5,
};

/** `initializationOptions` the VS Code extension sends (other clients send nothing). */
export interface InitializationOptions {
  /** Set by the VS Code extension: the server may then use its client-side commands in code actions. */
  vscodeExtension?: boolean;
  /** Override the debounce for every document (benchmarks and tests use 0). */
  debounceMs?: number;
}

/** URI scheme of the read-only text view of a DOCX file: `tenderlint-docx:/abs/path/file.docx`. */
export const DOCX_SCHEME = 'tenderlint-docx';

export const Commands = {
  /** Server: check every Markdown and DOCX file in the workspace (with work-done progress). */
  checkWorkspace: 'tenderlint.checkWorkspace',
  /** Server: set a document setting in front matter. Arguments: `{ uri, key, value }`. */
  setDocumentSetting: 'tenderlint.setDocumentSetting',
  /** Server: apply every safe fix in a document. Arguments: `{ uri, version }`. */
  fixAll: 'tenderlint.fixAll',
  /** Client: select the "reason" placeholder of a just-inserted disable comment. Arguments: `{ uri, line, start, end }`. */
  selectReason: 'tenderlint.selectReason',
  /** Client: open a rule's documentation. Arguments: `{ ruleId, href }`. */
  openRuleDocs: 'tenderlint.openRuleDocs',
  /** Client: show the tender report. */
  showReport: 'tenderlint.showReport',
  /** Client: insert one of the standard clauses. */
  insertClause: 'tenderlint.insertClause',
  /** Client: restart the language server. */
  restartServer: 'tenderlint.restartServer',
  /** Client: choose the document kind / regime (writes front matter through setDocumentSetting). */
  setDocumentKind: 'tenderlint.setDocumentKind',
  setRegime: 'tenderlint.setRegime',
  /** Client: export the findings of a DOCX as Word comments (asks where to save the copy). */
  exportWordComments: 'tenderlint.exportWordComments',
  /** Server: write a copy of a DOCX with its findings as comments. Arguments: `WordCommentsParams`. */
  writeWordComments: 'tenderlint.writeWordComments',
} as const;

export interface WordCommentsParams {
  /** `file:` or `tenderlint-docx:` URI of the .docx file. */
  uri: string;
  /** File-system path of the copy to write (never the original). */
  output: string;
  /** Replace an existing copy. */
  force?: boolean;
}
/** `{ written, comments }` or `{ error }` (a message naming the file). */
export type WordCommentsResult = { written: string; comments: number } | { error: string };

/** The server-side commands (advertised in `executeCommandProvider`). */
export const SERVER_COMMANDS: string[] = [Commands.checkWorkspace, Commands.setDocumentSetting, Commands.fixAll, Commands.writeWordComments];

/** Request `tenderlint/docxView`: the readable text of a DOCX file, as the server reads it. */
export const DocxViewRequest = 'tenderlint/docxView';
export interface DocxViewParams {
  /** `file:` URI of the .docx file. */
  uri: string;
}
export interface DocxViewResult {
  text: string;
  /** Set when the file could not be read; `text` then explains. */
  error?: string;
}

/** Request `tenderlint/facts`: the facts read from a document, as readable lines (the report uses them). */
export const FactsRequest = 'tenderlint/facts';
export interface FactsParams {
  uri: string;
}
export interface FactsResult {
  lines: string[];
  counts: { error: number; warning: number; info: number };
  byFamily: Record<string, number>;
}

/**
 * Request `tenderlint/report`: the tender report of an open document as a self-contained HTML page (the same
 * renderer as `tenderlint report`), for a webview: its Content Security Policy allows only the page's own style
 * and script, by `nonce`, and the webview's `cspSource`. Places in the document are links that post
 * `{ command: 'reveal', range }` (0-based lines and characters) to the extension.
 */
export const ReportRequest = 'tenderlint/report';
export interface ReportParams {
  uri: string;
  nonce: string;
  cspSource: string;
}
export interface ReportResult {
  html: string;
}
/** The message a report webview posts to reveal a place in the document. */
export interface RevealMessage {
  command: 'reveal';
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

/** Request `tenderlint/clauses`: the standard clauses, for the insert-clause command. */
export const ClausesRequest = 'tenderlint/clauses';
export interface ClauseInfo {
  id: string;
  label: string;
  detail: string;
  /** Snippet text (LSP snippet syntax). */
  snippet: string;
}

/** Notification `tenderlint/status`, sent after each check: counts for the status bar. */
export const StatusNotification = 'tenderlint/status';
export interface StatusParams {
  uri: string;
  errors: number;
  warnings: number;
  infos: number;
  /** The preset in force for the document (from the config file or the settings). */
  preset: string;
  /** Path of the config file in force, if any. */
  configFile: string | null;
}

/**
 * Node options the VS Code extension starts the language server with (`server/node-flags.json`, also read by
 * `bench/editor-latency.mjs`): a young generation of 4 MB semi-spaces instead of 16 keeps the garbage of
 * checking a large document from holding the server's memory up, at no measured cost to edit latency; and an old
 * generation that grows by 30% of what is live after a full collection (V8 otherwise lets it grow up to fourfold)
 * keeps the garbage of checking many newly opened documents from doing the same, for a few more full collections
 * while typing; and two threads for V8's background work (garbage collection, mostly) instead of four: the server
 * has two threads of its own (this one and the check worker), and on a two-core machine four helpers marking the
 * check worker's heap took about 16 ms of CPU per keystroke at 50,000 words from the checks (docs/performance.md).
 */
export { execArgv as SERVER_EXEC_ARGV } from './node-flags.json';
