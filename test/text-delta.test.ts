/**
 * A check sent to the check worker as the edits since the text it has (server/text-delta.ts): the edits applied in
 * order, the numbered change log the server keeps, and the documents it makes, whose recorded edits must turn each
 * old text into the new one.
 */
import { describe, expect, it } from 'vitest';
import { ChangeLog, SentTexts, applySplices, recordingEdits, type Splice } from '../server/text-delta';

describe('applySplices', () => {
  const text = 'Tenders must be returned by 12 noon.';
  const cases: Array<[string, Splice[], string | null]> = [
    ['nothing', [], text],
    ['an insertion', [{ start: 8, deleted: 0, inserted: 'really ' }], 'Tenders really must be returned by 12 noon.'],
    ['a deletion', [{ start: 28, deleted: 7, inserted: '' }], 'Tenders must be returned by .'],
    ['a replacement', [{ start: 28, deleted: 7, inserted: '5 pm' }], 'Tenders must be returned by 5 pm.'],
    ['at the end', [{ start: 36, deleted: 0, inserted: ' Late tenders are not opened.' }], 'Tenders must be returned by 12 noon. Late tenders are not opened.'],
    ['two, the second in the text the first left', [{ start: 0, deleted: 7, inserted: 'Bids' }, { start: 5, deleted: 4, inserted: 'shall' }], 'Bids shall be returned by 12 noon.'],
    ['one past the end', [{ start: 30, deleted: 10, inserted: '' }], null],
    ['a negative start', [{ start: -1, deleted: 0, inserted: 'x' }], null],
  ];
  it.each(cases)('%s', (_name, splices, expected) => {
    expect(applySplices(text, splices)).toBe(expected);
  });
});

describe('ChangeLog', () => {
  const a: Splice = { start: 0, deleted: 0, inserted: 'a' };
  const b: Splice = { start: 1, deleted: 0, inserted: 'b' };
  const c: Splice = { start: 2, deleted: 0, inserted: 'c' };

  it('numbers the edits of each document and gives those between two numbers', () => {
    const log = new ChangeLog();
    log.replaced('doc'); // opened: 1
    log.record('doc', a); // 2
    log.record('doc', b); // 3
    log.record('doc', c); // 4
    log.record('other', a);
    expect(log.last('doc')).toBe(4);
    expect(log.between('doc', 1, 4)).toEqual([a, b, c]);
    expect(log.between('doc', 2, 3)).toEqual([b]);
    expect(log.between('doc', 4, 4)).toEqual([]);
    expect(log.between('other', 0, 1)).toEqual([a]);
  });

  it('has nothing from before a whole text was set, or past the last edit, or backwards', () => {
    const log = new ChangeLog();
    log.replaced('doc'); // 1
    log.record('doc', a); // 2
    log.replaced('doc'); // 3: a change without a range
    log.record('doc', b); // 4
    expect(log.between('doc', 1, 4)).toBeNull();
    expect(log.between('doc', 2, 4)).toBeNull();
    expect(log.between('doc', 3, 4)).toEqual([b]);
    expect(log.between('doc', 3, 5)).toBeNull();
    expect(log.between('doc', 4, 3)).toBeNull();
    expect(log.between('unknown', 0, 0)).toBeNull();
  });

  it('drops the edits the worker has, and forgets a closed document', () => {
    const log = new ChangeLog();
    log.replaced('doc');
    log.record('doc', a);
    log.record('doc', b);
    log.record('doc', c);
    log.drop('doc', 3);
    expect(log.between('doc', 1, 4)).toBeNull();
    expect(log.between('doc', 3, 4)).toEqual([c]);
    log.drop('doc', 2); // already dropped: no change
    expect(log.between('doc', 3, 4)).toEqual([c]);
    log.forget('doc');
    expect(log.last('doc')).toBe(0);
    expect(log.between('doc', 3, 4)).toBeNull();
  });

  it('starts again past its bound, so that a document never checked does not hold every keystroke', () => {
    const log = new ChangeLog();
    log.replaced('doc');
    for (let i = 0; i < 5_001; i++) log.record('doc', a);
    expect(log.between('doc', 1, log.last('doc'))).toBeNull();
    log.record('doc', b);
    expect(log.between('doc', log.last('doc') - 1, log.last('doc'))).toEqual([b]);
    // A paste of over a million characters also starts it again.
    log.record('doc', { start: 0, deleted: 0, inserted: 'x'.repeat(1_000_001) });
    expect(log.between('doc', log.last('doc') - 2, log.last('doc'))).toBeNull();
  });
});

