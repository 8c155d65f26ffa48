/**
 * The `tenderlint` command: parse arguments, collect files, check them (in worker threads on larger runs),
 * write fixes when asked, print findings in the chosen format, and set the exit code:
 *   0 no failing findings; 1 failing findings (errors, warnings over --max-warnings, --fail-on matches);
 *   2 usage, config or read errors, or a document abandoned over its time or memory budget.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import cliProgress from 'cli-progress';
import type { RuleEntry } from '../core/config/types';
import { DOC_KINDS, NATIONS, PROCEDURES, REGIMES, type DocKind, type Nation, type Procedure, type Regime } from '../core/facts/types';
import type { Finding, SeveritySetting } from '../core/engine/types';
import { describeFacts } from '../core/facts/describe';
import { rules, rulesById } from '../rules/index';
import { collectFiles, loadIgnore } from '../host/files';
import { DEFAULT_MAX_MEMORY_MB, DEFAULT_MAX_TIME_S, runInline, runInWorkers, workerCount, type Budget, type RunOptions } from '../host/run';
import type { FileResult, FormatContext } from '../host/types';
import type { LintFileOutcome } from '../host/lint-file';
import { mergeTimes, type PhaseTimes } from '../core/engine/timing';
import { formatTiming } from './timing';
import { formatters, formatNames, isFormatName, type FormatName } from './formatters/index';
import { visibleFindings } from './formatters/json';
import { VERSION, docsUrl } from './version';
import { PRESETS, type PresetName } from '../core/config/types';
import { writeStarterConfig } from './init';
import { reportArgv, writeReport } from './report';

export interface CliIO {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stderr is a terminal (progress bar). */
  stderrIsTTY: boolean;
  /** Folder holding the bundled worker entry, when running from the bundle. */
  workerDir?: string;
  /** Called with the results and format context before they are printed (the GitHub Action writes SARIF and a summary from them). */
  onResults?: (results: FileResult[], context: FormatContext) => void;
}

interface CliOptions {
  format: string;
  config?: string;
  rule: string[];
  kind?: DocKind;
  regime?: Regime;
  procedure?: Procedure;
  nation?: Nation;
  maxWarnings?: number;
  failOn: string[];
  fix?: boolean;
  printFacts?: boolean;
  quiet?: boolean;
  includeInfo?: boolean;
  ignore: boolean;
  threads?: number;
  maxDocxSize?: number;
  maxDocxUncompressed?: number;
  maxDocxRatio?: number;
  timing?: boolean;
  maxTime: number;
  maxMemory: number;
  template?: boolean;
  preset?: PresetName;
  init?: boolean;
  out?: string;
  annotateDocx?: string;
  force?: boolean;
}

const SEVERITIES: SeveritySetting[] = ['off', 'info', 'warning', 'error'];

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function parseRuleFlag(value: string): [string, SeveritySetting] {
  const i = value.lastIndexOf(':');
  const id = value.slice(0, i).trim();
  const severity = value.slice(i + 1).trim() as SeveritySetting;
  if (i < 0 || !rulesById.has(id) || !SEVERITIES.includes(severity)) {
    throw new Error(
      `--rule "${value}": expected RULE:SEVERITY with a known rule id and one of ${SEVERITIES.join(', ')} (for example --rule lead-in/tender-period:error)`,
    );
  }
  return [id, severity];
}

function parseInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number of 0 or more.');
  return n;
}

function parseLimit(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError('expected a number, 0 for no limit.');
  return n;
}

function parsePositive(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a number above 0.');
  return n;
}

