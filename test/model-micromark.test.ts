/**
 * The reused Markdown parser (`core/model/micromark.ts`: syntax extensions combined once, the tree compiler's table
 * built once, the parser's per-parse state cleared between texts) must give exactly the tree a unified processor
 * with remark-parse gives. Compared on the corpus and example documents, the fixtures, generated tenders, texts of
 * every construct the extensions add (front matter, tables, footnotes, definitions, task lists, strikethrough,
 * autolink literals) and random documents, parsed one after another with one parser so that state left by one text
 * would show in the next.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import type { Root } from 'mdast';
import { MarkdownParser, parseWithProcessor, type ProcessorData } from '../core/model/micromark';

type AnyProcessor = ProcessorData & { parse(text: string): Root };
import { CORPUS, ROOT } from './helpers/corpus';
import { fuzzSettings, markdownDoc } from './fuzz/arbitraries';
import { generateDocument } from '../bench/corpus.mjs';

/** The GFM constructs tenders use, as the chunk parser sets them up (without its table guard). */
function gfmForTenders(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmStrikethrough(), gfmFootnote(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmFootnoteFromMarkdown(), gfmTaskListItemFromMarkdown());
}

const processors: Array<[string, () => AnyProcessor]> = [
  ['CommonMark', () => unified().use(remarkParse)],
  ['GFM for tenders', () => unified().use(remarkParse).use(gfmForTenders)],
  ['GFM for tenders with front matter', () => unified().use(remarkParse).use(gfmForTenders).use(remarkFrontmatter, ['yaml'])],
  ['all of GFM with front matter', () => unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml'])],
];

const markdownIn = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).filter((f) => /\.(md|markdown)$/i.test(f)).map((f) => join(dir, f)) : []);
const files = [...markdownIn(CORPUS), ...markdownIn(join(ROOT, 'examples')), ...markdownIn(join(ROOT, 'test', 'fixtures'))];

const CONSTRUCTS = [
  '---\ntitle: Supply of services\ntenderlint:\n  kind: itt\n---\n\n# Invitation\n\nText.',
  '---\nunclosed: front matter\n\n- a list\n- after it',
  '+++\ntitle = "toml"\n+++\n\nBody',
  '| Criterion | Weight |\n| :-- | --: |\n| Quality | 60% |\n| Price | 40% |\n\nAfter the table.',
  '| a | b |\n|---|\n| not a table |',
  '> | quoted | table |\n> | --- | --- |\n> | 1 | 2 |',
  'A note[^1] and another[^long note].\n\n[^1]: The first.\n[^long note]: The second,\n    over two lines.\n\n[^unused]: Never called.',
  'See [the guidance][guide], [Guide][] and [guide].\n\n[guide]: https://example.org/guide "Guidance"\n[other]: <https://example.org/other>',
  '[undefined] and [also][undefined] stay text; ![alt][img] and ![inline](a.png "t").\n\n[img]: /img.png',
  '- [ ] Form of tender\n- [x] Pricing schedule\n  - [X] nested\n\n1. [ ] numbered',
  '~~struck~~ and ~single~ and ~~~not~~~, *em* **strong** `code` <b>html</b> &amp; &#163; &#x20AC; \\* hard  \nbreak\\\nagain',
  'Heading\n=======\n\nSub\n---\n\n# ATX #\n\n    indented code\n\n```ts meta here\nfenced\n```\n\n~~~\nunclosed',
  '<!-- a comment\nover lines -->\n\n<div>\nhtml block\n</div>\n\n***\n\n<https://example.org> and www.example.org and someone@example.org',
  '1) one\n2) two\n\n   spread\n\n- a\n\n- b\n* c\n+ d\n\n> quote\nlazy\n> > nested\n\n7. start at seven',
  '\ufeffBOM first\r\nCRLF lines\r\n\r\n- item\r\n\ttabbed\r\ncarriage\rreturn only\0nul',
];

/**
 * Where two trees differ ('' when they are the same): the same own keys in the same order, values undefined
 * included, and the same values (much faster than the matcher's deep equality on trees of a whole tender).
 */
function difference(a: unknown, b: unknown, path = ''): string {
  if (a === b) return '';
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return `${path}: ${String(a)} vs ${String(b)}`;
  if (Array.isArray(a) !== Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return `${path}: kind`;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.join() !== kb.join()) return `${path}: keys ${ka.join()} vs ${kb.join()}`;
  for (const k of ka) {
    const d = difference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
    if (d) return d;
  }
  return '';
}

function expectSame(processor: AnyProcessor, parser: MarkdownParser, text: string): void {
  const expected = processor.parse(text);
  expect(difference(parser.parse(text), expected)).toBe('');
  expect(difference(parseWithProcessor(processor, text), expected)).toBe('');
}

function parserFor(processor: AnyProcessor): MarkdownParser {
  processor.freeze();
  return new MarkdownParser((processor.data('micromarkExtensions') ?? []) as never, (processor.data('fromMarkdownExtensions') ?? []) as never);
}

describe('the reused Markdown parser', () => {
  it('finds documents to compare', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  for (const [name, make] of processors) {
    describe(name, () => {
      const processor = make();
      const parser = parserFor(processor);

      // The real documents are compared through the two processors that hold every extension the others have (the
      // tenders' set with front matter, and all of GFM): each reads them with a superset of the others' constructs,
      // and a pass per processor would double the time of this file.
      if (name !== 'CommonMark' && name !== 'GFM for tenders') {
        it('gives the same trees on the corpus, examples and fixtures', () => {
          for (const file of files) expectSame(processor, parser, readFileSync(file, 'utf8'));
        }, 120_000);
      }

      it('gives the same trees on texts of every construct, in any order', () => {
        for (const text of [...CONSTRUCTS, ...[...CONSTRUCTS].reverse(), CONSTRUCTS.join('\n\n'), '', '\n', 'x']) expectSame(processor, parser, text);
      });

      it('gives the same trees on generated tenders', () => {
        for (const seed of [1, 2, 3]) expectSame(processor, parser, generateDocument(seed, 3000));
      });

      it('gives the same trees on random documents', () => {
        const doc = fc.oneof(markdownDoc({ headings: false, hostile: true }), markdownDoc({ headings: true }), fc.array(fc.constantFrom(...CONSTRUCTS, ...CONSTRUCTS.flatMap((c) => c.split('\n'))), { maxLength: 30 }).map((l) => l.join('\n')));
        fc.assert(fc.property(doc, (text) => expectSame(processor, parser, text)), fuzzSettings(150));
      }, 120_000);
    });
  }

  it('tells trees apart (the comparison can fail)', () => {
    const processor = processors[1]![1]();
    const a = processor.parse('- a\n- b');
    const b = processor.parse('- a\n\n- b');
    expect(difference(a, b)).not.toBe('');
    expect(difference({ x: 1, y: undefined }, { x: 1 })).not.toBe('');
  });

  it('does not carry definitions or footnotes from one text into the next', () => {
    const processor = processors[3]![1]();
    const parser = parserFor(processor);
    parser.parse('[^1]: note\n\n[x]: /x\n\nA [x] and [^1].');
    const tree = parser.parse('A [x] and [^1].');
    expect(tree).toStrictEqual(processor.parse('A [x] and [^1].'));
    expect(JSON.stringify(tree)).not.toContain('Reference');
  });
});
