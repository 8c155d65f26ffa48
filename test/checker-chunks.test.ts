/**
 * The language server keeps parsed chunks and facts for the few documents checked most recently
 * (server/checker.ts); a document whose chunks were dropped is parsed whole again and gets the same findings, and
 * one whose facts were dropped says so, to be read again (`rehold`) and answer the same.
 */
import { describe, expect, it } from 'vitest';
import { Checker, DROPPED, HELD_DOCUMENTS } from '../server/checker';
import { execute } from '../server/check-runner';
import { TextMemo } from '../core/model/memo';
import { DEFAULT_SETTINGS } from '../server/protocol';
import { smallTender } from './helpers/small-tender';

const tender = (n: number): string => smallTender({ title: `Invitation to tender ${n}`, turnover: `£${n},000,000` });

describe('parsed chunks kept per open document', () => {
  it('keeps the most recently checked documents only, and a dropped one is checked the same', () => {
    const checker = new Checker(2);
    const config = checker.configFor(null, DEFAULT_SETTINGS);
    const uri = (n: number) => `file:///tenders/t${n}.md`;
    const first = checker.checkText(tender(1), 't1.md', 1, config, uri(1));
    checker.checkText(tender(2), 't2.md', 1, config, uri(2));
    checker.checkText(tender(3), 't3.md', 1, config, uri(3));
    expect(checker.chunkCacheUris).toEqual([uri(2), uri(3)]);

    const again = checker.checkText(tender(1), 't1.md', 2, config, uri(1));
    expect(checker.chunkCacheUris).toEqual([uri(3), uri(1)]);
    expect(again.findings.length).toBeGreaterThan(2);
    expect(again.findings.map((f) => [f.ruleId, f.message, f.range.start.offset])).toEqual(first.findings.map((f) => [f.ruleId, f.message, f.range.start.offset]));

    checker.forget(uri(3));
    expect(checker.chunkCacheUris).toEqual([uri(1)]);
  });

  it('keeps nothing for text that is not an open document', () => {
    const checker = new Checker(2);
    checker.checkText(tender(4), 't4.md', 1, checker.configFor(null, DEFAULT_SETTINGS));
    expect(checker.chunkCacheUris).toEqual([]);
  });
});

describe('facts kept per open document', () => {
  const uri = (n: number) => `file:///tenders/t${n}.md`;

  it('keeps the last check of the documents checked or asked about last, and says when one was dropped', () => {
    const checker = new Checker(2, 2);
    const config = checker.configFor(null, DEFAULT_SETTINGS);
    const first = checker.checkText(tender(1), 't1.md', 1, config, uri(1));
    const second = checker.checkText(tender(2), 't2.md', 1, config, uri(2));
    expect(checker.heldUris).toEqual([uri(1), uri(2)]);
    // Asking about a document makes it the most recently used one.
    expect(checker.held(uri(1), first.held!)).not.toBeNull();
    expect(checker.heldUris).toEqual([uri(2), uri(1)]);
    checker.checkText(tender(3), 't3.md', 1, config, uri(3));
    expect(checker.heldUris).toEqual([uri(1), uri(3)]);
    expect(checker.held(uri(2), second.held!)).toBe(DROPPED);
    // A later check of the same document replaces the earlier one: the earlier number is not served.
    const again = checker.checkText(tender(1), 't1.md', 2, config, uri(1));
    expect(checker.held(uri(1), first.held!)).toBeNull();
    expect(checker.held(uri(1), again.held!)).not.toBeNull();
    checker.forget(uri(1));
    expect(checker.held(uri(1), again.held!)).toBe(DROPPED);
  });

  it('reads a dropped check again under its own number and answers from the same facts, and never replaces a later check', async () => {
    const checker = new Checker(2, 1);
    const config = checker.configFor(null, DEFAULT_SETTINGS);
    const fileConfig = config.fileConfig;
    await execute(checker, { op: 'lint', text: tender(1), path: 't1.md', fileConfig, uri: uri(1), held: 10 });
    const kept = checker.held(uri(1), 10);
    if (!kept || kept === DROPPED) throw new Error('not kept');
    const facts = JSON.stringify(kept.facts);
    const findings = kept.findings.map((f) => [f.ruleId, f.message, f.range.start.offset]);
    await execute(checker, { op: 'lint', text: tender(2), path: 't2.md', fileConfig, uri: uri(2), held: 11 });
    expect(await execute(checker, { op: 'facts', uri: uri(1), held: 10 })).toBe(DROPPED);
    expect(await execute(checker, { op: 'hover', uri: uri(1), held: 10, position: { line: 0, character: 0 } })).toBe(DROPPED);
    const answered = await execute(checker, { op: 'rehold', uri: uri(1), held: 10, fileConfig, question: { op: 'facts' }, text: tender(1), path: 't1.md' });
    expect(JSON.stringify(answered)).toBe(facts);
    const back = checker.held(uri(1), 10);
    if (!back || back === DROPPED) throw new Error('not read again');
    expect(JSON.stringify(back.facts)).toBe(facts);
    expect(back.findings.map((f) => [f.ruleId, f.message, f.range.start.offset])).toEqual(findings);
    expect(checker.heldUris).toEqual([uri(1)]);
    // Check 12 of the document came first: the earlier check 10 is not read over it.
    await execute(checker, { op: 'lint', text: tender(5), path: 't1.md', fileConfig, uri: uri(1), held: 12 });
    expect(await execute(checker, { op: 'rehold', uri: uri(1), held: 10, fileConfig, question: { op: 'facts' }, text: tender(1), path: 't1.md' })).toBeNull();
    expect(checker.held(uri(1), 12)).not.toBeNull();
  });

  it('empties the text memos when a document other than the last few checked comes to be checked', () => {
    const checker = new Checker(2, 2);
    const config = checker.configFor(null, DEFAULT_SETTINGS);
    const sentences = new TextMemo((text) => text.length);
    const check = (n: number, version = 1) => {
      checker.checkText(tender(n), `t${n}.md`, version, config, uri(n));
      sentences.get(`sentence of document ${n}`);
    };
    check(1);
    check(2);
    check(1, 2);
    expect(checker.memoDocumentKeys).toEqual([uri(1), uri(2)]);
    expect(sentences.size).toBe(2); // typing in two documents keeps what both remembered
    check(3);
    expect(checker.memoDocumentKeys).toEqual([uri(3)]);
    expect(sentences.size).toBe(1);
    // A check of text that is no open document counts by its path.
    checker.checkText(tender(4), 't4.md', 1, config);
    expect(checker.memoDocumentKeys).toEqual([uri(3), 't4.md']);
    // The emptied memos change no answer: the same findings as a checker that kept everything.
    const fresh = new Checker();
    const a = checker.checkText(tender(1), 't1.md', 3, config, uri(1)).findings.map((f) => [f.ruleId, f.message, f.range.start.offset]);
    const b = fresh.checkText(tender(1), 't1.md', 3, config, uri(1)).findings.map((f) => [f.ruleId, f.message, f.range.start.offset]);
    expect(a).toEqual(b);
  });

  it('keeps a few documents by default', () => {
    expect(HELD_DOCUMENTS).toBeGreaterThanOrEqual(1);
    expect(HELD_DOCUMENTS).toBeLessThan(20);
  });
});
