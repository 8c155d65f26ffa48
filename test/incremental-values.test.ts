/**
 * The document-wide fact lists and the builders that read them remember what they worked out between versions of
 * a document: completed date copies (by located date and the year inferred for it), contract value and term
 * verdicts (by context text), timetable prose patterns (by sentence), lead-in hits (by block text, placed only
 * when kept), placeholders (by block text and place). Each edit below changes something one of those answers
 * depends on besides what it is remembered by, or only where an unchanged block sits; after each, findings and
 * facts must be those of a fresh check, and the edit must change them (so a stale answer would show).
 */
import { describe, expect, it } from 'vitest';
import { ChunkCache } from '../core/model/markdown';
import { clearTextMemos } from '../core/model/memo';
import { checkText, outcome as outcomeAs } from './helpers/incremental';

const check = (text: string, cache?: ChunkCache, template = false) => checkText(text, cache, { template });
const outcome = (text: string, cache?: ChunkCache, template = false): string => outcomeAs(text, cache, { template });

const start = [
  '# Invitation to tender',
  '',
  '## Timetable',
  '',
  '- Tender issued: 4 January 2027',
  '- Clarification deadline: 15 January',
  '- Tenders must be submitted by 12 noon on Friday 22 January',
  '',
  'The current contract ends on 31 March.',
  '',
  '## Contract',
  '',
  '| Item | Amount |',
  '| --- | --- |',
  '| Total contract value | £400,000 |',
  '',
  'The estimated contract value is £250,000.',
  '',
  'The contract will run for an initial period of 3 years, with an extension of up to 12 months.',
  '',
  'Suppliers must be paid within 30 days of receipt of a valid invoice.',
  '',
  'The supplier must hold a prior information notice reference [insert reference] before award.',
  '',
  'Answers to clarification questions will be published no later than 6 days before the deadline.',
  '',
  'Tenders must be submitted electronically through the procurement portal.',
  '',
  'Sample date: [insert date, for example 3 March 2027].',
  '',
].join('\n');

/** Each edit, applied in order to the text the previous ones left. */
const edits: Array<[string, (t: string) => string]> = [
  // The year of an unchanged block's date is inferred from a neighbour: a completed copy kept by its located date alone goes stale.
  ['the year of the date an unchanged date takes its year from', (t) => t.replace('4 January 2027', '4 January 2028')],
  ['a date without a year before the one dated', (t) => t.replace('- Tender issued: 4 January 2028', '- Tender issued: 4 January')],
  ['a year given back to the first date', (t) => t.replace('- Tender issued: 4 January\n', '- Tender issued: 4 January 2026\n')],
  // A money cell's row: the cell and its fact unchanged, its context not.
  ['the label cell beside an amount', (t) => t.replace('| Total contract value |', '| Insurance cover |')],
  ['the column header above an amount', (t) => t.replace('| Item | Amount |', '| Item | Annual budget |')],
  ['a sentence that stops naming the contract value', (t) => t.replace('The estimated contract value is £250,000.', 'The turnover required is £250,000.')],
  ['the words before an extension', (t) => t.replace('with an extension of up to 12 months', 'with a review after 12 months')],
  ['the prose deadline sentence', (t) => t.replace('Tenders must be submitted by 12 noon', 'Tenders are to be submitted by 12 noon')],
  // Lead-in hits and placeholders of unchanged blocks that move.
  ['a paragraph added above every block', (t) => t.replace('# Invitation to tender\n', '# Invitation to tender\n\nRead this first.\n')],
  ['a word added at the top, moving every block along its line', (t) => t.replace('Read this first.', 'Please read this first.')],
  ['a line break inside the lead-in sentence', (t) => t.replace('will be published no later than', 'will be published\nno later than')],
  ['the placeholder sentence edited', (t) => t.replace('[insert reference] before award', '[insert reference] before the award')],
  ['the payment period sentence', (t) => t.replace('within 30 days of receipt', 'within 45 days of receipt')],
];

