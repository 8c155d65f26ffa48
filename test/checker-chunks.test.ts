/**
 * The language server keeps parsed chunks for the few documents checked most recently (server/checker.ts); a
 * document whose chunks were dropped is parsed whole again and gets the same findings.
 */
import { describe, expect, it } from 'vitest';
import { Checker } from '../server/checker';
import { DEFAULT_SETTINGS } from '../server/protocol';

const tender = (n: number) => `# Invitation to tender ${n}

## 1. Timetable

| Event | Date |
| --- | --- |
| Clarification questions close | 10 July 2026 |
| Tender submission deadline | 12:00 on 31 August 2026 |

## 2. Selection

Bidders must have an annual turnover of at least £${n},000,000 and must provide three years of audited accounts.

## 3. Payment

Invoices will be paid within 60 days of receipt.
`;

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
