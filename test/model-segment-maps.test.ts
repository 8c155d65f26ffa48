/**
 * A segment whose text is not a plain slice of the source (escapes, entities, markup between characters) maps each
 * character to the source as an offset from the segment's start. A block that only moved (an edit above it) keeps
 * the same map array, so an edit does not copy the maps of every block after it.
 */
import { describe, expect, it } from 'vitest';
import { ChunkCache, parseMarkdown } from '../core/model/markdown';
import { blockOffsetToSource } from '../core/model/positions';
import type { ChunkSizes } from '../core/model/chunks';
import type { TenderDocument, TextBlock } from '../core/model/types';

const EVERYWHERE: ChunkSizes = { min: 0, max: 0, every: 1 };

const TEXT = [
  '# 1 Scope',
  '',
  'The Provider answers within 5 days.',
  '',
  '# 2 Charges',
  '',
  'Fees are \\*fixed\\* at £4,000 &amp; paid **monthly** in arrears.',
  '',
  '| Item | Note |',
  '| --- | --- |',
  '| Visits | a \\| b &lt; c |',
  '',
].join('\n');

const mapped = (doc: TenderDocument): TextBlock[] => doc.blocks.filter((b) => b.segments.some((s) => s.map));

describe('segment maps', () => {
  it('point at each character of the source from the segment start', () => {
    const doc = parseMarkdown(TEXT, 'doc.md', 'markdown', { whole: true });
    const blocks = mapped(doc);
    expect(blocks.map((b) => b.text)).toEqual(['Fees are *fixed* at £4,000 & paid monthly in arrears.', 'a | b < c']);
    for (const block of blocks) {
      for (const seg of block.segments) {
        if (!seg.map) continue;
        expect(seg.map[0]).toBe(0);
        for (let i = 0; i < seg.length; i++) {
          const c = block.text[seg.textStart + i]!;
          // Entities stand for the source's first character of the entity.
          if (c !== '&' && c !== '<') expect(TEXT[seg.sourceStart + seg.map[i]!], `${JSON.stringify(block.text)} at ${i}`).toBe(c);
        }
      }
    }
  });

  it('are shared by a block that moved, and still map it to where it now is', () => {
    const cache = new ChunkCache();
    const before = parseMarkdown(TEXT, 'doc.md', 'markdown', { cache, chunkSizes: EVERYWHERE });
    const edited = TEXT.replace('within 5 days', 'within five working days');
    const after = parseMarkdown(edited, 'doc.md', 'markdown', { cache, chunkSizes: EVERYWHERE });
    const fresh = parseMarkdown(edited, 'doc.md', 'markdown', { whole: true });
    expect(after).toEqual(fresh);
    const [a, b] = [mapped(before), mapped(after)];
    expect(b.length).toBe(2);
    b.forEach((block, k) => {
      expect(block, 'a moved copy').not.toBe(a[k]);
      block.segments.forEach((seg, i) => {
        const old = a[k]!.segments[i]!;
        expect(seg.sourceStart).toBe(old.sourceStart + 'five working'.length - '5'.length);
        if (seg.map) expect(seg.map, 'the same map array').toBe(old.map);
      });
      for (let i = 0; i < block.text.length; i++) expect(blockOffsetToSource(block, i)).toBe(blockOffsetToSource(fresh.blocks[block.id]!, i));
    });
    // The previous version still maps to its own text.
    const first = mapped(before)[0]!;
    const at = first.text.indexOf('fixed');
    expect(TEXT.slice(blockOffsetToSource(first, at), blockOffsetToSource(first, at) + 5)).toBe('fixed');
  });
});
