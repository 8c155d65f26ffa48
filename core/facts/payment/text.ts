/** Helpers shared by the payment fact builders: facts of a sentence, signals. */
import type { TenderDocument } from '../../model/types';
import { statelessPattern, testText } from '../../model/memo';
import type { Sentence } from '../tupe-vat/text';
import { signalAt } from '../tupe-vat/text';
import type { FactLocation } from '../types';
import { factsOfBlock } from '../spans';
import type { PaymentSignal } from './types';

export { screen, sentencesIn, sentencesWith, type Sentence } from '../tupe-vat/text';

/** The facts of a list (durations, percentages, money) that lie inside a sentence, in order. */
export function inSentence<T extends FactLocation & { start: number; end: number }>(list: readonly T[], s: Sentence): T[] {
  // The block's facts from an index built once per list, not the whole list for every sentence.
  return factsOfBlock(list as T[], s.block.id).filter((f) => f.start >= s.start && f.end <= s.end);
}

/** The first match of `re` in a sentence as a signal, with the match, or null. */
export function find(doc: TenderDocument, s: Sentence, re: RegExp): (PaymentSignal & { index: number }) | null {
  const pattern = statelessPattern(re);
  // Most sentences do not match: the remembered answer for an unchanged sentence saves running the pattern.
  if (!testText(pattern, s.text)) return null;
  const m = pattern.exec(s.text);
  return m ? { ...signalAt(doc, s, m.index, m.index + m[0].length), index: m.index } : null;
}

/** Strips `index` from a found signal. */
export function signal(found: PaymentSignal & { index: number }): PaymentSignal {
  const { index: _index, ...rest } = found;
  return rest;
}
