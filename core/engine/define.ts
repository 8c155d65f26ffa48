import type { Rule, RuleContext, RuleMeta } from './types';

export type RuleDefinition = Omit<RuleMeta, 'family' | 'name' | 'hasSuggestions'> & {
  hasSuggestions?: boolean;
  check(context: RuleContext): void;
};

/** Builds a rule from its definition; `family` and `name` come from the id `family/name`. */
export function defineRule(definition: RuleDefinition): Rule {
  const { check, ...meta } = definition;
  const [family, name] = meta.id.split('/');
  if (!family || !name) throw new Error(`rule id "${meta.id}" must be family/name`);
  return { meta: { ...meta, family, name, hasSuggestions: meta.hasSuggestions ?? false }, check };
}
