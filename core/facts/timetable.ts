/**
 * The procurement timetable: events recognised by their labels in tables ("Activity | Date"), in lists
 * ("Tender issued: Monday 4 January 2027") and in a few unmistakable sentences ("Tenders must be submitted
 * by 12 noon on Friday 22 January 2027").
 */
import type { TenderDocument, TextBlock } from '../model/types';
import { blockRange } from '../model/positions';
import type { DateFact, Facts, TimetableEvent, TimetableEventType } from './types';

/** Label patterns, most specific first. */
const EVENT_PATTERNS: Array<[TimetableEventType, RegExp]> = [
  ['clarification-response', /\b(?:responses?|answers?)\s+to\s+(?:clarification|questions)|\banswer(?:s|ing)?\s+(?:clarification\s+)?questions\b|clarification\s+(?:responses?|answers?)\s+(?:published|issued|circulated|sent)|(?:publish|issue|circulate)\w*\s+(?:of\s+)?(?:clarification\s+)?(?:responses|answers)/i],
  ['clarification-deadline', /\bclarifications?\b|\bdeadline\s+for\s+(?:questions|queries)|\b(?:last|final|closing)\s+date\s+for\s+(?:questions|queries)|\bquestions?\s+(?:deadline|close|due)/i],
  ['standstill', /\bstandstill\b|\balcatel\b/i],
  ['contract-end', /\b(?:contract|service|agreement)\s+(?:end|expiry|expires|ends|termination)\b|\bend\s+of\s+(?:the\s+)?(?:contract|service)\b/i],
  ['contract-signature', /\b(?:contract\s+(?:signature|signing|execution|finali[sz]ation|conclusion)|sign(?:ing)?\s+(?:of\s+)?(?:the\s+)?contract|contract\s+(?:signed|concluded|entered\s+into))\b/i],
  ['award', /\baward\b|\bassessment\s+summar(?:y|ies)\b|\bnotification\s+of\s+(?:the\s+)?(?:outcome|decision|results?)|\bpreferred\s+(?:bidder|supplier|provider)|\bintention\s+to\s+award|\boutcome\s+(?:letters?|notified|notification)/i],
  ['submission-deadline', /\b(?:deadline|closing\s+date|closing\s+time|return\s+date)\b(?!\s+for\s+(?:questions|queries|clarification))|\b(?:tenders?|bids?|responses?|submissions?|quotes?|quotations?|proposals?|questionnaires?|SQs?|PQQs?|expressions?\s+of\s+interest)\s+(?:must\s+be\s+)?(?:due|return(?:ed)?|submitted|submission|received|close|closes|deadline|in)\b|\b(?:submission|return|receipt)\s+of\s+(?:tenders?|bids?|responses?|quotes?|quotations?|proposals?|SQs?|PQQs?|questionnaires?)/i],
  ['issue', /\b(?:issue[ds]?|publish(?:ed)?|publication|release[ds]?|launch(?:ed)?|advertis(?:ed|ement)|dispatch(?:ed)?|post(?:ed|ing))\b|\b(?:contract|tender)\s+notice\b/i],
  ['presentation', /\b(?:presentations?|interviews?|site\s+visits?|demonstrations?|dialogue\s+sessions?)\b/i],
  ['evaluation', /\b(?:evaluation|evaluat(?:e|ed|ing)|moderation|scoring|assessment\s+of\s+(?:tenders|bids))\b/i],
  ['mobilisation', /\b(?:mobili[sz]ation|implementation|transition|handover|induction)\b/i],
  ['contract-start', /\b(?:contract|service|agreement)\s+(?:start|starts|commencement|commences|begins|go[- ]live)|\b(?:start|commencement)\s+(?:date|of\s+(?:the\s+)?(?:contract|service|agreement|delivery))|\bgo[- ]live\b|\bservice\s+(?:start|launch)\b/i],
];

export function classifyEvent(label: string): TimetableEventType {
  for (const [type, re] of EVENT_PATTERNS) if (re.test(label)) return type;
  return 'other';
}

