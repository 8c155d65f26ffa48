/** Lines describing the bid response facts (for `--print-facts`, hovers and the report). */
import type { Facts } from '../types';
import { countAgainstLimit } from './index';

const clip = (s: string, n = 70) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};

/** One question's state in words: "412 / 500 words, answered", "empty", "over the limit". */
export function questionStatus(q: Facts['response']['questions'][number]): string {
  const c = countAgainstLimit(q);
  const limit = q.limit ? (c ? `${c.count} / ${c.limit} ${c.unit}` : `limit ${q.limit.value} ${q.limit.unit} (not counted), ${q.words} words`) : `${q.words} words, no limit`;
  const state = q.state === 'answered' ? (c && c.count > c.limit ? 'over the limit' : 'answered') : q.state === 'empty' ? 'empty' : 'placeholder only';
  return `${limit}, ${state}${q.optional ? ', optional' : ''}${q.outcomes ? ', asks for outcomes' : ''}`;
}

export function describeResponse(facts: Facts): string[] {
  const { questions, paragraphs } = facts.response;
  if (!questions.length) return [];
  const lines = ['Bid response:'];
  const general = questions.find((q) => q.limit?.scope === 'document')?.limit;
  if (general) lines.push(`  limit for every answer that states none: ${general.value} ${general.unit} ("${clip(general.text)}", line ${general.range.start.line})`);
  for (const q of questions) lines.push(`  question "${clip(q.text)}" (line ${q.range.start.line}): ${questionStatus(q)}`);
  const evidenced = paragraphs.filter((p) => p.evidence.length > 0).length;
  lines.push(`  paragraphs of bidder text: ${paragraphs.length}, ${evidenced} with evidence markers`);
  return lines;
}
