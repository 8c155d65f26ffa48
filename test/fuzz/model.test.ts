/**
 * Property-based tests of the tender model and the whole check (fast-check, fixed seed, short budget; `FUZZ_SEED`
 * and `FUZZ_RUNS` scale them up, see `npm run fuzz`):
 *  - `parseMarkdown` never throws on any string or generated document; every block, section, table, comment and
 *    front-matter range lies inside the text, and every plain-text offset of a block maps to a source offset
 *    inside the block's range; a segment without a character map is the source text at its offset;
 *  - the chunked parse, and the incremental parse through a `ChunkCache` over a run of edits, equal a whole parse,
 *    on documents with headings and without (numbered clauses only, as contracts and Word text are written);
 *  - the whole check (`lintDocument`, recommended config) never throws, no rule fails with an internal error,
 *    and every finding, fix and related range lies inside the document;
 *  - facts read from a paragraph are read again, same values and ranges shifted, after unrelated paragraphs
 *    are inserted elsewhere.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ChunkCache, parseMarkdown } from '../../core/model/markdown';
import { extractFacts } from '../../core/facts/extract';
import type { Range, TenderDocument } from '../../core/model/types';
import { factSentence, filler, fuzzSettings, hostileText, markdownDoc } from './arbitraries';
import { lintInside, modelInside } from './invariants';

function sameAsWhole(text: string, cache?: ChunkCache): void {
  const whole = parseMarkdown(text, 'doc.md', 'markdown', { whole: true });
  const chunked = parseMarkdown(text, 'doc.md', 'markdown', { cache });
  expect(chunked).toEqual(whole);
}

describe('the model on any input', () => {
  it('parseMarkdown never throws on hostile strings, and every range maps inside the text', () => {
    fc.assert(fc.property(hostileText, (text) => modelInside(parseMarkdown(text))), fuzzSettings(150));
  });

  for (const headings of [true, false]) {
    it(`parseMarkdown on generated documents ${headings ? 'with' : 'without'} headings (hostile line endings, NUL, surrogates): ranges inside`, () => {
      fc.assert(fc.property(markdownDoc({ headings, hostile: true }), (text) => modelInside(parseMarkdown(text))), fuzzSettings(60));
    });
  }
});

describe('chunked and incremental parsing equal a whole parse', () => {
  for (const headings of [true, false]) {
    for (const hostile of [false, true]) {
      it(`documents ${headings ? 'with' : 'without'} headings${hostile ? ', hostile line endings and characters' : ''}`, () => {
        fc.assert(fc.property(markdownDoc({ headings, hostile }), (text) => sameAsWhole(text)), fuzzSettings(60));
      });
    }
    it(`a run of edits through one ChunkCache, documents ${headings ? 'with' : 'without'} headings`, () => {
      const edit = fc.tuple(fc.nat(), fc.nat(40), fc.oneof(fc.constant(''), filler, factSentence, fc.constantFrom('\n\n', '\n', '\n\n# Inserted heading\n\n', '```\n', '| a | b |\n|---|---|\n', '- item\n', '[ref]: https://example.org\n', '---\n')));
      fc.assert(
        fc.property(markdownDoc({ headings }), fc.array(edit, { minLength: 1, maxLength: 6 }), (start, edits) => {
          const cache = new ChunkCache();
          let text = start;
          sameAsWhole(text, cache);
          for (const [at, removed, inserted] of edits) {
            const i = at % (text.length + 1);
            text = text.slice(0, i) + inserted + text.slice(Math.min(text.length, i + removed));
            sameAsWhole(text, cache);
          }
        }),
        fuzzSettings(30),
      );
    });
  }
});

describe('the whole check', () => {
  it('never throws on hostile strings; no rule fails; every finding range inside', () => {
    fc.assert(fc.property(hostileText, (text) => lintInside(parseMarkdown(text, 'tender.md'))), fuzzSettings(40));
  });

  for (const headings of [true, false]) {
    it(`never throws on generated documents ${headings ? 'with' : 'without'} headings; every finding range inside`, () => {
      fc.assert(fc.property(markdownDoc({ headings, hostile: true }), (text) => lintInside(parseMarkdown(text, 'tender.md'))), fuzzSettings(25));
    });
  }
});

describe('facts survive unrelated edits elsewhere in the document', () => {
  /** Money, dates, durations and percentages as data, with their document offsets shifted by `shift` after `at`. */
  function factData(doc: TenderDocument, at = Infinity, shift = 0): unknown {
    const f = extractFacts(doc);
    const move = (o: number) => (o >= at ? o - shift : o);
    const pick = (list: Array<{ text: string; range: Range }>, value: (x: never) => unknown) =>
      list.map((x) => ({ text: x.text, start: move(x.range.start.offset), end: move(x.range.end.offset), value: value(x as never) }));
    return {
      money: pick(f.money, (m: { amount: number; vat: unknown; period: unknown }) => [m.amount, m.vat, m.period]),
      dates: pick(f.dates, (d: { iso: string | null; day: number; month: number }) => [d.iso, d.day, d.month]),
      durations: pick(f.durations, (d: { value: number; unit: string }) => [d.value, d.unit]),
      percentages: pick(f.percentages, (p: { value: number }) => p.value),
    };
  }

  it('inserting a paragraph of filler between paragraphs changes no fact but its offsets', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(factSentence, filler), { minLength: 1, maxLength: 6 }), fc.nat(), filler, (paragraphs, where, extra) => {
        const before = paragraphs.join('\n\n') + '\n';
        const cut = paragraphs.slice(0, where % (paragraphs.length + 1)).join('\n\n');
        const at = cut ? cut.length + 2 : 0;
        const inserted = `${extra}\n\n`;
        const after = before.slice(0, at) + inserted + before.slice(at);
        expect(factData(parseMarkdown(after), at + inserted.length, inserted.length)).toEqual(factData(parseMarkdown(before)));
      }),
      fuzzSettings(100),
    );
  });
});
