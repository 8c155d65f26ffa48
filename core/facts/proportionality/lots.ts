/** Whether the contract is divided into lots, and any reason for not doing so. */
import type { TenderDocument } from '../../model/types';
import type { LotsFacts } from './types';
import { at, execIn, nextSentence, type Sentence } from './sentences';

export const NOT_DIVIDED =
  /\b(?:not|no)\s+(?:be\s+|been\s+)?(?:divided|split|separated|broken\s+down)\s+into\s+(?:\w+\s+)?lots\b|\bsingle\s+lot\b|\bno\s+lots\b|\bnot\s+(?:be\s+)?(?:let|tendered|procured|offered)\s+(?:in|as)\s+(?:separate\s+)?lots\b|\b(?:let|awarded|procured|tendered)\s+as\s+(?:a\s+)?(?:single|one)\s+(?:contract|lot)\b|\bnot\s+to\s+(?:divide|split)\b[^.]{0,40}\blots\b/i;
export const DIVIDED = /\b(?:divided|split|separated)\s+into\s+(?:\w+\s+){0,2}lots\b|\bLot\s+(?:\d+|one|two|three|[A-F])\b|\bthe\s+following\s+lots\b/i;
const LOT_REASON = /\bbecause\b|\bwill\s+(?:ensure|allow|keep|avoid|maintain|give)\b|\breasons?\b|\bdue\s+to\b|\bas\s+(?:the|this|it|a\s+single|one)\b|\bsince\b|\bin\s+order\s+to\b|\bso\s+that\b|\bto\s+(?:ensure|avoid|maintain|provide|keep|allow)\b|\bjustif(?:y|ied|ication)\b|\bwould\s+(?:not|fragment|risk|make|increase|reduce)\b/i;

export function lots(doc: TenderDocument, sentences: Sentence[]): LotsFacts {
  const out: LotsFacts = { divided: null, notDivided: null, reason: null };
  sentences.forEach((s, i) => {
    const no = execIn(s, NOT_DIVIDED);
    if (no) {
      out.notDivided ??= at(doc, s, no.index, no.index + no[0].length);
      if (!out.reason) {
        const rest = s.text.slice(no.index + no[0].length);
        const next = nextSentence(doc, sentences, i);
        if (LOT_REASON.test(rest)) out.reason = at(doc, s, 0, s.text.length);
        else if (next && next.block.section === s.block.section && LOT_REASON.test(next.text)) out.reason = at(doc, next, 0, next.text.length);
      }
      return;
    }
    const yes = execIn(s, DIVIDED);
    if (yes) out.divided ??= at(doc, s, yes.index, yes.index + yes[0].length);
  });
  return out;
}
