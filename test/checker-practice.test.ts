/**
 * The first check of an open document is followed by practice edits (each with its undo) through the document's chunk
 * cache (server/checker.ts), so that V8 compiles the paths an edit takes before the user types. What the user then
 * sees must be exactly what a checker without practice shows, edit after edit.
 */
import { describe, expect, it } from 'vitest';
import { Checker, WARM_EDIT_CHECKS } from '../server/checker';
import { DEFAULT_SETTINGS } from '../server/protocol';
import { smallTender } from './helpers/small-tender';

const TENDER = smallTender({
  selection: 'Consortium bids will not be accepted.',
  sections: [['Staff', 'Staff will transfer under TUPE. The contract is worth £450,000 per year.']],
});

/** Each version's findings and facts as the server would send and hold them. */
function run(checker: Checker, versions: string[]): string[] {
  const config = checker.configFor(null, DEFAULT_SETTINGS);
  const uri = 'file:///tenders/itt.md';
  return versions.map((text, v) => {
    const result = checker.checkText(text, 'itt.md', v + 1, config, uri);
    const held = checker.held(uri, result.held!);
    return JSON.stringify({ findings: result.findings, facts: held === null || held === 'dropped' ? held : held.facts });
  });
}

describe('practice after the first check', () => {
  const versions = [TENDER];
  const edits: [string, string][] = [
    ['at least £2,000,000', 'at least £20,000,000'],
    ['Consortium bids will not be accepted.', 'Consortium bids are welcome.'],
    ['within 60 days', 'within 30 days'],
    ['## 3. Staff', '## 3. Staff and pensions'],
    ['10 July 2026', '1 July 2026'],
  ];
  for (const [from, to] of edits) versions.push(versions[versions.length - 1]!.replace(from, to));

  it('practises once per document opened, and the findings and facts are those of a checker that does not', () => {
    const practising = new Checker();
    const plain = new Checker(undefined, undefined, false);
    expect(run(practising, versions)).toEqual(run(plain, versions));
    expect(practising.practised).toBe(1);
    expect(plain.practised).toBe(0);
  });

  it('gives each version what a fresh check gives', () => {
    const fresh = versions.map((text) => run(new Checker(undefined, undefined, false), [text])[0]!);
    expect(run(new Checker(), versions)).toEqual(fresh);
  });

  it('stops practising once the checker has made enough edit checks, real or practice', () => {
    const checker = new Checker();
    const config = checker.configFor(null, DEFAULT_SETTINGS);
    checker.checkText(TENDER, 'a.md', 1, config, 'file:///tenders/a.md');
    expect(checker.practised).toBe(1);
    expect(checker.editChecks).toBeGreaterThanOrEqual(2);
    expect(checker.editChecks).toBeLessThanOrEqual(WARM_EDIT_CHECKS);
    // The user types in the first document until the checker is warm.
    let text = TENDER;
    for (let v = 2; checker.editChecks < WARM_EDIT_CHECKS; v++) {
      text = v % 2 ? text.replace('two years', 'three years') : text.replace('three years', 'two years');
      checker.checkText(text, 'a.md', v, config, 'file:///tenders/a.md');
    }
    // A document opened now is checked without practice.
    const before = checker.editChecks;
    checker.checkText(TENDER.replace('Invitation to tender', 'Specification'), 'b.md', 1, config, 'file:///tenders/b.md');
    expect(checker.practised).toBe(1);
    expect(checker.editChecks).toBe(before);
  });
});
