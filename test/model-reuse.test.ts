/**
 * A chunk whose tree is kept between versions of a document keeps what it built too (blocks, tables, comments,
 * sections): the same objects where the chunk did not move, copies shifted to its new place where it did. After
 * any edit the model must be exactly that of a whole parse of the new text, and the model of the previous version
 * must be left as it was (the language server may still be reading it).
 */
import { describe, expect, it } from 'vitest';
import { ChunkCache, chunkOffsets, parseMarkdown } from '../core/model/markdown';
import { editChunkOffsets } from '../core/model/cuts';
import { editLineStarts, textEdit } from '../core/model/edit';
import { computeLineStarts } from '../core/model/positions';
import { editGuardScan, guardScan, plainRegions } from '../core/model/guards';
import type { ChunkSizes } from '../core/model/chunks';
import type { TenderDocument } from '../core/model/types';

/** Cut at every place a cut may fall. */
const EVERYWHERE: ChunkSizes = { min: 0, max: 0, every: 1 };

const whole = (text: string): TenderDocument => parseMarkdown(text, 'doc.md', 'markdown', { whole: true });

/** Parses each version through one cache, comparing each with a whole parse, and the previous one with its own. */
function expectVersionsMatch(versions: string[], chunkSizes?: ChunkSizes): TenderDocument[] {
  const cache = new ChunkCache();
  const docs: TenderDocument[] = [];
  versions.forEach((text, i) => {
    const doc = parseMarkdown(text, 'doc.md', 'markdown', { cache, chunkSizes });
    expect(doc, `version ${i}`).toEqual(whole(text));
    if (i > 0) expect(docs[i - 1], `version ${i - 1} after version ${i} was parsed`).toEqual(whole(versions[i - 1]!));
    docs.push(doc);
  });
  return docs;
}

const BASE = [
  'Opening words before any heading, worth £1,000.',
  '',
  '# 1 Scope',
  '',
  'The service covers three districts.',
  '',
  '- First duty of the Provider',
  '- Second duty, within 10 days',
  '',
  '<!-- tenderlint-disable-next-line -->',
  'A paragraph after a comment.',
  '',
  '## 1.1 Detail',
  '',
  '| Item | Cost |',
  '| --- | --- |',
  '| Visits | £2,500 |',
  '',
  'Text with an escaped \\*star\\* and an entity &amp; more.',
  '',
  '# 2 Terms',
  '',
  'The contract runs for 2 years.',
  '',
  '| Role | Hours |',
  '| --- | --- |',
  '| Lead | 20 |',
  '',
  'Last words.',
  '',
].join('\n');

/** Edits before later chunks: each moves them, or changes what comes before them, or both. */
const EDITS: Array<[string, (t: string) => string]> = [
  ['words added before (offsets move, lines do not)', (t) => t.replace('Opening words', 'Opening and further words')],
  ['a line broken before (lines move)', (t) => t.replace('covers three', 'covers\nthree')],
  ['a paragraph added before (block ids move)', (t) => t.replace('# 1 Scope\n', '# 1 Scope\n\nA new paragraph.\n')],
  ['a heading added before (section indexes move)', (t) => t.replace('## 1.1 Detail', '## 1.0 Preface\n\nPreface text.\n\n## 1.1 Detail')],
  ['a heading added first (the section before the first heading of a chunk changes)', (t) => `# 0 Start\n\n${t}`],
  ['a table added before (table indexes move)', (t) => t.replace('The service covers', '| A | B |\n| - | - |\n| 1 | 2 |\n\nThe service covers')],
  ['a heading removed (sections and parents change after it)', (t) => t.replace('# 2 Terms\n\n', '')],
  ['a comment added before', (t) => t.replace('The service covers', '<!-- note -->\n\nThe service covers')],
  ['front matter added', (t) => `---\ntitle: Tender\n---\n\n${t}`],
  ['a word changed after front matter (its chunk kept)', (t) => t.replace('runs for 2 years', 'runs for 3 years')],
  ['front matter removed', (t) => t.replace(/^---\ntitle: Tender\n---\n\n/, '')],
  ['a definition added at the end (chunks with brackets parsed again)', (t) => `${t}\n[star]: https://example.org\n`],
  ['a reference to it added', (t) => t.replace('Last words.', 'Last words, see [star].')],
  ['the definition removed', (t) => t.replace('\n[star]: https://example.org\n', '')],
  ['a list item left open into the next chunk by a fence', (t) => t.replace('- Second duty, within 10 days', '- Second duty, within 10 days\n\n  ```')],
  ['the fence closed again', (t) => t.replace('\n\n  ```', '')],
  ['an edit that changes nothing', (t) => t],
  ['text removed before', (t) => t.replace('Opening and further words before any heading, worth £1,000.\n\n', '')],
];

