/**
 * The parser tries the GFM table construct only where the next line could be a delimiter row (`chunks.ts`). These
 * tests compare the trees it gives with those of the unwrapped construct, positions included, on table-like shapes:
 * tables with and without outer pipes, one-column tables with a colon, tables interrupting paragraphs, in block
 * quotes and list items, lazy lines, body rows, CRLF line endings, and random documents made of such lines.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import type { Processor } from 'unified';
import type { Root } from 'mdast';
import { parsePieces } from '../core/model/chunks';
import { CORPUS } from './helpers/corpus';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

function gfmAsIs(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmStrikethrough(), gfmFootnote(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmFootnoteFromMarkdown(), gfmTaskListItemFromMarkdown());
}
const reference = unified().use(remarkParse).use(gfmAsIs);

/** The tree the model is built from, the text parsed in one piece. */
function ours(text: string): Root {
  let tree: Root | undefined;
  parsePieces(text, [{ start: 0, end: text.length, plain: false }], undefined, (piece) => (tree = piece.tree), false);
  return tree!;
}

function same(text: string): void {
  expect(ours(text), JSON.stringify(text)).toEqual(reference.parse(text));
}

const LINES = [
  'Fee | Amount',
  '| Fee | Amount |',
  '|---|---|',
  '--|--',
  ':-',
  '-:',
  '---',
  '-',
  '|',
  '- Item one | two',
  '1. Lot | value',
  '> Quoted | text',
  '> |-|',
  '> > -|-',
  '  | indented |',
  '\t|-|',
  '    | code |',
  'The supplier shall pay the fee.',
  'Cost a\\|b',
  'x :- y',
  '[^1]: Note | more',
  '',
  '',
];

describe('the table construct tried only where a delimiter row may follow', () => {
  it.each([
    'Fee | Amount\n--- | ---\n£5 | £6',
    '| Fee |\n| :-: |\n| £5 |',
    'Service\n:-\nCleaning',
    'A paragraph\nFee | Amount\n--|--\n£5 | £6\nlazy row',
    '> Fee | Amount\n> --|--\n> £5 | £6\nlazy',
    '- Fee | Amount\n  --|--\n  £5 | £6',
    '> Fee | Amount\n--|--',
    'Fee | Amount\r\n--|--\r\n£5 | £6',
    'Fee | Amount\r--|--',
    'Fee | Amount',
    'Fee | Amount\nno delimiter here',
    '\tFee | Amount\n\t--|--',
  ])('gives the tree of the GFM table construct: %j', (text) => same(text));

  it('gives the tree of the GFM table construct on random table-like documents', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    for (let i = 0; i < 1500; i++) {
      const lines = Array.from({ length: 1 + Math.floor(random() * 7) }, () => LINES[Math.floor(random() * LINES.length)]!);
      const text = lines.join(random() < 0.15 ? '\r\n' : '\n');
      // A document opening with front matter is parsed with the front matter extension, which the reference lacks.
      if (!text.startsWith('---')) same(text);
    }
  });

  it('gives the tree of the GFM table construct on the corpus and examples', () => {
    const dirs = [CORPUS, join(ROOT, 'examples')].filter((d) => existsSync(d));
    const files = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.md')).map((f) => join(d, f)));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      // A document opening with front matter is parsed with the front matter extension, which the reference lacks.
      if (!text.startsWith('---')) same(text);
    }
  });
});
