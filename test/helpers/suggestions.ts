/** Applies the first suggestion of a rule's first finding, for tests that show what a suggestion produces. */
import { lintText } from '../../core/engine/linter';
import type { Rule } from '../../core/engine/types';
import { rules } from '../../rules/index';
import { onlyRule } from './lint';

export function applySuggestion(rule: Rule, text: string, index = 0): string | null {
  const out = lintText(text, 'test.md', onlyRule(rule), rules);
  const finding = out.findings.filter((f) => f.ruleId === rule.meta.id)[index];
  const s = finding?.suggestions?.[0];
  if (!s) return null;
  return text.slice(0, s.fix.range[0]) + s.fix.text + text.slice(s.fix.range[1]);
}
