/** Contract value and term, chosen from the money and duration facts by the words around them. */
import type { TenderDocument } from '../model/types';
import { labelContext } from './context';
import type { ContractTermFacts, ContractValueFacts, DurationFact, Facts, MoneyFact } from './types';

const VALUE_CONTEXT =
  /\b(?:(?:estimated|total|maximum|indicative|anticipated|approximate|overall|whole[- ]life|annual)\s+(?:contract\s+)?value|contract\s+value|value\s+of\s+(?:the|this)\s+(?:contract|framework|agreement|opportunity)|(?:contract|annual|total|available|indicative)\s+budget|budget\s+(?:for|of)\s+(?:the|this)\s+(?:contract|service))/i;
/** Money that is demanded of bidders or a limit, not the contract's value. */
const NOT_VALUE = /\b(?:turnover|insurance|indemnity|liability|cover|fine|penalt|credit|deduct|salary|wage|per\s+hour|threshold)\b/i;

export function contractValue(doc: TenderDocument, facts: Facts): ContractValueFacts {
  const out: ContractValueFacts = { total: null, annual: null };
  for (const m of facts.money) {
    const context = labelContext(doc, doc.blocks[m.block]!, m.sentence);
    if (!VALUE_CONTEXT.test(context) || NOT_VALUE.test(context)) continue;
    const annual = m.period === 'year' || (m.period === null && /\b(?:annual|per\s+(?:year|annum)|each\s+year|a\s+year)\b/i.test(context) && !/\btotal\b/i.test(context));
    if (annual) out.annual ??= m;
    else if (m.period === null || m.period === 'total') out.total ??= m;
  }
  return out;
}

const TERM_CONTEXT =
  /\b(?:contract(?:ual)?\s+(?:term|period|duration|length)|initial\s+(?:term|period|contract)|term\s+of\s+(?:the\s+)?(?:contract|agreement|framework)|(?:contract|agreement|framework)\s+(?:will|shall)\s+(?:run|be\s+let|last|be\s+awarded)|(?:for|over)\s+(?:a|an\s+initial)\s+(?:period|term)\s+of|duration\s+of\s+(?:the\s+)?(?:contract|agreement|framework)|-(?:year|month)\s+(?:contract|agreement|framework))/i;
const NOT_TERM = /\b(?:tender(?:ing)?\s+period|standstill|mobili[sz]ation|notice|clarification|warranty|retention|experience|accounts|payment|invoice|days?\s+of\s+receipt)\b/i;
const EXTENSION = /\b(?:extension|extend(?:ed)?|further\s+(?:period|term)|option(?:al)?\s+(?:period|year))/i;

function part(d: DurationFact, value: number): DurationFact {
  const months = d.unit === 'year' ? value * 12 : d.unit === 'month' ? value : null;
  const days = d.unit === 'day' ? value : d.unit === 'week' ? value * 7 : null;
  return { ...d, value, parts: [value], months, days };
}

export function contractTerm(doc: TenderDocument, facts: Facts): ContractTermFacts {
  const out: ContractTermFacts = { initial: null, extensions: [], maxMonths: null };
  for (const d of facts.durations) {
    if (d.unit !== 'month' && d.unit !== 'year') continue;
    const context = labelContext(doc, doc.blocks[d.block]!, d.sentence);
    if (NOT_TERM.test(context)) continue;
    const isTerm = TERM_CONTEXT.test(context);
    // "extension of up to 12 months": the words just before the duration decide.
    const before = d.sentence.slice(0, Math.max(0, d.sentence.indexOf(d.text)));
    const isExtension = EXTENSION.test(before.slice(-60)) && !(d.parts.length > 1);
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
