/** Contract value and term, chosen from the money and duration facts by the words around them. */
import type { TenderDocument } from '../model/types';
import { TextMemo } from '../model/memo';
import { labelContext } from './context';
import type { ContractTermFacts, ContractValueFacts, DurationFact, Facts, MoneyFact } from './types';

const VALUE_CONTEXT =
  /\b(?:(?:estimated|total|maximum|indicative|anticipated|approximate|overall|whole[- ]life|annual)\s+(?:contract\s+)?value|contract\s+value|value\s+of\s+(?:the|this)\s+(?:contract|framework|agreement|opportunity)|(?:contract|annual|total|available|indicative)\s+budget|budget\s+(?:for|of)\s+(?:the|this)\s+(?:contract|service))/i;
/** Money that is demanded of bidders or a limit, not the contract's value. */
const NOT_VALUE = /\b(?:turnover|insurance|indemnity|liability|cover|fine|penalt|credit|deduct|salary|wage|per\s+hour|threshold)\b/i;

const ANNUAL_WORDS = /\b(?:annual|per\s+(?:year|annum)|each\s+year|a\s+year)\b/i;
const TOTAL_WORD = /\btotal\b/i;

/** What a money fact's context says, by context text (most are sentences, the same strings check after check). */
const IS_VALUE = 1;
const SAYS_ANNUAL = 2;
const valueWords = new TextMemo((context) => {
  if (!VALUE_CONTEXT.test(context) || NOT_VALUE.test(context)) return 0;
  return IS_VALUE | (ANNUAL_WORDS.test(context) && !TOTAL_WORD.test(context) ? SAYS_ANNUAL : 0);
});

export function contractValue(doc: TenderDocument, facts: Facts): ContractValueFacts {
  const out: ContractValueFacts = { total: null, annual: null };
  for (const m of facts.money) {
    const words = valueWords.get(labelContext(doc, doc.blocks[m.block]!, m.sentence));
    if ((words & IS_VALUE) === 0) continue;
    const annual = m.period === 'year' || (m.period === null && (words & SAYS_ANNUAL) !== 0);
    if (annual) out.annual ??= m;
    else if (m.period === null || m.period === 'total') out.total ??= m;
  }
  return out;
}

const TERM_CONTEXT =
  /\b(?:contract(?:ual)?\s+(?:term|period|duration|length)|initial\s+(?:term|period|contract)|term\s+of\s+(?:the\s+)?(?:contract|agreement|framework)|(?:contract|agreement|framework)\s+(?:will|shall)\s+(?:run|be\s+let|last|be\s+awarded)|(?:for|over)\s+(?:a|an\s+initial)\s+(?:period|term)\s+of|duration\s+of\s+(?:the\s+)?(?:contract|agreement|framework)|-(?:year|month)\s+(?:contract|agreement|framework))/i;
const NOT_TERM = /\b(?:tender(?:ing)?\s+period|standstill|mobili[sz]ation|notice|clarification|warranty|retention|experience|accounts|payment|invoice|days?\s+of\s+receipt)\b/i;
const EXTENSION = /\b(?:extension|extend(?:ed)?|further\s+(?:period|term)|option(?:al)?\s+(?:period|year))/i;

/** What a duration fact's context says, by context text. */
const NOT_A_TERM = 0;
const IS_TERM = 1;
const NEUTRAL = 2;
const termWords = new TextMemo((context) => (NOT_TERM.test(context) ? NOT_A_TERM : TERM_CONTEXT.test(context) ? IS_TERM : NEUTRAL));

/** Per sentence, whether the words just before a duration's text (its first occurrence) name an extension. */
const extensionsBefore = new TextMemo<Map<string, boolean>>(() => new Map());

function extendedBefore(sentence: string, text: string): boolean {
  const known = extensionsBefore.get(sentence);
  let answer = known.get(text);
  if (answer === undefined) {
    const before = sentence.slice(0, Math.max(0, sentence.indexOf(text)));
    answer = EXTENSION.test(before.slice(-60));
    known.set(text, answer);
  }
  return answer;
}

function part(d: DurationFact, value: number): DurationFact {
  const months = d.unit === 'year' ? value * 12 : d.unit === 'month' ? value : null;
  const days = d.unit === 'day' ? value : d.unit === 'week' ? value * 7 : null;
  return { ...d, value, parts: [value], months, days };
}

export function contractTerm(doc: TenderDocument, facts: Facts): ContractTermFacts {
  const out: ContractTermFacts = { initial: null, extensions: [], maxMonths: null };
  for (const d of facts.durations) {
    if (d.unit !== 'month' && d.unit !== 'year') continue;
    const words = termWords.get(labelContext(doc, doc.blocks[d.block]!, d.sentence));
    if (words === NOT_A_TERM) continue;
    const isTerm = words === IS_TERM;
    // "extension of up to 12 months": the words just before the duration decide.
    const isExtension = !(d.parts.length > 1) && (isTerm || out.initial !== null) && extendedBefore(d.sentence, d.text);
    if (isExtension && (isTerm || out.initial)) {
      out.extensions.push(d);
      continue;
    }
    if (!isTerm || out.initial) continue;
    if (d.parts.length > 1) {
      out.initial = part(d, d.parts[0]!);
      out.extensions.push(...d.parts.slice(1).map((p) => part(d, p)));
    } else {
      out.initial = d;
    }
  }
  if (out.initial?.months != null) {
    out.maxMonths = out.initial.months + out.extensions.reduce((sum, e) => sum + (e.months ?? 0), 0);
  }
  return out;
}
