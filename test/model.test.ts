import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../core/model/markdown';
import { blocksIn, cellAt, sectionByNumber } from '../core/model/query';
import { blockRange, offsetToPosition, computeLineStarts } from '../core/model/positions';
import { splitSentences } from '../core/model/sentences';

const text = `---
title: Invitation to Tender
tenderlint:
  kind: itt
---

# Invitation to Tender

Intro with **bold £1.2m** and a [link](https://example.org).

## 4 Evaluation

### 4.2 Weightings

| Criterion | Weighting |
| --- | --- |
| Price | 60% |
| Quality \\| delivery | 40% |

- Item one
  - Nested item
- [x] Done task

<!-- tenderlint-disable drafting -->
`;

describe('Markdown adapter', () => {
  const doc = parseMarkdown(text, 'itt.md');

  it('reads front matter', () => {
    expect(doc.frontMatter?.data).toEqual({ title: 'Invitation to Tender', tenderlint: { kind: 'itt' } });
    expect(doc.frontMatter?.range.start.line).toBe(1);
    expect(doc.frontMatter?.range.end.line).toBe(5);
  });

  // Found by the fuzz suite (the chunked parse differed from a whole parse): an opening `---` that is not closed
  // front matter left the front matter extension stopping every later list and block quote from being read.
  it.each([
    ['a thematic break opening the document', '---\n\nIntro.\n\n- first item\n- second item\n\n> quoted\n'],
    ['front matter never closed', '---\ntitle: unfinished\n\n- first item\n\n1. numbered\n'],
  ])('reads lists and quotes after %s', (_name, text) => {
    const doc = parseMarkdown(text);
    expect(doc.frontMatter).toBeNull();
    expect(doc.blocks.filter((b) => b.kind === 'listItem').map((b) => b.text)).toEqual(text.includes('second') ? ['first item', 'second item'] : ['first item', 'numbered']);
    expect(doc.blocks.some((b) => b.text.startsWith('- ') || b.text.startsWith('1. '))).toBe(false);
  });

  // Found by the fuzz suite: a NUL (read as U+FFFD) sent every later character of its text to the end of the text,
  // and a table cell starting with one had a range after its own text.
  it('maps text after a NUL to its own place, and a cell starting with a NUL covers its text', () => {
    const text = 'A\0B and more words\n\n| \0 Criterion | Weight |\n| --- | --- |\n| Price | 40% |\n';
    const doc = parseMarkdown(text);
    const para = doc.blocks[0]!;
    const at = para.text.indexOf('more');
    const r = blockRange(doc, para, at, at + 4);
    expect(text.slice(r.start.offset, r.end.offset)).toBe('more');
    const cell = doc.blocks.find((b) => b.kind === 'tableCell')!;
    expect(cell.text).toBe('\ufffd Criterion');
    expect(text.slice(cell.range.start.offset, cell.range.end.offset)).toBe('\0 Criterion');
  });

  it('reads closed front matter with any line endings, and the lists after it', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const doc = parseMarkdown(['---', 'kind: itt', '---', '', '- item', ''].join(eol));
      expect(doc.frontMatter?.data).toEqual({ kind: 'itt' });
      expect(doc.blocks.map((b) => b.kind)).toEqual(['listItem']);
    }
  });

  it('builds the heading tree with section numbers', () => {
    expect(doc.sections.map((s) => [s.depth, s.number, s.title, s.parent])).toEqual([
      [1, null, 'Invitation to Tender', null],
      [2, '4', 'Evaluation', 0],
      [3, '4.2', 'Weightings', 1],
    ]);
    expect(doc.sections[0]!.children).toEqual([1]);
    expect(sectionByNumber(doc, '4.2')?.title).toBe('Weightings');
    const inEvaluation = blocksIn(doc, doc.sections[1]!);
    expect(inEvaluation.some((b) => b.text === 'Price')).toBe(true);
  });

  it('strips inline markup but maps text offsets back to exact source ranges', () => {
    const intro = doc.blocks.find((b) => b.kind === 'paragraph')!;
    expect(intro.text).toBe('Intro with bold £1.2m and a link.');
    const at = intro.text.indexOf('£1.2m');
    const range = blockRange(doc, intro, at, at + 5);
    expect(text.slice(range.start.offset, range.end.offset)).toBe('£1.2m');
    expect(range.start).toMatchObject({ line: 9, column: 19 });
  });

  it('addresses table cells by row and column header, with escaped pipes', () => {
    const table = doc.tables[0]!;
    expect(table.header).toEqual(['Criterion', 'Weighting']);
    expect(cellAt(table, 1, 'weighting')?.text).toBe('60%');
    expect(cellAt(table, 2, 'Criterion')?.text).toBe('Quality | delivery');
    const cell = cellAt(table, 2, 1)!;
    expect(text.slice(cell.range.start.offset, cell.range.end.offset)).toContain('40%');
    expect(table.section).toBe(2);
  });

  it('keeps list items with their nesting and task state', () => {
    const items = doc.blocks.filter((b) => b.kind === 'listItem');
    expect(items.map((b) => [b.text, b.listLevel, b.checked])).toEqual([
      ['Item one', 0, null],
      ['Nested item', 1, null],
      ['Done task', 0, true],
    ]);
  });

  it('collects HTML comments for directives', () => {
    expect(doc.comments.map((c) => c.value)).toEqual(['tenderlint-disable drafting']);
    expect(doc.comments[0]!.range.start.line).toBe(24);
  });

  it('maps escaped characters and continuation lines', () => {
    const d = parseMarkdown('- First line \\[note\\]\n  continues here\n');
    const item = d.blocks[0]!;
    expect(item.text).toBe('First line [note]\ncontinues here');
    const at = item.text.indexOf('continues');
    const r = blockRange(d, item, at, at + 9);
    expect(d.text.slice(r.start.offset, r.end.offset)).toBe('continues');
  });
});

describe('positions', () => {
  it.each([
    [0, 1, 1],
    [3, 1, 4],
    [4, 2, 1],
    [9, 3, 1],
    [10, 3, 2],
  ])('offset %i is line %i column %i', (offset, line, column) => {
    expect(offsetToPosition(computeLineStarts('abc\ndefg\nhi'), offset)).toMatchObject({ line, column });
  });
});

describe('sentences', () => {
  it.each([
    ['Tenders close at noon. Late bids are rejected.', ['Tenders close at noon.', 'Late bids are rejected.']],
    ['The value is £1.25m excl. VAT per annum. It runs for 3 years.', ['The value is £1.25m excl. VAT per annum.', 'It runs for 3 years.']],
    ['See s.54 of the Act, e.g. Section 4.2. Then apply.', ['See s.54 of the Act, e.g. Section 4.2.', 'Then apply.']],
    ['Mr J. Smith will answer questions.', ['Mr J. Smith will answer questions.']],
  ])('%s', (input, expected) => {
    expect(splitSentences(input).map((s) => input.slice(s.start, s.end))).toEqual(expected);
  });
});
