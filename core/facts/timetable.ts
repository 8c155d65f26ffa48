/**
 * The procurement timetable: events recognised by their labels in tables ("Activity | Date"), in label/value
 * lines of text ("Reply by: 27 August 2027", "Tender issued<TAB>4 January 2027", a Word or PDF table pasted
 * as text), in lists ("Tender issued: Monday 4 January 2027") and in a few unmistakable sentences ("Tenders
 * must be submitted by 12 noon on Friday 22 January 2027"). The "Date:" at the head of a request for
 * quotation or invitation to tender is its issue date when nothing else gives one.
 */
import type { TableCell, TenderDocument, TextBlock } from '../model/types';
import { TextMemo } from '../model/memo';
import { blockRange } from '../model/positions';
import { textRows, type TextRow } from '../model/rows';
import type { DateFact, Facts, TimetableEvent, TimetableEventType } from './types';

/** Label patterns, most specific first. */
const EVENT_PATTERNS: Array<[TimetableEventType, RegExp]> = [
  ['clarification-response', /\b(?:responses?|answers?)\s+to\s+(?:clarification|questions)|\banswer(?:s|ing)?\s+(?:clarification\s+)?questions\b|clarification\s+(?:responses?|answers?)\s+(?:published|issued|circulated|sent)|(?:publish|issue|circulate)\w*\s+(?:of\s+)?(?:clarification\s+)?(?:responses|answers)/i],
  ['clarification-deadline', /\bclarifications?\b|\bdeadline\s+for\s+(?:questions|queries)|\b(?:last|final|closing)\s+date\s+for\s+(?:questions|queries)|\bquestions?\s+(?:deadline|close|due)/i],
  ['standstill', /\bstandstill\b|\balcatel\b/i],
  ['contract-end', /\b(?:contract|service|agreement)\s+(?:end|expiry|expires|ends|termination)\b|\bend\s+of\s+(?:the\s+)?(?:contract|service)\b/i],
  ['contract-signature', /\b(?:contract\s+(?:signature|signing|execution|finali[sz]ation|conclusion)|sign(?:ing)?\s+(?:of\s+)?(?:the\s+)?contract|contract\s+(?:signed|concluded|entered\s+into))\b/i],
  ['award', /\baward\b|\bfinal\s+decision\b|\b(?:supplier|bidder|provider|contractor)\s+(?:selected|selection|chosen)\b|\bselection\s+of\s+(?:the\s+)?(?:successful\s+)?(?:supplier|bidder|provider|contractor)\b|\bassessment\s+summar(?:y|ies)\b|\bnotification\s+of\s+(?:the\s+)?(?:outcome|decision|results?)|\bpreferred\s+(?:bidder|supplier|provider)|\bintention\s+to\s+award|\boutcome\s+(?:letters?|notified|notification)/i],
  ['submission-deadline', /\b(?:deadline|closing\s+date|closing\s+time|return\s+date)\b(?!\s+for\s+(?:questions|queries|clarification))|\brepl(?:y|ies)\s+(?:by|due|deadline)\b|\b(?:responses?|offers?)\s+(?:due|by)\b|\b(?:tenders?|bids?|responses?|submissions?|quotes?|quotations?|proposals?|questionnaires?|SQs?|PQQs?|expressions?\s+of\s+interest)\s+(?:must\s+be\s+)?(?:due|return(?:ed)?|submitted|submission|received|close|closes|deadline|in)\b|\b(?:submission|return|receipt)\s+of\s+(?:tenders?|bids?|responses?|quotes?|quotations?|proposals?|SQs?|PQQs?|questionnaires?)/i],
  ['issue', /\b(?:issue[ds]?|publish(?:ed)?|publication|release[ds]?|launch(?:ed)?|advertis(?:ed|ement)|dispatch(?:ed)?|post(?:ed|ing))\b|\b(?:contract|tender)\s+notice\b|\b(?:ITT|RF[QP]|ITQ|invitation\s+to\s+(?:tender|quote)|request\s+for\s+(?:quotations?|proposals?))\s+(?:sent|opens?)\b|\bopen(?:s|ed)?\s+(?:\w+\s+){0,2}to\s+(?:bidders|suppliers|tenderers|applicants)\b/i],
  ['presentation', /\b(?:presentations?|interviews?|site\s+visits?|demonstrations?|dialogue\s+sessions?)\b/i],
  ['evaluation', /\b(?:evaluation|evaluat(?:e|ed|ing)|moderation|scoring|assessment\s+of\s+(?:tenders|bids))\b/i],
  ['mobilisation', /\b(?:mobili[sz]ation|implementation|transition|handover|induction)\b/i],
  ['contract-start', /\b(?:contract|service|agreement)\s+(?:start|starts|commencement|commences|begins|go[- ]live)|\b(?:start|commencement)\s+(?:date|of\s+(?:the\s+)?(?:contract|service|agreement|delivery))|\bgo[- ]live\b|\bservice\s+(?:start|launch)\b/i],
];

