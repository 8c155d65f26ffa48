/**
 * The CLI as a process: the bundled `dist/cli.cjs` (built by `npm test` before the suite runs), in temporary
 * folders laid out for each case.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, existsSync, copyFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist', 'cli.cjs');

const SHORT_ITT = `# Invitation to Tender: Lunch Club Service

## Timetable

| Activity | Date |
| --- | --- |
| ITT issued | Monday 4 January 2027 |
| Deadline for submission of tenders | 12:00 noon, Friday 29 January 2027 |

Bidders may ask clarification questions through the portal; answers are shared with all bidders within three working days.
`;

const SOUND_ITT = `# Invitation to Tender: Lunch Club Service

## Timetable

| Activity | Date |
| --- | --- |
| ITT issued | Monday 4 January 2027 |
| Deadline for submission of tenders | 12:00 noon, Monday 15 February 2027 |

## Evaluation

| Criterion | Weighting |
| --- | --- |
| Price | 40% |
| Quality | 45% |
| Social value | 15% |

Quality and social value answers are scored 0 to 5 using the descriptors in Annex C.

Bidders may ask clarification questions through the portal; answers are shared with all bidders within three working days.
`;

const PLACEHOLDER = `# Invitation to Tender

Tenders must be returned by [insert date].
`;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(cwd: string, ...args: string[]): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'tenderlint-cli-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

interface JsonFile {
  filePath: string;
  messages: Array<{ ruleId: string; severity: number; message: string; line: number; column: number; endLine: number; endColumn: number; fix?: unknown; family: string }>;
  suppressedMessages: Array<{ ruleId: string; suppressions: Array<{ kind: string; justification: string }> }>;
  errorCount: number;
  warningCount: number;
}

function json(r: Run): JsonFile[] {
  return JSON.parse(r.stdout) as JsonFile[];
}

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.cjs is missing: run `npm run build` (npm test does it first).');
});

describe('exit codes and formats', () => {
  it('exits 0 and prints nothing for a sound document', () => {
    const dir = project({ 'itt.md': SOUND_ITT });
    const r = run(dir, 'itt.md');
    expect(r).toMatchObject({ code: 0, stdout: '' });
  });

  it('exits 0 for warnings only, 1 with --max-warnings 0, and 1 on errors', () => {
    const dir = project({ 'itt.md': SHORT_ITT, 'draft.md': PLACEHOLDER });
    const warn = run(dir, 'itt.md');
    expect(warn.code).toBe(0);
    expect(warn.stdout).toContain('lead-in/tender-period');
    expect(warn.stdout).toContain('Tender period is 25 days');
    expect(run(dir, 'itt.md', '--max-warnings', '0').code).toBe(1);
    expect(run(dir, 'itt.md', '--max-warnings', '1').code).toBe(0);
    const err = run(dir, 'draft.md');
    expect(err.code).toBe(1);
    expect(err.stdout).toMatch(/3:29\s+error\s+Placeholder "\[insert date\]"/);
  });

  it('--fail-on a family fails on its warnings', () => {
    const dir = project({ 'itt.md': SHORT_ITT });
    expect(run(dir, 'itt.md', '--fail-on', 'lead-in').code).toBe(1);
    expect(run(dir, 'itt.md', '--fail-on', 'lead-in/tender-period').code).toBe(1);
    expect(run(dir, 'itt.md', '--fail-on', 'drafting').code).toBe(0);
    const bad = run(dir, 'itt.md', '--fail-on', 'nonsense');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--fail-on "nonsense"');
  });

  it('writes ESLint-compatible JSON with 1-based positions', () => {
    const dir = project({ 'draft.md': PLACEHOLDER });
    const r = run(dir, 'draft.md', '--format', 'json');
    const [file] = json(r);
    expect(file!.filePath).toBe(join(dir, 'draft.md'));
    expect(file!.errorCount).toBe(1);
    expect(file!.messages[0]).toMatchObject({ ruleId: 'drafting/placeholder', severity: 2, line: 3, column: 29, endLine: 3, endColumn: 42, family: 'drafting' });
  });

  it('writes SARIF 2.1.0 with rules, help URIs and suppressions', () => {
    const dir = project({ 'draft.md': `<!-- tenderlint-disable-next-line drafting/placeholder -- template kept for reference -->\n[insert name]\n\n${PLACEHOLDER}` });
    const r = run(dir, 'draft.md', '--format', 'sarif');
    const log = JSON.parse(r.stdout) as { version: string; runs: Array<{ tool: { driver: { rules: Array<{ id: string; helpUri: string }> } }; results: Array<{ ruleId: string; suppressions?: Array<{ kind: string; justification?: string }>; locations: Array<{ physicalLocation: { region: { startLine: number } } }> }> }> };
    expect(log.version).toBe('2.1.0');
    const runLog = log.runs[0]!;
    expect(runLog.tool.driver.rules[0]).toMatchObject({ id: 'drafting/placeholder', helpUri: expect.stringContaining('docs/rules/drafting/placeholder.md') });
    expect(runLog.results).toHaveLength(2);
    const suppressed = runLog.results.find((x) => x.suppressions);
    expect(suppressed!.suppressions![0]).toMatchObject({ kind: 'inSource', justification: 'template kept for reference' });
    expect(suppressed!.locations[0]!.physicalLocation.region.startLine).toBe(2);
    expect(r.code).toBe(1);
  });

  it('writes GitHub annotations and JUnit XML', () => {
    const dir = project({ 'itt.md': SHORT_ITT, 'draft.md': PLACEHOLDER });
    const gh = run(dir, '--format', 'github', 'draft.md', 'itt.md');
    expect(gh.stdout).toContain('::error file=draft.md,line=3,col=29,endLine=3,endColumn=42,title=drafting/placeholder::Placeholder');
    expect(gh.stdout).toMatch(/^::warning file=itt\.md,line=8,/m);
    const junit = run(dir, '--format', 'junit', 'draft.md', 'itt.md');
    expect(junit.stdout).toMatch(/^<\?xml/);
    expect(junit.stdout).toMatch(/<testsuites[^>]*tests="2"[^>]*failures="2"/);
  });

  it('--quiet hides warnings; --include-info shows information findings', () => {
    const dir = project({ 'itt.md': SHORT_ITT });
    expect(run(dir, 'itt.md', '--quiet').stdout).toBe('');
    const hidden = json(run(dir, 'itt.md', '--format', 'json', '--rule', 'lead-in/tender-period:info'));
    expect(hidden[0]!.messages).toEqual([]);
    const shown = json(run(dir, 'itt.md', '--format', 'json', '--rule', 'lead-in/tender-period:info', '--include-info'));
    expect(shown[0]!.messages[0]).toMatchObject({ ruleId: 'lead-in/tender-period', severity: 0 });
  });

  it('exits 2 on usage errors', () => {
    const dir = project({ 'itt.md': SHORT_ITT });
    expect(run(dir, '--no-such-flag').code).toBe(2);
    expect(run(dir, '--format', 'xml', 'itt.md').code).toBe(2);
    const badRule = run(dir, '--rule', 'lead-in/tender-period:loud', 'itt.md');
    expect(badRule.code).toBe(2);
    expect(badRule.stderr).toContain('expected RULE:SEVERITY');
  });
});

describe('files, config and suppressions', () => {
  it('names a missing path, checks the rest and exits 2', () => {
    const dir = project({ 'draft.md': PLACEHOLDER });
    const r = run(dir, 'missing.md', 'draft.md');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no such file or folder: "missing.md"');
    expect(r.stdout).toContain('drafting/placeholder');
  });

  it('finds the nearest config upwards and applies presets', () => {
    const dir = project({
      '.tenderlint.yaml': 'extends: vcs-friendly\n',
      'tenders/itt.md': SOUND_ITT.replace('Monday 15 February 2027', 'Friday 5 February 2027'),
    });
    const r = run(join(dir, 'tenders'), 'itt.md');
    expect(r.stdout).toContain('allow at least 40 days');
    const without = run(dir, '--config', join(dir, 'tenders', 'none.json'), 'tenders/itt.md');
    expect(without.code).toBe(2);
    expect(without.stderr).toContain('does not exist');
  });

  it('reads the tenderlint key of package.json and JSON config files', () => {
    const dir = project({
      'package.json': JSON.stringify({ name: 'templates', tenderlint: { rules: { 'drafting/placeholder': 'off' } } }),
      'draft.md': PLACEHOLDER,
      'other/.tenderlint.json': JSON.stringify({ rules: { 'drafting/placeholder': 'warning' } }),
      'other/draft.md': PLACEHOLDER,
    });
    const r = run(dir, '--format', 'json', 'draft.md', 'other/draft.md');
    const [root, other] = json(r);
    expect(root!.messages).toEqual([]);
    expect(other!.messages[0]).toMatchObject({ ruleId: 'drafting/placeholder', severity: 1 });
    expect(r.code).toBe(0);
  });

  it('applies overrides by glob', () => {
    const dir = project({
      '.tenderlint.yaml': 'overrides:\n  - files: "legacy/**"\n    rules:\n      drafting/placeholder: off\n',
      'legacy/a.md': PLACEHOLDER,
      'current/b.md': PLACEHOLDER,
    });
    const files = json(run(dir, '--format', 'json', '.'));
    const byName = Object.fromEntries(files.map((f) => [f.filePath.slice(dir.length + 1), f.errorCount]));
    expect(byName).toEqual({ 'current/b.md': 1, 'legacy/a.md': 0 });
  });

  it('reports an invalid config naming the file and the problem, and exits 2', () => {
    const dir = project({ '.tenderlint.yaml': 'rules:\n  drafting/placeholdr: error\n', 'draft.md': PLACEHOLDER });
    const r = run(dir, 'draft.md');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Invalid config file ${join(dir, '.tenderlint.yaml')}`);
    expect(r.stderr).toContain('rules: unknown rule "drafting/placeholdr"');
    const yaml = project({ '.tenderlint.yaml': 'rules: [unclosed\n', 'draft.md': PLACEHOLDER });
    expect(run(yaml, 'draft.md').stderr).toContain('is not valid YAML');
  });

  it('keeps inline suppressions and their reasons in JSON', () => {
    const dir = project({ 'draft.md': `# ITT\n\n<!-- tenderlint-disable-next-line drafting/placeholder -- filled in at publication -->\nReturn by [insert date].\n` });
    const r = run(dir, 'draft.md', '--format', 'json');
    const [file] = json(r);
    expect(file!.messages).toEqual([]);
    expect(file!.suppressedMessages[0]).toMatchObject({ ruleId: 'drafting/placeholder', suppressions: [{ kind: 'directive', justification: 'filled in at publication' }] });
    expect(r.code).toBe(0);
  });

  it('honours .tenderlintignore for folders, warns for named ignored files, and --no-ignore', () => {
    const dir = project({ '.tenderlintignore': 'archive/\n', 'archive/old.md': PLACEHOLDER, 'new.md': SOUND_ITT });
    expect(json(run(dir, '--format', 'json', '.')).map((f) => f.filePath)).toEqual([join(dir, 'new.md')]);
    const named = run(dir, 'archive/old.md');
    expect(named.stderr).toContain('is ignored by .tenderlintignore');
    expect(named.code).toBe(0);
    expect(run(dir, '--no-ignore', '.').code).toBe(1);
  });

  it('skips a config\'s ignorePatterns unless --no-ignore', () => {
    const dir = project({ '.tenderlint.yaml': 'ignorePatterns:\n  - drafts/\n', 'drafts/a.md': PLACEHOLDER, 'final.md': SOUND_ITT });
    expect(run(dir, '--format', 'json', '.').stdout).not.toContain('drafts');
    expect(run(dir, '--no-ignore', '.').code).toBe(1);
  });

  it('expands globs', () => {
    const dir = project({ 'a/one.md': PLACEHOLDER, 'b/two.md': SOUND_ITT, 'b/notes.txt': 'TBC\n' });
    expect(json(run(dir, '--format', 'json', '**/*.md')).length).toBe(2);
    expect(run(dir, 'nothing/**/*.md').stderr).toContain('no files match the pattern');
  });

  it('--fix writes only safe fixes and reports what remains', () => {
    const text = '# Selection Questionnaire\n\nBidders must hold ISO 9001 at submission. Start date: TBC.\n';
    const dir = project({ 'sq.md': text });
    const before = run(dir, 'sq.md');
    expect(before.stdout).toContain('potentially fixable with the `--fix` option');
    expect(readFileSync(join(dir, 'sq.md'), 'utf8')).toBe(text);
    const r = run(dir, 'sq.md', '--fix');
    expect(readFileSync(join(dir, 'sq.md'), 'utf8')).toBe('# Selection Questionnaire\n\nBidders must hold ISO 9001 or equivalent at submission. Start date: TBC.\n');
    expect(r.stdout).toContain('drafting/placeholder');
    expect(r.stdout).not.toContain('proportionality/or-equivalent');
    expect(r.code).toBe(1);
  });

  it('--print-facts shows the timetable and weights as read', () => {
    const dir = project({ 'itt.md': SOUND_ITT });
    const r = run(dir, 'itt.md', '--print-facts');
    expect(r.stdout).toContain('Facts read from itt.md');
    expect(r.stdout).toContain('issue: Mon 4 Jan 2027');
    expect(r.stdout).toContain('submission-deadline: Mon 15 Feb 2027, 12:00');
    expect(r.stdout).toContain('tender period: 42 days · 30 working days');
    expect(r.stdout).toContain('weights total 100%');
    const j = JSON.parse(run(dir, 'itt.md', '--print-facts', '--format', 'json').stdout) as Array<{ facts: { timetable: unknown[] } }>;
    expect(j[0]!.facts.timetable).toHaveLength(2);
  });

  it('--print-facts shows the proportionality demands read, and the topics with none', () => {
    const itt = [
      '# Invitation to Tender',
      '',
      'Bidders must have a minimum annual turnover of £400,000.',
      '',
      'Bidders must hold public liability insurance of £10m at the time of submission.',
      '',
      'The Provider shall indemnify the Council against all losses arising from any breach of the contract.',
      '',
    ].join('\n');
    const dir = project({ 'itt.md': itt });
    const r = run(dir, 'itt.md', '--print-facts');
    expect(r.stdout).toContain('  Proportionality:\n');
    expect(r.stdout).toContain('    turnover: minimum £400,000, reasons not stated (line 3)');
    expect(r.stdout).toContain('    insurance: public liability £10,000,000, held at submission ("at the time of submission") (line 5)');
    expect(r.stdout).toContain('    liability: indemnity against all losses (supplier), uncapped: no cap or limitation read (line 7)');
    expect(r.stdout).toContain('    nothing read: accounts, experience, penalties, lots, selection stage, reporting, KPIs');
    const j = JSON.parse(run(dir, 'itt.md', '--print-facts', '--format', 'json').stdout) as Array<{
      facts: { proportionality: { insurance: Array<{ type: string; timing: string; amount: { amount: number } }> } };
      factSummary: string[];
    }>;
    expect(j[0]!.facts.proportionality.insurance.map((i) => [i.type, i.amount.amount, i.timing])).toEqual([['public-liability', 10_000_000, 'submission']]);
    expect(j[0]!.factSummary).toContain('Proportionality:');
    expect(j[0]!.factSummary).toContain('  turnover: minimum £400,000, reasons not stated (line 3)');
  });

  it('refuses a binary file with a message and carries on', () => {
    const dir = project({ 'draft.md': PLACEHOLDER });
    writeFileSync(join(dir, 'image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
    const r = run(dir, 'image.md', 'draft.md');
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('looks like a binary file');
    expect(r.stdout).toContain('drafting/placeholder');
  });

  it('gives the same results with and without worker threads', () => {
    const dir = project({});
    const examples = join(ROOT, 'examples');
    for (let i = 0; i < 6; i++) {
      for (const name of readdirSync(examples).filter((f) => f.endsWith('.md'))) copyFileSync(join(examples, name), join(dir, `${i}-${name}`));
    }
    const inline = run(dir, '--format', 'json', '--threads', '0', '.');
    const threaded = run(dir, '--format', 'json', '--threads', '2', '.');
    expect(threaded.code).toBe(inline.code);
    expect(json(threaded)).toEqual(json(inline));
    expect(json(inline).length).toBe(24);
  });

  it('hands files to worker threads from a queue: uneven sizes, results in file order, same as inline', () => {
    const long = readFileSync(join(ROOT, 'examples', 'itt-community-wellbeing.md'), 'utf8');
    const files: Record<string, string> = {};
    // One long document first and many short ones after it: a fixed split would leave one thread idle.
    files['a-long.md'] = Array.from({ length: 30 }, () => long).join('\n\n');
    for (let i = 0; i < 30; i++) files[`b-${String(i).padStart(2, '0')}.md`] = i % 3 ? SOUND_ITT : SHORT_ITT;
    const dir = project(files);
    const inline = run(dir, '--format', 'json', '--threads', '0', '.');
    const threaded = run(dir, '--format', 'json', '--threads', '2', '.');
    expect(threaded.code).toBe(inline.code);
    expect(json(threaded)).toEqual(json(inline));
    expect(json(threaded).map((f) => f.filePath.split(/[\\/]/).pop())).toEqual(Object.keys(files).sort());
  });
});

