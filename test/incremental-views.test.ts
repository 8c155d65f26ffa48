/**
 * The consortium and TUPE/VAT facts find each block again in what they read from the last version of the
 * document, by comparing its text and everything it is read with (section title, table row and column header,
 * list lead-in, a TUPE heading above it, its kind), and keep its placed facts while it has not moved. Each edit
 * below changes only what an unchanged block is read with, or only where it sits; after each, the facts must be
 * those of a fresh check.
 */
import { describe, expect, it } from 'vitest';
import { ChunkCache } from '../core/model/markdown';
import { clearTextMemos } from '../core/model/memo';
import { checkText } from './helpers/incremental';

const facts = (text: string, cache?: ChunkCache) => checkText(text, cache).facts;

/** The two families' facts as plain data. */
function outcome(text: string, cache?: ChunkCache): string {
  const f = facts(text, cache);
  return JSON.stringify({ consortium: f.consortium, tupeVat: f.tupeVat });
}

const start = [
  '# Invitation to tender',
  '',
  '## Consortium arrangements',
  '',
  'The organisations must form a single legal entity before the contract is awarded.',
  '',
  '| Lot | Consortium bids |',
  '| --- | --- |',
  '| Accepted? | Yes |',
  '',
  '### Consortium bids: No',
  '',
  'Consortium bids: No',
  '',
  '## Staff transfer',
  '',
  'The Regulations may apply to this contract.',
  '',
  'Following contract award, the successful bidder will receive:',
  '',
  '- Staff information covering pay and pensions.',
  '',
  '| Subject | Answer |',
  '| --- | --- |',
  '| TUPE | Yes |',
  '',
  '| Item | Day rate |',
  '| --- | --- |',
  '| Support | Exclusive of VAT |',
  '',
  '## Prices',
  '',
  'The maximum budget for each lot:',
  '',
  '- Lot 1: £50,000 a year',
  '',
  '| Service | Ceiling price |',
  '| --- | --- |',
  '| Cleaning | £20,000 |',
  '',
].join('\n');

/** The facts without where they are: what an edit of the words around a block changes. */
function readings(text: string): string {
  const f = facts(text);
  return JSON.stringify({ consortium: f.consortium, tupeVat: f.tupeVat }, (key, value: unknown) => (key === 'range' || key === 'block' ? undefined : value));
}

/**
 * Each edit, and whether it changes what the facts say (an edit of the words around an unchanged block, which a
 * memo keyed by the block's text alone would miss) or only where they are (an edit that moves an unchanged block).
 */
const edits: Array<[string, (t: string) => string, 'says' | 'where']> = [
  ['the section title above a paragraph', (t) => t.replace('## Consortium arrangements', '## Contract arrangements'), 'says'],
  ['the other cell of a table row', (t) => t.replace('| Accepted? | Yes |', '| Accepted? | No |'), 'says'],
  ['a column header', (t) => t.replace('| Lot | Consortium bids |', '| Lot | Notes |'), 'says'],
  ['a paragraph turned into a heading with the same text and section title', (t) => t.replace('\nConsortium bids: No\n', '\n### Consortium bids: No\n'), 'says'],
  ['the TUPE heading above a clause', (t) => t.replace('## Staff transfer', '## Other matters'), 'says'],
  ['the lead-in of a list item', (t) => t.replace('Following contract award, the successful bidder will receive:', 'Please note the following:'), 'says'],
  ['the answer cell of a TUPE row', (t) => t.replace('| TUPE | Yes |', '| TUPE | No |'), 'says'],
  ['a table turned into paragraphs with the same texts', (t) => t.replace('| Subject | Answer |\n| --- | --- |\n| TUPE | No |', 'Subject\n\nAnswer\n\nTUPE\n\nNo'), 'says'],
  ['the column header of a VAT cell', (t) => t.replace('| Item | Day rate |', '| Item | Comment |'), 'says'],
  ['the lead-in of a list item with an amount', (t) => t.replace('The maximum budget for each lot:', 'The turnover required for each lot:'), 'says'],
  ['the column header of a cell with an amount', (t) => t.replace('| Service | Ceiling price |', '| Service | Notes |'), 'says'],
  ['markup inside a clause, its text and length unchanged', (t) => t.replace('The Regulations may apply', 'The **Regulations** may apply'), 'where'],
  ['a line added above every block', (t) => t.replace('# Invitation to tender\n', '# Invitation to tender\n\nRead this first.\n'), 'where'],
  ['a word added at the top, moving every block along its line', (t) => t.replace('Read this first.', 'Please read this first.'), 'where'],
];

describe('consortium and TUPE/VAT facts after edits around unchanged blocks', () => {
  it('reads the start as the edits assume', () => {
    const f = facts(start);
    expect(f.consortium.legalForm.map((l) => l.stance)).toEqual(['demanded']);
    expect(f.consortium.groupBids.map((g) => g.stance)).toContain('permitted');
    expect(f.consortium.groupBids.map((g) => g.stance)).toContain('prohibited');
    expect(f.tupeVat.tupe.map((s) => [s.sentence, s.stance])).toEqual(
      expect.arrayContaining([
        ['The Regulations may apply to this contract.', 'may-apply'],
        ['TUPE', 'applies'],
      ]),
    );
    expect(f.tupeVat.workforce.map((w) => w.recipient)).toEqual(['successful-bidder']);
    expect(f.tupeVat.vatStatements.map((v) => [v.basis, v.subject])).toEqual([['exclusive', 'prices']]);
    expect(f.tupeVat.keyAmounts.map((k) => [k.money.text, k.role])).toEqual([
      ['£50,000 a year', 'budget'],
      ['£20,000', 'price-cap'],
    ]);
  });

  it.each(edits.map(([name, edit, kind], i) => [name, i, edit, kind] as const))('after an edit to %s', (_name, i, edit, kind) => {
    // The versions before this edit, checked in order through one chunk cache, then the edit itself.
    clearTextMemos();
    const cache = new ChunkCache();
    let text = start;
    outcome(text, cache);
    for (const [, before] of edits.slice(0, i)) outcome((text = before(text)), cache);
    const next = edit(text);
    expect(next).not.toBe(text);
    const incremental = outcome(next, cache);
    clearTextMemos();
    expect(incremental).toEqual(outcome(next));
    // What the edit changes, checked fresh: the words of the facts, or only where they are.
    clearTextMemos();
    if (kind === 'says') expect(readings(next)).not.toEqual(readings(text));
    else {
      expect(readings(next)).toEqual(readings(text));
      expect(outcome(next)).not.toEqual(outcome(text));
    }
  });
});
