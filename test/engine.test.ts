import { describe, expect, it } from 'vitest';
import { defineRule } from '../core/engine/define';
import { lintText, fixText, formatMessage } from '../core/engine/linter';
import { resolveFileConfig } from '../core/config/resolve';
import type { Rule } from '../core/engine/types';
import { rules } from '../rules/index';
import { applyFixes } from '../core/engine/fixes';

function testRule(overrides: Partial<Parameters<typeof defineRule>[0]>): Rule {
  return defineRule({
    id: 'test/rule',
    description: 'A rule for engine tests',
    severity: 'warning',
    kinds: 'all',
    regimes: 'all',
    messages: { found: 'Found "{{word}}".' },
    options: { schema: { type: 'object', properties: {} }, defaults: {} },
    fixable: false,
    explanation: 'Test.',
    sources: [],
    examples: { valid: [], invalid: [] },
    check(context) {
      const block = context.doc.blocks.find((b) => b.text.includes('widget'));
      if (block) context.report({ messageId: 'found', data: { word: 'widget' }, block });
    },
    ...overrides,
  });
}

function lintWithRules(text: string, ruleList: Rule[]) {
  return lintText(text, 'test.md', resolveFileConfig(ruleList, null, 'test.md'), ruleList);
}

describe('engine', () => {
  it('formats message templates and leaves unknown placeholders', () => {
    expect(formatMessage('{{a}} and {{ b }} and {{c}}', { a: 1, b: 'two' })).toBe('1 and two and {{c}}');
  });

  it('reports a finding with the rule id, family, severity and range', () => {
    const out = lintWithRules('# Title\n\nA widget here.\n', [testRule({})]);
    expect(out.findings).toHaveLength(1);
    expect(out.findings[0]).toMatchObject({ ruleId: 'test/rule', family: 'test', severity: 'warning', message: 'Found "widget".' });
    expect(out.findings[0]!.range.start).toEqual({ line: 3, column: 1, offset: 9 });
  });

  it('turns a rule that throws into one internal-error finding and runs the other rules', () => {
    const thrower = testRule({ id: 'test/thrower', check: () => { throw new Error('boom'); } });
    const out = lintWithRules('A widget.\n', [thrower, testRule({})]);
    const fatal = out.findings.filter((f) => f.fatal);
    expect(fatal).toHaveLength(1);
    expect(fatal[0]!.ruleId).toBe('test/thrower');
    expect(fatal[0]!.message).toContain('boom');
    expect(out.findings.filter((f) => f.ruleId === 'test/rule')).toHaveLength(1);
  });

  it('refuses an unknown message id', () => {
    const bad = testRule({ check: (ctx) => ctx.report({ messageId: 'nope', block: ctx.doc.blocks[0] }) });
    const out = lintWithRules('Text.\n', [bad]);
    expect(out.findings[0]!.fatal).toBe(true);
    expect(out.findings[0]!.message).toContain('unknown messageId "nope"');
  });

  it('refuses a fix from a rule not declared fixable', () => {
    const bad = testRule({ check: (ctx) => ctx.report({ messageId: 'found', block: ctx.doc.blocks[0], fix: { range: [0, 1], text: 'x' } }) });
    const out = lintWithRules('Text.\n', [bad]);
    expect(out.findings[0]!.fatal).toBe(true);
    expect(out.findings[0]!.message).toContain('not declared fixable');
  });

  it('refuses a fix outside the document', () => {
    const bad = testRule({ fixable: true, check: (ctx) => ctx.report({ messageId: 'found', block: ctx.doc.blocks[0], fix: { range: [0, 999], text: 'x' } }) });
    expect(lintWithRules('Text.\n', [bad]).findings[0]!.message).toContain('outside the document');
  });

  it('skips rules that do not apply to the document kind or regime', () => {
    const ittOnly = testRule({ kinds: ['itt'] });
    const pcrOnly = testRule({ id: 'test/pcr', regimes: ['pcr2015'] });
    const response = '---\ntenderlint:\n  kind: response\n---\n\nA widget.\n';
    expect(lintWithRules(response, [ittOnly, pcrOnly])).toMatchObject({ findings: [] });
    const pcr = '---\ntenderlint:\n  kind: itt\n  regime: pcr2015\n---\n\nA widget.\n';
    expect(lintWithRules(pcr, [ittOnly, pcrOnly]).findings.map((f) => f.ruleId).sort()).toEqual(['test/pcr', 'test/rule']);
  });

  it('reports bad front matter settings and carries on', () => {
    const out = lintWithRules('---\ntenderlint:\n  kind: tender\n  colour: blue\n---\n\nA widget.\n', [testRule({})]);
    const settings = out.findings.filter((f) => f.ruleId === 'tenderlint/settings');
    expect(settings.map((f) => f.message)).toEqual([
      'Front matter "tenderlint.kind: tender" is not one of sq, itt, spec, contract, response, mixed.',
      'Unknown front matter setting "tenderlint.colour"; known settings are kind, regime, procedure, nation, buyer, template.',
    ]);
    expect(out.findings.some((f) => f.ruleId === 'test/rule')).toBe(true);
  });

  it('reports front matter that is not valid YAML', () => {
    const out = lintWithRules('---\ntenderlint: [unclosed\n---\n\nText.\n', [testRule({})]);
    expect(out.findings[0]!.message).toMatch(/^Front matter is not valid YAML/);
  });

  it('applies non-overlapping fixes in order and leaves overlapping ones for the next pass', () => {
    const { output, applied } = applyFixes('abcdef', [
      { range: [4, 5], text: 'E' },
      { range: [0, 2], text: 'AB' },
      { range: [1, 3], text: 'zz' },
    ]);
    expect(output).toBe('ABcdEf');
    expect(applied).toHaveLength(2);
  });

  it('fixes until no fixable finding remains', () => {
    const text = '---\ntenderlint:\n  kind: sq\n---\n\nBidders must hold ISO 9001 and CHAS at submission.\n';
    const config = resolveFileConfig(rules, null, 'test.md');
    const fixed = fixText(text, 'test.md', config, rules);
    expect(fixed.output).toBe('---\ntenderlint:\n  kind: sq\n---\n\nBidders must hold ISO 9001 or equivalent and CHAS or equivalent at submission.\n');
    expect(fixed.fixCount).toBe(2);
    expect(fixed.result.findings.filter((f) => f.ruleId === 'proportionality/or-equivalent')).toEqual([]);
  });
});

