/**
 * Evidence markers in bidder text: the money, date and percentage facts already read, and figures, named sources
 * (an attachment, a link, an inspection or survey), quotations from people served and worked examples.
 */
import type { TenderDocument, TextBlock } from '../../model/types';
import { blockRange } from '../../model/positions';
import { proseTexts, TextMemo } from '../../model/memo';
import type { Facts, RawMatch } from '../types';
import type { EvidenceKind, EvidenceMarker } from './types';

const FIGURE = /(?<![\d.,£$€])\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\d.,£$€])\d+(?:\.\d+)?(?![\d%])/g;
const SOURCE =
  /\b(?:(?:Attachment|Appendix|Annex|Exhibit|Enclosure|Schedule)\s+[A-Z0-9]{1,3}\b|https?:\/\/\S+|www\.\S+|according\s+to|source\s*:|(?:independent\s+)?evaluat(?:ion|ed\s+by)|survey(?:ed)?|audit(?:ed|s)?|inspect(?:ion|ed|orate)|Ofsted|CQC|Care\s+Quality\s+Commission|accredit(?:ed|ation)|ISO\s*\d{4,5}|case\s+stud(?:y|ies)|as\s+(?:demonstrated|shown|evidenced)\s+(?:in|by)|(?:annual|impact|evaluation)\s+report|award(?:ed)?\s+(?:the|a|an)\b)/gi;
const QUOTATION = /[“"‘][^“”"‘’]{12,300}[”"’]|\b(?:told\s+us|said\s*[:,“"]|in\s+(?:their|his|her)\s+(?:own\s+)?words|testimonials?|feedback\s+from)\b/gi;
const EXAMPLE = /\bfor\s+(?:example|instance)\b|\be\.g\.|\bsuch\s+as\s+(?:when|the\s+case)\b/gi;
/** Figures counting activity: people seen, sessions run, calls made (the nouns within two words after a number). */
const NUMERAL = /(?<![\d.,£$€])\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\d.,£$€])\d{1,9}(?![\d.,%])/g;
const ACTIVITY_AFTER =
  /^\s{1,3}(?:[\w-]{1,30}\s{1,3}){0,2}?(?:people|clients|service\s+users|users|participants|residents|families|young\s+people|older\s+people|carers|children|adults|referrals|sessions|calls|visits|workshops|hours|contacts|attendances|appointments|volunteers|meetings|courses|classes|groups|events|leaflets|assessments|cases|interventions|beneficiaries|learners|members|enquiries|starts)\b/i;

function activityCounts(text: string): number {
  let n = 0;
  for (const m of scan(NUMERAL, text)) if (ACTIVITY_AFTER.test(text.slice(m.end, m.end + 80))) n++;
  return n;
}

function scan(re: RegExp, text: string): RawMatch[] {
  const out: RawMatch[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (!m[0]) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

export interface TextMarkers {
  figures: RawMatch[];
  sources: RawMatch[];
  quotations: RawMatch[];
  examples: RawMatch[];
  activity: number;
}

const markersOf = new TextMemo<TextMarkers>((text) => ({
  figures: scan(FIGURE, text),
  sources: scan(SOURCE, text),
  quotations: scan(QUOTATION, text),
  examples: scan(EXAMPLE, text),
  activity: activityCounts(text),
}));

/** The markers of each block's text, by block index (a comparison per unchanged block, see `TextMemo.values`). */
export function markersByBlock(doc: TenderDocument): readonly TextMarkers[] {
  return markersOf.values(proseTexts(doc));
}

/** A Markdown link in the block's source (the plain text keeps only the link's words). */
export function linksIn(doc: TenderDocument, block: TextBlock): boolean {
  if (doc.format !== 'markdown') return false;
  // Read in place (no copy of the block's source): each "](" in the block, then whether a link target follows
  // within the block.
  const text = doc.text;
  const end = block.range.end.offset;
  const marks = linkMarks(doc);
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (marks[mid]! < block.range.start.offset) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < marks.length && marks[k]! < end; k++) {
    LINK_TARGET.lastIndex = marks[k]!;
    const m = LINK_TARGET.exec(text);
    if (m && marks[k]! + m[0].length <= end) return true;
  }
  return false;
}

/** Where "](" stands in a document's text, in order: found once per document. */
const linkMarksOf = new WeakMap<TenderDocument, number[]>();

function linkMarks(doc: TenderDocument): number[] {
  let marks = linkMarksOf.get(doc);
  if (!marks) {
    marks = [];
    for (let i = doc.text.indexOf(']('); i >= 0; i = doc.text.indexOf('](', i + 1)) marks.push(i);
    linkMarksOf.set(doc, marks);
  }
  return marks;
}

/** A Markdown link's "](" and the start of its target, matched where it stands. */
const LINK_TARGET = /\]\((?:https?:|www\.|\.{0,2}\/|#)/y;

/** The money, percentage and date facts of each block, in document order: built once per document. */
export interface FactsByBlock {
  money: Map<number, RawMatch[]>;
  percentages: Map<number, RawMatch[]>;
  dates: Map<number, RawMatch[]>;
}

export function factsByBlock(facts: Facts): FactsByBlock {
  const index = (list: ReadonlyArray<RawMatch & { block: number }>) => {
    const map = new Map<number, RawMatch[]>();
    for (const f of list) {
      const at = map.get(f.block);
      if (at) at.push(f);
      else map.set(f.block, [f]);
    }
    return map;
  };
  return { money: index(facts.money), percentages: index(facts.percentages), dates: index(facts.dates) };
}

/** Evidence markers in one block, in order. */
export function evidenceIn(doc: TenderDocument, facts: Facts | FactsByBlock, block: TextBlock, markers?: TextMarkers, links = linksIn(doc, block)): { evidence: EvidenceMarker[]; activityCounts: number } {
  const byBlock = facts.money instanceof Map ? (facts as FactsByBlock) : factsByBlock(facts as Facts);
  const out: EvidenceMarker[] = [];
  const taken: Array<[number, number]> = [];
  const add = (kind: EvidenceKind, m: RawMatch) => {
    out.push({ kind, text: m.text, range: blockRange(doc, block, m.start, m.end) });
    taken.push([m.start, m.end]);
  };
  for (const f of byBlock.money.get(block.id) ?? []) add('money', f);
  for (const f of byBlock.percentages.get(block.id) ?? []) add('percentage', f);
  for (const f of byBlock.dates.get(block.id) ?? []) add('date', f);
  const marks = markers ?? markersOf.get(block.text);
  for (const f of marks.figures) if (!taken.some(([s, e]) => f.start < e && f.end > s)) add('figure', f);
  for (const f of marks.sources) add('source', f);
  for (const f of marks.quotations) add('quotation', f);
  for (const f of marks.examples) add('example', f);
  if (links && !marks.sources.length) out.push({ kind: 'source', text: 'link', range: block.range });
  out.sort((a, b) => a.range.start.offset - b.range.start.offset);
  return { evidence: out, activityCounts: marks.activity };
}
