/** Fines, service credits, deductions and liquidated damages, with amounts or "for any …". */
import type { TenderDocument } from '../../model/types';
import { testText } from '../../model/memo';
import type { Facts } from '../types';
import type { PenaltyClause, PenaltyKind } from './types';
import { at, inSentence, mayMatch, type Sentence } from './sentences';

const PENALTY_KINDS: Array<[PenaltyKind, RegExp]> = [
  ['liquidated-damages', /\bliquidated\s+damages\b/i],
  ['service-credit', /\bservice\s+credits?\b/i],
  ['fine', /\bfin(?:e|es|ed)\b(?!\s+(?:tun|detail|print|art))|\bpenalt(?:y|ies)\b|\bfinancial\s+sanctions?\b/i],
  ['deduction', /\bdeduct(?:ion|ions|ed)?\b|\bwithh[eo]ld(?:ing)?\s+(?:\w+\s+)?payments?\b/i],
];
const PENALTY_NOT =
  /\bperjury\b|\btax(?:es|ation)?\b|\bnational\s+insurance\b|\bsalar(?:y|ies)\b|\bwages?\b|\bregulators?\b|\bHMRC\b|\bfixed\s+penalty\s+notice|\blate\s+payment\b|\binterest\b|\bcriminal\b|\bcourt\b|\bfine\s+and\s+imprisonment|\bmodern\s+slavery|\bprosecut/i;
export const PENALTY_IMPOSED = /\b(?:will|shall|may|can)\s+(?:be\s+)?(?:appl(?:y|ied)|levied|levy|impose[ds]?|charged?|deduct(?:ed)?|payable|paid|withheld|issue[ds]?|fined?)\b|\bliable\s+(?:to|for)\b|\bsubject\s+to\b|\bentitled\s+to\s+(?:deduct|withhold|levy|impose|charge)/i;
const UNSPECIFIED =
  /\bfor\s+any\s+(?:\w+\s+)?(?:irregularit|breach|failure|non-?compliance|error|default|shortcoming|deficienc|infringement|lapse|omission|mistake)\w*|\bat\s+(?:the\s+)?(?:\w+['’]s?\s+)?(?:sole\s+|absolute\s+)?discretion\b|\bas\s+(?:the\s+)?\w+\s+(?:sees\s+fit|considers\s+appropriate|may\s+determine|deems\s+(?:appropriate|fit))|\bsuch\s+(?:sum|amount)s?\s+as\s+the\b/i;

/**
 * Whether a sentence that matches `PENALTY_IMPOSED` may state a penalty: it names one and is not about tax, wages
 * or the courts (what `penalties` asks first of every such sentence).
 */
export function mayPenalise(text: string): boolean {
  return !testText(PENALTY_NOT, text) && PENALTY_KINDS.some(([, re]) => testText(re, text));
}

export function penalties(doc: TenderDocument, facts: Facts, sentences: Sentence[]): PenaltyClause[] {
  const out: PenaltyClause[] = [];
  for (const s of sentences) {
    if (!mayMatch(s, PENALTY_IMPOSED) || testText(PENALTY_NOT, s.text)) continue;
    const kind = PENALTY_KINDS.map(([k, re]) => ({ k, m: re.exec(s.text) })).find((x) => x.m);
    if (!kind) continue;
    const key = kind.m!;
    const amount = inSentence(facts.money, s).find((m) => m.period !== 'year' && m.period !== 'total') ?? null;
    const percentage = inSentence(facts.percentages, s)[0] ?? null;
    let percentageOf: PenaltyClause['percentageOf'] = null;
    if (percentage) {
      const after = s.text.slice(percentage.end - s.start, percentage.end - s.start + 80);
      percentageOf = /^\s*of\s+(?:the\s+)?(?:annual|yearly)\b|^\s*of\s+(?:the\s+)?(?:contract\s+)?(?:value|price|charges?)\s+(?:per\s+(?:annum|year)|for\s+(?:the|that)\s+(?:contract\s+)?year)/i.test(after)
        ? 'annual'
        : /^\s*of\s+(?:the\s+)?(?:monthly|month['’]s)\b/i.test(after)
          ? 'monthly'
          : 'other';
    }
    out.push({
      ...at(doc, s, key.index, key.index + key[0].length),
      kind: kind.k,
      amount,
      percentage,
      percentageOf,
      unspecified: testText(UNSPECIFIED, s.text) && !amount && !percentage,
    });
  }
  return out;
}
