/**
 * `--timing`: the table of where the time went, printed to stderr so that it never mixes with JSON, SARIF or
 * other machine-read output on stdout. Times are summed over files, so with several threads they add up to more
 * than the wall time.
 */
import { phaseTree, type PhaseRow, type PhaseTimes } from '../core/engine/timing';

export interface TimingRun {
  files: number;
  threads: number;
  wallMs: number;
}

/** How many rules to list under each family before folding the rest into one line. */
const RULES_SHOWN = 5;

function ms(n: number): string {
  return n >= 100 ? Math.round(n).toLocaleString('en-GB') : n.toFixed(1);
}

export function formatTiming(times: PhaseTimes, run: TimingRun): string {
  const lines: string[] = [];
  const add = (depth: number, row: PhaseRow) => {
    lines.push(`${'  '.repeat(depth)}${row.phase}`.padEnd(52) + ms(row.ms).padStart(10) + `${(row.share * 100).toFixed(1)}%`.padStart(8));
  };
  const walk = (rows: PhaseRow[], depth: number) => {
    const shown = depth >= 2 ? rows.slice(0, RULES_SHOWN) : rows;
    for (const row of shown) {
      add(depth, row);
      walk(row.children, depth + 1);
    }
    const rest = rows.slice(shown.length);
    if (rest.length) {
      const sum = rest.reduce((s, r) => s + r.ms, 0);
      const share = rest.reduce((s, r) => s + r.share, 0);
      add(depth, { phase: `(${rest.length} more)`, ms: sum, share, children: [] });
    }
  };
  const tree = phaseTree(times);
  const summed = tree.reduce((s, r) => s + r.ms, 0);
  const files = `${run.files} file${run.files === 1 ? '' : 's'}`;
  const threads = `${run.threads} thread${run.threads === 1 ? '' : 's'}`;
  lines.push(`Timing: ${files} on ${threads}, wall ${ms(run.wallMs)} ms, phases ${ms(summed)} ms summed over files`);
  lines.push('Phase'.padEnd(52) + 'ms'.padStart(10) + 'share'.padStart(8));
  walk(tree, 0);
  return lines.join('\n') + '\n';
}
