/**
 * Checks one file from disk: read it, resolve its config, run the engine (and fixes when asked), and
 * report read and config problems as a result rather than an exception, so a run carries on.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname, relative } from 'node:path';
import ignore from 'ignore';
import { resolveFileConfig, type CommandLineConfig } from '../core/config/resolve';
import { fixText, lintText } from '../core/engine/linter';
import type { Finding, Rule } from '../core/engine/types';
import { rangeFromOffsets } from '../core/model/positions';
import { ConfigCache, ConfigError } from './config-files';
import { toPosix } from './files';
import type { FileResult } from './types';

export interface LintFileOptions {
  rules: readonly Rule[];
  configs: ConfigCache;
  /** `--config`: one config file for every file. */
  explicitConfig?: string;
  commandLine?: CommandLineConfig;
  fix?: boolean;
  /** Files larger than this are refused with a message (default 20 MB). */
  maxBytes?: number;
  /** `--no-ignore` sets this to false: the config's ignorePatterns are not applied. */
  useIgnorePatterns?: boolean;
}

export type LintFileOutcome =
  | { kind: 'result'; result: FileResult }
  | { kind: 'ignored'; filePath: string }
  | { kind: 'config-error'; filePath: string; error: ConfigError };

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

function fatal(filePath: string, ruleId: string, message: string): FileResult {
  const finding: Finding = {
    ruleId,
    family: 'tenderlint',
    messageId: 'readError',
    severity: 'error',
    message,
    range: rangeFromOffsets({ lineStarts: [0] }, 0, 0),
    fatal: true,
  };
  return { filePath, source: '', findings: [finding], readError: message };
}

export function lintFile(filePath: string, options: LintFileOptions): LintFileOutcome {
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

  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let source: string;
  try {
    const size = statSync(filePath).size;
    if (size > max) {
      return {
        kind: 'result',
        result: fatal(filePath, 'tenderlint/read', `${filePath}: file is ${(size / 1048576).toFixed(1)} MB, over the ${(max / 1048576).toFixed(0)} MB limit; split it or check that it is a document.`),
      };
    }
    const buffer = readFileSync(filePath);
    if (buffer.subarray(0, 8000).includes(0)) {
      return { kind: 'result', result: fatal(filePath, 'tenderlint/read', `${filePath}: looks like a binary file, not Markdown or text; remove it from the paths given or add it to ${'.tenderlintignore'}.`) };
    }
    source = buffer.toString('utf8').replace(/^\uFEFF/, '');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    return { kind: 'result', result: fatal(filePath, 'tenderlint/read', `${filePath}: cannot be read (${code}); check that it exists and is readable.`) };
  }

  const fileConfig = resolveFileConfig(options.rules, config?.data ?? null, relToConfig, options.commandLine);
  const format = ['.txt', '.text'].includes(extname(filePath).toLowerCase()) ? 'text' : 'markdown';
  if (options.fix && format === 'markdown') {
    const fixed = fixText(source, filePath, fileConfig, options.rules);
    const result: FileResult = {
      filePath,
      source: fixed.output,
      findings: fixed.result.findings,
      facts: fixed.result.facts,
      settings: fixed.result.settings,
    };
    if (fixed.output !== source) result.output = fixed.output;
    return { kind: 'result', result };
  }
  const out = lintText(source, filePath, fileConfig, options.rules, format);
  return { kind: 'result', result: { filePath, source, findings: out.findings, facts: out.facts, settings: out.settings } };
}
