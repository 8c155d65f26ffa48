import type { Finding, Fix } from './types';

/**
 * Applies non-overlapping fixes to `text`, in source order, as ESLint does: when two fixes overlap, the
 * later one is left for the next pass. Returns the new text and the fixes applied.
 */
export function applyFixes(text: string, fixes: Fix[]): { output: string; applied: Fix[] } {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const applied: Fix[] = [];
  let output = '';
  let cursor = 0;
  for (const fix of sorted) {
    const [start, end] = fix.range;
    if (start < cursor || start > end || end > text.length) continue;
    output += text.slice(cursor, start) + fix.text;
    cursor = end;
    applied.push(fix);
  }
  output += text.slice(cursor);
  return { output, applied };
}

/** Fixes from unsuppressed findings that carry one. */
export function fixesOf(findings: Finding[]): Fix[] {
  return findings.filter((f) => f.fix && !f.suppressions).map((f) => f.fix!);
}

/** Merges several edits from one report into a single fix spanning them all. */
export function mergeFixes(text: string, fixes: Fix[]): Fix {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0]);
  const start = sorted[0]!.range[0];
  const end = Math.max(...sorted.map((f) => f.range[1]));
  let out = '';
  let cursor = start;
  for (const f of sorted) {
    if (f.range[0] < cursor) throw new Error('overlapping edits in one fix');
    out += text.slice(cursor, f.range[0]) + f.text;
    cursor = f.range[1];
  }
  out += text.slice(cursor, end);
  return { range: [start, end], text: out };
}
