/**
 * Per-block screens for the builders that walk a document sentence by sentence: which of a builder's trigger
 * patterns any sentence of a block matches, remembered by the block's text. A builder then reads only the blocks
 * whose screen has its bit, so that in the editor, where nearly every block is unchanged from the last version,
 * an unchanged block costs one memo lookup for all the builders that share the screen, and blocks no builder can
 * read from are never turned into sentences at all.
 *
 * A bit is exact, not a guess: it is set when some sentence of the block (as `splitSentences` cuts it) matches one
 * of the group's patterns, which is what a builder asks of each sentence before it reads anything from it.
 */
import type { TenderDocument } from '../model/types';
import { splitSentences } from '../model/sentences';
import { TextMemo, statelessPattern, testText } from '../model/memo';

interface Screened {
  /** The groups matched by some sentence, as bits. */
  bits: number;
  /** For each counted group (in the order counted), how many sentences match it. */
  counts: readonly number[];
}

const NONE: Screened = Object.freeze({ bits: 0, counts: Object.freeze([]) as readonly number[] }) as Screened;

export class SentenceScreen {
  private readonly groups: RegExp[][] = [];
  /** Bit → index in `counts`, for the groups whose sentences are counted. */
  private readonly counted = new Map<number, number>();
  private memo = this.newMemo();
  private perDoc = new WeakMap<TenderDocument, Screened[]>();

  /**
   * Adds a group of patterns and gives its bit. Groups are added when the builders' modules load, before any
   * document is read; one added later empties what was remembered, so that no answer lacks its bit.
   * `count`: the screen also counts the sentences of a block that match the group.
   */
  group(patterns: ReadonlyArray<RegExp>, count = false): number {
    if (this.groups.length >= 31) throw new Error('a sentence screen holds at most 31 groups');
    const bit = 2 ** this.groups.length;
    this.groups.push(patterns.map(statelessPattern));
    if (count) this.counted.set(bit, this.counted.size);
    this.memo = this.newMemo();
    this.perDoc = new WeakMap();
    return bit;
  }

  private newMemo(): TextMemo<Screened> {
    return new TextMemo((text) => this.compute(text));
  }

  private compute(text: string): Screened {
    let bits = 0;
    let counts: number[] | null = null;
    for (const s of splitSentences(text)) {
      for (let g = 0; g < this.groups.length; g++) {
        const bit = 2 ** g;
        const index = this.counted.get(bit);
        // A group already set needs no more sentences unless they are counted.
        if (index === undefined && (bits & bit) !== 0) continue;
        if (!this.groups[g]!.some((re) => testText(re, s.text))) continue;
        bits |= bit;
        if (index !== undefined) {
          counts ??= new Array<number>(this.counted.size).fill(0);
          counts[index]!++;
        }
      }
    }
    if (bits === 0) return NONE;
    return { bits, counts: counts ?? new Array<number>(this.counted.size).fill(0) };
  }

  /** The screens of a document's blocks, by block id (nothing for code and raw HTML), worked out once per document. */
  private screens(doc: TenderDocument): Screened[] {
    let out = this.perDoc.get(doc);
    if (out) return out;
    out = doc.blocks.map((b) => (b.kind === 'code' || b.kind === 'html' ? NONE : this.memo.get(b.text)));
    this.perDoc.set(doc, out);
    return out;
  }

  /** The bits of block `id` of `doc`. */
  bitsOf(doc: TenderDocument, id: number): number {
    return this.screens(doc)[id]?.bits ?? 0;
  }

  /** The ids of the blocks of `doc` whose screen has any of the bits of `mask`, in order. */
  blocksWith(doc: TenderDocument, mask: number): number[] {
    const out: number[] = [];
    const screens = this.screens(doc);
    for (let i = 0; i < screens.length; i++) if ((screens[i]!.bits & mask) !== 0) out.push(i);
    return out;
  }

  /** How many sentences of the document match the counted group of `bit`. */
  count(doc: TenderDocument, bit: number): number {
    const index = this.counted.get(bit);
    if (index === undefined) throw new Error('the group is not counted');
    let n = 0;
    for (const s of this.screens(doc)) if ((s.bits & bit) !== 0) n += s.counts[index]!;
    return n;
  }
}
