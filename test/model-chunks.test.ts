/**
 * The Markdown adapter parses a document in chunks cut at block boundaries (a line at the margin after a blank
 * line), and the language server reuses the chunks an edit did not touch. Both must give exactly the model a
 * parse of the whole text gives: these tests compare them on every corpus and example document, on the text
 * views of the corpus Word documents, on generated tenders, on the constructs that make a line not a cut
 * (fences, HTML, front matter, indentation, lists, lazy lines) or that reach across chunks (reference and
 * footnote definitions), and on random documents made of those constructs, each cut at every possible place.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ChunkCache, chunkOffsets, parseMarkdown } from '../core/model/markdown';
import type { ChunkSizes } from '../core/model/chunks';
import { readDocumentFile } from '../host/documents';
import { CORPUS, corpusTitle, skipCorpus } from './helpers/corpus';
import { generateDocument } from '../bench/corpus.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => /\.(md|markdown|txt)$/i.test(f)).map((f) => join(CORPUS, f)) : [];
const examples = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.md')).map((f) => join(ROOT, 'examples', f));

/** Cut at every place a cut may fall. */
const EVERYWHERE: ChunkSizes = { min: 0, max: 0, every: 1 };

function same(text: string, cache?: ChunkCache, chunkSizes?: ChunkSizes): void {
  const whole = parseMarkdown(text, 'doc.md', 'markdown', { whole: true });
  const chunked = parseMarkdown(text, 'doc.md', 'markdown', { cache, chunkSizes });
  expect(chunked).toEqual(whole);
}

