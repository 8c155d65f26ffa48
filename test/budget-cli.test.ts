/**
 * The time and memory budget per document, through the CLI as a process (the bundled `dist/cli.cjs`): a document
 * that takes too long or too much memory gets one "too complex" finding and exit 2, and the other files of the
 * same run are checked as usual. The pathological document is generated here: one paragraph of 200,000 dates,
 * which takes several seconds to check, so a budget of three seconds is spent on it whatever the machine, while a small document is checked well within it even in a cold worker on a loaded machine.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist', 'cli.cjs');

const PLACEHOLDER = '# Invitation to Tender\n\nTenders must be returned by [insert date].\n';

function manyDates(count: number): string {
  const dates: string[] = [];
  for (let i = 0; i < count; i++) dates.push(`${1 + (i % 28)} March 2027`);
  return `# Timetable\n\nKey dates: ${dates.join(' ')}\n`;
}

interface JsonFile {
  filePath: string;
  messages: Array<{ ruleId: string; severity: number; message: string; fatal?: boolean }>;
}

function run(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, '--format', 'json', ...args], { cwd, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status ?? -1, files: r.stdout ? (JSON.parse(r.stdout) as JsonFile[]) : [], stderr: r.stderr };
}

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'tenderlint-budget-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const byName = (files: JsonFile[]) => new Map(files.map((f) => [f.filePath.split(/[\\/]/).pop()!, f]));

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.cjs is missing: run `npm run build` (npm test does it first).');
});

describe('time and memory budget per document (CLI)', () => {
  it('abandons the document over --max-time with one fatal finding and exit 2, and checks the others', () => {
    const dir = folder({ 'a-draft.md': PLACEHOLDER, 'b-dates.md': manyDates(200_000), 'c-draft.md': PLACEHOLDER });
    const r = run(dir, '--max-time', '3', '.');
    expect(r.code).toBe(2);
    const files = byName(r.files);
    expect([...files.keys()].sort()).toEqual(['a-draft.md', 'b-dates.md', 'c-draft.md']);
    const bad = files.get('b-dates.md')!.messages;
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatchObject({ ruleId: 'tenderlint/too-complex', severity: 2, fatal: true });
    expect(bad[0]!.message).toMatch(/^too complex to check in 3 s: /);
    for (const name of ['a-draft.md', 'c-draft.md']) expect(files.get(name)!.messages.map((m) => m.ruleId)).toEqual(['drafting/placeholder']);
  }, 120_000);

  it('hands the files a stopped worker held back to a new worker, so every file of a larger run is checked', () => {
    const files: Record<string, string> = { '0-dates.md': manyDates(200_000) };
    for (let i = 0; i < 20; i++) files[`draft-${String(i).padStart(2, '0')}.md`] = PLACEHOLDER;
    const dir = folder(files);
    const r = run(dir, '--max-time', '3', '--threads', '2', '.');
    expect(r.code).toBe(2);
    const results = byName(r.files);
    expect(results.size).toBe(21);
    for (const [name, file] of results) {
      if (name === '0-dates.md') expect(file.messages.map((m) => m.ruleId)).toEqual(['tenderlint/too-complex']);
      else expect(file.messages.map((m) => m.ruleId)).toEqual(['drafting/placeholder']);
    }
  }, 120_000);

  it('abandons a document that needs more memory than --max-memory, with exit 2', () => {
    const dir = folder({ 'a-draft.md': PLACEHOLDER, 'b-dates.md': manyDates(200_000) });
    const r = run(dir, '--max-time', '0', '--max-memory', '64', '.');
    expect(r.code).toBe(2);
    const files = byName(r.files);
    expect(files.get('b-dates.md')!.messages).toMatchObject([{ ruleId: 'tenderlint/too-complex', fatal: true }]);
    expect(files.get('b-dates.md')!.messages[0]!.message).toMatch(/^too large to check within 64 MB: /);
    expect(files.get('a-draft.md')!.messages.map((m) => m.ruleId)).toEqual(['drafting/placeholder']);
  }, 120_000);

  it('never writes a file whose check was abandoned under --fix', () => {
    // A fixable problem (a doubled word) in a document that cannot be checked in time.
    const text = manyDates(200_000) + '\nThe the contract starts on 1 April 2027.\n';
    const dir = folder({ 'dates.md': text });
    const r = run(dir, '--fix', '--max-time', '3', 'dates.md');
    expect(r.code).toBe(2);
    expect(r.files[0]!.messages.map((m) => m.ruleId)).toEqual(['tenderlint/too-complex']);
    expect(readFileSync(join(dir, 'dates.md'), 'utf8')).toBe(text);
  }, 120_000);

  it('checks normally with the budget switched off or not reached', () => {
    const dir = folder({ 'draft.md': PLACEHOLDER });
    for (const args of [[], ['--max-time', '0', '--max-memory', '0']]) {
      const r = run(dir, ...args, 'draft.md');
      expect(r.code).toBe(1);
      expect(r.files[0]!.messages.map((m) => m.ruleId)).toEqual(['drafting/placeholder']);
    }
  });

  it('refuses a negative or non-numeric budget as a usage error', () => {
    const dir = folder({ 'draft.md': PLACEHOLDER });
    expect(run(dir, '--max-time', '-1', 'draft.md').code).toBe(2);
    expect(run(dir, '--max-memory', 'lots', 'draft.md').code).toBe(2);
  });
});
