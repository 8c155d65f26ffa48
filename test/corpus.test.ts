/**
 * Every Markdown and text file in the shared corpus of real procurement documents is read and checked
 * without an internal error, and what is read is plausible. These documents were not written for
 * tenderlint; they are used as they are.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintWith } from './helpers/lint';
import { CORPUS, corpusTitle, skipCorpus } from './helpers/corpus';

const files = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => /\.(md|markdown|txt)$/i.test(f)).sort() : [];

describe.skipIf(skipCorpus)(corpusTitle('corpus'), () => {
  it('is present beside the project', () => {
    expect(files.length, `expected Markdown files in ${CORPUS}`).toBeGreaterThan(10);
  });

  for (const name of files) {
    it(`${name} is checked without an internal error`, () => {
      const text = readFileSync(join(CORPUS, name), 'utf8');
      const out = lintWith(text);
      expect(out.findings.filter((f) => f.fatal).map((f) => f.message)).toEqual([]);
      expect(out.doc.blocks.length).toBeGreaterThan(0);
      for (const f of out.findings) {
        expect(f.range.start.offset).toBeLessThanOrEqual(f.range.end.offset);
        expect(f.range.end.offset).toBeLessThanOrEqual(text.length);
      }
    });
  }

  it('reads the selection questionnaire template as an SQ', () => {
    // The Cabinet Office template's title is "Selection Questionnaire" (PPN 03/24 Annex C).
    const text = readFileSync(join(CORPUS, 'ppn0324__annex-c-selection-questionnaire-template.md'), 'utf8');
    const out = lintWith(text);
    expect(out.settings.kind).toBe('sq');
  });
});
