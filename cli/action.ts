/**
 * The GitHub Action (`action.yml`): reads the inputs GitHub passes as `INPUT_*` variables, runs the CLI in
 * `GITHUB_WORKSPACE` with workflow annotations on stdout, writes SARIF for code scanning and a job summary
 * (`GITHUB_STEP_SUMMARY`), and sets the `sarif-file` output (`GITHUB_OUTPUT`). The exit code is the CLI's.
 *
 * The CLI's `main` and formatters are passed in: the bundled entry (`action-entry.ts`) takes them from
 * `dist/cli.cjs`, so the action adds a few kilobytes, not a second copy of the engine.
 */
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { FileResult, FormatContext, Formatter } from '../host/types';
import type { CliIO } from './main';
import { displayPath, effectiveSeverity, visibleFindings } from './formatters/json';

export type Env = Record<string, string | undefined>;

export interface ActionDeps {
  main: (argv: string[], io: CliIO) => Promise<number>;
  sarif: Formatter;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  workerDir?: string;
}

/** An input as `@actions/core` reads it: `INPUT_` and the name in capitals, spaces as `_` (a hyphen kept; `_` also accepted). */
export function getInput(env: Env, name: string): string {
  const key = `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
  return (env[key] ?? env[key.replace(/-/g, '_')] ?? '').trim();
}

/** A list input: one item a line, or separated by spaces or commas on one line. */
export function listInput(env: Env, name: string): string[] {
  const raw = getInput(env, name);
  if (!raw) return [];
  const items = raw.includes('\n') ? raw.split(/\r?\n/) : raw.split(/[\s,]+/);
  return items.map((s) => s.trim()).filter((s) => s !== '');
}

export function actionArgs(env: Env): string[] {
  const argv = [...listInput(env, 'paths'), '--format', 'github'];
  const config = getInput(env, 'config');
  if (config) argv.push('--config', config);
  const preset = getInput(env, 'preset');
  if (preset) argv.push('--preset', preset);
  for (const target of listInput(env, 'fail-on')) argv.push('--fail-on', target);
  const maxWarnings = getInput(env, 'max-warnings');
  if (maxWarnings) argv.push('--max-warnings', maxWarnings);
  if (/^true$/i.test(getInput(env, 'template'))) argv.push('--template');
  return argv;
}

const cell = (s: string) => s.replace(/\|/g, '\\|');

/** The job summary: totals, a table of the files with findings, and a table of findings by rule. */
export function summary(results: FileResult[], context: FormatContext, sarifFile: string | null): string {
  const files: Array<{ path: string; errors: number; warnings: number }> = [];
  const byRule = new Map<string, { errors: number; warnings: number; description: string }>();
  let errors = 0;
  let warnings = 0;
  for (const r of results) {
    let e = 0;
    let w = 0;
    for (const f of visibleFindings(r, { includeInfo: false })) {
      const isError = effectiveSeverity(f) === 'error';
      if (isError) e++;
      else w++;
      const entry = byRule.get(f.ruleId) ?? { errors: 0, warnings: 0, description: context.rules.get(f.ruleId)?.description ?? '' };
      if (isError) entry.errors++;
      else entry.warnings++;
      byRule.set(f.ruleId, entry);
    }
    errors += e;
    warnings += w;
    if (e || w) files.push({ path: displayPath(r.filePath, context.cwd, true), errors: e, warnings: w });
  }
  const lines = ['## tenderlint', ''];
  lines.push(`${results.length} ${results.length === 1 ? 'document' : 'documents'} checked: **${errors}** ${errors === 1 ? 'error' : 'errors'}, **${warnings}** ${warnings === 1 ? 'warning' : 'warnings'}.`, '');
  if (files.length) {
    const shown = files.slice(0, 50);
    lines.push('| File | Errors | Warnings |', '| --- | ---: | ---: |');
    for (const f of shown) lines.push(`| \`${cell(f.path)}\` | ${f.errors} | ${f.warnings} |`);
    if (files.length > shown.length) lines.push(`| and ${files.length - shown.length} more | | |`);
    lines.push('', '| Rule | Checks | Errors | Warnings |', '| --- | --- | ---: | ---: |');
    for (const [id, r] of [...byRule].sort((a, b) => b[1].errors + b[1].warnings - (a[1].errors + a[1].warnings) || a[0].localeCompare(b[0]))) {
      lines.push(`| [${id}](${context.docsUrl(id)}) | ${cell(r.description)} | ${r.errors} | ${r.warnings} |`);
    }
    lines.push('');
  }
  if (sarifFile) lines.push(`SARIF for code scanning: \`${cell(sarifFile)}\``, '');
  return lines.join('\n') + '\n';
}

/** Runs the action; returns the exit code (0 pass, 1 failing findings, 2 errors). */
export async function runAction(env: Env, deps: ActionDeps): Promise<number> {
  const cwd = env['GITHUB_WORKSPACE'] || process.cwd();
  const sarifInput = getInput(env, 'sarif-file');
  const sarifFile = sarifInput === '' ? 'tenderlint.sarif' : /^(?:false|none)$/i.test(sarifInput) ? null : sarifInput;
  let wrote: string | null = null;
  const io: CliIO = {
    cwd,
    stdout: deps.stdout,
    stderr: deps.stderr,
    stderrIsTTY: false,
    workerDir: deps.workerDir,
    onResults: (results, context) => {
      if (sarifFile) {
        const target = resolve(cwd, sarifFile);
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, deps.sarif(results, context), 'utf8');
        wrote = sarifFile;
      }
      const summaryFile = env['GITHUB_STEP_SUMMARY'];
      if (summaryFile) appendFileSync(summaryFile, summary(results, context, sarifFile));
    },
  };
  const code = await deps.main(actionArgs(env), io);
  const outputFile = env['GITHUB_OUTPUT'];
  if (outputFile && wrote) appendFileSync(outputFile, `sarif-file=${resolve(cwd, wrote)}\n`);
  return code;
}
