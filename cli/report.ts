/**
 * The tender report from the command line: `tenderlint report FILE|DIR... [--out PATH]` and `--format html`.
 * Builds each document's report model (`core/report`) from its check result and writes one page per document,
 * or, for several documents written to a folder, an `index.html` summary linking to each document's page.
 * The language server draws the VS Code webview with the same renderer.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { buildReportModel, renderCombinedPage, renderReportPage, renderSummaryPage, type RenderOptions, type ReportModel, type SummaryEntry } from '../core/report/index';
import type { FileResult, FormatContext } from '../host/types';

/** The arguments of `tenderlint report …` as the main command reads them: the report is `--format html`. */
export function reportArgv(args: string[]): string[] {
  const hasFormat = args.some((a) => a === '-f' || a === '--format' || a.startsWith('--format='));
  return hasFormat ? args : [...args, '--format', 'html'];
}

export function nonce(): string {
  return randomBytes(16).toString('base64');
}

function nameOf(result: FileResult, cwd: string): string {
  return relative(cwd, result.filePath) || basename(result.filePath);
}

/** A document's report model; a file that could not be read gets a report of its one finding. */
export function modelOf(result: FileResult, context: FormatContext): ReportModel {
  const name = nameOf(result, context.cwd);
  if (result.facts && result.settings) {
    return buildReportModel({ name, facts: result.facts, settings: result.settings, findings: result.findings, rules: context.rules, config: result.config ?? null, text: result.source ?? null });
  }
  const findings = result.findings.map((f, i) => ({
    number: i + 1,
    ruleId: f.ruleId,
    family: f.family,
    severity: f.fatal ? ('error' as const) : f.severity,
    message: f.message,
    range: f.range,
    quickFix: null,
    docsUrl: null,
    description: '',
  }));
  return {
    name,
    kind: 'mixed',
    regime: 'pa2023',
    settingsLine: result.readError ? `Not checked: ${result.readError}` : 'Not checked',
    counts: { error: findings.filter((f) => f.severity === 'error').length, warning: findings.filter((f) => f.severity === 'warning').length, info: findings.filter((f) => f.severity === 'info').length },
    findings,
    timeline: null,
    award: { charts: [], socialValueMin: 10, otherFindings: [] },
    burden: null,
    response: null,
  };
}

/** `--format html` to stdout: one document's page, or every document in one page after a summary. */
export function formatHtml(results: FileResult[], context: FormatContext): string {
  const options: RenderOptions = { mode: 'file', nonce: nonce() };
  if (results.length === 1) return renderReportPage(modelOf(results[0]!, context), options);
  return renderCombinedPage(results.map((r) => ({ name: nameOf(r, context.cwd), href: '', model: modelOf(r, context) })), options);
}

/** A page name for a document: its path from the working folder, flattened. */
function pageName(name: string, taken: Set<string>): string {
  const base = name.replace(/\.[^./\\]+$/, '').replace(/[\\/]+/g, '--').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+/, '') || 'document';
  let file = `${base}.html`;
  for (let i = 2; taken.has(file) || file === 'index.html'; i++) file = `${base}-${i}.html`;
  taken.add(file);
  return file;
}

/** The folder every name is in ("examples/"), left out of the page names. */
function commonFolder(names: string[]): string {
  const parts = names.map((n) => n.split(/[\\/]/).slice(0, -1));
  const first = parts[0] ?? [];
  let i = 0;
  while (i < first.length && parts.every((p) => p[i] === first[i])) i++;
  return i === 0 ? '' : names[0]!.split(/[\\/]/).slice(0, i).join('/') + '/';
}

/**
 * Writes the report to `out`: a `.html` path gets one page (every document in it, after a summary, when there
 * are several); any other path is a folder, given an `index.html` summary and one page per document.
 * Returns the lines to print.
 */
export function writeReport(results: FileResult[], context: FormatContext, out: string): string[] {
  if (results.length === 0) return []; // nothing checked: nothing written (the run has said why)
  const target = resolve(context.cwd, out);
  const options: RenderOptions = { mode: 'file', nonce: nonce() };
  const asFile = /\.html?$/i.test(target) && !(existsSync(target) && statSync(target).isDirectory());
  if (asFile) {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, formatHtml(results, context), 'utf8');
    return [`tenderlint: wrote the report of ${results.length} document${results.length === 1 ? '' : 's'} to ${relative(context.cwd, target) || target}`];
  }
  mkdirSync(target, { recursive: true });
  const taken = new Set<string>();
  const models = results.map((r) => modelOf(r, context));
  const prefix = commonFolder(models.map((m) => m.name));
  const entries: SummaryEntry[] = models.map((model) => ({ name: model.name, href: pageName(model.name.slice(prefix.length), taken), model }));
  for (const e of entries) writeFileSync(join(target, e.href), renderReportPage(e.model, { ...options, indexHref: 'index.html' }), 'utf8');
  writeFileSync(join(target, 'index.html'), renderSummaryPage(entries, options), 'utf8');
  const where = relative(context.cwd, target) || '.';
  return [`tenderlint: wrote ${join(where, 'index.html')} and ${entries.length} document page${entries.length === 1 ? '' : 's'}`];
}
