/**
 * Where the server's parses and checks run. The language server keeps the editor's side (documents, settings,
 * config files, results) on its main thread and sends each check — parse, facts and rules — to a check worker,
 * a worker thread that keeps the parsed chunks of the documents checked last. A check that runs over its time
 * budget, or a worker that runs out of memory, is abandoned: the worker is terminated, a new one is started (its
 * chunk caches are lost, so the next check of each document parses it whole) and the main thread, which never
 * stopped answering, reports the document as not checked. Without the bundled worker (in-process tests) the
 * checks run in this thread, with no budget.
 */
import { Worker } from 'node:worker_threads';
import type { FileConfig } from '../core/config/types';
import type { Abandoned } from '../host/lint-file';
import type { Hover, InlayHint, Position } from 'vscode-languageserver';
import type { Facts } from '../core/facts/types';
import { CHUNK_DOCUMENTS, Checker, DROPPED, type CheckOutput, type Dropped } from './checker';
import { hoverAt, inlayHints } from './hover';
import { loadDocx, readDocxView } from './docx';
import type { DocxViewResult, WordCommentsResult } from './protocol';
import { ChangeLog, SentTexts, type Splice } from './text-delta';

/** One unit of work for the check worker. */
export type Job =
  // `uri` names the open document checked, whose facts are kept under `held` (the caller numbers its checks);
  // `edits`, the number in the server's `ChangeLog` of the last edit in `text`.
  | { op: 'lint'; text: string; path: string; fileConfig: FileConfig; uri?: string; held?: number; edits?: number }
  | { op: 'docx'; path: string; fileConfig: FileConfig; uri?: string; held?: number }
  | { op: 'fix'; text: string; path: string; fileConfig: FileConfig }
  | { op: 'view'; uri: string }
  | { op: 'annotate'; path: string; fileConfig: FileConfig; output: string; force: boolean }
  // Questions about an open document's last check, answered from the facts kept where it ran (null: not kept).
  | { op: 'hover'; uri: string; held: number; position: Position }
  | { op: 'hints'; uri: string; held: number }
  | { op: 'facts'; uri: string; held: number }
  // Reads an open document's check again (the same text or file, with the same config) and keeps its facts under
  // `held`, when they were dropped, and answers `question` from them (in one job, so no other check drops them first).
  | ({ op: 'rehold'; uri: string; held: number; fileConfig: FileConfig; question: Question } & ({ text: string; path: string } | { docx: string }));

/** A question about an open document's last check. */
export type Question = { op: 'hover'; position: Position } | { op: 'hints' } | { op: 'facts' };

export interface JobValue {
  lint: CheckOutput;
  docx: CheckOutput | { error: string };
  fix: string;
  view: DocxViewResult;
  annotate: WordCommentsResult;
  hover: Hover | null | Dropped;
  /** Each hint at character 0 of its line: the caller, which has the text, moves it to the line's end. */
  hints: InlayHint[] | null | Dropped;
  facts: Facts | null | Dropped;
  rehold: Hover | InlayHint[] | Facts | null | Dropped;
}

/** The value, or why there is none: abandoned over the budget, or dropped because its document moved on. */
export type Outcome<T> = { value: T } | { abandoned: Abandoned } | { stale: true };

export interface RunOptions {
  /** Milliseconds the job may take (0: no limit). */
  budgetMs: number;
  /** Checked when the job's turn comes: a job for a version the user has already replaced is not run. */
  isStale?: () => boolean;
}

export interface CheckRunner {
  run<K extends Job['op']>(job: Extract<Job, { op: K }>, options: RunOptions): Promise<Outcome<JobValue[K]>>;
  /** Drops the parsed chunks kept for a closed document. */
  forget(uri: string): void;
  dispose(): void;
}

/** Runs one job with `checker` (in the check worker, or in this thread). */
export async function execute(checker: Checker, job: Job): Promise<JobValue[Job['op']]> {
  switch (job.op) {
    case 'lint':
      return checker.lintText(job.text, job.path, job.fileConfig, job.uri, job.held);
    case 'docx': {
      const loaded = await loadDocx(job.path);
      return 'error' in loaded ? { error: loaded.error } : checker.lintDocument(loaded.doc, job.fileConfig, job.uri, job.held);
    }
    case 'hover':
    case 'hints':
    case 'facts':
      return answer(checker, job.uri, job.held, job);
    case 'rehold': {
      if (checker.mayRehold(job.uri, job.held)) {
        if ('text' in job) checker.lintText(job.text, job.path, job.fileConfig, job.uri, job.held);
        else {
          const loaded = await loadDocx(job.docx);
          if ('error' in loaded) return null;
          checker.lintDocument(loaded.doc, job.fileConfig, job.uri, job.held);
        }
      }
      return answer(checker, job.uri, job.held, job.question);
    }
    case 'fix':
      return checker.fixText(job.text, job.path, job.fileConfig);
    case 'view':
      return readDocxView(job.uri);
    case 'annotate': {
      // The findings the editor shows for the file (same config), each written as a Word comment in a copy.
      const loaded = await loadDocx(job.path);
      if ('error' in loaded) return { error: loaded.error };
      const findings = checker.lintDocument(loaded.doc, job.fileConfig).findings.filter((f) => !f.suppressions?.length);
      const { annotateDocxFile } = await import('../host/annotate-file');
      const outcome = await annotateDocxFile(job.path, findings, job.output, { force: job.force });
      return 'error' in outcome ? outcome : { written: outcome.written, comments: outcome.comments };
    }
  }
}

