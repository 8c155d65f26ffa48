/** Shortlisting or pre-qualification stages that limit who may tender. */
import type { TenderDocument } from '../../model/types';
import type { SelectionStage } from './types';
import { at, execIn, rowText, type Sentence } from './sentences';

export const SHORTLIST = /\bshort-?list(?:ed|ing|s)?\b/i;
/** Shortlisting counts only when it decides who is invited to tender, by suitability. */
const SUITABILITY_STAGE = /\b(?:SQ|PQQ|selection\s+(?:questionnaire|stage|criteria|process)|suitability|pre-?qualification|expressions?\s+of\s+interest|invit(?:ed|ation)\s+to\s+(?:submit\s+(?:a\s+)?)?tenders?|ITT\s+stage|tender\s+stage)\b/i;
export const PRE_QUALIFICATION =
  /\bpre-?qualification\s+(?:questionnaire|stage)\b|\bPQQ\s+stage\b|\b(?:only\s+)?(?:those\s+)?(?:bidders|suppliers|applicants|organisations|candidates)\s+(?:who|that)\s+(?:pass|meet|are\s+successful\s+(?:at|in))\s+(?:the\s+)?(?:selection|SQ|PQQ|suitability)[^.]*\binvited\s+to\s+(?:submit\s+(?:a\s+)?)?tenders?\b/i;

export function selection(doc: TenderDocument, sentences: Sentence[]): SelectionStage[] {
  const out: SelectionStage[] = [];
  for (const s of sentences) {
    const pq = execIn(s, PRE_QUALIFICATION);
    if (pq) {
      out.push({ ...at(doc, s, pq.index, pq.index + pq[0].length), kind: 'pre-qualification' });
      continue;
    }
    const sl = execIn(s, SHORTLIST);
    if (sl && SUITABILITY_STAGE.test(`${s.text} | ${rowText(doc, s.block)}`)) out.push({ ...at(doc, s, sl.index, sl.index + sl[0].length), kind: 'shortlisting' });
  }
  return out;
}
