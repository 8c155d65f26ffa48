/**
 * A bounded memo keyed by text, for work that repeats between versions of a document (sentence spans, the
 * matches of the per-block extractors). Two generations: when the newer one is full it becomes the older one and
 * the oldest entries go, so what the current document uses stays while the memory held stays bounded.
 */
const memos = new Set<TextMemo<unknown>>();

/**
 * Empties every memo. A batch run calls this before each file: its documents share no text worth remembering,
 * and holding the last file's texts would only raise peak memory. The language server does not, so that an edit
 * finds the unchanged blocks.
 */
export function clearTextMemos(): void {
  for (const memo of memos) memo.clear();
}

export class TextMemo<T> {
  private current = new Map<string, T>();
  private previous = new Map<string, T>();

  constructor(
    private readonly compute: (text: string) => T,
    private readonly limit = 8_000,
  ) {
    memos.add(this as TextMemo<unknown>);
  }

  clear(): void {
    this.current = new Map();
    this.previous = new Map();
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

/** Results of `RegExp.test` by text, for the guard patterns fact builders run over every block and sentence. */
const tested = new TextMemo<Map<RegExp, boolean>>(() => new Map(), 16_000);

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
  const results = tested.get(text);
  let found = results.get(re);
  if (found === undefined) {
    found = re.test(text);
    results.set(re, found);
  }
  return found;
}
