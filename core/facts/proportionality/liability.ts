/**
 * Unlimited liability or uncapped indemnities, and liability caps.
 *
 *   unlimited    "liability shall be unlimited", "indemnify … without limit", indemnities taken outside the cap
 *                ("does not limit or exclude its liability for any indemnity given under clause …")
 *   cap          "total liability shall not exceed £1m"
 *   limitation   a reference to a limitation of liability clause, without an amount
 *   indemnity    a broad indemnity ("indemnify … against all losses"), uncapped unless a cap or limitation is read
 */
import type { TenderDocument } from '../../model/types';
import { testText } from '../../model/memo';
import type { Facts } from '../types';
import type { LiabilityTerm } from './types';
import { at, execIn, inSentence, type Sentence } from './sentences';

export const UNLIMITED =
  /\bunlimited\s+(?:liabilit(?:y|ies)|indemnit(?:y|ies))\b|\bliabilit(?:y|ies)\s+(?:[\w'’]+\s+){0,8}?(?:shall|will|is|are)\s+(?:be\s+)?unlimited\b|\buncapped\s+(?:liabilit(?:y|ies)|indemnit(?:y|ies))\b|\b(?:liabilit(?:y|ies)|indemnit(?:y|ies))\s+(?:[\w'’]+\s+){0,8}?(?:shall|will|is|are)\s+not\s+(?:be\s+)?(?:limited|capped|subject\s+to\s+(?:any|a)\s+(?:cap|limit))\b|\bindemnif(?:y|ies)\b[^.]{0,160}\bwithout\s+(?:any\s+)?(?:limit|limitation|cap)\b|\bfull\s+and\s+unlimited\s+indemnity\b|\b(?:does|do|shall|will)\s+not\s+(?:in\s+any\s+way\s+)?(?:limit|restrict|cap)(?:\s+(?:or|and\/or)\s+(?:exclude|restrict|limit))?\s+(?:its|their|his|her|(?:the\s+)?[\w'’]+['’]s?)\s+liability\s+(?:for|in\s+respect\s+of|under|arising\s+(?:under|from))\s+(?:any\s+|each\s+|all\s+)?(?:of\s+)?(?:the\s+|its\s+)?indemnit(?:y|ies)\b|\b(?:limits?|limitations?|caps?)\s+(?:of|on)\s+(?:\w+['’]s?\s+)?liability\b(?:[^.;]|\.(?=\d)){0,80}?\b(?:shall|will|do(?:es)?)\s+not\s+apply\s+to\s+(?:any\s+|the\s+)?(?:[\w'’]+\s+){0,2}?indemnit(?:y|ies)\b/i;
/** Liability the law does not let a contract limit, or carve-outs from a cap that are usual and sound. */
const LIABILITY_CARVE_OUT = /\bdeath\b|\bpersonal\s+injury\b|\bfraud(?:ulent)?\b|\b(?:cannot|may\s+not)\s+(?:lawfully\s+)?be\s+(?:limited|excluded)\b|\bby\s+law\b|\bnothing\s+in\s+this\b/i;
export const CAP = /\b(?:total|aggregate|maximum|overall)\s+liability\b(?:[^.]|\.(?=\d)){0,160}?\b(?:shall\s+not\s+exceed|will\s+not\s+exceed|limited\s+to|capped\s+at|not\s+(?:to\s+)?exceed|(?:is|shall\s+be|will\s+be)\s+no\s+(?:more|greater)\s+than|(?:shall|will)\s+not\s+be\s+more\s+than|(?:shall|will)\s+in\s+no\s+event\s+exceed)\b/i;
/** A reference to a limitation of liability clause, which caps indemnities given elsewhere in the contract. */
export const LIMITATION =
  /\blimitation\s+(?:of|on)\s+(?:the\s+)?(?:[\w'’]+['’]s?\s+)?liability\b|\blimit(?:s|ing)?\s+(?:(?:of|on)\s*)?(?:the\s+)?liability\b|\bliability\s+caps?\b|\bsubject\s+to\s+(?:the\s+)?(?:limits?|caps?|limitations?)\s+(?:of|on|in|set\s+out)\b/i;
/** A broad indemnity given by the supplier: "the Supplier shall indemnify the Council against all losses". */
export const INDEMNITY_ALL =
  /\b(?:the\s+(?:supplier|provider|contractor|consultant|grantee)|you)\s+(?:shall|will|must|agrees?\s+to|undertakes?\s+to)\s+(?:\([^)]{0,60}\)\s+)?(?:fully\s+|at\s+all\s+times\s+)?indemnify\b(?:[^.;]|\.(?=\d)){0,200}?\b(?:from\s+and\s+)?against\s+(?:all|any\s+and\s+all|all\s+and\s+any)\s+(?:[\w-]+\s+){0,2}?(?:losses|claims|liabilit(?:y|ies)|damages|costs|expenses|demands|actions|proceedings)\b/i;
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
      continue;
    }
    const l = execIn(s, LIMITATION);
    if (l) {
      out.push({ ...at(doc, s, l.index, l.index + l[0].length), kind: 'limitation', amount: null, party: null });
      continue;
    }
    const i = execIn(s, INDEMNITY_ALL);
    if (i && !testText(LIABILITY_CARVE_OUT, s.text)) out.push({ ...at(doc, s, i.index, i.index + i[0].length), kind: 'indemnity', amount: null, party: 'supplier' });
  }
  return out;
}