function versions(): string[] {
  const out = [BASE];
  for (const [, edit] of EDITS) out.push(edit(out[out.length - 1]!));
  return out;
}

describe('chunks reused and shifted after edits before them', () => {
  it('each edit does what it says', () => {
    const all = versions();
    EDITS.forEach(([name], i) => {
      if (name !== 'an edit that changes nothing') expect(all[i + 1], name).not.toBe(all[i]);
    });
  });

  it('gives the model of a whole parse after each edit, cut at every possible place', () => {
    expectVersionsMatch(versions(), EVERYWHERE);
  });

  it('gives the model of a whole parse after each edit, in chunks of the usual size', () => {
    const padding = Array.from({ length: 40 }, (_, i) => `Clause ${i} of the padding keeps chunks apart, with £${i + 1},000 in it.\n`).join('\n');
    expectVersionsMatch(versions().map((v) => `${v}\n${padding}`));
  });

  it('each edit alone, from the same start', () => {
    for (const [name, edit] of EDITS) {
      const cache = new ChunkCache();
      const start = name === 'front matter removed' ? `---\ntitle: Tender\n---\n\n${BASE}` : BASE;
      parseMarkdown(start, 'doc.md', 'markdown', { cache, chunkSizes: EVERYWHERE });
      const text = edit(start);
      expect(parseMarkdown(text, 'doc.md', 'markdown', { cache, chunkSizes: EVERYWHERE }), name).toEqual(whole(text));
    }
  });

  it('keeps the very blocks of a chunk that did not move, and copies those of a chunk that did', () => {
    const cache = new ChunkCache();
    const before = parseMarkdown(BASE, 'doc.md', 'markdown', { cache, chunkSizes: EVERYWHERE });
    // A word changed in the last paragraph: every chunk before it is where it was.
    const after = parseMarkdown(BASE.replace('Last words.', 'Final words.'), 'doc.md', 'markdown', { cache, chunkSizes: EVERYWHERE });
    const last = after.blocks.length - 1;
    for (let i = 0; i < last; i++) expect(after.blocks[i], `block ${i}`).toBe(before.blocks[i]);
    expect(after.tables[0]).toBe(before.tables[0]);
    expect(after.comments[0]).toBe(before.comments[0]);
    // A word added at the start: every block after the first is where it was plus five characters.
    const moved = parseMarkdown(BASE.replace('Last words.', 'Final words.').replace('Opening', 'Early opening'), 'doc.md', 'markdown', { cache, chunkSizes: EVERYWHERE });
    for (let i = 1; i < last; i++) {
      expect(moved.blocks[i], `block ${i}`).not.toBe(after.blocks[i]);
      expect(moved.blocks[i]!.text).toBe(after.blocks[i]!.text);
      expect(moved.blocks[i]!.range.start.offset).toBe(after.blocks[i]!.range.start.offset + 6);
    }
  });
});

describe('whole-text passes worked out from the previous version and the edit', () => {
  const lines = ['', '', '# Head', 'Text line [s].', '- item', '  more', '```', '~~~', '<!--', '-->', '<pre>', '</pre>', '---', 'k: v', '[s]: /x', '| a | b |', '| - | - |', '    code', 'Words\r', '> quote', '1. one'];
  let seed = 11;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;

  it('finds what an edit changed', () => {
    for (const [a, b] of [['abcdef', 'abXdef'], ['abc', 'abc'], ['', 'x'], ['aaa', 'aaaa'], ['x'.repeat(10_000), `${'x'.repeat(5000)}y${'x'.repeat(5000)}`]] as const) {
      const e = textEdit(a, b);
      expect(a.slice(0, e.start) + b.slice(e.start, e.newEnd) + a.slice(e.oldEnd)).toBe(b);
      expect(e.oldEnd).toBeGreaterThanOrEqual(e.start);
      expect(e.delta).toBe(b.length - a.length);
    }
  });

  it('gives the line starts and cuts of a full pass after random edits', () => {
    for (let n = 0; n < 300; n++) {
      const doc = Array.from({ length: 20 + Math.floor(random() * 60) }, () => pick(lines));
      if (random() < 0.1) doc.unshift('---', 'title: x', '---');
      let text = doc.join('\n');
      const sizes: ChunkSizes = random() < 0.5 ? EVERYWHERE : { min: 20, max: 60, every: 3 };
      let cuts = chunkOffsets(text, sizes);
      let starts = computeLineStarts(text);
      for (let step = 0; step < 5; step++) {
        const at = Math.floor(random() * (text.length + 1));
        const cut = Math.floor(random() * 8);
        const several = Array.from({ length: 2 + Math.floor(random() * 6) }, () => pick(lines)).join('\n');
        const inserted = random() < 0.6 ? pick(['\n', '\n\n', 'x', ' ', '\n# H\n', '```', '\r', pick(lines), several, `\n${several}\n`]) : '';
        const next = `${text.slice(0, at)}${inserted}${text.slice(Math.min(text.length, at + cut))}`;
        const e = textEdit(text, next);
        starts = editLineStarts(starts, e, next);
        cuts = editChunkOffsets(next, sizes, cuts, e);
        expect(starts).toEqual(computeLineStarts(next));
        expect(cuts).toEqual(chunkOffsets(next, sizes));
        text = next;
      }
    }
  });
});

