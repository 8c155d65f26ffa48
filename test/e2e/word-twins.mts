// Writes Word twins of the example tenders (built with the docx package, as the unit tests build them) into
// the folder given as the first argument, for the Word-output suite.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { markdownToDocx } from '../docx/helpers';

const out = process.argv[2];
if (!out) throw new Error('usage: word-twins.mts OUT_DIR');
const examples = join(import.meta.dirname, '..', '..', 'examples');
for (const name of readdirSync(examples).filter((f) => f.endsWith('.md'))) {
  const { buffer } = await markdownToDocx(readFileSync(join(examples, name), 'utf8'));
  writeFileSync(join(out, name.replace(/\.md$/, '.docx')), buffer);
}
