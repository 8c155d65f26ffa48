// Types of bench/corpus.mjs, for the tests that draw documents or random numbers from the benchmark corpus.
/** mulberry32: a small seeded generator, so the same seed always gives the same sequence. */
export function random(seed: number): () => number;
/** One tender of about `targetWords` words. */
export function generateDocument(seed: number, targetWords: number): string;
/** Log-normal lengths, median 5,200 words, clipped to 1,000–20,000. */
export function documentLength(rnd: () => number): number;
/** Writes `count` documents into `dir` (emptied first). */
export function writeCorpus(
  dir: string,
  options?: { count?: number; seed?: number; words?: number },
): { dir: string; files: string[]; bytes: number; words: number };
