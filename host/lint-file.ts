/**
 * Checks one file from disk: read it (Markdown, text or DOCX, through `documents.ts`), resolve its config, run
 * the engine (and fixes, for Markdown only, when asked), and report read and config problems as a result rather
 * than an exception, so a run carries on.
 */
import { relative } from 'node:path';
import ignore from 'ignore';
import { resolveFileConfig, type CommandLineConfig } from '../core/config/resolve';
import { fixText, lintDocument } from '../core/engine/linter';
import type { Finding, Rule } from '../core/engine/types';
import { rangeFromOffsets } from '../core/model/positions';
import type { TenderDocument } from '../core/model/types';
import { PhaseTimer } from '../core/engine/timing';
import { clearTextMemos } from '../core/model/memo';
import { ConfigCache, ConfigError } from './config-files';
import { toPosix } from './files';
import { DEFAULT_MAX_BYTES, readDocumentFile } from './documents';
import type { DocxLimits } from './docx/limits';
import type { FileResult } from './types';

export interface LintFileOptions {
  rules: readonly Rule[];
  configs: ConfigCache;
  /** `--config`: one config file for every file. */
  explicitConfig?: string;
  commandLine?: CommandLineConfig;
  fix?: boolean;
  /** Markdown and text files larger than this are refused with a message (default 20 MB). */
  maxBytes?: number;
  /** Limits for Word documents (see `host/docx/safety.ts`). */
  docxLimits?: Partial<DocxLimits>;
  /** `--no-ignore` sets this to false: the config's ignorePatterns are not applied. */
  useIgnorePatterns?: boolean;
  /** `--timing`: the result carries per-phase times (`FileResult.timing`). */
  timing?: boolean;
  /** Whether results keep their facts and settings (`--print-facts`); dropping them saves copying between threads. */
  keepFacts?: boolean;
  /** Whether results keep the document text (`FileResult.source`); the CLI does not need it. */
  keepSource?: boolean;
}

export type LintFileOutcome =
  | { kind: 'result'; result: FileResult }
  | { kind: 'ignored'; filePath: string }
  | { kind: 'config-error'; filePath: string; error: ConfigError };

export { DEFAULT_MAX_BYTES };

function fatal(filePath: string, ruleId: string, message: string, messageId = 'readError'): FileResult {
  const finding: Finding = {
    ruleId,
    family: 'tenderlint',
    messageId,
    severity: 'error',
    message,
    range: rangeFromOffsets({ lineStarts: [0] }, 0, 0),
    fatal: true,
  };
  return { filePath, source: '', findings: [finding], readError: message };
}

/** The pseudo-rule of a document whose check was abandoned: over the time or memory budget, or its worker failed. */
export const TOO_COMPLEX_RULE_ID = 'tenderlint/too-complex';

/** Why a check was abandoned, as the message of its one finding. */
export type Abandoned = { reason: 'time'; seconds: number } | { reason: 'memory'; megabytes: number } | { reason: 'crash'; detail: string };

export function abandonedMessage(why: Abandoned): string {
  switch (why.reason) {
    case 'time':
      return `too complex to check in ${why.seconds} s: the check was stopped and this document was not checked (the time limit per document can be raised)`;
    case 'memory':
      return `too large to check within ${why.megabytes} MB: the check ran out of memory and this document was not checked (the memory limit per document can be raised)`;
    default:
      return `the check of this document stopped unexpectedly and it was not checked: ${why.detail}`;
  }
}

/** The result of a document whose check was abandoned: one fatal finding, no fix, nothing written. */
export function abandonedResult(filePath: string, why: Abandoned): FileResult {
  return fatal(filePath, TOO_COMPLEX_RULE_ID, abandonedMessage(why), why.reason === 'time' ? 'tooComplex' : why.reason === 'memory' ? 'tooLarge' : 'stopped');
}

export async function lintFile(filePath: string, options: LintFileOptions): Promise<LintFileOutcome> {
  let config;
  try {
    config = options.configs.forFile(filePath, options.explicitConfig);
  } catch (err) {
    if (err instanceof ConfigError) return { kind: 'config-error', filePath, error: err };
    throw err;
  }
  const relToConfig = config ? toPosix(relative(config.dir, filePath)) : toPosix(filePath);
  if (options.useIgnorePatterns !== false && config?.data.ignorePatterns?.length && !relToConfig.startsWith('..')) {
    if (ignore().add(config.data.ignorePatterns).ignores(relToConfig)) return { kind: 'ignored', filePath };
  }

  clearTextMemos();
  const timer = options.timing ? new PhaseTimer(() => performance.now()) : undefined;
  const read = await readDocumentFile(filePath, { maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES, docxLimits: options.docxLimits, timer });
  if ('error' in read) return { kind: 'result', result: fatal(filePath, 'tenderlint/read', read.error) };
  const doc = read.doc;
  try {
    return checkRead(filePath, doc, config, relToConfig, options, timer);
  } catch (err) {
    // Reading facts is not guarded per rule as rules are: a failure there must not take the other files down.
    const message = err instanceof Error ? err.message : String(err);
    return { kind: 'result', result: fatal(filePath, 'tenderlint/internal', `${filePath}: internal error while checking (${message}); the other files were checked. Please report this with the file.`) };
  }
}

function checkRead(
  filePath: string,
  doc: TenderDocument,
  config: ReturnType<ConfigCache['forFile']>,
  relToConfig: string,
  options: LintFileOptions,
  timer: PhaseTimer | undefined,
): LintFileOutcome {
  const fileConfig = resolveFileConfig(options.rules, config?.data ?? null, relToConfig, options.commandLine);
  // --fix rewrites Markdown only: a Word document is never written to.
  if (options.fix && doc.format === 'markdown') {
    const source = doc.text;
    const fixed = fixText(source, filePath, fileConfig, options.rules, 10, timer);
    const result: FileResult = {
      filePath,
      source: fixed.output,
      findings: fixed.result.findings,
    };
    if (options.keepFacts !== false) Object.assign(result, { facts: fixed.result.facts, settings: fixed.result.settings, config: fileConfig });
    if (timer) result.timing = timer.times;
    if (fixed.output !== source) result.output = fixed.output;
    return { kind: 'result', result };
  }
  const out = lintDocument(doc, fileConfig, options.rules, timer);
  const result: FileResult = { filePath, findings: out.findings };
  if (options.keepSource !== false) result.source = doc.text;
  if (options.keepFacts !== false) Object.assign(result, { facts: out.facts, settings: out.settings, config: fileConfig });
  if (timer) result.timing = timer.times;
  if (doc.format === 'docx') result.format = 'docx';
  return { kind: 'result', result };
}