describe('fact lists and builders after edits', () => {
  it('reads the start as the edits assume', () => {
    const f = check(start).facts;
    expect(f.dates.map((d) => d.iso)).toEqual(['2027-01-04', '2027-01-15', '2027-01-22', '2027-03-31', '2027-03-03']);
    expect(f.contractValue.total?.text).toBe('£400,000');
    expect(f.term.initial?.text).toBe('3 years');
    expect(f.term.extensions.map((e) => e.text)).toEqual(['12 months']);
    expect(f.timetable.map((e) => e.type)).toEqual(expect.arrayContaining(['issue', 'clarification-deadline', 'submission-deadline']));
    expect(f.leadIn.electronicSubmission?.text).toBe('electronically');
    expect(f.leadIn.clarificationAnswers?.daysBefore).toBe(6);
    expect(f.placeholders.items.map((p) => p.text)).toEqual(['[insert reference]', '[insert date, for example 3 March 2027]']);
    expect(f.payment.periods.length).toBeGreaterThan(0);
    // In a template the sample date inside the placeholder is not read.
    expect(check(start, undefined, true).facts.dates.map((d) => d.iso)).not.toContain('2027-03-03');
  });

  for (const template of [false, true]) {
    it.each(edits.map(([name, edit], i) => [name, i, edit] as const))(`${template ? 'template: ' : ''}after an edit to %s`, (_name, i, edit) => {
      clearTextMemos();
      const cache = new ChunkCache();
      let text = start;
      outcome(text, cache, template);
      for (const [, before] of edits.slice(0, i)) outcome((text = before(text)), cache, template);
      const next = edit(text);
      expect(next).not.toBe(text);
      const incremental = outcome(next, cache, template);
      clearTextMemos();
      const fresh = outcome(next, undefined, template);
      expect(incremental).toEqual(fresh);
      clearTextMemos();
      expect(fresh).not.toEqual(outcome(text, undefined, template));
    });
  }

  it('random edits through one cache equal fresh checks', () => {
    clearTextMemos();
    const cache = new ChunkCache();
    let text = start;
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const pieces = [' also', '\n\nThe contract value is £90,000.', ' 5 May', ' 2029', '\n\n- Award: 9 June', ' [TBC]', ' by post', '\n'];
    outcome(text, cache);
    for (let k = 0; k < 40; k++) {
      const at = random(text.length);
      text = random(3) === 0 ? text.slice(0, at) + text.slice(at + random(12)) : text.slice(0, at) + pieces[random(pieces.length)]! + text.slice(at);
      const incremental = outcome(text, cache);
      clearTextMemos();
      expect(incremental).toEqual(outcome(text));
    }
  });
});

/** A clause repeated in many blocks: each keeps its own placed facts and placeholders, and none takes another's. */
const repeated = ['# Schedule', '', ...Array.from({ length: 8 }, (_, i) => [`## Part ${i + 1}`, '', 'Pay £1,000 within 30 days of 4 May 2027 to [insert account], 5% retained.', '']).flat()].join('\n');

const repeatedEdits: Array<[string, (t: string) => string]> = [
  ['a line added above the third copy', (t) => t.replace('## Part 3\n', '## Part 3\n\nNote.\n')],
  ['a word added above every copy', (t) => t.replace('# Schedule', '# The schedule')],
  ['the first copy removed', (t) => t.replace('## Part 1\n\nPay £1,000 within 30 days of 4 May 2027 to [insert account], 5% retained.\n', '## Part 1\n')],
  ['a copy added at the end', (t) => `${t}\nPay £1,000 within 30 days of 4 May 2027 to [insert account], 5% retained.\n`],
  // Every copy below stays at its offsets while its block id goes down by one.
  ['the note blanked, its length kept', (t) => t.replace('Note.', '     ')],
];

describe('repeated clauses after edits', () => {
  it.each(repeatedEdits.map(([name], i) => [name, i] as const))('after an edit to %s', (_name, i) => {
    clearTextMemos();
    const cache = new ChunkCache();
    let text = repeated;
    outcome(text, cache);
    for (const [, edit] of repeatedEdits.slice(0, i)) outcome((text = edit(text)), cache);
    const before = text;
    text = repeatedEdits[i]![1](text);
    expect(text).not.toBe(before);
    // The edit, then the same version again (every copy now placed where it is).
    const incremental = outcome(text, cache);
    const again = outcome(text, cache);
    clearTextMemos();
    const fresh = outcome(text);
    expect(incremental).toEqual(fresh);
    expect(again).toEqual(fresh);
    const f = check(text).facts;
    expect(new Set(f.money.map((m) => m.block)).size).toBe(f.money.length);
    expect(new Set(f.placeholders.items.map((p) => p.block)).size).toBe(f.placeholders.items.length);
  });
});
