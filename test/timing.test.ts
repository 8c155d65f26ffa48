/** Per-phase timing: the timer adds up wall time by phase, and phases group into a tree for `--timing`. */
import { describe, expect, it } from 'vitest';
import { PhaseTimer, mergeTimes, phaseTree, timed } from '../core/engine/timing';
import { lintText } from '../core/engine/linter';
import { resolveFileConfig } from '../core/config/resolve';
import { rules } from '../rules/index';

describe('PhaseTimer', () => {
  it('adds the clock difference to each phase, also when the timed code throws', () => {
    let now = 0;
    const timer = new PhaseTimer(() => now);
    timer.time('parse', () => (now += 5));
    timer.time('parse', () => (now += 2));
    expect(() => timer.time('rules/a/b', () => {
      now += 3;
      throw new Error('boom');
    })).toThrow('boom');
    expect(timer.times).toEqual({ parse: 7, 'rules/a/b': 3 });
    expect(timed(undefined, 'x', () => 42)).toBe(42);
  });

  it('merges times from many files', () => {
    expect(mergeTimes({ parse: 1, read: 2 }, { parse: 3, output: 1 })).toEqual({ parse: 4, read: 2, output: 1 });
  });
});

describe('phaseTree', () => {
  const rows = phaseTree({
    parse: 50,
    'facts/money': 10,
    'facts/dates': 20,
    'rules/lead-in/tender-period': 8,
    'rules/lead-in/standstill': 2,
    'rules/drafting/placeholder': 10,
  });

  it('groups fact steps under facts and rules under their family, largest first', () => {
    expect(rows.map((r) => [r.phase, r.ms])).toEqual([['parse', 50], ['facts', 30], ['rules', 20]]);
    expect(rows[1]!.children.map((r) => r.phase)).toEqual(['facts/dates', 'facts/money']);
    const rulesRow = rows[2]!;
    expect(rulesRow.children.map((r) => [r.phase, r.ms])).toEqual([['rules/lead-in', 10], ['rules/drafting', 10]]);
    expect(rulesRow.children[0]!.children.map((r) => r.phase)).toEqual(['rules/lead-in/tender-period', 'rules/lead-in/standstill']);
  });

  it('gives shares of the total of the top-level phases', () => {
    expect(rows[0]!.share).toBeCloseTo(0.5);
    expect(rows[2]!.children[0]!.children[1]!.share).toBeCloseTo(0.02);
  });
});

describe('the engine under a timer', () => {
  it('times parsing, every fact step and every rule that ran', () => {
    const timer = new PhaseTimer(() => performance.now());
    const text = '# ITT\n\n| Activity | Date |\n| --- | --- |\n| Deadline for tenders | 12:00, Friday 29 January 2027 |\n';
    lintText(text, 'itt.md', resolveFileConfig(rules, null, 'itt.md'), rules, 'markdown', timer);
    const phases = Object.keys(timer.times);
    expect(phases).toContain('parse');
    for (const step of ['money', 'dates', 'durations', 'percentages', 'timetable', 'lead-in', 'evaluation', 'proportionality']) {
      expect(phases).toContain(`facts/${step}`);
    }
    expect(phases).toContain('rules/lead-in/tender-period');
    expect(phases.filter((p) => p.startsWith('rules/')).length).toBeGreaterThan(10);
  });
});
