/**
 * Per-phase timing for `--timing` and the benchmarks: the wall time spent parsing, in each fact extractor and
 * builder, and in each rule, summed over the documents checked. The clock is passed in, so `core/` stays free of
 * I/O and platform globals; when no timer is given nothing is measured and nothing is slower.
 */

/** Milliseconds by phase name: `read`, `parse`, `facts/<step>`, `rules/<rule id>`, `directives`, `output`. */
export type PhaseTimes = Record<string, number>;

export class PhaseTimer {
  readonly times: PhaseTimes = {};

  constructor(private readonly now: () => number) {}

  /** Runs `fn`, adding its wall time to `phase`. */
  time<T>(phase: string, fn: () => T): T {
    const start = this.now();
    try {
      return fn();
    } finally {
      this.add(phase, this.now() - start);
    }
  }

  /** Runs an async `fn`, adding its wall time to `phase`. */
  async timeAsync<T>(phase: string, fn: () => Promise<T>): Promise<T> {
    const start = this.now();
    try {
      return await fn();
    } finally {
      this.add(phase, this.now() - start);
    }
  }

  add(phase: string, ms: number): void {
    this.times[phase] = (this.times[phase] ?? 0) + ms;
  }
}

/** Runs `fn` under `timer` when there is one, or plainly. */
export function timed<T>(timer: PhaseTimer | undefined, phase: string, fn: () => T): T {
  return timer ? timer.time(phase, fn) : fn();
}

/** Adds `from` into `into` (summing results from many files or threads). */
export function mergeTimes(into: PhaseTimes, from: PhaseTimes): PhaseTimes {
  for (const [phase, ms] of Object.entries(from)) into[phase] = (into[phase] ?? 0) + ms;
  return into;
}

export interface PhaseRow {
  phase: string;
  ms: number;
  /** Share of the summed time of all top-level phases, 0–1. */
  share: number;
  /** Rows one level down (fact steps under `facts`, rules under their family under `rules`). */
  children: PhaseRow[];
}

/**
 * Groups phase times into a tree for display: `facts/<step>` under `facts`, `rules/<family>/<name>` under
 * `rules` and its family; other phases stay at the top. Rows are sorted by time, largest first.
 */
export function phaseTree(times: PhaseTimes): PhaseRow[] {
  const top = new Map<string, PhaseRow>();
  const row = (phase: string, list: Map<string, PhaseRow>): PhaseRow => {
    let r = list.get(phase);
    if (!r) list.set(phase, (r = { phase, ms: 0, share: 0, children: [] }));
    return r;
  };
  const childMaps = new Map<PhaseRow, Map<string, PhaseRow>>();
  const childrenOf = (r: PhaseRow) => {
    let m = childMaps.get(r);
    if (!m) childMaps.set(r, (m = new Map()));
    return m;
  };
  for (const [phase, ms] of Object.entries(times)) {
    const parts = phase.split('/');
    let current = row(parts[0]!, top);
    current.ms += ms;
    for (let depth = 1; depth < Math.min(parts.length, 3); depth++) {
      const name = depth === parts.length - 1 || depth === 2 ? phase : parts.slice(0, depth + 1).join('/');
      current = row(name, childrenOf(current));
      current.ms += ms;
    }
  }
  const total = [...top.values()].reduce((sum, r) => sum + r.ms, 0) || 1;
  const finish = (r: PhaseRow): PhaseRow => {
    r.share = r.ms / total;
    r.children = [...(childMaps.get(r)?.values() ?? [])].map(finish).sort((a, b) => b.ms - a.ms);
    return r;
  };
  return [...top.values()].map(finish).sort((a, b) => b.ms - a.ms);
}
