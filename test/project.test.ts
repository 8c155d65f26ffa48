/** Checks on the project itself: the rule registry, the architecture map, generated files. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../rules/index';
import { generatedFiles, lintExample, ROOT } from '../scripts/generate';

describe('rule registry', () => {
  it('matches the rule files on disk and is sorted', () => {
    const onDisk: string[] = [];
    for (const family of readdirSync(join(ROOT, 'rules'))) {
      const dir = join(ROOT, 'rules', family);
      if (!statSync(dir).isDirectory()) continue;
      for (const file of readdirSync(dir)) if (file.endsWith('.ts')) onDisk.push(`${family}/${file.replace(/\.ts$/, '')}`);
    }
    const ids = rules.map((r) => r.meta.id);
    expect(ids).toEqual([...onDisk].sort());
    expect(ids).toEqual([...ids].sort());
  });

  it.each(rules.map((r) => [r.meta.id, r] as const))('%s has complete metadata', (_id, rule) => {
    const m = rule.meta;
    expect(m.id).toBe(`${m.family}/${m.name}`);
    expect(m.description.length).toBeGreaterThan(10);
    expect(m.explanation.length).toBeGreaterThan(200);
    expect(m.sources.length).toBeGreaterThan(0);
    expect(m.examples.invalid.length).toBeGreaterThan(0);
    expect(m.examples.valid.length).toBeGreaterThan(0);
    expect(Object.keys(m.messages).length).toBeGreaterThan(0);
    const props = Object.keys((m.options.schema['properties'] ?? {}) as object);
    expect(Object.keys(m.options.defaults).sort()).toEqual(props.sort());
    const source = readFileSync(join(ROOT, 'rules', `${m.id}.ts`), 'utf8');
    expect(source).toMatch(/Rationale:/);
  });

  it.each(rules.flatMap((r) => r.meta.examples.invalid.map((e) => [r.meta.id, e.title, r, e] as const)))('%s example "%s" is flagged', (_id, _t, rule, example) => {
    expect(lintExample(rule, example).length).toBeGreaterThan(0);
  });

  it.each(rules.flatMap((r) => r.meta.examples.valid.map((e) => [r.meta.id, e.title, r, e] as const)))('%s example "%s" is sound', (_id, _t, rule, example) => {
    expect(lintExample(rule, example)).toEqual([]);
  });
});

describe('generated files', () => {
  it.each([...generatedFiles()].map(([path, content]) => [path, content]))('%s is up to date (run npm run generate)', (path, content) => {
    expect(readFileSync(join(ROOT, path), 'utf8')).toBe(content);
  });
});

describe('ARCHITECTURE.md', () => {
  const text = readFileSync(join(ROOT, 'ARCHITECTURE.md'), 'utf8');
  const folders = readdirSync(ROOT).filter((f) => !f.startsWith('.') && !['node_modules', 'dist', 'out', 'report'].includes(f) && statSync(join(ROOT, f)).isDirectory());

  it.each(folders)('names the top-level folder %s/', (folder) => {
    expect(text).toContain(`\`${folder}/\``);
  });

  it('the core imports neither vscode, the language server, nor node I/O', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (f.endsWith('.ts')) {
          const src = readFileSync(p, 'utf8');
          if (/from ['"](?:vscode|vscode-languageserver[^'"]*|node:[^'"]+|fs|path|child_process|worker_threads)['"]/.test(src)) offenders.push(p.slice(ROOT.length + 1));
        }
      }
    };
    walk(join(ROOT, 'core'));
    walk(join(ROOT, 'rules'));
    expect(offenders).toEqual([]);
  });
});

describe('examples', () => {
  it('the sound example ITT has no findings and the others have some', async () => {
    const { lintWith } = await import('./helpers/lint');
    const dir = join(ROOT, 'examples');
    const counts = Object.fromEntries(
      readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => [f, lintWith(readFileSync(join(dir, f), 'utf8')).findings.filter((x) => !x.suppressions).map((x) => x.ruleId)]),
    );
    expect(counts['itt-advice-service.md']).toEqual([]);
    expect(counts['itt-community-wellbeing.md']).toEqual(
      expect.arrayContaining(['lead-in/tender-period', 'drafting/placeholder', 'proportionality/lots', 'proportionality/or-equivalent', 'social-value/weights-total']),
    );
    expect(counts['response-befriending.md']).toEqual([
      'response/unevidenced-claim',
      'response/word-limit',
      'response/weak-commitment',
      'drafting/placeholder',
      'response/outputs-only',
    ]);
  });
});