export function classifyEvent(label: string): TimetableEventType {
  for (const [type, re] of EVENT_PATTERNS) if (re.test(label)) return type;
  return 'other';
}

const TIMETABLE_HEADING = /\b(?:timetable|timescales?|time\s*lines?|(?:key|important)\s+dates|dates\s+and\s+times|key\s+events|programme|procurement\s+(?:schedule|process)|milestones?|indicative\s+dates)\b/i;

/** Sentences that state a deadline or start without a table or list. */
const PROSE_PATTERNS: Array<[TimetableEventType, RegExp]> = [
  ['submission-deadline', /\b(?:tenders?|bids?|responses?|submissions?|quotes?|quotations?|proposals?|questionnaires?|offers?)\s+(?:must|should|shall|are\s+to)\s+be\s+(?:submitted|received|returned|uploaded|delivered)\b|\b(?:tenders?|bids?|quotes?|quotations?|proposals?|offers?)\s+(?:are|is)\s+due\b|\bdeadline\s+for\s+(?:the\s+)?(?:submission|receipt|return)\s+of\b|\bclosing\s+date\s+for\s+(?:tenders?|bids?|responses?|submissions?)/i],
  ['clarification-deadline', /\bclarification\s+(?:questions?|requests?)\s+(?:must|should)\s+be\s+(?:submitted|received|raised)\b|\bdeadline\s+for\s+clarification|\b(?:any|all)\s+(?:clarification\s+)?(?:questions|queries)\b(?:\s+(?:about|on|concerning|regarding|relating\s+to)\s+(?:this|the)\s+[\w-]+(?:\s+[\w-]+)?)?\s+(?:must|should|shall|are\s+to)\s+be\s+(?:submitted|received|raised|sent|e-?mailed|asked)\b/i],
  // Answers to bidders' questions: only in a sentence or paragraph about questions (see PROSE_CONTEXT).
  ['clarification-response', /\b(?:will|shall)\s+(?:be\s+)?(?:provide[ds]?|publish(?:ed)?|issue[ds]?|post(?:ed)?|circulate[ds]?|share[ds]?|send|sent)\s+(?:(?:the|its|all|written|their)\s+)?(?:responses?|answers?|replies)\b|\b(?:responses?|answers?|replies)\s+(?:to\s+(?:all\s+)?(?:the\s+)?(?:questions|queries|clarifications?)\s+)?(?:will|shall)\s+be\s+(?:provided|published|issued|posted|circulated|shared|sent)\b/i],
  ['contract-start', /\b(?:contract|service)\s+(?:will|is\s+expected\s+to|is\s+due\s+to)\s+(?:start|commence|begin|go\s+live)\b/i],
  ['issue', /\b(?:this\s+)?(?:invitation\s+to\s+tender|ITT|tender|selection\s+questionnaire|SQ)\s+(?:was|is)\s+(?:issued|published)\s+on\b/i],
];

/** The index of the one prose pattern a sentence matches, or -1 when it matches none or more than one. */
const proseHit = new TextMemo((sentence) => {
  let hit = -1;
  for (let i = 0; i < PROSE_PATTERNS.length; i++) {
    if (!PROSE_PATTERNS[i]![1].test(sentence)) continue;
    if (hit >= 0) return -1;
    hit = i;
  }
  return hit;
});

