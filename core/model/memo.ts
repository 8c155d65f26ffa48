/**
 * A bounded memo keyed by text, for work that repeats between versions of a document (sentence spans, the
 * matches of the per-block extractors). Two generations: when the newer one is full it becomes the older one and
 * the oldest entries go, so what the current document uses stays while the memory held stays bounded.
 */
const memos = new Set<WeakRef<{ clear(): void }>>();

/**
 * Registers something else that remembers texts between checks (held weakly), so that `clearTextMemos` empties it
 * along with the memos.
 */
export function rememberClearable(holder: { clear(): void }): void {
  memos.add(new WeakRef(holder));
}

/**
 * Empties every memo. A batch run calls this before each file: its documents share no text worth remembering,
 * and holding the last file's texts would only raise peak memory. The language server does not, so that an edit
 * finds the unchanged blocks.
 */
export function clearTextMemos(): void {
  for (const ref of memos) {
    const memo = ref.deref();
    if (memo) memo.clear();
    else memos.delete(ref);
  }
}

export class TextMemo<T> {
  private current = new Map<string, T>();
  private previous = new Map<string, T>();

  constructor(
    private readonly compute: (text: string) => T,
    private readonly limit = 8_000,
  ) {
    // Held weakly: a memo made for a phrase list that is itself dropped goes with it.
    rememberClearable(this);
  }

  /** The texts of the last `values` call and their values, by place. */
  private lastTexts: readonly string[] = [];
  private lastValues: readonly T[] = [];

  clear(): void {
    this.current = new Map();
    this.previous = new Map();
    this.lastTexts = [];
    this.lastValues = [];
  }

  /**
   * The values of a list of texts (a document's blocks, in order). A text that is the same string as the one at
   * its place in the last list (or one place on or back, after a block inserted or removed) takes that value
   * without a lookup: in the editor nearly every block is, so a pass over a document costs a comparison per block.
   * When every value is the one at its place in the last list, the last list itself is returned: nothing is
   * allocated, and what the language server holds from one keystroke to the next is not replaced (replacing it is
   * what fills the old generation and brings on full collections). Callers never change the list.
   */
  values(texts: readonly string[]): readonly T[] {
    const before = this.lastTexts;
    const known = this.lastValues;
    this.lastTexts = texts;
    // Still the last list: every value so far is the one at its place.
    let i = 0;
    if (texts.length === known.length) {
      for (; i < texts.length; i++) {
        const text = texts[i]!;
        const value = before[i] === text ? known[i]! : this.get(text);
        if (value !== known[i]) break;
      }
      if (i === texts.length) return known;
    }
    const out: T[] = new Array<T>(texts.length);
    for (let k = 0; k < i; k++) out[k] = known[k]!;
    let shift = 0;
    for (; i < texts.length; i++) {
      const text = texts[i]!;
      const j = i + shift;
      if (before[j] === text) out[i] = known[j]!;
      else if (before[j + 1] === text) {
        shift++;
        out[i] = known[j + 1]!;
      } else if (j > 0 && before[j - 1] === text) {
        shift--;
        out[i] = known[j - 1]!;
      } else out[i] = this.get(text);
    }
    this.lastValues = out;
    return out;
  }

  get(text: string): T {
    let value = this.current.get(text);
    if (value !== undefined) return value;
    value = this.previous.get(text);
    if (value === undefined) value = this.compute(text);
    if (this.current.size >= this.limit) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(text, value);
    return value;
  }

  /** Entries held (both generations; a text may be counted twice). */
  get size(): number {
    return this.current.size + this.previous.size;
  }
}

/** The texts of a document's blocks, in order (one list per document, for `TextMemo.values`). */
const textsOfBlocks = new WeakMap<object, string[]>();

export function blockTexts(doc: { blocks: ReadonlyArray<{ text: string }> }): readonly string[] {
  let texts = textsOfBlocks.get(doc);
  if (!texts) textsOfBlocks.set(doc, (texts = doc.blocks.map((b) => b.text)));
  return texts;
}

/** The same, with '' for code and raw HTML blocks (which no fact comes from): indices stay those of the blocks. */
const proseOfBlocks = new WeakMap<object, string[]>();

export function proseTexts(doc: { blocks: ReadonlyArray<{ text: string; kind: string }> }): readonly string[] {
  let texts = proseOfBlocks.get(doc);
  if (!texts) proseOfBlocks.set(doc, (texts = doc.blocks.map((b) => (b.kind === 'code' || b.kind === 'html' ? '' : b.text))));
  return texts;
}

