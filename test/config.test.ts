import { describe, expect, it } from 'vitest';
import { resolveFileConfig, validateConfig } from '../core/config/resolve';
import { resolveSettings, frontMatterSettings } from '../core/config/settings';
import { buildConfigSchema } from '../core/config/schema';
import { rules } from '../rules/index';
import type { ConfigData } from '../core/config/types';
import { parseMarkdown } from '../core/model/markdown';

describe('config resolution', () => {
  it('defaults every rule to its metadata severity and options', () => {
    const config = resolveFileConfig(rules, null, 'a.md');
    for (const rule of rules) {
      expect(config.rules[rule.meta.id]).toEqual({ severity: rule.meta.severity, options: rule.meta.options.defaults });
    }
  });

  it('vcs-friendly raises the recommended tender period to 40 days', () => {
    const config = resolveFileConfig(rules, { extends: 'vcs-friendly' }, 'a.md');
    expect(config.rules['lead-in/tender-period']!.options['recommendedDays']).toBe(40);
  });

  it('strict raises each rule one step', () => {
    const config = resolveFileConfig(rules, { extends: ['tenderlint:strict'] }, 'a.md');
    expect(config.rules['lead-in/tender-period']!.severity).toBe('error');
    expect(config.rules['drafting/placeholder']!.severity).toBe('error');
  });

  it('layers rules, then matching overrides in order, then the command line', () => {
    const data: ConfigData = {
      extends: 'vcs-friendly',
      settings: { regime: 'pcr2015' },
      rules: { 'lead-in/tender-period': ['error', { recommendedDays: 35 }] },
      overrides: [
        { files: 'responses/**', settings: { kind: 'response' }, rules: { 'drafting/placeholder': 'off' } },
        { files: '*.draft.md', excludedFiles: 'keep/**', rules: { 'lead-in/tender-period': { severity: 'info' } } },
      ],
    };
    const base = resolveFileConfig(rules, data, 'itt.md');
    expect(base.rules['lead-in/tender-period']).toEqual({ severity: 'error', options: { recommendedDays: 35 } });
    expect(base.settings).toEqual({ regime: 'pcr2015' });

    const response = resolveFileConfig(rules, data, 'responses/2027/bid.md');
    expect(response.rules['drafting/placeholder']!.severity).toBe('off');
    expect(response.settings).toEqual({ regime: 'pcr2015', kind: 'response' });

    expect(resolveFileConfig(rules, data, 'deep/folder/x.draft.md').rules['lead-in/tender-period']!.severity).toBe('info');
    expect(resolveFileConfig(rules, data, 'keep/x.draft.md').rules['lead-in/tender-period']!.severity).toBe('error');

    const cli = resolveFileConfig(rules, data, 'itt.md', { rules: { 'lead-in/tender-period': 'warning' }, settings: { regime: 'pa2023' } });
    expect(cli.rules['lead-in/tender-period']).toEqual({ severity: 'warning', options: { recommendedDays: 35 } });
    expect(cli.settings.regime).toBe('pa2023');
  });
});

describe('config validation', () => {
  it.each([
    [{ extends: 'recommended', rules: { 'drafting/placeholder': 'warning' } }, []],
    [{ rules: { 'lead-in/tender-period': ['warning', { recommendedDays: 40 }] } }, []],
    [{ rules: { 'lead-in/tender-period': { severity: 'error', options: { recommendedDays: 45 } } } }, []],
    [{ rules: { 'drafting/nonsense': 'error' } }, ['rules: unknown rule "drafting/nonsense"']],
    [{ extends: 'lenient' }, ['extends: must be one of "recommended", "vcs-friendly", "strict", "tenderlint:recommended", "tenderlint:vcs-friendly", "tenderlint:strict"']],
    [{ settings: { regime: 'pcr2006' } }, ['settings.regime: must be one of "pa2023", "pcr2015", "pcsr2015", "below-threshold"']],
    [{ colour: 'blue' }, ['(top level): unknown property "colour"']],
    [{ overrides: [{ rules: {} }] }, ["overrides.0: must have required property 'files'"]],
  ])('%j', (data, problems) => {
    const found = validateConfig(data, rules);
    if (problems.length === 0) expect(found).toEqual([]);
    else for (const p of problems) expect(found).toContain(p);
  });

  it('rejects a wrong option type for a rule', () => {
    const found = validateConfig({ rules: { 'lead-in/tender-period': ['warning', { recommendedDays: 'forty' }] } }, rules);
    expect(found.join('\n')).toContain('rules.lead-in/tender-period');
    expect(found.length).toBeGreaterThan(0);
  });

  it('publishes every rule in the schema', () => {
    const schema = buildConfigSchema(rules) as { properties: { rules: { properties: Record<string, unknown> } } };
    expect(Object.keys(schema.properties.rules.properties).sort()).toEqual(rules.map((r) => r.meta.id).sort());
  });
});

describe('document settings', () => {
  it('front matter beats config, config beats detection, detection beats defaults', () => {
    const doc = parseMarkdown('---\ntenderlint:\n  kind: sq\n---\n\n# Invitation to Tender\n');
    const front = frontMatterSettings(doc.frontMatter).settings;
    const resolved = resolveSettings(front, { kind: 'itt', regime: 'pcr2015' }, { kind: 'spec', nation: 'scotland', evidence: {} });
    expect(resolved).toMatchObject({ kind: 'sq', regime: 'pcr2015', nation: 'scotland', procedure: null, buyer: null });
    expect(resolved.sources).toEqual({ kind: 'front-matter', regime: 'config', nation: 'detected', procedure: 'default', buyer: 'default', template: 'default' });
    expect(resolved.template).toBe(false);
  });

  it('template: front matter beats config and overrides, which beat the command line default; never detected', () => {
    const front = (yaml: string) => frontMatterSettings(parseMarkdown(`---\ntenderlint:\n${yaml}\n---\n\n# Template\n`).frontMatter);
    expect(resolveSettings(front('  template: true').settings, {}, { evidence: {} })).toMatchObject({ template: true, sources: { template: 'front-matter' } });
    expect(resolveSettings(front('  template: false').settings, { template: true }, { evidence: {} })).toMatchObject({ template: false, sources: { template: 'front-matter' } });
    expect(resolveSettings({}, { template: true }, { evidence: {} })).toMatchObject({ template: true, sources: { template: 'config' } });
    expect(front('  template: yes please').problems).toEqual(['Front matter "tenderlint.template: yes please" must be true or false.']);
    const data = { settings: { template: false }, overrides: [{ files: 'templates/**', settings: { template: true } }] };
    expect(validateConfig(data, rules)).toEqual([]);
    expect(resolveFileConfig(rules, data, 'templates/itt.md').settings.template).toBe(true);
    expect(resolveFileConfig(rules, data, 'tenders/itt.md').settings.template).toBe(false);
    expect(resolveFileConfig(rules, data, 'tenders/itt.md', { settings: { template: true } }).settings.template).toBe(true);
    expect(validateConfig({ settings: { template: 'yes' } }, rules)).toEqual(['settings.template: must be boolean']);
  });
});