describe('--timing', () => {
  it('prints the phases to stderr and leaves JSON on stdout intact', () => {
    const dir = project({ 'itt.md': SHORT_ITT, 'sound.md': SOUND_ITT });
    const r = run(dir, '--timing', '--format', 'json', '--threads', '0', '.');
    expect(r.code).toBe(0);
    expect(json(r)).toHaveLength(2);
    expect(json(r).find((f) => f.filePath.endsWith('itt.md'))!.messages.map((m) => m.ruleId)).toContain('lead-in/tender-period');
    expect(r.stderr).toMatch(/^Timing: 2 files on 1 thread, wall [\d,.]+ ms/m);
    for (const phase of ['parse', 'facts', '  facts/dates', 'rules', '  rules/lead-in', '    rules/lead-in/tender-period', 'read', 'output']) {
      expect(r.stderr).toMatch(new RegExp(`^${phase.replace(/[/.]/g, '\\$&')}\\s+[\\d,.]+\\s+[\\d.]+%$`, 'm'));
    }
  });

  it('sums phases over worker threads', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 20; i++) files[`t-${i}.md`] = SHORT_ITT;
    const r = run(project(files), '--timing', '--threads', '2', '.');
    expect(r.stderr).toMatch(/^Timing: 20 files on 2 threads/m);
    expect(r.stderr).toMatch(/^parse\s/m);
  });

  it('prints nothing about timing without the flag', () => {
    const r = run(project({ 'itt.md': SHORT_ITT }), '.');
    expect(r.stderr).not.toContain('Timing:');
  });
});