/** What else a prose event needs: its sentence or paragraph must be about bidders' questions. */
const PROSE_CONTEXT: Partial<Record<TimetableEventType, RegExp>> = {
  'clarification-response': /\b(?:clarifications?|questions?|quer(?:y|ies))\b/i,
};
/** A sentence that says when answers stop ("No answers will be provided after …") gives no date for them. */
const PROSE_UNLESS: Partial<Record<TimetableEventType, RegExp>> = {
  'clarification-response': /\bno\s+(?:further\s+|more\s+)?(?:answers?|responses?|replies)\b|\b(?:will|shall)\s+not\b|\bafter\s+(?:the\s+)?(?:\d|[A-Z][a-z]+day\b)/,
};

/** A label/value line outside a timetable section counts when its label is short and names an event. */
const MAX_ROW_LABEL_WORDS = 8;

/** A document's own date at its head ("Date: 17 May 2027"), read as its issue date when nothing else gives one. */
const HEAD_DATE_LABEL = /^(?:date(?:\s+of\s+issue)?|issue\s+date|dated)$/i;
/** The head names an invitation: a request for quotation or proposal, an invitation to tender, a solicitation. */
const INVITATION = /\b(?:request\s+for\s+(?:quotations?|quotes?|proposals?|tenders?)|RF[QP]|ITT|ITQ|invitation\s+to\s+(?:tender|quote|bid)|solicitation)\b/i;

