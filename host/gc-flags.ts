/**
 * How the command-line tool's garbage collection shares the machine's cores with its worker threads. Kept free of
 * other imports so that the CLI's entry can load it, and set the flag, before anything else runs.
 */
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** The most worker threads a run starts on its own (`workerCount` in `run.ts`). */
export const MAX_WORKERS = 4;

/**
 * Whether a run large enough for worker threads gives every core a worker: then V8's concurrent marking, which
 * marks each heap on helper threads alongside the program, only competes with the workers for the same cores. On
 * 2 cores with two workers, the shared corpus copied eight times took 12-15 s with it and 9.3-11.4 s without, for a
 * fifth to a quarter less CPU (docs/performance.md). With more cores than workers the helpers have cores of their own.
 */
export function workersTakeEveryCore(cores: number = availableParallelism()): boolean {
  return cores <= MAX_WORKERS;
}

/**
 * The V8 flag that keeps marking on the thread whose heap it is (incremental marking, in steps between the
 * thread's own work). Only this flag is changed: the broader `--single-threaded-gc` also turns off parallel
 * marking, which a heap created before the change (this thread's) cannot survive: its next full collection fails a
 * V8 check and the process aborts.
 */
const MARK_ON_OWN_THREAD_FLAG = '--no-concurrent-marking';

let set = false;

/**
 * Sets `MARK_ON_OWN_THREAD_FLAG` for the rest of this process when `workersTakeEveryCore`. Node takes V8 options
 * only on its command line, which a command-line tool does not choose, so the CLI sets this one from inside, first
 * thing on loading and before any worker starts (workers take V8's flags as they are when they start).
 *
 * V8 reads the flag when a marking cycle starts, and a cycle already under way when it changes can have its helper
 * threads and this thread mark the same object, which fails a V8 check and aborts the process. So this thread's heap
 * is collected in full first (which completes any cycle and stops its helpers; a few milliseconds on the heap a
 * process has as it starts), through the `gc` function V8 gives a new context while `--expose-gc` is set (set only for
 * that context), and the flag is set straight after, before anything is allocated that could start another cycle.
 *
 * Process-wide: only the CLI's entry calls it, never the language server or a library caller. Returns whether the
 * flag is set.
 */
export function markOnOwnThreads(cores: number = availableParallelism()): boolean {
  if (!set && workersTakeEveryCore(cores)) {
    setFlagsFromString('--expose-gc');
    const collect = runInNewContext('gc') as () => void;
    setFlagsFromString('--no-expose-gc');
    collect();
    setFlagsFromString(MARK_ON_OWN_THREAD_FLAG);
    set = true;
  }
  return set;
}
