/**
 * The workspace-wide check: every Markdown and DOCX file under the workspace folders (ignore files applied),
 * pushed with work-done progress by the `checkWorkspace` command, or answered to a workspace diagnostic pull.
 * Open documents are reported as the editor holds them; others are read from disk and checked in the runner.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { DocumentDiagnosticReportKind, type Diagnostic, type WorkDoneProgressReporter, type WorkspaceDocumentDiagnosticReport } from 'vscode-languageserver';
import { collectFiles, loadIgnore } from '../host/files';
import type { ServerContext } from './context';
import { DOCX_SCHEME } from './protocol';

async function workspaceFiles(ctx: ServerContext): Promise<string[]> {
  const files: string[] = [];
  for (const folder of ctx.workspaceFolders()) {
    const list = await collectFiles(['.'], folder, loadIgnore(folder));
    files.push(...list.files);
  }
  return files;
}

/** Checks every Markdown (and DOCX) file in the workspace, pushing diagnostics, with work-done progress. */
export async function checkWorkspace(ctx: ServerContext, workDone: WorkDoneProgressReporter | undefined): Promise<{ files: number; findings: number }> {
  // The client's own progress token when it sent one; otherwise a server-initiated progress.
  const progress = workDone ?? (await ctx.connection.window.createWorkDoneProgress().catch(() => null));
  const files = await workspaceFiles(ctx);
  progress?.begin('tenderlint: checking the workspace', 0, `${files.length} files`, true);
  let findings = 0;
  for (let i = 0; i < files.length; i++) {
    const file = files[i]!;
    const reports = await reportForFile(ctx, file);
    if (reports) {
      findings += reports.items.length;
      await ctx.connection.sendDiagnostics({ uri: reports.uri, diagnostics: reports.items });
    }
    progress?.report(Math.round(((i + 1) / files.length) * 100), `${i + 1}/${files.length}`);
  }
  progress?.done();
  return { files: files.length, findings };
}

async function reportForFile(ctx: ServerContext, file: string): Promise<{ uri: string; items: Diagnostic[] } | null> {
  const uri = pathToFileURL(file).href;
  const open = ctx.documents.get(uri);
  if (open) {
    const result = await ctx.check(open);
    return result ? { uri, items: ctx.diagnosticsOf(result, uri) } : null;
  }
  const settings = await ctx.settingsFor(uri);
  const config = ctx.checker.configFor(file, settings);
  if (config.ignored || !settings.enable) return null;
  const options = { budgetMs: settings.maxCheckSeconds * 1000 };
  if (/\.docx$/i.test(file)) {
    // A DOCX is reported on its text view, where the ranges make sense.
    const viewUri = `${DOCX_SCHEME}:${pathToFileURL(file).pathname}`;
    const outcome = await ctx.runner.run({ op: 'docx', path: file, fileConfig: config.fileConfig }, options);
    if ('stale' in outcome) return null;
    return { uri: viewUri, items: ctx.diagnosticsOf(ctx.resultOf(outcome, file, 0, config), viewUri) };
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  const outcome = await ctx.runner.run({ op: 'lint', text, path: file, fileConfig: config.fileConfig }, options);
  if ('stale' in outcome) return null;
  return { uri, items: ctx.diagnosticsOf(ctx.resultOf(outcome, file, 0, config), uri) };
}

/** The workspace diagnostic pull: a full report per file, until the client cancels. */
export async function workspaceReports(ctx: ServerContext, token: { isCancellationRequested: boolean }): Promise<WorkspaceDocumentDiagnosticReport[]> {
  const out: WorkspaceDocumentDiagnosticReport[] = [];
  for (const file of await workspaceFiles(ctx)) {
    if (token.isCancellationRequested) break;
    const report = await reportForFile(ctx, file);
    if (report) out.push({ kind: DocumentDiagnosticReportKind.Full, uri: report.uri, version: ctx.documents.get(report.uri)?.version ?? null, items: report.items });
  }
  return out;
}
