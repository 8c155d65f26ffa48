/**
 * A table-driven rule tester in the manner of ESLint's RuleTester:
 *   testRule(rule, { valid: [...], invalid: [{ text, errors: [{ messageId, line, column }], output }] })
 * Only the rule under test runs. Message ids are checked against the rule's metadata; a case whose findings
 * carry a fix must state the fixed `output`.
 */
import { describe, expect, it } from 'vitest';
import type { DocumentSettings } from '../../core/config/types';
import type { Rule } from '../../core/engine/types';
import { fixText, lintText } from '../../core/engine/linter';
import { onlyRule } from './lint';
import { rules } from '../../rules/index';

export interface ValidCase {
  name?: string;
  text: string;
  options?: Record<string, unknown>;
  settings?: DocumentSettings;
}

export interface ExpectedError {
  messageId: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** A substring or pattern the message must contain. */
  message?: string | RegExp;
  /** Number of related locations. */
  related?: number;
  /** The finding's severity (a rule may grade its findings, e.g. a statutory breach as an error). */
  severity?: 'error' | 'warning' | 'info';
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
  /** The text after applying the rule's fixes; required when any finding has a fix. */
  output?: string;
}

function title(c: ValidCase, i: number): string {
  return c.name ?? `#${i + 1}: ${c.text.replace(/\s+/g, ' ').slice(0, 70)}`;
}

export function testRule(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    describe('valid', () => {
      cases.valid.forEach((c, i) => {
        it(title(c, i), () => {
          const out = lintText(c.text, 'test.md', onlyRule(rule, c.options, c.settings), rules);
          const mine = out.findings.filter((f) => f.ruleId === rule.meta.id);
          expect(mine.map((f) => `${f.range.start.line}:${f.range.start.column} ${f.message}`)).toEqual([]);
        });
      });
    });
    describe('invalid', () => {
      cases.invalid.forEach((c, i) => {
        it(title(c, i), () => {
          const config = onlyRule(rule, c.options, c.settings);
          const out = lintText(c.text, 'test.md', config, rules);
          const mine = out.findings.filter((f) => f.ruleId === rule.meta.id && !f.suppressions);
          expect(mine.filter((f) => f.fatal)).toEqual([]);
          expect(mine.length, mine.map((f) => `${f.range.start.line}:${f.range.start.column} ${f.messageId} ${f.message}`).join('\n')).toBe(c.errors.length);
          c.errors.forEach((e, j) => {
            const f = mine[j]!;
            expect(Object.keys(rule.meta.messages)).toContain(e.messageId);
            expect(f.messageId).toBe(e.messageId);
            if (e.line !== undefined) expect(f.range.start.line).toBe(e.line);
            if (e.column !== undefined) expect(f.range.start.column).toBe(e.column);
            if (e.endLine !== undefined) expect(f.range.end.line).toBe(e.endLine);
            if (e.endColumn !== undefined) expect(f.range.end.column).toBe(e.endColumn);
            if (typeof e.message === 'string') expect(f.message).toContain(e.message);
            else if (e.message) expect(f.message).toMatch(e.message);
            if (e.related !== undefined) expect(f.related?.length ?? 0).toBe(e.related);
            if (e.severity !== undefined) expect(f.severity).toBe(e.severity);
            // Every placeholder of the template was filled.
            for (const [, name] of rule.meta.messages[e.messageId]!.matchAll(/\{\{\s*([\w.-]+)\s*\}\}/g)) {
              expect(f.message).not.toContain(`{{${name}}}`);
            }
          });
          const hasFix = mine.some((f) => f.fix);
          if (hasFix || c.output !== undefined) {
            expect(c.output, 'a case whose findings carry fixes must state its output').toBeDefined();
            const fixed = fixText(c.text, 'test.md', config, rules);
            expect(fixed.output).toBe(c.output);
            const after = fixed.result.findings.filter((f) => f.ruleId === rule.meta.id && f.fix);
            expect(after).toEqual([]);
          }
        });
      });
    });
  });
}
