/** Accounts demanded ("three years' audited accounts"), whether an alternative is offered, and trading-history bars. */
import type { TenderDocument } from '../../model/types';
import { testText } from '../../model/memo';
import type { Facts } from '../types';
import type { AccountsDemand } from './types';
import { at, DEMAND, execIn, following, inSentence, type Sentence } from './sentences';

export const ACCOUNTS =
  /\b(?:(?:audited|annual|financial|statutory|published|filed|company|detailed|full|certified)\s*|(?:years?|year['’]s|years['’])\s+(?:of\s+)?(?:audited\s+)?|sets?\s+of\s+(?:audited\s+)?)accounts\b|\baccounts\s+for\s+(?:the\s+)?(?:last|past|previous|most\s+recent)\b|\bfinancial\s+statements\b/i;
const CONDITIONAL_AUDIT =
  /\baudited\s+(?:accounts\s+)?(?:if|where|when)\s+(?:\w+\s+){0,3}(?:required|applicable|appropriate|available)|\(\s*audited\s+if|\bif\s+(?:you\s+are\s+|your\s+organisation\s+is\s+)?(?:legally\s+)?required\s+to\s+(?:have\s+|produce\s+|publish\s+)?(?:\w+\s+)?audited|\baudited\s+(?:accounts\s+)?(?:or|and\/or)\s+(?:unaudited|management|independently\s+examined)/i;
const ALTERNATIVE =
  /\b(?:or|alternatively|otherwise)\b[^.]{0,160}\b(?:management\s+accounts|unaudited|independently\s+examined|other\s+(?:financial\s+)?(?:information|evidence|documents?)|alternative|bank\s+(?:letter|reference|statement)|statement\s+of\s+(?:your\s+)?(?:financial|turnover|income)|business\s+plan|cash\s*flow|forecast|budget)|\bif\s+(?:you|they|your\s+organisation|it)\s+(?:ha(?:ve|s)\s+)?(?:not\s+)?(?:been\s+)?(?:traded|trading|operated|operating|existed)\s+for\s+(?:less|fewer)|\bnewly\s+(?:formed|established|created|trading)|\bnew\s+(?:organisations|businesses|entrants|start-?ups)\b|\b(?:unable\s+to|cannot|can['’]t)\s+provide\b|\bif\s+(?:these|they|accounts)\s+are\s+not\s+available|\bany\s+other\s+document/i;
export const TRADING_BAR =
  /\b(?:trading|operating|established|in\s+existence|been\s+(?:trading|operating|established))\s+(?:for\s+)?(?:less|fewer)\s+than\s+([^.]{1,30}?\byears?)\b[^.]*?\b(?:will\s+not\s+be\s+(?:considered|accepted|evaluated|eligible)|(?:is|are|will\s+be)\s+(?:excluded|ineligible|rejected|disqualified)|(?:cannot|may\s+not)\s+(?:bid|apply|tender))/i;

export function accounts(doc: TenderDocument, facts: Facts, sentences: Sentence[]): AccountsDemand[] {
  const out: AccountsDemand[] = [];
  for (const s of sentences) {
    const bar = execIn(s, TRADING_BAR);
    if (bar) {
      const years = inSentence(facts.durations, s).find((d) => d.unit === 'year' && d.start - s.start >= bar.index);
      out.push({ ...at(doc, s, bar.index, bar.index + bar[0].length), kind: 'trading-history', audited: false, years: years?.value ?? null, alternative: testText(ALTERNATIVE, s.text) });
      continue;
    }
    const m = execIn(s, ACCOUNTS);
    if (!m || !testText(DEMAND, s.text) || /\b(?:we|our)\b/i.test(s.text.slice(0, m.index))) continue;
    const years = inSentence(facts.durations, s).find((d) => d.unit === 'year' && d.value <= 10 && Math.abs(d.start - s.start - m.index) < 60);
    // Alternatives offered just after, in a list or a sentence that starts "If you cannot…", "Alternatively…".
    const later = following(doc, s.block, 4)
      .filter((b) => b.kind === 'listItem' || /^\s*(?:\(?[a-z0-9]{1,3}[.)]\s*)?(?:if|alternatively|otherwise|where|or|new\s+organisations|organisations\s+that)\b/i.test(b.text))
      .map((b) => b.text);
    const alternative = testText(ALTERNATIVE, s.text) || ALTERNATIVE.test(s.block.text.slice(s.end)) || later.some((t) => ALTERNATIVE.test(t));
    out.push({
      ...at(doc, s, m.index, m.index + m[0].length),
      kind: 'accounts',
      audited: /\baudited\b/i.test(s.text) && !testText(CONDITIONAL_AUDIT, s.text),
      years: years?.value ?? null,
      alternative,
    });
  }
  return out;
}
