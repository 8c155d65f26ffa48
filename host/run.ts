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
import type { DocxLimits } from './docx/limits';

export interface RunOptions {
  explicitConfig?: string;
  commandLine?: CommandLineConfig;
  fix?: boolean;
  maxBytes?: number;
  docxLimits?: Partial<DocxLimits>;
  useIgnorePatterns?: boolean;
  /** Per-phase times in each result (`--timing`). */
  timing?: boolean;
  /** Keep each result's facts and settings (`--print-facts`); otherwise they are not copied back from workers. */
  keepFacts?: boolean;
  /** Keep each result's document text (not needed by any output format). */
  keepSource?: boolean;
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
  options: RunOptions;
}

/** Main thread → worker: check this file (its index in the run's list), or stop. */
export type WorkerTask = { index: number; file: string } | { stop: true };

/** Worker → main thread: one file's outcome, ready for the next file, or a crash. */
export type WorkerMessage = { index: number; outcome: WireOutcome } | { ready: true } | { error: string };

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

/** Tasks a worker holds ahead of the one it is checking, so that it never waits for the next file. */
const PREFETCH = 2;

/**
 * The young generation of each worker, in MB (V8 gives a third to each semi-space: 4 MB instead of 16). A worker
 * checking document after document makes garbage fast; with the smaller young generation less of it is held (on
 * 1,000 tenders, with the main thread idle, about 80 MiB less at the peak and no measured difference in time;
 * docs/performance.md).
 */
export const WORKER_YOUNG_GENERATION_MB = 12;

/**
 * Runs on `threads` worker threads started from `workerScript` (the bundled worker entry), while this thread
 * only hands out files and collects results: a worker's heap limits can be set when it starts, the main thread's
 * only from the command line. Checking in workers only keeps the CLI's peak memory under 300 MiB on 1,000 tenders,
 * at about 15 % more time than checking in this thread too (docs/performance.md). Files are handed out one at a time from a shared
 * queue, so a thread that drew short documents takes more of them and the threads finish together; results are
 * put back in the order of `files`.
 */
export async function runInWorkers(
  files: string[],
  options: RunOptions,
  threads: number,
  workerScript: string,
  onResult?: (done: number) => void,
): Promise<LintFileOutcome[]> {
  const outcomes: LintFileOutcome[] = new Array(files.length);
  let done = 0;
  let next = 0;
  let failed = false;
  const workers: Worker[] = [];
  const finished = () => onResult?.(++done);

  const inWorker = () =>
    new Promise<void>((resolvePromise, reject) => {
      const worker = new Worker(workerScript, {
        workerData: { options } satisfies WorkerRequest,
        resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
      });
      workers.push(worker);
      let stopped = false;
      const feed = () => {
        if (next < files.length && !failed) {
          const index = next++;
          worker.postMessage({ index, file: files[index]! } satisfies WorkerTask);
        } else if (!stopped) {
          stopped = true;
          worker.postMessage({ stop: true } satisfies WorkerTask);
        }
      };
      worker.on('message', (msg: WorkerMessage) => {
        if ('index' in msg) {
          outcomes[msg.index] = fromWire(msg.outcome);
          finished();
          feed();
        } else if ('ready' in msg) {
          for (let i = 0; i < PREFETCH; i++) feed();
        } else {
          reject(new Error(msg.error));
        }
      });
      worker.on('error', reject);
      worker.on('exit', (code) => (code === 0 ? resolvePromise() : reject(new Error(`worker stopped with exit code ${code}`))));
    });

  try {
    await Promise.all(Array.from({ length: threads }, inWorker));
  } catch (err) {
    failed = true;
    await Promise.all(workers.map((w) => w.terminate()));
    throw err;
  }
  return outcomes;
}