describe('SentTexts', () => {
  it('keeps the documents set last, up to its limit', () => {
    const sent = new SentTexts<number>(2);
    sent.set('a', 1);
    sent.set('b', 2);
    sent.set('a', 3); // a is now the most recent
    sent.set('c', 4);
    expect(sent.uris).toEqual(['a', 'c']);
    expect(sent.get('a')).toBe(3);
    expect(sent.get('b')).toBeUndefined();
    sent.delete('a');
    expect(sent.uris).toEqual(['c']);
    sent.clear();
    expect(sent.uris).toEqual([]);
  });
});

describe('recordingEdits: the server documents and their recorded edits', () => {
  const uri = 'file:///tenders/itt.md';
  const text = '# Invitation to tender\n\nTenders must be returned by 12 noon.\r\nThe contract is worth £250,000.\n';

  function setup() {
    const log = new ChangeLog();
    const config = recordingEdits(log);
    const doc = config.create(uri, 'markdown', 1, text);
    return { log, config, doc };
  }

  type Change = { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string } | { text: string };
  const cases: Array<[string, Change[], string]> = [
    ['a keystroke', [{ range: { start: { line: 2, character: 8 }, end: { line: 2, character: 8 } }, text: 's' }], '# Invitation to tender\n\nTenders smust be returned by 12 noon.\r\nThe contract is worth £250,000.\n'],
    ['a deletion across lines', [{ range: { start: { line: 2, character: 36 }, end: { line: 3, character: 0 } }, text: ' ' }], '# Invitation to tender\n\nTenders must be returned by 12 noon. The contract is worth £250,000.\n'],
    ['a range given end first', [{ range: { start: { line: 3, character: 3 }, end: { line: 3, character: 0 } }, text: 'This' }], '# Invitation to tender\n\nTenders must be returned by 12 noon.\r\nThis contract is worth £250,000.\n'],
    ['two changes, the second in the text the first left', [
      { range: { start: { line: 0, character: 2 }, end: { line: 0, character: 12 } }, text: 'Call' },
      { range: { start: { line: 0, character: 6 }, end: { line: 0, character: 6 } }, text: ' for bids' },
    ], '# Call for bids to tender\n\nTenders must be returned by 12 noon.\r\nThe contract is worth £250,000.\n'],
    ['a position past the end of a line (clamped, as the editor library does)', [{ range: { start: { line: 0, character: 99 }, end: { line: 0, character: 99 } }, text: '!' }], '# Invitation to tender!\n\nTenders must be returned by 12 noon.\r\nThe contract is worth £250,000.\n'],
  ];
  it.each(cases)('%s', (_name, changes, expected) => {
    const { log, config, doc } = setup();
    const updated = config.update(doc, changes as never, 2);
    expect(updated.getText()).toBe(expected);
    expect(updated.version).toBe(2);
    expect(applySplices(text, log.between(uri, 1, log.last(uri))!)).toBe(expected);
  });

  it('records a change without a range as a whole new text (no edits lead to it)', () => {
    const { log, config, doc } = setup();
    const updated = config.update(doc, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }, { text: 'New text.\n' }], 2);
    expect(updated.getText()).toBe('New text.\n');
    expect(log.between(uri, 1, log.last(uri))).toBeNull();
  });

  it('keeps versions and offsets as TextDocument does, an empty change included', () => {
    const { config, doc } = setup();
    const updated = config.update(doc, [], 7);
    expect(updated.version).toBe(7);
    expect(updated.getText()).toBe(text);
    expect(updated.positionAt(text.indexOf('The contract'))).toEqual({ line: 3, character: 0 });
  });
});