/** The answer to `question` from check `id` of `uri`, if it is the last one kept (`dropped` if none is kept). */
function answer(checker: Checker, uri: string, id: number, question: Question): Hover | InlayHint[] | Facts | null | Dropped {
  const held = checker.held(uri, id);
  if (held === DROPPED || held === null) return held;
  if (question.op === 'hover') return hoverAt(held, question.position);
  if (question.op === 'hints') return inlayHints(held, () => 0);
  return held.facts;
}

export type LintJob = Extract<Job, { op: 'lint' }>;

/**
 * Main thread → check worker. A check of an open document whose earlier text the worker has comes as the edits made
 * since (`splices`, applied to a text of `from` characters, giving one of `length`; see server/text-delta.ts).
 */
export type ToWorker =
  | { id: number; job: Job }
  | { id: number; job: Omit<LintJob, 'text'> & { uri: string }; splices: Splice[]; from: number; length: number }
  | { forget: string };
/**
 * Check worker → main thread. `resend`: the edits did not fit the text the worker has (it should not happen, as
 * both sides keep the same documents), so the main thread sends the job again with the whole text.
 */
export type FromWorker = { ready: true } | { id: number; value: unknown } | { id: number; error: string } | { id: number; resend: true };

/** How many documents' texts the main thread and the check worker keep, to send a check as a change: as many as keep their parsed chunks. */
export const SENT_TEXTS = CHUNK_DOCUMENTS;

/** Checks in this thread: no budget (a synchronous check cannot be interrupted here). */
export class InlineRunner implements CheckRunner {
  private readonly checker = new Checker();

  async run<K extends Job['op']>(job: Extract<Job, { op: K }>, options: RunOptions): Promise<Outcome<JobValue[K]>> {
    if (options.isStale?.()) return { stale: true };
    return { value: (await execute(this.checker, job)) as JobValue[K] };
  }

  forget(uri: string): void {
    this.checker.forget(uri);
  }

  dispose(): void {}
}

/** The young generation of the check worker, in MB: as the CLI's workers (host/run.ts) and the server's own flags. */
const YOUNG_GENERATION_MB = 12;
/** The old generation the check worker may grow to, in MB, before a check is abandoned as too large. */
export const CHECK_WORKER_MEMORY_MB = 2048;

interface Pending {
  id: number;
  job: Job;
  options: RunOptions;
  resolve: (outcome: Outcome<unknown>) => void;
  reject: (err: Error) => void;
}

export interface WorkerRunnerOptions {
  /** The old generation the worker may grow to before a check is abandoned (default `CHECK_WORKER_MEMORY_MB`). */
  maxMemoryMb?: number;
  /** The server's record of the edits to open documents: with it, a check goes as the edits since the last. */
  changes?: ChangeLog | null;
}

/** Checks in one worker thread, one job at a time, each within its budget. */
export class WorkerRunner implements CheckRunner {
  private worker: Worker | null = null;
  private ready = false;
  private readonly queue: Pending[] = [];
  private current: (Pending & { timer?: NodeJS.Timeout }) | null = null;
  private nextId = 1;
  /** The edit number and length of the text last sent to the worker per document (the worker keeps that text, see `SentTexts`). */
  private readonly sent = new SentTexts<{ edits: number; length: number }>(SENT_TEXTS);
  /** How many workers were terminated and replaced (for tests and logs). */
  replaced = 0;
  /** How many checks of open documents were sent as edits to the text the worker had, and how many whole (for tests). */
  sentAsEdits = 0;
  sentWhole = 0;

  private readonly maxMemoryMb: number;
  private readonly changes: ChangeLog | null;

