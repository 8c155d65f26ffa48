/**
 * Findings and facts after edits that move unchanged chunks (whose blocks are then reused, shifted) or change
 * what comes before them (block ids, sections, tables, definitions, front matter): exactly those of a fresh check.
 */
import { describe, it } from 'vitest';
import { generateDocument } from '../bench/corpus.mjs';
import { expectEditsMatchFreshChecks } from './helpers/incremental';

const edits: Array<(text: string) => string> = [
  (t) => t.replace(/\n\n([A-Z][a-z]+ )/, '\n\nIn short, $1'),
  (t) => t.replace(/\n\n([A-Z][a-z]+ [a-z]+ )/, '\n\n$1\n'),
  (t) => t.replace(/\n## /, '\n## Preface\n\nTenders must be returned by 12:00 on 5 March 2027.\n\n## '),
  (t) => `# Invitation to tender\n\nThe contract is worth £80,000 a year.\n\n${t}`,
  (t) => t.replace(/\n\n([A-Z])/, '\n\n| Lot | Value |\n| --- | --- |\n| 1 | £40,000 |\n\n$1'),
  (t) => `---\ntitle: Tender\n---\n\n${t}`,
  (t) => t.replace(/(\d+) days/, (_m, n: string) => `${Number(n) + 3} days`),
  (t) => t.replace(/^---\ntitle: Tender\n---\n\n/, ''),
  (t) => t.replace('# Invitation to tender\n\nThe contract is worth £80,000 a year.\n\n', ''),
  (t) => t.replace(/\n## Preface\n\nTenders must be returned by 12:00 on 5 March 2027.\n/, '\n'),
];

describe('incremental checking after edits that move unchanged chunks', () => {
  for (const seed of [3, 4]) {
    it(`generated tender ${seed}`, () => {
      expectEditsMatchFreshChecks(generateDocument(seed, 3000), edits, { everyEditChanges: false, changedAtLeast: 8 });
    }, 60_000);
  }
});