describe('plain-region guards worked out from the previous version and the edit', () => {
  let seed = 5;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
  const lines = ['', '', '', 'Plain words of a clause here.', '- item', '  - nested', '    - deeper', '```', '> quote', '[link](x) and [more]', '1. one', '# Head'];
  const rare = ['['.repeat(70), ']'.repeat(70), `${'> '.repeat(40)}deep`, '\n'.repeat(1001), '\n'.repeat(1001)];

  it('gives the regions of a full scan after random edits', () => {
    let found = 0;
    for (let n = 0; n < 150; n++) {
      let text = Array.from({ length: 100 + Math.floor(random() * 300) }, () => (random() < 0.03 ? pick(rare) : pick(lines))).join('\n');
      let scan = guardScan(text, pick([1, 64, 2048]));
      for (let step = 0; step < 6; step++) {
        const at = Math.floor(random() * (text.length + 1));
        const inserted = random() < 0.7 ? Array.from({ length: 1 + Math.floor(random() * 4) }, () => (random() < 0.1 ? pick(rare) : pick(lines))).join('\n') : '';
        const next = `${text.slice(0, at)}${inserted}${text.slice(Math.min(text.length, at + Math.floor(random() * 40)))}`;
        scan = editGuardScan(next, scan, textEdit(text, next));
        expect(scan.regions).toEqual(plainRegions(next));
        found += scan.regions.length;
        text = next;
      }
    }
    expect(found).toBeGreaterThan(50);
  });
});

describe('cuts between the items of a tight list', () => {
  const cases: Array<[string, string]> = [
    ['items of one list', '- first\n- second\n- third\n'],
    ['numbered items', '1. first\n2. second\n3. third\n'],
    ['an item after nested ones', '1. first\n   1. inner\n      - deeper\n2. second\n'],
    ['task items', '- [ ] open\n- [x] done\n'],
    ['a number after bullets continues the item lazily', '- first\n2) second\n'],
    ['another delimiter continues the item lazily', '1. first\n2) second\n'],
    ['a one after bullets starts a new list', '- first\n1. second\n'],
    ['another bullet starts a new list', '- first\n* second\n'],
    ['a paragraph then a bullet', 'Text.\n- item\n'],
    ['a paragraph then a number', 'Text.\n2. item\n'],
    ['a quote then an item', '> quoted\n- item\n'],
    ['a table then an item', '| a | b |\n| - | - |\n| 1 | 2 |\n- item\n'],
    ['a thematic break made of bullets', '- first\n- - -\n- after\n'],
    ['front matter then a list', '---\ntitle: x\n---\n- item\n- next\n'],
    ['a fence in an item, then an item', '- ```\n  code\n- next\n'],
    ['an item with a lazy line, then an item', '- first\nlazy\n- second\n'],
    ['a definition then an item', '[s]: /x\n- item [s]\n'],
    ['a footnote then an item', 'Text.[^1]\n\n[^1]: note\n- item\n'],
    ['an HTML block then an item', '<div>\n- item\n</div>\n\n- after\n'],
  ];
  for (const [name, text] of cases) {
    it(`matches a whole parse: ${name}`, () => {
      expect(parseMarkdown(text, 'doc.md', 'markdown', { chunkSizes: EVERYWHERE })).toEqual(whole(text));
      expect(parseMarkdown(`${text}\nAfter [s].\n\n[s]: /y\n`, 'doc.md', 'markdown', { chunkSizes: EVERYWHERE })).toEqual(whole(`${text}\nAfter [s].\n\n[s]: /y\n`));
    });
  }

  it('cuts a long tight list into chunks of the usual size', () => {
    const text = Array.from({ length: 200 }, (_, i) => `${i % 3 === 0 ? '1.' : '   1.'} The Supplier shall keep record ${i} of every transfer for six years.`).join('\n');
    const cuts = chunkOffsets(text);
    expect(cuts.length).toBeGreaterThan(2);
    expect(parseMarkdown(text, 'doc.md', 'markdown')).toEqual(whole(text));
  });
});