  constructor(
    private readonly script: string,
    private readonly log: (message: string) => void,
    { maxMemoryMb = CHECK_WORKER_MEMORY_MB, changes = null }: WorkerRunnerOptions = {},
  ) {
    this.maxMemoryMb = maxMemoryMb;
    this.changes = changes;
    this.start();
  }

  run<K extends Job['op']>(job: Extract<Job, { op: K }>, options: RunOptions): Promise<Outcome<JobValue[K]>> {
    return new Promise<Outcome<unknown>>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, job, options, resolve, reject });
      this.pump();
    }) as Promise<Outcome<JobValue[K]>>;
  }

  forget(uri: string): void {
    // Messages are handled in order, so this lands after any check of the document already sent.
    this.sent.delete(uri);
    if (this.worker) this.worker.postMessage({ forget: uri } satisfies ToWorker);
  }

  dispose(): void {
    const w = this.worker;
    this.worker = null;
    if (w) {
      w.removeAllListeners();
      void w.terminate();
    }
  }

  private start(): void {
    const worker = new Worker(this.script, {
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, maxOldGenerationSizeMb: this.maxMemoryMb },
    });
    this.worker = worker;
    this.ready = false;
    // A new worker has no texts.
    this.sent.clear();
    worker.on('message', (msg: FromWorker) => {
      if (worker !== this.worker) return;
      if ('ready' in msg) {
        this.ready = true;
        this.pump();
        return;
      }
      const current = this.current;
      if (!current || current.id !== msg.id) return;
      if ('resend' in msg) {
        this.post(current, false);
        return;
      }
      clearTimeout(current.timer);
      this.current = null;
      if ('error' in msg) current.reject(new Error(msg.error));
      else current.resolve({ value: msg.value });
      this.pump();
    });
    worker.on('error', (err: Error & { code?: string }) => {
      if (worker !== this.worker) return;
      if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') this.abandon({ reason: 'memory', megabytes: this.maxMemoryMb });
      else this.abandon({ reason: 'crash', detail: err.message });
    });
    worker.on('exit', (code) => {
      if (worker !== this.worker) return;
      this.abandon({ reason: 'crash', detail: `the check worker stopped with exit code ${code}` });
    });
    // The worker is not holding the server up: the event loop may end while it idles.
    worker.unref();
  }

  /** Stops the worker: the job in hand gets `why`, a new worker takes the queue. */
  private abandon(why: Abandoned): void {
    const worker = this.worker;
    const current = this.current;
    this.worker = null;
    this.current = null;
    if (current) clearTimeout(current.timer);
    if (worker) {
      worker.removeAllListeners();
      worker.on('error', () => undefined);
      void worker.terminate();
    }
    this.replaced++;
    this.log(`tenderlint: check worker replaced (${why.reason === 'time' ? `a check over ${why.seconds} s` : why.reason === 'memory' ? `a check over ${why.megabytes} MB` : why.detail})`);
    current?.resolve({ abandoned: why });
    this.start();
    this.pump();
  }

  private pump(): void {
    if (this.current || !this.worker || !this.ready) return;
    let next = this.queue.shift();
    while (next && next.options.isStale?.()) {
      next.resolve({ stale: true });
      next = this.queue.shift();
    }
    if (!next) return;
    const current: Pending & { timer?: NodeJS.Timeout } = next;
    this.current = current;
    if (current.options.budgetMs > 0) {
      current.timer = setTimeout(() => {
        if (this.current === current) this.abandon({ reason: 'time', seconds: current.options.budgetMs / 1000 });
      }, current.options.budgetMs);
    }
    this.post(current, true);
  }

  /**
   * Sends a job to the worker: a check of an open document as the edits since the text last sent for it when the
   * change log has them and `asEdits`, else whole.
   */
  private post(pending: Pending, asEdits: boolean): void {
    const worker = this.worker!;
    const job = pending.job;
    if (job.op !== 'lint' || job.uri === undefined || job.edits === undefined || !this.changes) {
      worker.postMessage({ id: pending.id, job } satisfies ToWorker);
      return;
    }
    const uri = job.uri;
    const before = asEdits ? this.sent.get(uri) : undefined;
    const splices = before ? this.changes.between(uri, before.edits, job.edits) : null;
    // The text's length is known without joining its pieces (which the whole text's copy would do).
    this.sent.set(uri, { edits: job.edits, length: job.text.length });
    this.changes.drop(uri, job.edits);
    if (!before || !splices) {
      this.sentWhole++;
      worker.postMessage({ id: pending.id, job } satisfies ToWorker);
      return;
    }
    this.sentAsEdits++;
    const { text: _text, ...rest } = job;
    worker.postMessage({ id: pending.id, job: { ...rest, uri }, splices, from: before.length, length: job.text.length } satisfies ToWorker);
  }
}
