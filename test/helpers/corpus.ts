/**
 * The shared corpus of real procurement documents (`../shared/corpus`, beside the project) is not part of a
 * clone. Tests that read it run when it is there and skip, saying why, when it is not; with
 * TENDERLINT_REQUIRE_CORPUS=1 (set by `.ci/run`) they run regardless, so a missing corpus fails them.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CORPUS = join(ROOT, '..', 'shared', 'corpus');
export const LABELS = join(ROOT, '..', 'shared', 'labels');
export const corpusPresent = existsSync(CORPUS);
export const corpusRequired = process.env.TENDERLINT_REQUIRE_CORPUS === '1';
/** Whether corpus tests are to be skipped: the corpus is absent and not required. */
export const skipCorpus = !corpusPresent && !corpusRequired;

/** A suite title that says why it is skipped when it is. */
export function corpusTitle(title: string): string {
  return skipCorpus
    ? `${title} (skipped: the shared corpus is not beside the project at ../shared/corpus; set TENDERLINT_REQUIRE_CORPUS=1 to require it)`
    : title;
}