/** Each pattern asked about by `testText`, numbered in the order first seen. */
const patternIds = new WeakMap<RegExp, number>();
let nextPatternId = 0;

/** Patterns per number in a result word: two bits each (asked, matched), in the 30 bits of a small integer. */
const PER_WORD = 15;

/**
 * Results of `RegExp.test` by text, packed two bits to a pattern: a few small integers per text rather than a
 * map, since the language server remembers them for every sentence of every open document.
 */
const tested = new TextMemo<number[]>(() => [], 16_000);
/** The text `testText` was last asked about, and its answers (the same array the memo holds). */
let lastTested: string | null = null;
let lastResults: number[] = [];

/**
 * `re.test(text)`, remembered: a builder that asks whether a sentence mentions insurance, turnover or a deadline
 * gets the answer from the last version of the document when the sentence is unchanged. Global and sticky
 * patterns keep state between calls, so they are always run.
 */
export function testText(re: RegExp, text: string): boolean {
  if (re.global || re.sticky) {
    re.lastIndex = 0;
    return re.test(text);
  }
  let id = patternIds.get(re);
  if (id === undefined) patternIds.set(re, (id = nextPatternId++));
  const word = Math.floor(id / PER_WORD);
  const shift = (id % PER_WORD) * 2;
  // Builders ask many patterns of one sentence in a row: the last text's answers are at hand without a lookup.
  let results: number[];
  if (text === lastTested) results = lastResults;
  else {
    results = tested.get(text);
    lastTested = text;
    lastResults = results;
  }
  const bits = ((results[word] ?? 0) >> shift) & 3;
  if (bits !== 0) return bits === 3;
  const found = re.test(text);
  while (results.length <= word) results.push(0);
  results[word]! |= (found ? 3 : 1) << shift;
  return found;
}

/** `re` without global or sticky state (a copy when it has either), so that `test` answers the same every time. */
export function statelessPattern(re: RegExp): RegExp {
  if (!re.global && !re.sticky) return re;
  let copy = stateless.get(re);
  if (!copy) stateless.set(re, (copy = new RegExp(re.source, re.flags.replace(/[gy]/g, ''))));
  return copy;
}

/** One copy per pattern, so that `testText` remembers the copy's answers as the pattern's. */
const stateless = new WeakMap<RegExp, RegExp>();

/**
 * Which of a fixed set of patterns (at most 31) a text matches, as the bits of a small integer, remembered by
 * text. A pass over every block or sentence of a document asks once per text and then skips, pattern by pattern,
 * the texts that cannot match; in the editor nearly every text is unchanged, so the answers are remembered ones.
 */
export class PatternScreen<K> {
  private readonly bits: Map<K, number>;
  private readonly memo: TextMemo<number>;

  /** `entries`: each pattern with the key it is asked about by. */
  constructor(entries: ReadonlyArray<readonly [K, RegExp]>) {
    if (entries.length > 31) throw new Error(`a pattern screen holds at most 31 patterns, not ${entries.length}`);
    const tests = entries.map(([, re]) => statelessPattern(re));
    this.bits = new Map(entries.map(([key], i) => [key, 2 ** i]));
    this.memo = new TextMemo((text) => tests.reduce((bits, re, i) => (re.test(text) ? bits | (2 ** i) : bits), 0));
  }

  /** The screen of a text: the bits of the patterns it matches. */
  of(text: string): number {
    return this.memo.get(text);
  }

  /** The screens of a document's blocks, by block index (a comparison per unchanged block, see `TextMemo.values`). */
  ofBlocks(doc: { blocks: ReadonlyArray<{ text: string }> }): readonly number[] {
    return this.memo.values(blockTexts(doc));
  }

  /** The screens of the sentences of each block of a document (none for code and HTML blocks) (`sentences` splits a block's text), by block. */
  ofSentences(doc: { blocks: ReadonlyArray<{ text: string; kind: string }> }, sentences: (text: string) => ReadonlyArray<{ text: string }>): ReadonlyArray<readonly number[]> {
    if (!this.bySentence) {
      const split = sentences;
      this.bySentence = new TextMemo((text) => split(text).map((s) => this.of(s.text)));
    }
    return this.bySentence.values(proseTexts(doc));
  }

  private bySentence: TextMemo<readonly number[]> | null = null;

  /** Whether a text with screen `bits` matches the pattern of `key`; undefined for a key not in the screen. */
  matches(bits: number, key: K): boolean | undefined {
    const bit = this.bits.get(key);
    return bit === undefined ? undefined : (bits & bit) !== 0;
  }
}
