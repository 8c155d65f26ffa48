import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../core/model/markdown';
import { splitRow, textRows } from '../core/model/rows';

describe('splitRow', () => {
  const cases: Array<[string, string[] | null, ('tab' | 'colon')?]> = [
    ['Tender issued\t4 January 2027', ['Tender issued', '4 January 2027'], 'tab'],
    ['Deadline for tenders\t\t12:00, 5 February 2027', ['Deadline for tenders', '12:00, 5 February 2027'], 'tab'],
    ['  Quality \t 60% \t Scored ', ['Quality', '60%', 'Scored'], 'tab'],
    ['Price\t', null],
    ['Reply by: 27 August 2027 4:00 pm', ['Reply by', '27 August 2027 4:00 pm'], 'colon'],
    ['Social value:  10%', ['Social value', '10%'], 'colon'],
    ['Tenders close at 12:30 on Friday.', null],
    ['See https://example.org/tender for details', null],
    ['The authority will not accept late bids. Note: none will be opened', null],
    ['12: 30', null],
    ['Ratio 1:2', null],
    ['', null],
  ];
  it.each(cases)('%j', (line, cells, separator) => {
    const row = splitRow(line);
    if (cells === null) return expect(row).toBeNull();
    expect(row?.cells.map((c) => c.text)).toEqual(cells);
    expect(row?.separator).toBe(separator);
    for (const c of row!.cells) expect(line.slice(c.start, c.end)).toBe(c.text);
  });
});

describe('textRows', () => {
  it('reads lines of a paragraph and list items, with offsets into the block text', () => {
    const doc = parseMarkdown(
      '# Key dates\n\n**Issued:** 3 May 2027  \n**Return by:** 4 June 2027\n\n- Clarification deadline:\t21 May 2027\n\n| Stage | Date |\n| --- | --- |\n| Issue: x | 3 May 2027 |\n',
    );
    const rows = doc.blocks.flatMap((b) => textRows(b));
    expect(rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Issued', '3 May 2027'],
      ['Return by', '4 June 2027'],
      ['Clarification deadline:', '21 May 2027'],
    ]);
    for (const r of rows) {
      const text = doc.blocks[r.block]!.text;
      for (const c of r.cells) expect(text.slice(c.start, c.end)).toBe(c.text);
    }
  });
});
