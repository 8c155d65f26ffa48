/** Minimum turnover demanded of bidders: "minimum annual turnover of £2m", who must meet it and whether reasons are stated. */
import type { TenderDocument } from '../../model/types';
import { testText } from '../../model/memo';
import type { Facts } from '../types';
import type { TurnoverBasis, TurnoverDemand } from './types';
import { at, inSentence, mayMatch, rowText, type Sentence } from './sentences';

export const TURNOVER = /\bturnover\b/i;
const TURNOVER_MINIMUM = /\b(?:minimum|at\s+least|not\s+less\s+than|no\s+less\s+than|in\s+excess\s+of|must\s+(?:have|demonstrate|show)|required?|shall\s+have)\b/i;
/** Turnover mentioned for another purpose: Modern Slavery Act statements, SME definitions, maxima. */
const TURNOVER_OTHER =
  /\bmodern\s+slavery|\bsection\s+54\b|relevant\s+commercial\s+organisation|\bSMEs?\b|small\s+and\s+medium|\bmicro\b|\b(?:no|not)\s+more\s+than\b|(?<!\b(?:not|no)\s)\bless\s+than\b|\bbelow\s+£|\bunder\s+£|\bup\s+to\b|\bmaximum\b|\bdoes\s+not\s+exceed\b/i;
const BASIS: Array<[TurnoverBasis, RegExp]> = [
  ['each-member', /\beach\s+(?:consortium\s+)?(?:member|partner|party)\b|\bevery\s+(?:consortium\s+)?member\b|\bindividually\b|\bper\s+member\b/i],
  ['lead', /\blead\s+(?:member|bidder|partner|provider|organisation|contractor|supplier)\b|\bprime\s+contractor\b/i],
  ['combined', /\bcombined\b|\baggregate\b|\bjointly\b|\bcollectively\b|\btogether\b|\bacross\s+(?:the\s+)?(?:members|consortium)\b/i],
];
const REASONS = /\bbecause\b|\breasons?\b|\bjustif(?:y|ied|ication)\b|\bdue\s+to\b|\bin\s+view\s+of\b|\bgiven\s+(?:the|that)\b|\bsince\b|\breflects?\b/i;

export function turnover(doc: TenderDocument, facts: Facts, sentences: Sentence[]): TurnoverDemand[] {
  const out: TurnoverDemand[] = [];
  sentences.forEach((s, i) => {
    // Outside tables the context is the sentence, and most sentences never mention turnover.
    if (s.block.table === undefined && !mayMatch(s, TURNOVER)) return;
    const context = `${s.text} | ${rowText(doc, s.block)}`;
    if (!testText(TURNOVER, context) || !testText(TURNOVER_MINIMUM, context) || testText(TURNOVER_OTHER, context)) return;
    const money = inSentence(facts.money, s).filter((m) => m.period !== 'hour' && m.period !== 'day');
    const key = TURNOVER.exec(s.text);
    const amount = (key ? money.find((m) => m.start - s.start > key.index) : undefined) ?? money[0];
    if (!amount) return;
    const next = sentences[i + 1]?.block === s.block ? sentences[i + 1]!.text : '';
    out.push({
      ...at(doc, s, amount.start - s.start, amount.end - s.start),
      amount,
      basis: BASIS.find(([, re]) => re.test(s.text))?.[0] ?? null,
      reasonsStated: testText(REASONS, s.text) || testText(REASONS, next),
    });
  });
  return out;
}
