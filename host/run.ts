/**
 * Runs the checks over many files: in worker threads, which can be stopped when a document exceeds its time or
 * memory budget, or in this thread (no budget: small runs with the budget switched off, or no bundle).
 * Results come back in the order of the file list whatever order the workers finish in.
 */
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { CommandLineConfig } from '../core/config/resolve';
import { rules } from '../rules/index';
import { ConfigCache, ConfigError } from './config-files';
import { abandonedResult, lintFile, type Abandoned, type LintFileOutcome } from './lint-file';
import type { DocxLimits } from './docx/limits';
import { MAX_WORKERS } from './gc-flags';

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

/** Worker → main thread: it started on a file (the budget runs from here), one file's outcome, ready for the next file, or a crash. */
export type WorkerMessage = { started: number } | { index: number; outcome: WireOutcome } | { ready: true } | { error: string };

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
  return Math.min(availableParallelism(), MAX_WORKERS, Math.ceil(fileCount / 8));
}

/** Tasks a worker holds ahead of the one it is checking, so that it never waits for the next file. */
const PREFETCH = 2;

/**
 * The young generation of each worker, in MB (V8 gives a third to each semi-space: 2 MB instead of 16). Most of what
 * a check makes is garbage by the next scavenge even in a small young generation, and each megabyte of it is
 * resident in every worker. With marking on the workers' own threads (`host/gc-flags.ts`), 6 MB took the same time
 * as 12 within the noise on the shared corpus copied eight times and held about 10 MiB less at the peak (in runs
 * with collection wholly on the workers' threads, 6 to 24 MB all took the same time); with one worker and a spare core,
 * and for one 50,000-word tender, 6 and 24 MB took the same time (docs/performance.md).
 */
export const WORKER_YOUNG_GENERATION_MB = 6;

/**
 * Default time budget per document in the CLI, in seconds (`--max-time`). A real tender checks in a second or two on
 * a quiet 2-core machine, but CI machines are often shared: with a load average of 20 on 2 cores the slowest corpus
 * document (a Word file) took 12.7 s, and an abandoned real document fails the build. 30 s leaves that margin and
 * still stops a hostile file.
 */
export const DEFAULT_MAX_TIME_S = 30;
/** Default memory budget per document in the CLI, in MB of a worker's old generation (`--max-memory`). */
export const DEFAULT_MAX_MEMORY_MB = 2048;

/**
 * The old generation workers start with, in MB, when the memory budget is larger. V8 lets a heap grow far beyond
 * what is live before it collects (on the shared corpus copied eight times, to about 150 MiB per worker, where one
 * document's check keeps a few tens of MB); a worker held to this limit collects sooner, and the run's peak fell
 * from about 390 to 235 MiB (docs/performance.md). A document that needs more is not abandoned: it is checked
 * again, on its own, in a worker given the whole budget.
 */
export const WORKER_SOFT_MEMORY_MB = 256;

/** The time and memory a document may take before its check is abandoned (0 or undefined: no limit). */
export interface Budget {
  maxTimeMs?: number;
  maxMemoryMb?: number;
  /** The old generation workers start with when `maxMemoryMb` is larger (default `WORKER_SOFT_MEMORY_MB`). */
  softMemoryMb?: number;
}

/**
 * Runs on `threads` worker threads started from `workerScript` (the bundled worker entry), while this thread
 * only hands out files and collects results: a worker's heap limits can be set when it starts, the main thread's
 * only from the command line. Checking in workers only keeps the CLI's peak memory under 300 MiB on 1,000 tenders,
 * at about 15 % more time than checking in this thread too (docs/performance.md). Files are handed out one at a time from a shared
 * queue, so a thread that drew short documents takes more of them and the threads finish together; results are
 * put back in the order of `files`.
 *
 * With a `budget`, a worker whose current file takes longer than `maxTimeMs` is terminated, the file gets one
 * "too complex" finding (`abandonedResult`), the files it held ahead go back to the queue and a new worker takes
 * its place; likewise when the worker runs out of its `maxMemoryMb` heap, or stops for any other reason while a
 * file is in hand.
 */
