/**
 * Every finding on every corpus DOCX, and on Word twins of the examples, becomes a comment on its text, and the
 * copy passes every check of `annotate-check.ts` (same entries and bytes, document.xml unchanged apart from the
 * markers and run splits, same text for the reader and mammoth, one comment per finding on its text).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotateDocx } from '../../host/docx/annotate';
import { readDocx } from '../../host/docx/read';
import { CORPUS, ROOT, corpusTitle, skipCorpus } from '../helpers/corpus';
import { checkAnnotated, findingsOf } from './annotate-check';
import { markdownToDocx } from './helpers';

const DATE = new Date('2027-02-01T10:00:00Z');

async function annotateAndCheck(buffer: Buffer, path: string): Promise<{ findings: number; onText: number }> {
  const doc = await readDocx(buffer, path);
  const findings = findingsOf(doc);
  const result = await annotateDocx(buffer, doc, findings, { date: DATE });
  await checkAnnotated(buffer, doc, findings, result, { existingComments: doc.revisions?.comments ?? 0 });
  return { findings: findings.length, onText: result.comments.filter((c) => c.anchor === 'text').length };
}

describe('annotated Word twins of the examples', () => {
  const examples = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.md'));
  let total = 0;
  it.each(examples)('%s', async (name) => {
    const { buffer } = await markdownToDocx(readFileSync(join(ROOT, 'examples', name), 'utf8'));
    const { findings, onText } = await annotateAndCheck(buffer, name.replace(/\.md$/, '.docx'));
    total += findings;
    expect(onText).toBe(findings);
  }, 120_000);
  it('found something to annotate in the examples', () => {
    expect(total).toBeGreaterThan(5);
  });
});

describe.skipIf(skipCorpus)(corpusTitle('annotated copies of the corpus DOCX files'), () => {
  const files = skipCorpus ? [] : readdirSync(CORPUS).filter((f) => f.endsWith('.docx'));
  it('has Word documents to annotate', () => {
    expect(files.length).toBeGreaterThan(10);
  });
  it.each(files)('%s', async (name) => {
    const { findings, onText } = await annotateAndCheck(readFileSync(join(CORPUS, name)), join(CORPUS, name));
    // Every corpus finding lands on its own text (none needs the paragraph or a nearby place).
    expect(onText).toBe(findings);
  }, 300_000);
});
