/**
 * The Markdown adapter parses a document in chunks cut at top-level headings, and the language server reuses the
 * chunks an edit did not touch. Both must give exactly the model a parse of the whole text gives: these tests
 * compare them on every corpus and example document, on generated tenders, and on the constructs that make a
 * heading line not a cut (fences, HTML, front matter, reference definitions).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ChunkCache, chunkOffsets, parseMarkdown } from '../core/model/markdown';
import { CORPUS, corpusTitle, skipCorpus } from './helpers/corpus';
// @ts-expect-error: the benchmark corpus generator is plain JavaScript without type declarations.
import { generateDocument } from '../bench/corpus.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => /\.(md|markdown|txt)$/i.test(f)).map((f) => join(CORPUS, f)) : [];
const examples = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.md')).map((f) => join(ROOT, 'examples', f));

function same(text: string, cache?: ChunkCache): void {
  const whole = parseMarkdown(text, 'doc.md', 'markdown', { whole: true });
  const chunked = parseMarkdown(text, 'doc.md', 'markdown', { cache });
  expect(chunked).toEqual(whole);
}

describe('chunked parsing', () => {
  it.skipIf(skipCorpus)(corpusTitle('finds the corpus'), () => {
    expect(corpus.length).toBeGreaterThan(10);
  });

  for (const file of [...corpus, ...examples]) {
    it(`gives the same model as a whole parse: ${file.split('/').slice(-2).join('/')}`, () => {
      same(readFileSync(file, 'utf8'));
    });
  }

  it('gives the same model on generated tenders, and cuts them at their headings', () => {
    for (const seed of [1, 2, 3]) {
      const text = generateDocument(seed, 3000) as string;
      expect(chunkOffsets(text).length).toBeGreaterThan(5);
      same(text);
    }
  });

  const cases: Array<[string, string, number]> = [
    ['a heading after a blank line is a cut', '# One\n\nText.\n\n# Two\n\nMore.\n', 2],
    ['a heading straight after a paragraph is not a cut', '# One\nText.\n# Two\n', 1],
    ['a heading line inside a fence is not a cut', '# One\n\n```\n\n# not a heading\n```\n\n# Two\n', 2],
    ['a tilde fence closes only on tildes', '~~~\n```\n\n# inside\n~~~\n\n# Two\n', 2],
    ['a heading line inside a multi-line HTML comment is not a cut', '# One\n\n<!--\n\n# hidden\n-->\n\n# Two\n', 2],
    ['a heading line inside <pre> is not a cut', '<pre>\n\n# kept\n</pre>\n\n# Two\n', 2],
    ['a YAML comment in front matter is not a cut', '---\ntitle: x\n\n# a comment\nkind: itt\n---\n\n# One\n', 2],
    ['reference definitions make one chunk', '# One\n\nSee [the spec][s].\n\n# Two\n\n[s]: https://example.org\n', 1],
    ['footnote definitions make one chunk', '# One\n\nText.[^1]\n\n# Two\n\n[^1]: A note.\n', 1],
    ['an indented heading line is not a cut', '# One\n\n    # code\n\n# Two\n', 2],
    ['a heading after a list item is a cut', '- item\n  continued\n\n# Two\n\nText.\n', 2],
    // Found by the fuzz suite (test/fuzz/model.test.ts): definitions in containers, and lone CR line endings.
    ['a reference definition in a list item makes one chunk', '- [ref]: https://example.org\n\n# Two\n\nSee [the spec][ref].\n', 1],
    ['a reference definition in a block quote makes one chunk', '> [ref]: https://example.org\n\n# Two\n\nSee [the spec][ref].\n', 1],
    ['lone CR line endings cut at headings', '# One\r\rText.\r\r# Two\r\rMore.\r', 2],
    ['a <pre> opened after a lone CR hides its heading line', 'Intro.\n\r<pre>\n\n# kept\n</pre>\n\n# Two\n', 2],
    ['front matter closed after lone CRs is skipped', '---\rkind: itt\r# a comment\r---\r\r# One\r\rText.\r', 2],
  ];
  for (const [name, text, chunks] of cases) {
    it(name, () => {
      expect(chunkOffsets(text)).toHaveLength(chunks);
      same(text);
    });
  }

  it('reuses unchanged chunks across edits and still matches a whole parse', () => {
    const cache = new ChunkCache();
    let text = generateDocument(9, 4000) as string;
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
