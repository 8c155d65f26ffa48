/**
 * Guards before the Markdown parser (core/model/guards.ts `plainRegions`): shapes the parser reads in far worse
 * than linear time, or with too deep a stack, are read as plain text. Each pathological file is checked by the
 * bundled CLI in a child process that must finish well within a generous limit; the times themselves are measured
 * by bench/adversarial.mjs (docs/reliability.md), never asserted here.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseMarkdown, plainRegions } from '../core/model/markdown';
import { CORPUS, corpusTitle, ROOT, skipCorpus } from './helpers/corpus';

const CLI = join(ROOT, 'dist', 'cli.cjs');
const dir = mkdtempSync(join(tmpdir(), 'tenderlint-guards-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const nestedList = (depth: number) => Array.from({ length: depth }, (_, i) => `${' '.repeat(i * 2)}- item ${i}`).join('\n') + '\n';

const pathological: Array<[string, () => string]> = [
  ['100,000 "[" then "insert" then 100,000 "]"', () => '['.repeat(100_000) + 'insert' + ']'.repeat(100_000) + '\n'],
  ['a list nested 3,000 levels deep', () => nestedList(3000)],
  ['1,000,000 blank lines', () => 'The Authority will publish the notice.\n' + '\n'.repeat(1_000_000) + 'The end.\n'],
  ['20,000 nested ">"', () => '>'.repeat(20_000) + ' quoted\n'],
];

describe('pathological Markdown is checked, not hung on', () => {
  it.skipIf(!existsSync(CLI)).each(pathological)('%s: the CLI finishes well within 60 s', (name, make) => {
    const file = join(dir, `${name.replace(/\W+/g, '-')}.md`);
    writeFileSync(file, make());
    const r = spawnSync(process.execPath, [CLI, '--format', 'json', file], { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
    expect(r.signal, 'killed by the time limit').toBeNull();
    expect([0, 1]).toContain(r.status);
    const out = JSON.parse(r.stdout) as Array<{ filePath: string }>;
    expect(out[0]!.filePath).toBe(file);
  }, 90_000);
});

describe('plainRegions', () => {
  it('finds a bracket bomb, deep nesting and a long blank run, each as whole lines', () => {
    const bomb = 'Intro paragraph.\n\n' + '['.repeat(200) + 'x\nmore\n\nAfter.\n';
    const [r] = plainRegions(bomb);
    expect(bomb.slice(r!.start, r!.end)).toBe('['.repeat(200) + 'x\nmore\n');

    const deep = 'Intro.\n\n' + nestedList(40) + '\nAfter.\n';
    const regions = plainRegions(deep);
    expect(regions).toHaveLength(1);
    expect(deep.slice(regions[0]!.start, regions[0]!.end)).toBe(nestedList(40));

    expect(plainRegions('> '.repeat(40) + 'quote\n')).toHaveLength(1);
    expect(plainRegions('a\n' + '\n'.repeat(1500) + 'b\n')).toEqual([{ start: 2, end: 1502 }]);
  });

  it('leaves ordinary shapes alone: nested lists, placeholders, quotes, wide tables, code', () => {
    const ordinary = [
      nestedList(10),
      Array.from({ length: 300 }, (_, i) => `| Item ${i} | [insert] | [insert price] |`).join('\n'),
      '> > > quoted three deep\n',
      ' '.repeat(150) + 'a continuation line far to the right\n',
      '```\n' + '['.repeat(500) + '\n```\n',
      'a\n' + '\n'.repeat(999) + 'b\n',
    ];
    for (const text of ordinary) expect(plainRegions(text)).toEqual([]);
  });

  it('reads a guarded stretch as one plain paragraph, the rest as before', () => {
    const text = '# Title\n\nFirst paragraph.\n\n' + '['.repeat(100) + 'insert' + ']'.repeat(100) + '\n\n- a list item\n';
    const doc = parseMarkdown(text);
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Title'],
      ['paragraph', 'First paragraph.'],
      ['paragraph', '['.repeat(100) + 'insert' + ']'.repeat(100)],
      ['listItem', 'a list item'],
    ]);
    const block = doc.blocks[2]!;
    expect(text.slice(block.range.start.offset, block.range.end.offset)).toBe(block.text);
  });

  it.skipIf(skipCorpus)(corpusTitle('finds nothing in the real documents, the examples or the fixtures'), () => {
    const dirs = [CORPUS, join(ROOT, 'examples'), join(ROOT, 'test', 'fixtures')];
    for (const d of dirs) {
      for (const f of readdirSync(d).filter((n) => n.endsWith('.md'))) {
        expect(plainRegions(readFileSync(join(d, f), 'utf8')), f).toEqual([]);
      }
    }
  });
});
