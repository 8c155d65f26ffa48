import { resolveFileConfig } from '../../core/config/resolve';
import type { DocumentSettings, RuleEntry } from '../../core/config/types';
import { fixText, lintText, type LintOutput } from '../../core/engine/linter';
import type { Rule } from '../../core/engine/types';
import { rules } from '../../rules/index';

/** Config with only `rule` on (at its default severity) and the given options. */
export function onlyRule(rule: Rule, options: Record<string, unknown> = {}, settings: DocumentSettings = {}) {
  const entries: Record<string, RuleEntry> = {};
  for (const r of rules) entries[r.meta.id] = r === rule ? { severity: rule.meta.severity, options } : 'off';
  return resolveFileConfig(rules, null, 'test.md', { rules: entries, settings });
}

export function lintWith(text: string, config = resolveFileConfig(rules, null, 'test.md'), ruleList: readonly Rule[] = rules): LintOutput {
  return lintText(text, 'test.md', config, ruleList);
}

export function fixWith(text: string, config = resolveFileConfig(rules, null, 'test.md')) {
  return fixText(text, 'test.md', config, rules);
}