describe('inline directives', () => {
  const rule = testRule({
    check(ctx) {
      for (const block of ctx.doc.blocks) if (block.text.includes('widget')) ctx.report({ messageId: 'found', data: { word: 'widget' }, block });
    },
  });
  const lines = (text: string) => lintWithRules(text, [rule]).findings.filter((f) => !f.suppressions).map((f) => f.range.start.line);
  const suppressed = (text: string) => lintWithRules(text, [rule]).findings.filter((f) => f.suppressions);

  it('disable-next-line with a reason', () => {
    const text = 'A widget.\n\n<!-- tenderlint-disable-next-line test/rule -- agreed with legal -->\nA widget.\n\nA widget.\n';
    expect(lines(text)).toEqual([1, 6]);
    expect(suppressed(text)[0]!.suppressions).toEqual([{ kind: 'inline', justification: 'agreed with legal' }]);
  });

  it('disable and enable a range, by family', () => {
    expect(lines('A widget.\n\n<!-- tenderlint-disable test -->\n\nA widget.\n\n<!-- tenderlint-enable test -->\n\nA widget.\n')).toEqual([1, 9]);
  });

  it('disable-line in the same paragraph', () => {
    expect(lines('A widget. <!-- tenderlint-disable-line test/rule -->\n\nA widget.\n')).toEqual([3]);
  });

  it('disable-file anywhere, and disable with no rule list', () => {
    expect(lines('A widget.\n\nA widget.\n\n<!-- tenderlint-disable-file test/rule -- template text -->\n')).toEqual([]);
    expect(lines('<!-- tenderlint-disable -->\n\nA widget.\n')).toEqual([]);
  });

  it('a directive for another rule does not suppress', () => {
    expect(lines('<!-- tenderlint-disable-next-line drafting/placeholder -->\nA widget.\n')).toEqual([2]);
  });
});

describe('per-finding severity', () => {
  const graded = testRule({
    severity: 'warning',
    check(ctx) {
      const block = ctx.doc.blocks[0]!;
      ctx.report({ messageId: 'found', data: { word: 'advice' }, block });
      ctx.report({ messageId: 'found', data: { word: 'breach' }, block, severity: 'error' });
    },
  });

  it('uses the reported severity while the rule runs at its default', () => {
    expect(lintWithRules('Text.\n', [graded]).findings.map((f) => f.severity)).toEqual(['warning', 'error']);
  });

  it('lets a configured severity win', () => {
    const config = resolveFileConfig([graded], { rules: { 'test/rule': 'info' } }, 'test.md');
    expect(lintText('Text.\n', 'test.md', config, [graded]).findings.map((f) => f.severity)).toEqual(['info', 'info']);
  });
});
