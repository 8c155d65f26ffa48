/**
 * The language server checks an edited document incrementally: unchanged chunks keep their trees and strings,
 * and the extractors, fact builders and phrase lists answer from what they remember of unchanged blocks and
 * sentences. After any run of edits the findings and facts must be exactly those of a fresh check of the text.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ChunkCache, parseMarkdown } from '../core/model/markdown';
import { lintDocument } from '../core/engine/linter';
import { resolveFileConfig } from '../core/config/resolve';
import { clearTextMemos } from '../core/model/memo';
import { rules } from '../rules/index';
import { readDocumentFile } from '../host/documents';
import { CORPUS, corpusTitle, skipCorpus } from './helpers/corpus';
import { random } from '../bench/corpus.mjs';
import { expectEditsMatchFreshChecks, outcome } from './helpers/incremental';

const root = join(__dirname, '..');
const sources = [
  ...readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.md')).map((f) => join(root, 'examples', f)),
  ...readdirSync(join(root, 'test', 'fixtures')).filter((f) => f.endsWith('.md') && !f.endsWith('.fixed.md')).map((f) => join(root, 'test', 'fixtures', f)),
];
const config = resolveFileConfig(rules, {}, 'tender.md');


/** Edits of the kinds typing makes: words added in prose, a line removed, a figure changed, a heading added. */
const edits: Array<(text: string) => string> = [
  (t) => t.replace(/\.\n/, '. Bidders must provide three years of audited accounts.\n'),
  (t) => t.replace(/\d+(?= days)/, '5'),
  (t) => t.replace(/\n\n[^\n#|][^\n]*\n/, '\n\n'),
  (t) => `${t}\n## Insurance\n\nPublic liability insurance of £10 million is required before award.\n`,
  (t) => t.replace(/tender/i, 'Tender'),
  (t) => t.replace(/## /, '## Part 1 '),
];

/** The edits above suit most documents but not all: at least three of them must change the text. */
const SOME_CHANGE = { everyEditChanges: false, changedAtLeast: 3 };

describe('incremental checking gives the findings and facts of a fresh check', () => {
  it.each(sources.map((s) => [s.slice(root.length + 1), s]))('%s', (_name, file) => {
    expectEditsMatchFreshChecks(readFileSync(file, 'utf8'), edits, SOME_CHANGE);
  });
});

/** Edits in clause text of a document without headings to cut at: a word, a figure, a clause split in two. */
const clauseEdits: Array<(text: string) => string> = [
  (t) => t.replace(/ shall /, ' must '),
  (t) => t.replace(/(\d+) days/, (_m, n: string) => `${Number(n) + 7} days`),
  (t) => {
    const at = t.indexOf('. ', Math.floor(t.length / 2));
    return at < 0 ? t : `${t.slice(0, at + 1)}\n\n${t.slice(at + 2)}`;
  },
  (t) => t.replace(/\n\n([A-Z])/, '\n\nThe Contractor shall keep records for six years.\n\n$1'),
];

describe('incremental checking on documents without headings to cut at', () => {
  const documents: Array<[string, () => Promise<string>]> = [
    ['a contract with one heading', async () => readFileSync(join(CORPUS, '18f-incident__Addendum-Commercial-Contract-Clauses.md'), 'utf8')],
    ['the text view of Word terms and conditions', async () => {
      const read = await readDocumentFile(join(CORPUS, 'ccs-gcloud15__CCS-General-Terms-v1.2.docx'));
      if ('error' in read) throw new Error(read.error);
      return read.doc.text;
    }],
  ];
  for (const [name, load] of documents) {
    it.skipIf(skipCorpus)(corpusTitle(name), async () => {
      expectEditsMatchFreshChecks(await load(), clauseEdits, SOME_CHANGE);
    }, 60_000);
  }
});

/** Lines typing adds: questions with limits, answers with figures, amounts, dates, VAT, TUPE and consortium wording. */
const INSERTED_LINES = [
  'Q7. Describe how you will recruit volunteers from the local area (maximum 300 words).',
  'We supported 120 older people through 45 weekly sessions last year, as our annual report shows.',
  'Answer: to be confirmed',
  'The contract is worth £80,000 a year excluding VAT, for an initial term of 2 years.',
  'Tenders must be returned by 12:00 on Friday 5 March 2027.',
  'TUPE is likely to apply to the staff currently delivering the service.',
  'Bids from consortia are welcome; the lead member will hold the contract.',
  '- Please explain how you will measure the difference the service makes (500 words max)',
  '| Q9 | How will you keep people safe? | 250 words |',
];

describe('incremental checking after random edits gives the findings and facts of a fresh check', () => {
  it.each(readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.md')))('%s', (name) => {
    // The benchmark corpus's seeded generator, so that a failing run can be repeated.
    const rnd = random(name.length * 7919);
    let lines = readFileSync(join(root, 'examples', name), 'utf8').split('\n');
    const cache = new ChunkCache();
    outcome(lines.join('\n'), cache);
    for (let step = 0; step < 12; step++) {
      const at = Math.floor(rnd() * lines.length);
      const kind = rnd();
      if (kind < 0.3) lines.splice(at, 0, '', INSERTED_LINES[Math.floor(rnd() * INSERTED_LINES.length)]!, '');
      else if (kind < 0.5) lines.splice(at, 1);
      else if (kind < 0.7) lines[at] = lines[at]!.replace(/\d+/, (n) => String(Number(n) * 3 + 1));
      else if (kind < 0.85) lines.splice(at, 0, lines[Math.floor(rnd() * lines.length)]!);
      else lines[at] = `${lines[at]} (maximum ${100 + step * 50} words)`;
      const text = lines.join('\n');
      const incremental = outcome(text, cache);
      clearTextMemos();
      expect(incremental).toEqual(outcome(text));
      lines = text.split('\n');
    }
  });
});

/**
 * Edits that keep a block's plain text but change where its characters are in the source (emphasis around a
 * figure, a line broken elsewhere, a continuation line indented), a table cell or list item indented (the
 * same source, at another column), a link's target changed to one of the same length that is not a web address, or move a block without changing it: the facts
 * remembered for the block's text must be placed again, not reused.
 */
const sameTextEdits: Array<(text: string) => string> = [
  (t) => t.replace('£250,000 a year', '**£250,000** a year'),
  (t) => t.replace('for 3 years\nwith', 'for 3\nyears with'),
  (t) => t.replace('\nwith an option', '\n   with an option'),
  (t) => `Intro line.\n\n${t}`,
  (t) => t.replace('Intro line.', 'Intro'),
  (t) => t.replace('**£250,000** a year', '£250,000 a year'),
  (t) => t.replace('3\nyears with', '3 years\nwith'),
  (t) => t.replace('Within 10 working days', 'Within 10 working days'.replace(' ', '\n')),
  (t) => t.replace('## Term', '## Term\n\nA new paragraph of 2 weeks.'),
  (t) => t.replace('A new paragraph of 2 weeks.\n\n', ''),
  (t) => t.replace('| Budget |', '|   Budget   |'),
  (t) => t.replace('- The same', '  - The same'),
  (t) => t.replace('(https://example.org/ar)', `(${'x'.repeat(22)})`),
  (t) => t.replace('120 families', '120 families'.replace(' ', '\u00a0')),
];

describe('incremental checking when a block keeps its text but not its source or place', () => {
  it('places the facts of an unchanged text again', () => {
    const start = [
      '# Invitation to tender',
      '',
      '## Value',
      '',
      'The contract is worth £250,000 a year (about 12% of the budget).',
      '',
      '## Term',
      '',
      'The contract runs for 3 years',
      'with an option to extend by 12 months, from 1 April 2027.',
      '',
      '- Within 10 working days of a request the Provider must reply.',
      '- The same £250,000 a year (about 12% of the budget).',
      '',
      '| Item | Value |',
      '| --- | --- |',
      '| Budget | £250,000 a year (about 12% of the budget). |',
      '',
      'We reached 120 families in 2026, as [our findings](https://example.org/ar) show.',
      '',
    ].join('\n');
    expectEditsMatchFreshChecks(start, sameTextEdits, SOME_CHANGE);
  });
});

/**
 * Edits that change what a block is read with but not its text: the section's heading, a table row's other cell,
 * a list's lead-in. The facts builders remember blocks by text and context, so each must be read again.
 */
describe('incremental checking after edits to the words around an unchanged block', () => {
  const start = [
    '# Invitation to tender',
    '',
    '## Consortium arrangements',
    '',
    'The organisations must form a single legal entity before the contract is awarded.',
    '',
    '## Staff transfer',
    '',
    'The Regulations may apply to this contract and staff will transfer.',
    '',
    '## Budget',
    '',
    'The maximum budget for each lot:',
    '',
    '- Lot 1: £50,000 a year',
    '',
    '| Question | Answer |',
    '| --- | --- |',
    '| Are consortium bids accepted? | Yes |',
    '| Lead provider management fee | 25% of subcontractor payments |',
    '| The cleaning service is currently delivered by an outside contractor | Catering |',
    '',
  ].join('\n');
  const contextEdits: Array<(text: string) => string> = [
    (t) => t.replace('## Consortium arrangements', '## Contract arrangements'),
    (t) => t.replace('## Staff transfer', '## Other matters'),
    (t) => t.replace('The maximum budget for each lot:', 'The turnover required for each lot:'),
    (t) => t.replace('accepted? | Yes |', 'accepted? | No |'),
    (t) => t.replace('| Lead provider management fee |', '| Lead provider travel |'),
    (t) => t.replace('| Catering |', '| Notes |'),
    (t) => t.replace('## Contract arrangements', '## Consortium arrangements'),
  ];

  it('reads the start as the edits assume', () => {
    const facts = lintDocument(parseMarkdown(start, 'tender.md', 'markdown'), config, rules).facts;
    expect(facts.consortium.legalForm.map((f) => f.stance)).toEqual(['demanded']);
    expect(facts.consortium.groupBids.some((g) => g.stance === 'permitted')).toBe(true);
    expect(facts.tupeVat.tupe.some((t) => t.stance === 'may-apply')).toBe(true);
    expect(facts.tupeVat.keyAmounts.map((k) => k.role)).toEqual(['budget']);
    // The fee is read from the label cell and from the percentage cell beside it.
    expect(facts.payment.fees.map((f) => f.percent?.text ?? null)).toEqual([null, '25%']);
    expect(facts.tupeVat.existingService.map((s) => s.kind)).toEqual(['currently-delivered']);
  });

  it('gives the findings and facts of a fresh check after each edit', () => {
    expectEditsMatchFreshChecks(start, contextEdits, SOME_CHANGE);
  });
});
