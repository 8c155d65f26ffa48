import { describe, expect, it } from 'vitest';
import { defineRule } from '../core/engine/define';
import { checkPhrases, checkRequired, findPhrases, phraseRegExp } from '../core/engine/phrases';
import { lintText } from '../core/engine/linter';
import { resolveFileConfig } from '../core/config/resolve';
import { parseMarkdown } from '../core/model/markdown';
import type { Rule, RuleContext } from '../core/engine/types';

function phraseRule(check: (ctx: RuleContext) => void, fixable = false): Rule {
  return defineRule({
    id: 'test/phrases',
    description: 'Phrase checker test rule',
    severity: 'warning',
    kinds: 'all',
    regimes: 'all',
    messages: { weak: 'Weak wording "{{phrase}}".', missing: 'No {{what}} statement.' },
    options: { schema: { type: 'object', properties: {} }, defaults: {} },
    fixable,
    hasSuggestions: true,
    explanation: 'Test.',
    sources: [],
    examples: { valid: [], invalid: [] },
    check,
  });
}

function run(rule: Rule, text: string) {
  return lintText(text, 't.md', resolveFileConfig([rule], null, 't.md'), [rule]).findings;
}

describe('phrase lists', () => {
  it.each([
    ['we aim to', 'We aim to answer within a day.', ['We aim to']],
    ['we aim to', 'We   aim\nto answer.', ['We   aim\nto']],
    ['we aim to', 'Our main aim to date.', []],
    ['TBC', 'TBC-ish and TBC.', ['TBC', 'TBC']],
    ['£X', 'Cost £X.', ['£X']],
  ])('"%s" in %j', (phrase, text, expected) => {
    expect(text.match(phraseRegExp(phrase)) ?? []).toEqual(expected);
  });

  it('reports matches, honouring conditions, with suggestions and fixes', () => {
    const rule = phraseRule((ctx) =>
      checkPhrases(ctx, {
        messageId: 'weak',
        phrases: ['we aim to', 'we hope to', /\bwe will try to\b/i],
        unlessFollowedBy: /^\s*\(measured\)/,
        sentenceMustNotMatch: /\bhistorically\b/i,
        fix: () => ({ replaceWith: 'we will' }),
        suggest: (m) => ({ desc: `Replace "${m.text}" with a commitment`, edit: { replaceWith: 'we will' } }),
      }),
      true,
    );
    const text = '# Response\n\nWe aim to reply within 2 days. We hope to (measured) cut waits. Historically we hope to grow.\n\n- We will try to visit weekly.\n';
    const findings = run(rule, text);
    expect(findings.map((f) => [f.range.start.line, f.range.start.column, f.message])).toEqual([
      [3, 1, 'Weak wording "We aim to".'],
      [5, 3, 'Weak wording "We will try to".'],
    ]);
    expect(findings[0]!.fix).toEqual({ range: [12, 21], text: 'we will' });
    expect(findings[0]!.suggestions![0]!.desc).toBe('Replace "We aim to" with a commitment');
  });

  it('only looks in the block kinds asked for', () => {
    const doc = parseMarkdown('# We aim to\n\nWe aim to.\n');
    expect(findPhrases({ doc }, { messageId: 'weak', phrases: ['we aim to'], blocks: ['paragraph'] }).map((m) => m.block.kind)).toEqual(['paragraph']);
  });

  it('required wording reports once on the first heading when absent', () => {
    const rule = phraseRule((ctx) => {
      checkRequired(ctx, { messageId: 'missing', anyOf: ['TUPE', /transfer of undertakings/i], data: { what: 'TUPE' } });
    });
    expect(run(rule, 'Intro.\n\n# Specification\n\nNo staff statement.\n').map((f) => [f.range.start.line, f.message])).toEqual([[3, 'No TUPE statement.']]);
    expect(run(rule, '# Specification\n\nThe Transfer of Undertakings regulations are likely to apply.\n')).toEqual([]);
  });
});