export function buildTimetable(doc: TenderDocument, facts: Facts): TimetableEvent[] {
  const byBlock = new Map<number, DateFact[]>();
  for (const d of facts.dates) {
    const list = byBlock.get(d.block) ?? [];
    list.push(d);
    byBlock.set(d.block, list);
  }
  const events: TimetableEvent[] = [];
  const used = new Set<number>();

  // Tables: each row with a date is an event labelled by the row's first dateless cell.
  for (const table of doc.tables) {
    // A table with no header row (common in Word) has its first event in row 0.
    const headerRow = table.rows[0] ?? [];
    const from = headerRow.some((c) => byBlock.has(c.block)) ? 0 : 1;
    const datedRows: TableCell[][] = [];
    for (let r = from; r < table.rows.length; r++) if (table.rows[r]!.some((c) => byBlock.has(c.block))) datedRows.push(table.rows[r]!);
    // Most tables have no date: nothing more is read of them.
    if (datedRows.length === 0) continue;
    const headed = TIMETABLE_HEADING.test(table.header.join(' ')) || sectionTitleMatches(doc, table.section);
    if (datedRows.length < 2 && !headed) continue;
    for (const row of datedRows) {
      const dateCell = row.find((c) => byBlock.has(c.block))!;
      const labelCell = row.find((c) => !byBlock.has(c.block) && c.text.trim() !== '') ?? null;
      if (!labelCell) continue;
      const dates = byBlock.get(dateCell.block)!;
      const label = withoutTrailing(labelCell.text.trim(), false);
      const type = classifyEvent(label);
      if (type === 'other' && !headed) continue;
      events.push({ type, label, labelRange: labelCell.range, date: dates[0]!, endDate: dates[1] ?? null, origin: 'table' });
      for (const c of row) used.add(c.block);
    }
  }

  // Label/value lines: "Reply by: 27 August 2027", "Tender issued<TAB>4 January 2027".
  const headEnd = headOfDocument(doc);
  let headDate: TimetableEvent | null = null;
  const rowBlocks = new Set<number>();
  /** The lines read as rows: their dates are taken, the rest of their block is still read as prose. */
  const rowLines: TextRow[] = [];
  // Only blocks with a date can give an event: their rows, in document order (the dates are in block order).
  const datedRows = [...byBlock.keys()].flatMap((id) => (used.has(id) ? [] : textRows(doc.blocks[id]!)));
  for (const row of datedRows) {
    const event = rowEvent(doc, row, startingIn(byBlock.get(row.block)!, row.start, row.end));
    if (!event) continue;
    const inTimetable = sectionTitleMatches(doc, doc.blocks[row.block]!.section);
    if (HEAD_DATE_LABEL.test(event.label)) {
      if (!headDate && row.block < headEnd && INVITATION.test(headText(doc, headEnd))) {
        headDate = { ...event, type: 'issue' };
        rowBlocks.add(row.block);
        rowLines.push(row);
      }
      continue;
    }
    if (!inTimetable && (event.type === 'other' || event.label.split(/\s+/).length > MAX_ROW_LABEL_WORDS)) continue;
    events.push(event);
    rowBlocks.add(row.block);
    rowLines.push(row);
  }

  // Lists (and one-line paragraphs in a timetable section): "Label: date" or "date – label".
  for (const block of doc.blocks) {
    if (used.has(block.id) || rowBlocks.has(block.id) || !byBlock.has(block.id)) continue;
    if (block.kind !== 'listItem' && block.kind !== 'paragraph') continue;
    const inTimetable = sectionTitleMatches(doc, block.section);
    if (block.kind === 'paragraph' && !inTimetable) continue;
    const dates = byBlock.get(block.id)!;
    const first = dates[0]!;
    const label = listLabel(block, first);
    if (!label) continue;
    const type = classifyEvent(label.text);
    if (type === 'other' && !inTimetable) continue;
    events.push({
      type,
      label: label.text,
      labelRange: blockRange(doc, block, label.start, label.end),
      date: first,
      endDate: dates[1] ?? null,
      origin: 'list',
    });
    used.add(block.id);
  }

  // Prose: only sentences that unmistakably state one event.
  const rowLinesOf = new Map<number, TextRow[]>();
  for (const r of rowLines) {
    const list = rowLinesOf.get(r.block);
    if (list) list.push(r);
    else rowLinesOf.set(r.block, [r]);
  }
  const proseSeen = new Set<string>();
  for (const d of facts.dates) {
    if (used.has(d.block) || startingIn(rowLinesOf.get(d.block) ?? [], d.start, d.start + 1, true).length > 0) continue;
    const hit = proseHit.get(d.sentence);
    if (hit < 0) continue;
    const [type, re] = PROSE_PATTERNS[hit]!;
    const m = re.exec(d.sentence)!;
    if (proseSeen.has(`${type} ${d.iso}`)) continue;
    const block = doc.blocks[d.block]!;
    const needs = PROSE_CONTEXT[type];
    if (needs && !needs.test(d.sentence) && !needs.test(block.text)) continue;
    if (PROSE_UNLESS[type]?.test(d.sentence)) continue;
    const sentenceStart = block.text.indexOf(d.sentence);
    const start = Math.max(0, sentenceStart) + m.index;
    proseSeen.add(`${type} ${d.iso}`);
    events.push({
      type,
      label: m[0].replace(/\s+/g, ' '),
      labelRange: blockRange(doc, block, start, start + m[0].length),
      date: d,
      endDate: null,
      origin: 'prose',
    });
  }

  if (headDate && !events.some((e) => e.type === 'issue')) events.push(headDate);

  events.sort((a, b) => a.date.range.start.offset - b.date.range.start.offset);
  return events;
}

/**
 * The items of `sorted` (in order of `start`, not overlapping) that start in `[from, to)`, found by binary search;
 * with `covering`, those that contain `from` instead (at most one).
 */
