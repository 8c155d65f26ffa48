/**
 * Runs the checks over many files: in this thread for small runs, or across worker threads for larger ones.
 * Results come back in the order of the file list whatever order the workers finish in.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { CommandLineConfig } from '../core/config/resolve';
import { rules } from '../rules/index';
import { ConfigCache, ConfigError } from './config-files';
import { lintFile, type LintFileOutcome } from './lint-file';
import type { DocxLimits } from './docx/read';

export interface RunOptions {
  explicitConfig?: string;
  commandLine?: CommandLineConfig;
  fix?: boolean;
  maxBytes?: number;
  docxLimits?: Partial<DocxLimits>;
  useIgnorePatterns?: boolean;
}

/** What crosses the thread boundary: a ConfigError becomes plain data. */
export type WireOutcome =
  | Exclude<LintFileOutcome, { kind: 'config-error' }>
  | { kind: 'config-error'; filePath: string; file: string; problems: string[] };

export function toWire(outcome: LintFileOutcome): WireOutcome {
  if (outcome.kind !== 'config-error') return outcome;
  return { kind: 'config-error', filePath: outcome.filePath, file: outcome.error.file, problems: outcome.error.problems };
}

export function fromWire(outcome: WireOutcome): LintFileOutcome {
  if (outcome.kind !== 'config-error') return outcome;
  return { kind: 'config-error', filePath: outcome.filePath, error: new ConfigError(outcome.file, outcome.problems) };
}

export interface WorkerRequest {
  files: string[];
  options: RunOptions;
}

export type WorkerMessage = { index: number; outcome: WireOutcome } | { done: true } | { error: string };

/** Runs in this thread, one file after another. */
export async function runInline(files: string[], options: RunOptions, onResult?: (done: number) => void): Promise<LintFileOutcome[]> {
  const configs = new ConfigCache(rules);
  const outcomes: LintFileOutcome[] = [];
  for (const [i, file] of files.entries()) {
    outcomes.push(await lintFile(file, { ...options, rules, configs }));
    onResult?.(i + 1);
  }
  return outcomes;
}

/** Number of worker threads worth starting for `fileCount` files (0 = run inline). */
export function workerCount(fileCount: number, requested?: number): number {
  if (requested !== undefined) return Math.max(0, Math.min(requested, fileCount));
  if (fileCount < 16) return 0;
  return Math.min(availableParallelism(), 4, Math.ceil(fileCount / 8));
}

/** Runs across `threads` workers started from `workerScript` (the bundled worker entry). */
export async function runInWorkers(
  files: string[],
  options: RunOptions,
  threads: number,
  workerScript: string,
  onResult?: (done: number) => void,
): Promise<LintFileOutcome[]> {
  const outcomes: LintFileOutcome[] = new Array(files.length);
  let done = 0;
  const chunks: number[][] = Array.from({ length: threads }, () => []);
  files.forEach((_, i) => chunks[i % threads]!.push(i));
  await Promise.all(
    chunks.map(
      (indices) =>
        new Promise<void>((resolvePromise, reject) => {
          const worker = new Worker(workerScript, {
            workerData: { files: indices.map((i) => files[i]!), options } satisfies WorkerRequest,
          });
          worker.on('message', (msg: WorkerMessage) => {
            if ('index' in msg) {
              outcomes[indices[msg.index]!] = fromWire(msg.outcome);
              onResult?.(++done);
            } else if ('error' in msg) {
              reject(new Error(msg.error));
            }
          });
          worker.on('error', reject);
          worker.on('exit', (code) => (code === 0 ? resolvePromise() : reject(new Error(`worker stopped with exit code ${code}`))));
        }),
    ),
  );
  return outcomes;
}