function buildProgram(io: CliIO): Command {
  const program = new Command('tenderlint');
  program
    .description('Check UK public-procurement documents (tenders, questionnaires, specifications, contracts, bid responses).')
    .version(VERSION, '-v, --version')
    .argument('[paths...]', 'files, folders or globs to check (default: the current folder)')
    .addOption(new Option('-f, --format <name>', 'output format').choices(formatNames).default('stylish'))
    .option('-c, --config <file>', 'use this config file for every file instead of looking for one')
    .option('--rule <id:severity>', 'set a rule\'s severity, e.g. lead-in/tender-period:error (repeatable)', collect, [])
    .addOption(new Option('--kind <kind>', 'document kind, when the document does not say').choices([...DOC_KINDS]))
    .addOption(new Option('--regime <regime>', 'procurement regime, when the document does not say').choices([...REGIMES]))
    .addOption(new Option('--procedure <procedure>', 'procurement procedure, when the document does not say').choices([...PROCEDURES]))
    .addOption(new Option('--nation <nation>', 'nation for bank holidays, when the document does not say').choices([...NATIONS]))
    .option('--template', 'check the documents as templates: well-formed placeholders are fields, not gaps (see docs/templates.md)')
    .addOption(new Option('--preset <name>', 'preset used when the config file extends none').choices([...PRESETS]))
    .option('--init', 'write a starter .tenderlint.yaml in the current folder (never overwrites one)')
    .option('--max-warnings <n>', 'fail (exit 1) when there are more than n warnings', parseInteger)
    .option('--fail-on <family|rule>', 'fail (exit 1) on any finding of this family or rule, even a warning (repeatable)', collect, [])
    .option('--fix', 'apply automatic fixes to Markdown files (writes the files; Word files are never written)')
    .option('--out <path>', 'write the HTML report (tenderlint report, --format html) to this .html file, or to this folder as index.html and one page per document')
    .option('--print-facts', 'show the facts read from each document (value, term, timetable, evaluation weights, proportionality demands, consortium statements)')
    .option('--quiet', 'report errors only')
    .option('--include-info', 'also report information-level findings')
    .option('--no-ignore', 'do not use .tenderlintignore or ignorePatterns')
    .option('--timing', 'print where the time went (read, parse, each fact step, each rule family and rule, output) to stderr')
    .addOption(new Option('--threads <n>', 'worker threads checking files (default: automatic; at least one while a --max-time or --max-memory budget applies, none for small runs without one)').argParser(parseInteger))
    .addOption(new Option('--max-time <seconds>', 'stop checking a document after this many seconds and report it as too complex (exit 2); 0: no limit').argParser(parseLimit).default(DEFAULT_MAX_TIME_S))
    .addOption(new Option('--max-memory <MB>', 'stop checking a document that needs more heap than this and report it as too large (exit 2); 0: no limit').argParser(parseLimit).default(DEFAULT_MAX_MEMORY_MB))
    .addOption(new Option('--max-docx-size <MB>', 'largest Word file accepted, in MB (default 64)').argParser(parsePositive))
    .addOption(new Option('--max-docx-uncompressed <MB>', 'largest total uncompressed size of a Word file, in MB (default 256)').argParser(parsePositive))
    .addOption(new Option('--max-docx-ratio <n>', 'largest compression ratio of a Word file\'s parts (default 100)').argParser(parsePositive))
    .option('--annotate-docx <dir>', 'write a copy of each Word document into <dir> with every finding shown as a Word comment (originals are never written)')
    .option('--force', 'with --annotate-docx: replace copies that already exist')
    .addHelpText('after', '\nThe tender report: tenderlint report [paths...] [--out report.html | --out folder/] (timeline, award weighting, burden table, findings as HTML).')
    .showHelpAfterError('(run tenderlint --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) });
  return program;
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  // `tenderlint report FILE|DIR... [--out PATH]`: the check, drawn as the HTML report.
  const reportCommand = argv[0] === 'report';
  if (reportCommand) argv = reportArgv(argv.slice(1));
  const program = buildProgram(io);
  let options: CliOptions;
  let paths: string[];
  try {
    program.parse(argv, { from: 'user' });
    options = program.opts<CliOptions>();
    paths = program.args;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    throw err;
  }

  if (options.init) return writeStarterConfig(io, options.preset);

  const cliRules: Record<string, RuleEntry> = {};
  try {
    for (const flag of options.rule) {
      const [id, severity] = parseRuleFlag(flag);
      cliRules[id] = severity;
    }
    for (const target of options.failOn) {
      if (!rulesById.has(target) && !rules.some((r) => r.meta.family === target)) {
        throw new Error(`--fail-on "${target}": not a rule id or family (families: ${[...new Set(rules.map((r) => r.meta.family))].join(', ')})`);
      }
    }
    if (options.config && !existsSync(resolve(io.cwd, options.config))) {
      throw new Error(`--config: config file "${options.config}" does not exist`);
    }
  } catch (err) {
    io.stderr(`tenderlint: ${(err as Error).message}\n`);
    return 2;
  }
  const format = options.format as FormatName;
  if (!isFormatName(format)) return 2;
  if (options.out !== undefined && format !== 'html') {
    io.stderr('tenderlint: --out writes the HTML report: use it with --format html or the report command.\n');
    return 2;
  }

  const ig = loadIgnore(io.cwd, options.ignore);
  const list = await collectFiles(paths.length ? paths : ['.'], io.cwd, ig);
  let exitCode = 0;
  for (const m of list.missing) {
    io.stderr(`tenderlint: ${m.reason}. Check the path or pattern.\n`);
    exitCode = 2;
  }
  for (const f of list.ignored) {
    io.stderr(`tenderlint: warning: ${relative(io.cwd, f)} is ignored by .tenderlintignore (use --no-ignore to check it).\n`);
  }

  const runOptions: RunOptions = {
    explicitConfig: options.config ? resolve(io.cwd, options.config) : undefined,
    commandLine: {
      rules: cliRules,
      settings: pick({ kind: options.kind, regime: options.regime, procedure: options.procedure, nation: options.nation, template: options.template }),
      ...pick({ preset: options.preset }),
    },
    fix: !!options.fix,
    useIgnorePatterns: options.ignore,
    timing: !!options.timing,
    keepFacts: !!options.printFacts || format === 'html',
    keepSource: format === 'html',
    docxLimits: pick({
      maxFileBytes: options.maxDocxSize !== undefined ? options.maxDocxSize * 1048576 : undefined,
      maxUncompressedBytes: options.maxDocxUncompressed !== undefined ? options.maxDocxUncompressed * 1048576 : undefined,
      maxCompressionRatio: options.maxDocxRatio,
    }),
  };
  const wallStart = performance.now();
  const { outcomes, threads } = await check(list.files, runOptions, options, io);

  const results: FileResult[] = [];
  const reportedConfigErrors = new Set<string>();
  for (const outcome of outcomes) {
    if (outcome.kind === 'ignored') continue;
    if (outcome.kind === 'config-error') {
      if (!reportedConfigErrors.has(outcome.error.file)) {
        io.stderr(`tenderlint: ${outcome.error.message}\n`);
        reportedConfigErrors.add(outcome.error.file);
      }
      exitCode = 2;
      continue;
    }
    const result = outcome.result;
    if (result.readError) exitCode = 2;
    if (result.output !== undefined) writeFileSync(result.filePath, result.output, 'utf8');
    results.push(result);
  }

  const shown = results.map((r) => (options.quiet ? { ...r, findings: r.findings.filter((f) => f.severity === 'error' || f.fatal) } : r));
  const context: FormatContext = { cwd: io.cwd, includeInfo: !!options.includeInfo, rules: new Map(rules.map((r) => [r.meta.id, r.meta])), docsUrl, version: VERSION };
  io.onResults?.(shown, context);
  const outputStart = performance.now();
  let output = format === 'html' && options.out !== undefined ? writeReport(shown, context, options.out).join('\n') : formatters[format](shown, context);
  if (options.printFacts) output = withFacts(output, format, shown, io.cwd);
  if (output) io.stdout(output.endsWith('\n') ? output : output + '\n');
  if (options.timing) {
    const times: PhaseTimes = {};
    for (const r of results) if (r.timing) mergeTimes(times, r.timing);
    times['output'] = performance.now() - outputStart;
    io.stderr(formatTiming(times, { files: results.length, threads, wallMs: performance.now() - wallStart }));
  }

  if (options.annotateDocx !== undefined) {
    const { writeAnnotatedCopies } = await import('./annotate');
    const visible = shown.map((result) => ({ result, findings: visibleFindings(result, { includeInfo: !!options.includeInfo }) }));
    const written = await writeAnnotatedCopies(visible, { outDir: options.annotateDocx, force: !!options.force, limits: runOptions.docxLimits, cwd: io.cwd, stderr: io.stderr });
    if (!written) exitCode = 2;
  }
  // The report command reports; only the check itself (usage, config, read errors) fails it.
  if (exitCode === 0 && !reportCommand) exitCode = failingExitCode(results, options);
  return exitCode;
}

function pick<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

async function check(
  files: string[],
  runOptions: RunOptions,
  options: CliOptions,
  io: CliIO,
): Promise<{ outcomes: LintFileOutcome[]; threads: number }> {
  const workerScript = io.workerDir ? join(io.workerDir, 'worker.cjs') : null;
  const budget: Budget = { maxTimeMs: options.maxTime * 1000, maxMemoryMb: options.maxMemory };
  // A check can only be stopped in a worker: with a budget, even one file is checked in one (about 0.1 s to start it).
  const budgeted = !!(budget.maxTimeMs || budget.maxMemoryMb) && files.length > 0;
  const automatic = workerScript && existsSync(workerScript) ? workerCount(files.length, options.threads) : 0;
  const threads = workerScript && existsSync(workerScript) && budgeted ? Math.max(1, automatic) : automatic;
  const showProgress = io.stderrIsTTY && files.length >= 20 && !process.env['CI'];
  const bar = showProgress
    ? new cliProgress.SingleBar({ format: 'tenderlint {bar} {value}/{total} files', clearOnComplete: true, stream: process.stderr }, cliProgress.Presets.shades_classic)
    : null;
  bar?.start(files.length, 0);
  const onResult = (done: number) => bar?.update(done);
  try {
    const inWorkers = threads > 1 || (threads === 1 && budgeted);
    const outcomes = inWorkers ? await runInWorkers(files, runOptions, threads, workerScript!, onResult, budget) : await runInline(files, runOptions, onResult);
    return { outcomes, threads: Math.max(1, threads) };
  } finally {
    bar?.stop();
  }
}

function withFacts(output: string, format: FormatName, results: FileResult[], cwd: string): string {
  if (format === 'json') {
    const parsed = JSON.parse(output) as Array<Record<string, unknown>>;
    parsed.forEach((entry, i) => {
      const r = results[i]!;
      if (r.facts) {
        entry['facts'] = r.facts;
        entry['settings'] = r.settings;
        entry['factSummary'] = describeFacts(r.facts, r.settings);
      }
    });
    return JSON.stringify(parsed);
  }
  if (format !== 'stylish') return output;
  const text = results
    .filter((r) => r.facts)
    .map((r) => [`Facts read from ${relative(cwd, r.filePath) || r.filePath}:`, ...describeFacts(r.facts!, r.settings).map((l) => `  ${l}`)].join('\n'))
    .join('\n\n');
  return text + (output ? '\n\n' + output : '\n');
}

function failingExitCode(results: FileResult[], options: CliOptions): number {
  let errors = 0;
  let warnings = 0;
  let failOn = 0;
  const targets = new Set(options.failOn);
  for (const r of results) {
    for (const f of r.findings as Finding[]) {
      if (f.suppressions) continue;
      if (f.severity === 'error' || f.fatal) errors++;
      else if (f.severity === 'warning') warnings++;
      if (targets.size && (targets.has(f.ruleId) || targets.has(f.family)) && f.severity !== 'info') failOn++;
    }
  }
  if (errors > 0 || failOn > 0) return 1;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) return 1;
  return 0;
}