function startingIn<T extends { start: number; end: number }>(sorted: T[], from: number, to: number, covering = false): T[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (covering ? sorted[mid]!.end <= from : sorted[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  if (covering) return lo < sorted.length && sorted[lo]!.start <= from && from < sorted[lo]!.end ? [sorted[lo]!] : [];
  let end = lo;
  while (end < sorted.length && sorted[end]!.start < to) end++;
  return sorted.slice(lo, end);
}

/** The event of a label/value line: labelled by its first dateless cell with words, dated by the next cell with a date. */
function rowEvent(doc: TenderDocument, row: TextRow, dates: DateFact[]): TimetableEvent | null {
  const within = (c: { start: number; end: number }) => dates.filter((d) => d.start >= c.start && d.start < c.end);
  const labelIndex = row.cells.findIndex((c) => within(c).length === 0 && /[A-Za-z]{2,}/.test(c.text));
  if (labelIndex < 0) return null;
  const dateCell = row.cells.slice(labelIndex + 1).find((c) => within(c).length > 0);
  if (!dateCell) return null;
  const labelCell = row.cells[labelIndex]!;
  const label = withoutTrailing(labelCell.text, false);
  const [first, second] = within(dateCell);
  const block = doc.blocks[row.block]!;
  return {
    type: classifyEvent(label),
    label,
    labelRange: blockRange(doc, block, labelCell.start, labelCell.start + label.length),
    date: first!,
    endDate: second ?? null,
    // A list item keeps its origin: the row only split its label from its date.
    origin: block.kind === 'listItem' ? 'list' : 'row',
  };
}

/** The id of the block that ends the document's head: its second heading (the first is often the title). */
function headOfDocument(doc: TenderDocument): number {
  let headings = 0;
  for (const b of doc.blocks) if (b.kind === 'heading' && ++headings === 2) return b.id;
  return doc.blocks.length;
}

function headText(doc: TenderDocument, end: number): string {
  return doc.blocks
    .slice(0, end)
    .map((b) => b.text)
    .join('\n');
}

function sectionTitleMatches(doc: TenderDocument, section: number): boolean {
  for (let s: number | null = section; s !== null && s >= 0; s = doc.sections[s]?.parent ?? null) {
    if (TIMETABLE_HEADING.test(doc.sections[s]!.title)) return true;
  }
  return false;
}

/** The label part of "Label: date" or "date – label" in a list item. */
function listLabel(block: TextBlock, date: DateFact): { text: string; start: number; end: number } | null {
  const text = block.text;
  const dateStart = date.start;
  const dateEnd = date.end;
  const before = text.slice(0, dateStart);
  const beforeLabel = withoutTrailing(before, true);
  if (/[A-Za-z]{3,}/.test(beforeLabel)) {
    const lead = beforeLabel.length - beforeLabel.trimStart().length;
    return { text: beforeLabel.trim(), start: lead, end: beforeLabel.length };
  }
  const after = text.slice(dateEnd);
  const afterLabel = after.replace(/^(?:\s*[:\-–—|]\s*)+/, '');
  if (/[A-Za-z]{3,}/.test(afterLabel)) {
    const start = dateEnd + (after.length - afterLabel.length);
    const trimmed = afterLabel.trimEnd();
    return { text: trimmed, start, end: start + trimmed.length };
  }
  return null;
}

const isSpace = (c: string): boolean => /\s/.test(c);
const isWordChar = (c: string | undefined): boolean => c !== undefined && /\w/.test(c);

/**
 * `text` without the separators that end it: a run of `:`, `-`, `–`, `—` after optional spaces (with `words`,
 * also `|` and the words "by", "on" and "at", spaces between); the same as removing
 * `\s*[:\-–—]+$` / `(?:\s*(?:[:\-–—|]|\bby\b|\bon\b|\bat\b)\s*)+$`, read backwards from the end so that a long
 * run costs its length (the patterns, tried from each position of the run, cost its square or worse).
 */
function withoutTrailing(text: string, words: boolean): string {
  const marks = words ? ':-–—|' : ':-–—';
  let end = text.length;
  let cut = -1;
  for (;;) {
    let i = end;
    if (words) while (i > 0 && isSpace(text[i - 1]!)) i--;
    if (i > 0 && marks.includes(text[i - 1]!)) {
      i--;
    } else if (words && i >= 2 && /^(?:by|on|at)$/i.test(text.slice(i - 2, i)) && !isWordChar(text[i - 3]) && !isWordChar(text[i])) {
      i -= 2;
    } else {
      break;
    }
    end = i;
    cut = i;
  }
  if (cut < 0) return text;
  if (!words) {
    while (cut > 0 && isSpace(text[cut - 1]!)) cut--;
    return text.slice(0, cut);
  }
  while (cut > 0 && isSpace(text[cut - 1]!)) cut--;
  return text.slice(0, cut);
}