describe('chunked parsing', () => {
  it.skipIf(skipCorpus)(corpusTitle('finds the corpus'), () => {
    expect(corpus.length).toBeGreaterThan(10);
  });

  for (const file of [...corpus, ...examples]) {
    it(`gives the same model as a whole parse: ${file.split('/').slice(-2).join('/')}`, () => {
      const text = readFileSync(file, 'utf8');
      same(text);
      same(text, undefined, EVERYWHERE);
    });
  }

  it.skipIf(skipCorpus)(corpusTitle('cuts a real contract with one heading into chunks of a few kilobytes'), () => {
    const text = readFileSync(join(CORPUS, '18f-incident__Addendum-Commercial-Contract-Clauses.md'), 'utf8');
    const cuts = chunkOffsets(text);
    expect(text.length / cuts.length).toBeLessThan(4000);
    const cache = new ChunkCache();
    same(text, cache);
    // A word changed in a clause in the middle re-parses one chunk.
    const at = text.indexOf(' the ', Math.floor(text.length / 2));
    same(`${text.slice(0, at)} the said ${text.slice(at + 5)}`, cache);
    expect(cache.last.parsed).toBe(1);
  });

  const docx = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith('.docx')) : [];
  for (const file of docx) {
    it.skipIf(skipCorpus)(corpusTitle(`gives the same model on the text view of ${file}`), async () => {
      const read = await readDocumentFile(join(CORPUS, file));
      if ('error' in read) throw new Error(read.error);
      same(read.doc.text);
      // Cut everywhere on the shorter views only: the longest take tens of seconds so.
      if (read.doc.text.length < 100_000) same(read.doc.text, undefined, EVERYWHERE);
    }, 60_000);
  }

  it('gives the same model on generated tenders, cut into many chunks', () => {
    for (const seed of [1, 2, 3]) {
      const text = generateDocument(seed, 3000);
      expect(chunkOffsets(text).length).toBeGreaterThan(5);
      same(text);
    }
  });

  const cases: Array<[string, string, number]> = [
    ['a heading or a paragraph after a blank line is a cut', '# One\n\nText.\n\n# Two\n\nMore.\n', 4],
    ['a paragraph after a blank line is a cut', 'Clause one.\n\nClause two.\n', 2],
    ['a line straight after a paragraph is not a cut (lazy lines, setext underlines)', '# One\nText.\n# Two\nMore\n===\n', 1],
    ['a line inside a fence is not a cut', '# One\n\n```\n\nnot a cut\n```\n\n# Two\n', 3],
    ['a tilde fence closes only on tildes', '~~~\n```\n\ninside\n~~~\n\n# Two\n', 2],
    ['a line inside a multi-line HTML comment is not a cut', '# One\n\n<!--\n\nhidden\n-->\n\n# Two\n', 3],
    ['a line inside <pre> is not a cut', '<pre>\n\nkept\n</pre>\n\n# Two\n', 2],
    ['a blank line in front matter is not a cut', '---\ntitle: x\n\n# a comment\nkind: itt\n---\n\n# One\n', 2],
    ['a thematic break is not a cut (it would open front matter)', 'One.\n\n---\ntitle: x\n---\n', 1],
    ['indented code after a blank line is not a cut', 'Text.\n\n    code\n\n    more code\n', 1],
    ['the continuation of a list item after a blank line is not a cut', '- item\n\n  continued\n\n- next\n\nText.\n', 3],
    ['a quote after a blank line is a cut (it is a new quote)', '> one\n\n> two\n', 2],
    ['the indented paragraph of a footnote is not a cut', 'Text.[^1]\n\n[^1]: A note.\n\n    More of it.\n\nAfter.\n', 3],
    ['a tab-indented line is not a cut', 'Text.\n\n\tcode\n', 1],
    ['carriage returns alone as line ends make one chunk', 'One.\r\rTwo.\r', 1],
    ['Windows line ends are cut like others', 'One.\r\n\r\nTwo.\r\n', 2],
  ];
  for (const [name, text, chunks] of cases) {
    it(name, () => {
      expect(chunkOffsets(text, EVERYWHERE)).toHaveLength(chunks);
      same(text, undefined, EVERYWHERE);
    });
  }

  const across: Array<[string, string]> = [
    ['a reference defined in a later chunk', 'See [the spec][s] and [s].\n\nMore.\n\n[s]: https://example.org\n'],
    ['a reference defined earlier, in another case and spacing', '[Price  Schedule]: #annex\n\nSee the [price schedule].\n'],
    ['a footnote defined at the end', 'Text.[^1]\n\nMore.[^2]\n\n[^1]: A note.\n\n[^2]: Another.\n'],
    ['a definition inside a quote or a list item', '> [q]: /q\n\n- [u]: /u\n\nUse [q] and [u].\n'],
    ['a definition-like line in a fence defines nothing', '```\n[s]: x\n```\n\nSee [s].\n'],
    ['a definition-like line in a paragraph defines nothing', 'Text\n[s]: x\n\nSee [s].\n'],
    ['an undefined reference stays text', 'See [nothing].\n\n[^9]\n\n[s]: /s\n'],
    ['a fence left open in a list item', '- ```\n\n- item\n\n```\ncode\n\nstill code\n```\n'],
    // Found by the fuzz suite (test/fuzz/model.test.ts): definitions in containers, lone CR line endings.
    ['a reference definition in a list item, used after a heading', '- [ref]: https://example.org\n\n# Two\n\nSee [the spec][ref].\n'],
    ['a reference definition in a block quote, used after a heading', '> [ref]: https://example.org\n\n# Two\n\nSee [the spec][ref].\n'],
    ['lone CR line endings around headings', '# One\r\rText.\r\r# Two\r\rMore.\r'],
    ['a <pre> opened after a lone CR', 'Intro.\n\r<pre>\n\n# kept\n</pre>\n\n# Two\n'],
    ['front matter closed after lone CRs', '---\rkind: itt\r# a comment\r---\r\r# One\r\rText.\r'],
    ['a fence open at the end of the document with definitions', 'See [s].\n\n[s]: /s\n\n```\ncode [s]\n\nmore\n'],
    ['an HTML block holding a fence line', '<div>\n```\n</div>\n\nText.\n\n```\nin code\n\nstill in code\n```\n'],
  ];
  for (const [name, text] of across) {
    it(`matches a whole parse: ${name}`, () => {
      same(text, undefined, EVERYWHERE);
      same(text);
    });
  }

  it('matches a whole parse on random documents of tricky lines, cut at every possible place', () => {
    const lines = ['', '', '', 'Plain text [s] and [^1].', 'para', '===', '---', '- item', '1. one', '2) two', '  continued', '    code', '> quote', 'lazy line', '```', '~~~', '   ```', '- ```', '<div>', '</div>', '<!--', '-->', '<!-- c -->', '<pre>', '</pre>', '[s]: https://x', '[S]:', '  "title"', '[^1]: note', '[^1]', '    more note', '| a | b |', '| - | - |', '| 1 | 2 |', '# Head', '\tTabbed', '* star', '<?php', '?>', '<!DOCTYPE x', '>', '[^2]: other', 'See [s][] and [t].', '[t]: /t', '> [t]: /q', '- [u]: /u', 'use [u] [^2]', '***', '<script>', '</script>', 'Text *emph', 'end* here'];
    let seed = 7;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    for (let n = 0; n < 400; n++) {
      const doc: string[] = [];
      if (random() < 0.1) doc.push('---', 'title: x', '', 'k: v', '---');
      const length = 5 + Math.floor(random() * 40);
      for (let i = 0; i < length; i++) doc.push(lines[Math.floor(random() * lines.length)]!);
      const text = doc.join(random() < 0.1 ? '\r\n' : '\n') + (random() < 0.5 ? '\n' : '');
      const whole = parseMarkdown(text, 'doc.md', 'markdown', { whole: true });
      const chunked = parseMarkdown(text, 'doc.md', 'markdown', { chunkSizes: EVERYWHERE });
      if (JSON.stringify(chunked) !== JSON.stringify(whole)) expect(text).toBe('a document whose chunked parse differs');
    }
  }, 60_000);

  it('reuses unchanged chunks across edits and still matches a whole parse', () => {
    const cache = new ChunkCache();
    let text = generateDocument(9, 4000);
    same(text, cache);
    const chunks = cache.size;
    expect(chunks).toBeGreaterThan(5);
    const edits: Array<[string, (t: string) => string, number]> = [
      ['a word in one section', (t) => t.replace('The Provider', 'The Supplier'), 1],
      ['a new top-level section', (t) => t.replace('\n## 4.', '\n\n# New part\n\nInserted text with £5,000.\n\n## 4.'), 2],
      ['the new section removed', (t) => t.replace(/\n\n# New part\n\nInserted text with £5,000.\n/, '\n'), 1],
      ['an annex at the end (the old last chunk gains its blank line)', (t) => `${t}\n# Annex\n\nLast words.\n`, 2],
      ['an unclosed fence that swallows the rest', (t) => t.replace('## 5.', '```\n## 5.'), 1],
      ['the fence closed again', (t) => t.replace('```\n## 5.', '## 5.'), chunks],
    ];
    for (const [name, edit, parsedAtMost] of edits) {
      text = edit(text);
      same(text, cache);
      expect(cache.last.parsed, name).toBeLessThanOrEqual(parsedAtMost);
      expect(cache.last.parsed + cache.last.reused, name).toBe(chunkOffsets(text).length);
    }
    expect(cache.size).toBe(chunkOffsets(text).length);
  });
});

describe('definitions across versions of a document', () => {
  it('forgets a definition the previous version had once the text defines none (found by the fuzz suite)', () => {
    const cache = new ChunkCache();
    const first = '# One\n\nSee [the spec][ref].\n\n# Two\n\n[ref]: https://example.org\n\n# Three\n\nMore [see][ref].\n';
    same(first, cache, EVERYWHERE);
    // The definition line loses its colon: nothing is defined any more, and both references stay text.
    const second = first.replace('[ref]: https', '[ref] https');
    same(second, cache, EVERYWHERE);
    const doc = parseMarkdown(second, 'doc.md', 'markdown', { cache, chunkSizes: EVERYWHERE });
    expect(doc.blocks.some((b) => b.text.includes('[see][ref]'))).toBe(true);
  });
});
