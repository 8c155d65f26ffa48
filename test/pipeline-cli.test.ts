/**
 * tenderlint in a team's pipeline, run as processes from the bundle: the GitLab Code Quality format, `--init`,
 * `--template` and `--preset`, the GitHub Action's entry with the variables GitHub sets, and the example
 * template repository checked as CI would. (Packing and installing the tarball, and the real pre-commit tool,
 * are in test/e2e/pipeline.e2e.mjs.)
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { validateConfig } from '../core/config/resolve';
import { rules } from '../rules/index';
import { actionArgs, listInput } from '../cli/action';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist', 'cli.cjs');
const ACTION = join(ROOT, 'dist', 'action.cjs');
const EXAMPLE = join(ROOT, 'examples', 'template-repo');

const GOOD_TEMPLATE = `---
tenderlint:
  kind: itt
---
# Invitation to Tender — [insert name of service]

[Insert name of authority] invites tenders for [insert short description of the service].

Tenders must be returned by 12 noon on [insert submission deadline]. Bidders may ask clarification questions through the portal until [insert date]; answers are published to all bidders within three working days.

The Authority will pay valid invoices within 30 days of receipt.
`;

const BAD_TEMPLATE = `# Invitation to Tender — [insert name of service]

Contract start: TBC. Questions to {{ officer_email }} by [insert date].

The Authority will pay valid invoices within [insert number] days of receipt.

Return your tender to [insert address by noon.
`;

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'tenderlint-pipeline-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

function run(cwd: string, args: string[], env: Record<string, string> = {}, entry = CLI) {
  const r = spawnSync(process.execPath, [entry, ...args], { cwd, encoding: 'utf8', env: { ...process.env, CI: '1', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const TEMPLATES_CONFIG = 'overrides:\n  - files: "templates/**"\n    settings: { template: true }\n';

describe('--format gitlab (Code Quality report)', () => {
  it('reports each finding with its rule, severity, path, lines and a fingerprint', () => {
    const dir = project({ '.tenderlint.yaml': TEMPLATES_CONFIG, 'templates/itt.md': BAD_TEMPLATE, 'drafts/itt.md': 'Tenders must be returned by [insert date].\n' });
    const r = run(dir, ['--format', 'gitlab', '.']);
    expect(r.code).toBe(1);
    const issues = JSON.parse(r.stdout) as Array<Record<string, any>>;
    expect(issues.length).toBeGreaterThanOrEqual(5);
    for (const issue of issues) {
      expect(issue).toMatchObject({ type: 'issue', check_name: expect.any(String), description: expect.any(String), severity: expect.stringMatching(/^(info|minor|major|critical|blocker)$/) });
      expect(issue['fingerprint']).toMatch(/^[0-9a-f]{32}$/);
      expect(issue['location'].lines.begin).toBeGreaterThanOrEqual(1);
    }
    expect(new Set(issues.map((i) => i['fingerprint'])).size).toBe(issues.length);
    const draft = issues.find((i) => i['location'].path === 'drafts/itt.md')!;
    expect(draft).toMatchObject({ check_name: 'drafting/placeholder', severity: 'major', location: { lines: { begin: 1, end: 1 } } });
    expect(issues.filter((i) => i['location'].path === 'templates/itt.md').map((i) => i['description'])).toEqual(
      expect.arrayContaining([expect.stringContaining('"TBC"'), expect.stringContaining('"{{ officer_email }}"'), expect.stringContaining('payment period'), expect.stringContaining('never closed')]),
    );
  });

  it('keeps a finding\'s fingerprint when lines are added above it, and tells repeated findings apart', () => {
    const text = 'Tenders must be returned by [insert date].\n\nAwards follow on [insert date].\n';
    const before = JSON.parse(run(project({ 'itt.md': text }), ['--format', 'gitlab', 'itt.md']).stdout) as Array<Record<string, any>>;
    const after = JSON.parse(run(project({ 'itt.md': `# Invitation to Tender\n\nA new opening paragraph.\n\n${text}` }), ['--format', 'gitlab', 'itt.md']).stdout) as Array<Record<string, any>>;
    expect(before.map((i) => i['location'].lines.begin)).toEqual([1, 3]);
    expect(after.map((i) => i['location'].lines.begin)).toEqual([5, 7]);
    expect(after.map((i) => i['fingerprint'])).toEqual(before.map((i) => i['fingerprint']));
    expect(before[0]!['fingerprint']).not.toBe(before[1]!['fingerprint']);
  });

  it('writes an empty report for clean files', () => {
    const r = run(project({ 'templates/itt.md': GOOD_TEMPLATE, '.tenderlint.yaml': TEMPLATES_CONFIG }), ['--format', 'gitlab', 'templates']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });
});

describe('templates on the command line', () => {
  it('--template checks a document as a template; without it, its placeholders are gaps', () => {
    const dir = project({ 'itt.md': GOOD_TEMPLATE });
    expect(run(dir, ['itt.md']).code).toBe(1);
    const r = run(dir, ['--template', 'itt.md']);
    expect(r.stdout + r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('--print-facts lists a template\'s fields, each with where and how many times', () => {
    const r = run(project({ 'templates/itt.md': GOOD_TEMPLATE, '.tenderlint.yaml': TEMPLATES_CONFIG }), ['--print-facts', 'templates']);
    expect(r.stdout).toContain('template (config)');
    expect(r.stdout).toContain('Template fields: 5 (5 placeholders)');
    expect(r.stdout).toContain('[insert submission deadline] (bracket): 1 time, line 9');
  });

  it('--preset applies when the config extends none', () => {
    // Warnings only under the recommended preset; strict raises them to errors.
    const text = '---\ntenderlint:\n  kind: itt\n---\n# Invitation to Tender\n\nBids from consortia will not be accepted.\n';
    const plain = project({ 'itt.md': text });
    expect(run(plain, ['itt.md']).code).toBe(0);
    expect(run(plain, ['--preset', 'strict', 'itt.md']).code).toBe(1);
    const extending = project({ 'itt.md': text, '.tenderlint.yaml': 'extends: recommended\n' });
    expect(run(extending, ['--preset', 'strict', 'itt.md']).code).toBe(0);
    expect(run(plain, ['--preset', 'nonsense', 'itt.md']).code).toBe(2);
  });
});

describe('--init', () => {
  it('writes a starter config that validates, with a templates override, and refuses to overwrite it', () => {
    const dir = project({ 'templates/itt.md': BAD_TEMPLATE });
    const r = run(dir, ['--init', '--preset', 'vcs-friendly']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Wrote .tenderlint.yaml');
    const text = readFileSync(join(dir, '.tenderlint.yaml'), 'utf8');
    const data = parseYaml(text) as Record<string, unknown>;
    expect(validateConfig(data, rules)).toEqual([]);
    expect(data).toMatchObject({ extends: 'vcs-friendly', settings: { regime: 'pa2023' }, overrides: [{ files: 'templates/**', settings: { template: true } }] });
    // The override works: the template's defects are reported as a template's, not as gaps.
    expect(run(dir, ['templates']).stdout).toContain('never closed');

    writeFileSync(join(dir, '.tenderlint.yaml'), 'extends: strict\n');
    const again = run(dir, ['--init']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already has a config');
    expect(readFileSync(join(dir, '.tenderlint.yaml'), 'utf8')).toBe('extends: strict\n');
  });

  it('refuses when package.json carries the config', () => {
    const dir = project({ 'package.json': '{"name":"x","tenderlint":{"extends":"strict"}}' });
    expect(run(dir, ['--init']).code).toBe(2);
    expect(existsSync(join(dir, '.tenderlint.yaml'))).toBe(false);
  });
});

describe('GitHub Action', () => {
  const action = parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, unknown>;
    runs: { using: string; steps: Array<{ env: Record<string, string>; run: string }> };
  };

  it('action.yml passes every input to the entry under the name the entry reads', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(['config', 'fail-on', 'max-warnings', 'paths', 'preset', 'sarif-file', 'template']);
    const env = action.runs.steps[0]!.env;
    for (const name of Object.keys(action.inputs)) {
      const key = `INPUT_${name.toUpperCase().replace(/-/g, '_')}`;
      expect(env[key], key).toBe(`\${{ inputs.${name} }}`);
    }
    expect(action.runs.steps[0]!.run).toContain('dist/action.cjs');
  });

  it('reads inputs as GitHub sets them (hyphens kept, or as underscores)', () => {
    expect(listInput({ INPUT_PATHS: 'templates\ncontracts/a b.md\n' }, 'paths')).toEqual(['templates', 'contracts/a b.md']);
    expect(actionArgs({ INPUT_PATHS: 'a b', 'INPUT_FAIL-ON': 'drafting, lead-in', INPUT_MAX_WARNINGS: '0', INPUT_PRESET: 'strict', INPUT_TEMPLATE: 'true' })).toEqual([
      'a', 'b', '--format', 'github', '--preset', 'strict', '--fail-on', 'drafting', '--fail-on', 'lead-in', '--max-warnings', '0', '--template',
    ]);
  });

  it('annotates, writes SARIF, a job summary and the sarif-file output, and fails on findings', () => {
    const ws = project({ '.tenderlint.yaml': TEMPLATES_CONFIG, 'templates/good.md': GOOD_TEMPLATE, 'templates/bad.md': BAD_TEMPLATE, 'notes/readme.md': '# Notes\n' });
    const summaryFile = join(ws, '..', `${ws.split('/').pop()}-summary.md`);
    const outputFile = join(ws, '..', `${ws.split('/').pop()}-output.txt`);
    const env = { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: ws, GITHUB_STEP_SUMMARY: summaryFile, GITHUB_OUTPUT: outputFile, INPUT_PATHS: 'templates', 'INPUT_MAX-WARNINGS': '0', 'INPUT_SARIF-FILE': 'reports/tenderlint.sarif' };
    const r = run(tmpdir(), [], env, ACTION);
    expect(r.code).toBe(1);
    const annotations = r.stdout.trim().split('\n');
    expect(annotations.length).toBeGreaterThanOrEqual(4);
    for (const a of annotations) expect(a).toMatch(/^::(error|warning|notice) file=templates\/bad\.md,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=drafting\/placeholder::/);

    const sarif = JSON.parse(readFileSync(join(ws, 'reports', 'tenderlint.sarif'), 'utf8')) as { version: string; runs: Array<{ results: Array<Record<string, any>> }> };
    expect(sarif.version).toBe('2.1.0');
    const results = sarif.runs[0]!.results;
    expect(results.length).toBe(annotations.length);
    expect(results[0]!['locations'][0].physicalLocation.artifactLocation).toMatchObject({ uri: 'templates/bad.md', uriBaseId: '%SRCROOT%' });

    const summary = readFileSync(summaryFile, 'utf8');
    expect(summary).toContain('## tenderlint');
    expect(summary).toContain(`2 documents checked: **${annotations.length}** errors, **0** warnings.`);
    expect(summary).toContain('| File | Errors | Warnings |');
    expect(summary).toContain(`| \`templates/bad.md\` | ${annotations.length} | 0 |`);
    expect(summary).not.toContain('good.md');
    expect(summary).toMatch(/\| \[drafting\/placeholder\]\(https:[^)]+\) \| Placeholders and template text left in the document \| \d+ \| 0 \|/);
    expect(readFileSync(outputFile, 'utf8')).toBe(`sarif-file=${join(ws, 'reports', 'tenderlint.sarif')}\n`);
  });

  it('passes clean templates, with an empty SARIF run and a summary saying so', () => {
    const ws = project({ '.tenderlint.yaml': TEMPLATES_CONFIG, 'templates/good.md': GOOD_TEMPLATE });
    const summaryFile = join(ws, 'summary.md');
    const r = run(tmpdir(), [], { GITHUB_WORKSPACE: ws, GITHUB_STEP_SUMMARY: summaryFile, INPUT_PATHS: 'templates' }, ACTION);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(ws, 'tenderlint.sarif'), 'utf8')).runs[0].results).toEqual([]);
    expect(readFileSync(summaryFile, 'utf8')).toContain('1 document checked: **0** errors, **0** warnings.');
  });

  it('fails on a usage error with exit code 2', () => {
    const ws = project({ 'templates/good.md': GOOD_TEMPLATE });
    expect(run(tmpdir(), [], { GITHUB_WORKSPACE: ws, INPUT_CONFIG: 'missing.yaml', INPUT_PATHS: 'templates' }, ACTION).code).toBe(2);
  });
});

describe('the example template repository, checked as CI would', () => {
  it('passes: its templates are well-formed', () => {
    const r = run(EXAMPLE, ['templates', '--max-warnings', '0']);
    expect(r.stdout + r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(run(EXAMPLE, ['templates', '--format', 'gitlab']).stdout)).toEqual([]);
  });

  it('lists the fields of its templates', () => {
    const r = run(EXAMPLE, ['--print-facts', 'templates']);
    expect(r.stdout).toContain('Template fields: 14 (14 placeholders)');
    expect(r.stdout).toContain('{{ standstill_end_date }} (mustache): 1 time');
  });

  it('fails when a defective template is added, in each format CI reads', () => {
    const copy = mkdtempSync(join(tmpdir(), 'tenderlint-example-'));
    cpSync(EXAMPLE, copy, { recursive: true });
    writeFileSync(join(copy, 'templates', 'sq-template.md'), BAD_TEMPLATE);
    const stylish = run(copy, ['templates', '--max-warnings', '0']);
    expect(stylish.code).toBe(1);
    expect(stylish.stdout).toContain('templates/sq-template.md');
    expect(stylish.stdout).not.toContain('itt-template.md');
    const gitlab = JSON.parse(run(copy, ['templates', '--format', 'gitlab']).stdout) as Array<{ location: { path: string } }>;
    expect(new Set(gitlab.map((i) => i.location.path))).toEqual(new Set(['templates/sq-template.md']));
  });

  it('carries the workflow, GitLab and pre-commit files that run it', () => {
    const workflow = parseYaml(readFileSync(join(EXAMPLE, '.github', 'workflows', 'tenderlint.yml'), 'utf8')) as { jobs: Record<string, { steps: Array<{ uses?: string; with?: Record<string, unknown> }> }> };
    const steps = workflow.jobs['tenderlint']!.steps;
    expect(steps.map((s) => s.uses?.split('@')[0])).toEqual(['actions/checkout', 'tenderlint/tenderlint', 'github/codeql-action/upload-sarif']);
    expect(steps[2]!.with!['sarif_file']).toBe(steps[1]!.with!['sarif-file']);
    const gitlab = parseYaml(readFileSync(join(EXAMPLE, '.gitlab-ci.yml'), 'utf8')) as Record<string, { script: string[]; artifacts: { reports: { codequality: string } } }>;
    expect(gitlab['tenderlint']!.script.join('\n')).toContain(`--format gitlab > ${gitlab['tenderlint']!.artifacts.reports.codequality}`);
    const hooks = parseYaml(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{ id: string }>;
    const config = parseYaml(readFileSync(join(EXAMPLE, '.pre-commit-config.yaml'), 'utf8')) as { repos: Array<{ hooks: Array<{ id: string }> }> };
    expect(hooks.map((h) => h.id)).toContain(config.repos[0]!.hooks[0]!.id);
  });

  it('is what the README\'s CI section shows, so the README works as written', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### In CI and pre-commit'), readme.indexOf('## Configuration'));
    const blocks = [...section.matchAll(/```yaml\n# (\S+)\n([\s\S]*?)```/g)].map((m) => [m[1]!, m[2]!] as const);
    expect(blocks.map(([name]) => name)).toEqual(['.github/workflows/tenderlint.yml', '.gitlab-ci.yml', '.pre-commit-config.yaml']);
    for (const [name, text] of blocks) expect(parseYaml(text), name).toEqual(parseYaml(readFileSync(join(EXAMPLE, name), 'utf8')));
  });
});
