/**
 * What the language server's parts share: the open documents, the check runner, config resolution and the few
 * operations on a document's check that commands, workspace checks and fact requests build on. The server
 * (`service.ts`) owns the state and hands this view of it to `commands.ts`, `workspace.ts` and `held.ts`.
 */
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Checker, CheckOutput, CheckResult, ConfigInForce } from './checker';
import type { CheckRunner, Outcome } from './check-runner';
import type { TenderlintSettings } from './protocol';

export interface ServerContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  /** Where checks run (the check worker, or this thread in tests). */
  readonly runner: CheckRunner;
  /** Config resolution, in this thread. */
  readonly checker: Checker;
  /** The workspace folders' paths, as the client gave them at initialize. */
  workspaceFolders(): readonly string[];
  settingsFor(uri: string): Promise<TenderlintSettings>;
  /** The file path of a `file:` or DOCX view URI; null for other schemes. */
  pathOf(uri: string): string | null;
  /** The result of the document's current version, if it has been checked. */
  currentResult(uri: string): CheckResult | null;
  /** Checks the document's current version (cached per version). */
  check(doc: TextDocument): Promise<CheckResult | null>;
  /** A check's result; a document that could not be read or checked gets one fatal finding at its start. */
  resultOf(outcome: Exclude<Outcome<CheckOutput | { error: string }>, { stale: true }>, path: string, version: number, config: ConfigInForce): CheckResult;
  diagnosticsOf(result: CheckResult, uri: string): Diagnostic[];
  /** The document with every safe fix applied (null when the fix could not finish within the budget). */
  fixedText(doc: TextDocument, result: CheckResult, settings: TenderlintSettings): Promise<string | null>;
}
