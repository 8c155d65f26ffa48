/**
 * Fixture harness in the manner of markdownlint's: every `test/fixtures/*.md` file carries its expected
 * findings inline as `<!-- expect: rule-id[, rule-id] -->`, either at the end of the offending line or alone
 * on the line before it. Each fixture is linted with the recommended config; the findings must match the
 * expectations exactly. Fixes are then applied: the result must equal `<name>.fixed.md` when the fixture has
 * fixable findings, and linting it again must leave no fixable finding.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixWith, lintWith } from './helpers/lint';
import { parseMarkdown } from '../core/model/markdown';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const fixtures = readdirSync(DIR).filter((f) => f.endsWith('.md') && !f.endsWith('.fixed.md')).sort();

/** Expected "line ruleId" entries from a fixture's expect comments. */
export function expectations(text: string): string[] {
  const doc = parseMarkdown(text);
  const lines = text.split('\n');
  const out: string[] = [];
  for (const comment of doc.comments) {
    const m = /^expect:\s*(.+)$/.exec(comment.value);
    if (!m) continue;
    const line = comment.range.start.line;
    const rest = lines[line - 1]!.replace(/<!--[\s\S]*?-->/g, '').trim();
    let target = line;
    if (rest === '') {
      target = line + 1;
      while (target <= lines.length && lines[target - 1]!.trim() === '') target++;
    }
    for (const id of m[1]!.split(',').map((s) => s.trim()).filter(Boolean)) out.push(`${target} ${id}`);
  }
  return out.sort();
}

describe('fixtures', () => {
  it('exist', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(4);
  });

  for (const name of fixtures) {
    describe(name, () => {
      const text = readFileSync(join(DIR, name), 'utf8');

      it('has exactly the expected findings', () => {
        const findings = lintWith(text).findings.filter((f) => !f.suppressions);
        expect(findings.filter((f) => f.fatal)).toEqual([]);
        const actual = findings.map((f) => `${f.range.start.line} ${f.ruleId}`).sort();
        expect(actual, findings.map((f) => `${f.range.start.line}:${f.range.start.column} ${f.ruleId} ${f.message}`).join('\n')).toEqual(expectations(text));
      });

      it('fixes cleanly', () => {
        const fixed = fixWith(text);
        const fixedPath = join(DIR, name.replace(/\.md$/, '.fixed.md'));
        if (fixed.output !== text || existsSync(fixedPath)) {
          expect(existsSync(fixedPath), `${fixedPath} must hold the fixed text`).toBe(true);
          expect(fixed.output).toBe(readFileSync(fixedPath, 'utf8'));
        }
        expect(fixed.result.findings.filter((f) => f.fix && !f.suppressions)).toEqual([]);
        expect(lintWith(fixed.output).findings.filter((f) => f.fix && !f.suppressions)).toEqual([]);
      });
    });
  }
});
