// Writes Word twins of the example tenders (built with the docx package, as the unit tests build them) into
// the folder given as the first argument, for the Word-output suite.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { markdownToDocx } from '../docx/helpers';

const out = process.argv[2];
if (!out) throw new Error('usage: word-twins.mts OUT_DIR');
const examples = join(import.meta.dirname, '..', '..', 'examples');
// A tender under review: tracked insertions and deletions and a reviewer's comment, kept in the copy.
const review = [
  '# Invitation to tender: grounds maintenance',
  '',
  'The contract value is £{--90,000--}{++120,000++} and tenders must be returned by [insert date]{>>Buyer to confirm the date<<}.',
  '',
  '| Criterion | Weighting |',
  '| --- | --- |',
  '| Quality | 60% |',
  '| Price | 30% |',
  '',
].join('\n');
writeFileSync(join(out, 'review-with-changes.docx'), (await markdownToDocx(review)).buffer);
for (const name of readdirSync(examples).filter((f) => f.endsWith('.md'))) {
  const { buffer } = await markdownToDocx(readFileSync(join(examples, name), 'utf8'));
  writeFileSync(join(out, name.replace(/\.md$/, '.docx')), buffer);
}