const TIMETABLE_HEADING = /\b(?:timetable|timescales?|time\s*line|(?:key|important)\s+dates|dates\s+and\s+times|key\s+events|programme|procurement\s+(?:schedule|process)|milestones?|indicative\s+dates)\b/i;

/** Sentences that state a deadline or start without a table or list. */
const PROSE_PATTERNS: Array<[TimetableEventType, RegExp]> = [
  ['submission-deadline', /\b(?:tenders?|bids?|responses?|submissions?|quotes?|quotations?|proposals?|questionnaires?|offers?)\s+(?:must|should|shall|are\s+to)\s+be\s+(?:submitted|received|returned|uploaded|delivered)\b|\b(?:tenders?|bids?|quotes?|quotations?|proposals?|offers?)\s+(?:are|is)\s+due\b|\bdeadline\s+for\s+(?:the\s+)?(?:submission|receipt|return)\s+of\b|\bclosing\s+date\s+for\s+(?:tenders?|bids?|responses?|submissions?)/i],
  ['clarification-deadline', /\bclarification\s+(?:questions?|requests?)\s+(?:must|should)\s+be\s+(?:submitted|received|raised)\b|\bdeadline\s+for\s+clarification/i],
  ['contract-start', /\b(?:contract|service)\s+(?:will|is\s+expected\s+to|is\s+due\s+to)\s+(?:start|commence|begin|go\s+live)\b/i],
  ['issue', /\b(?:this\s+)?(?:invitation\s+to\s+tender|ITT|tender|selection\s+questionnaire|SQ)\s+(?:was|is)\s+(?:issued|published)\s+on\b/i],
];

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
    const rows = table.rows.slice(1);
    const datedRows = rows.filter((row) => row.some((c) => byBlock.has(c.block)));
    const headed = TIMETABLE_HEADING.test(table.header.join(' ')) || sectionTitleMatches(doc, table.section);
    if (datedRows.length === 0 || (datedRows.length < 2 && !headed)) continue;
    for (const row of datedRows) {
      const dateCell = row.find((c) => byBlock.has(c.block))!;
      const labelCell = row.find((c) => !byBlock.has(c.block) && c.text.trim() !== '') ?? null;
      if (!labelCell) continue;
      const dates = byBlock.get(dateCell.block)!;
      const label = labelCell.text.trim().replace(/\s*[:\-–—]+$/, '');
      const type = classifyEvent(label);
      if (type === 'other' && !headed) continue;
      events.push({ type, label, labelRange: labelCell.range, date: dates[0]!, endDate: dates[1] ?? null, origin: 'table' });
      for (const c of row) used.add(c.block);
    }
  }

  // Lists (and one-line paragraphs in a timetable section): "Label: date" or "date – label".
  for (const block of doc.blocks) {
    if (used.has(block.id) || !byBlock.has(block.id)) continue;
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
  for (const d of facts.dates) {
    if (used.has(d.block)) continue;
    const hits = PROSE_PATTERNS.filter(([, re]) => re.test(d.sentence));
    if (hits.length !== 1) continue;
    const [type, re] = hits[0]!;
    const m = re.exec(d.sentence)!;
    if (events.some((e) => e.origin === 'prose' && e.type === type && e.date.iso === d.iso)) continue;
    const block = doc.blocks[d.block]!;
    const sentenceStart = block.text.indexOf(d.sentence);
    const start = Math.max(0, sentenceStart) + m.index;
    events.push({
      type,
      label: m[0],
      labelRange: blockRange(doc, block, start, start + m[0].length),
      date: d,
      endDate: null,
      origin: 'prose',
    });
  }

  events.sort((a, b) => a.date.range.start.offset - b.date.range.start.offset);
  return events;
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
  const beforeLabel = before.replace(/(?:\s*(?:[:\-–—|]|\bby\b|\bon\b|\bat\b)\s*)+$/i, '');
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