export async function runInWorkers(
  files: string[],
  options: RunOptions,
  threads: number,
  workerScript: string,
  onResult?: (done: number) => void,
  budget: Budget = {},
): Promise<LintFileOutcome[]> {
  const outcomes: LintFileOutcome[] = new Array(files.length);
  let done = 0;
  let next = 0;
  /** Files handed back by an abandoned worker, checked before the rest. */
  const retry: number[] = [];
  /** Files that ran out of the soft memory limit, each to be checked again in a worker with the whole budget. */
  const large: number[] = [];
  const workers = new Set<Worker>();
  /** Workers with the whole memory budget checking `large` files (only when the budget is above the soft limit). */
  const largeWorkers = new Set<Worker>();
  const softMb = budget.softMemoryMb ?? WORKER_SOFT_MEMORY_MB;
  const soft = budget.maxMemoryMb === undefined || budget.maxMemoryMb > softMb;
  const take = (forLarge: boolean): number | undefined =>
    forLarge ? large.shift() : retry.length ? retry.shift() : next < files.length ? next++ : undefined;
  const remaining = () => retry.length > 0 || next < files.length;

  return new Promise<LintFileOutcome[]>((resolvePromise, reject) => {
    let failed = false;
    const fail = (err: Error) => {
      if (failed) return;
      failed = true;
      void Promise.all([...workers].map((w) => w.terminate())).finally(() => reject(err));
    };
    const settle = () => {
      if (!failed && workers.size === 0) {
        if (done === files.length) resolvePromise(outcomes);
        else fail(new Error(`${files.length - done} files were not checked`));
      }
    };
    const finish = (index: number, outcome: LintFileOutcome) => {
      outcomes[index] = outcome;
      // Counted apart from the call: with no `onResult`, `?.` would skip the increment in its argument.
      done++;
      onResult?.(done);
    };

    /** Starts the workers the queues need: up to `threads` for the files, one with the whole budget for large files. */
    const replenish = () => {
      if (failed) return;
      if (large.length && largeWorkers.size === 0) start(true);
      while (remaining() && workers.size - largeWorkers.size < threads && workers.size - largeWorkers.size < retry.length + files.length - next) start(false);
      settle();
    };

    /** A worker; `forLarge`: one with the whole memory budget that checks the files that ran out of the soft limit. */
    const start = (forLarge: boolean) => {
      const resourceLimits: ResourceLimits = { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB };
      const limitedSoftly = soft && !forLarge;
      if (limitedSoftly) resourceLimits.maxOldGenerationSizeMb = softMb;
      else if (budget.maxMemoryMb) resourceLimits.maxOldGenerationSizeMb = budget.maxMemoryMb;
      const worker = new Worker(workerScript, { workerData: { options } satisfies WorkerRequest, resourceLimits });
      workers.add(worker);
      if (forLarge) largeWorkers.add(worker);
      /** Files sent to this worker and not answered yet, in the order it checks them. */
      const held: number[] = [];
      let current: number | undefined;
      let timer: NodeJS.Timeout | undefined;
      let stopped = false;
      let gone = false;
      const feed = () => {
        if (failed || stopped) return;
        const index = take(forLarge);
        if (index !== undefined) {
          held.push(index);
          worker.postMessage({ index, file: files[index]! } satisfies WorkerTask);
        } else {
          stopped = true;
          worker.postMessage({ stop: true } satisfies WorkerTask);
        }
      };
      /** Gives up on this worker: its current file gets `why`, the files it held go back to the queue. */
      const abandon = (why: Abandoned | null, err?: Error) => {
        if (gone) return;
        gone = true;
        clearTimeout(timer);
        workers.delete(worker);
        largeWorkers.delete(worker);
        void worker.terminate();
        if (current === undefined || why === null) {
          fail(err ?? new Error('worker stopped'));
          return;
        }
        (forLarge ? large : retry).unshift(...held.filter((i) => i !== current));
        // Out of the soft limit only: checked again, on its own, with the whole budget.
        if (limitedSoftly && why.reason === 'memory') large.push(current);
        else finish(current, { kind: 'result', result: abandonedResult(files[current]!, why) });
        replenish();
      };
      worker.on('message', (msg: WorkerMessage) => {
        if (gone) return;
        if ('started' in msg) {
          current = msg.started;
          if (budget.maxTimeMs) timer = setTimeout(() => abandon({ reason: 'time', seconds: budget.maxTimeMs! / 1000 }), budget.maxTimeMs);
        } else if ('index' in msg) {
          clearTimeout(timer);
          current = undefined;
          held.splice(held.indexOf(msg.index), 1);
          finish(msg.index, fromWire(msg.outcome));
          feed();
        } else if ('ready' in msg) {
          for (let i = 0; i < PREFETCH; i++) feed();
        } else {
          abandon(null, new Error(msg.error));
        }
      });
      worker.on('error', (err: Error & { code?: string }) => {
        if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') abandon({ reason: 'memory', megabytes: budget.maxMemoryMb ?? 0 });
        else abandon(current === undefined ? null : { reason: 'crash', detail: err.message }, err);
      });
      worker.on('exit', (code) => {
        if (gone) return;
        if (code !== 0) {
          abandon(current === undefined ? null : { reason: 'crash', detail: `worker stopped with exit code ${code}` }, new Error(`worker stopped with exit code ${code}`));
          return;
        }
        gone = true;
        workers.delete(worker);
        largeWorkers.delete(worker);
        // Files handed back by an abandoned worker after this one was told to stop.
        replenish();
      });
    };
    for (let i = 0; i < threads; i++) start(false);
  });
}
