/** Unlimited liability or uncapped indemnities, and liability caps. */
import type { TenderDocument } from '../../model/types';
import { testText } from '../../model/memo';
import type { Facts } from '../types';
import type { LiabilityTerm } from './types';
import { at, execIn, inSentence, type Sentence } from './sentences';

export const UNLIMITED =
  /\bunlimited\s+(?:liabilit(?:y|ies)|indemnit(?:y|ies))\b|\bliabilit(?:y|ies)\s+(?:[\w'’]+\s+){0,8}?(?:shall|will|is|are)\s+(?:be\s+)?unlimited\b|\buncapped\s+(?:liabilit(?:y|ies)|indemnit(?:y|ies))\b|\b(?:liabilit(?:y|ies)|indemnit(?:y|ies))\s+(?:[\w'’]+\s+){0,8}?(?:shall|will|is|are)\s+not\s+(?:be\s+)?(?:limited|capped|subject\s+to\s+(?:any|a)\s+(?:cap|limit))\b|\bindemnif(?:y|ies)\b[^.]{0,160}\bwithout\s+(?:any\s+)?(?:limit|limitation|cap)\b|\bfull\s+and\s+unlimited\s+indemnity\b/i;
/** Liability the law does not let a contract limit, or carve-outs from a cap that are usual and sound. */
const LIABILITY_CARVE_OUT = /\bdeath\b|\bpersonal\s+injury\b|\bfraud(?:ulent)?\b|\b(?:cannot|may\s+not)\s+(?:lawfully\s+)?be\s+(?:limited|excluded)\b|\bby\s+law\b|\bnothing\s+in\s+this\b/i;
export const CAP = /\b(?:total|aggregate|maximum|overall)\s+liability\b[^.]{0,160}?\b(?:shall\s+not\s+exceed|will\s+not\s+exceed|limited\s+to|capped\s+at|not\s+(?:to\s+)?exceed)\b/i;
const SUPPLIER = /\b(?:supplier|provider|contractor|tenderer|bidder|consultant|grantee)['’]?s?\b|\byou(?:r)?\b/i;
const AUTHORITY = /\b(?:council|authority|buyer|customer|trust|department|commissioner|purchaser)['’]?s?\b/i;

export function liability(doc: TenderDocument, facts: Facts, sentences: Sentence[]): LiabilityTerm[] {
  const out: LiabilityTerm[] = [];
  for (const s of sentences) {
    const u = execIn(s, UNLIMITED);
    if (u && !testText(LIABILITY_CARVE_OUT, s.text)) {
      const before = s.text.slice(0, u.index + u[0].length);
      const party = SUPPLIER.test(before) ? 'supplier' : AUTHORITY.test(before) ? 'authority' : null;
      out.push({ ...at(doc, s, u.index, u.index + u[0].length), kind: 'unlimited', amount: null, party });
      continue;
    }
    const c = execIn(s, CAP);
    if (c) {
      const amount = inSentence(facts.money, s).find((m) => m.start - s.start >= c.index) ?? null;
      const head = s.text.slice(0, c.index + c[0].length);
      out.push({ ...at(doc, s, c.index, c.index + c[0].length), kind: 'cap', amount, party: SUPPLIER.test(head) ? 'supplier' : AUTHORITY.test(head) ? 'authority' : null });
    }
  }
  return out;
}
