/**
 * Lead-in facts: the circumstances that decide a procurement's statutory minimum time limits and the
 * bidder-facing commitments around its timetable, read once from the document's wording:
 * electronic (or paper) submission, all documents issued with the notice, a planned procurement (prior
 * information) notice, urgency, light-touch, dynamic market, an agreed period, consortium or subcontracted
 * bids invited, a clarification process and a commitment to answer in time, a stated standstill, TUPE likely,
 * and a current contract that ends (a re-tender).
 *
 * Each signal is a sentence-level match: the sentence must say the thing positively (a negative sentence such
 * as "TUPE is not expected to apply" is no evidence). Table-tested in `test/facts/lead-in.test.ts`.
 */
import type { TenderDocument, TextBlock } from '../model/types';
import { blockRange } from '../model/positions';
import { splitSentences } from '../model/sentences';
import { PatternScreen, statelessPattern, testText, TextMemo } from '../model/memo';
import type { DateFact, DurationFact, FactLocation, Facts, TimetableEvent } from './types';
import { factsStartingIn } from './spans';

/** A phrase that shows a circumstance, where it was read. */
export interface LeadInSignal extends FactLocation {
  /** The matched phrase. */
  text: string;
}

export interface PlannedNoticeFact extends LeadInSignal {
  /** The date the notice was published, when the sentence gives one. */
  date: DateFact | null;
}

export interface ClarificationAnswersFact extends LeadInSignal {
  /** "no later than 6 days before the deadline" → 6 (calendar days unless `working`). */
  daysBefore: number | null;
  working: boolean;
}

export interface StandstillFact extends LeadInSignal {
  /** "a standstill period of 8 working days". */
  duration: DurationFact | null;
  /** The first day of the standstill, when a timetable gives a range. */
  startDate: DateFact | null;
  /** The stated last day of the standstill. */
  endDate: DateFact | null;
}

export interface CurrentContractFact extends LeadInSignal {
  /** When the current contract ends, if stated. */
  endDate: DateFact | null;
}

export interface LeadInFacts {
  electronicSubmission: LeadInSignal | null;
  paperSubmission: LeadInSignal | null;
  documentsWithNotice: LeadInSignal | null;
  plannedNotice: PlannedNoticeFact | null;
  urgency: LeadInSignal | null;
  lightTouch: LeadInSignal | null;
  dynamicMarket: LeadInSignal | null;
  /** The time limit was agreed with every candidate (PCR reg 28(4); PA s.54(4) negotiated period). */
  periodAgreed: LeadInSignal | null;
  consortiumInvited: LeadInSignal | null;
  clarificationProcess: LeadInSignal | null;
  clarificationAnswers: ClarificationAnswersFact | null;
  standstill: StandstillFact | null;
  /** Standstill (award) notices sent by post rather than electronically (PCR reg 87: 15 days). */
  standstillByPost: LeadInSignal | null;
  tupeLikely: LeadInSignal | null;
  currentContract: CurrentContractFact | null;
}

interface Pattern {
  /** The phrase reported as the signal. */
  match: RegExp;
  /** The sentence must also match this. */
  with?: RegExp;
  /** The sentence is no evidence when it matches this. */
  unless?: RegExp;
}

const SUBMIT = /\b(?:submit\w*|submission|upload\w*|return\w*|received|sent|send|deliver\w*|tenders?|bids?|responses?)\b/i;
const REFUSED = /\bnot\s+(?:be\s+)?(?:accepted|permitted|allowed|considered)\b|\bwill\s+not\s+accept\b|\bcannot\s+be\s+accepted\b/i;

export const LEAD_IN_PATTERNS = {
  electronicSubmission: {
    match: /\b(?:electronically|online|e-?tendering|(?:procurement|tender(?:ing)?|e-?sourcing|supplier)\s+portal|electronic\s+(?:submission|tendering|means)|via\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:portal|platform|system)|through\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:portal|platform|system)|by\s+e-?mail)\b/i,
    with: SUBMIT,
    unless: REFUSED,
  },
  paperSubmission: {
    match: /\b(?:hard\s+cop(?:y|ies)|paper\s+cop(?:y|ies)|sealed\s+envelopes?|by\s+(?:post|hand|courier))\b/i,
    with: /\b(?:submit\w*|submission|return\w*|deliver\w*|tenders?|bids?)\b/i,
    unless: /\bnot\s+(?:be\s+)?(?:accepted|required|needed)\b|\bno\s+(?:hard|paper)\b|\bwill\s+not\s+accept\b/i,
  },
  documentsWithNotice: {
    match: /\ball\s+(?:of\s+)?(?:the\s+)?(?:(?:tender|procurement|associated|ITT)\s*)?(?:documents?|documentation)\b[^.]{0,80}?\b(?:available|published|issued|provided)\b[^.]{0,60}?\b(?:with|alongside|from\s+the\s+(?:date|day)\s+of(?:\s+publication\s+of)?|at\s+the\s+same\s+time\s+as)\s+the\s+(?:tender|contract)\s+notice\b|\b(?:tender|contract)\s+notice\s+(?:published\s+)?and\s+(?:the\s+)?(?:ITT|invitation\s+to\s+tender|(?:tender|procurement)\s+(?:documents?|pack))\s+(?:issued|published)\b|\b(?:ITT|tender\s+documents?|procurement\s+documents?|tender\s+pack)\s+(?:is|are|was|were)\s+(?:published|issued)\s+(?:with|alongside|at\s+the\s+same\s+time\s+as)\s+the\s+(?:tender|contract)\s+notice\b/i,
  },
  plannedNotice: {
    match: /\b(?:planned\s+procurement\s+notice|prior\s+information\s+notice)\b/i,
    unless: /\bno\s+(?:planned|prior)\b|\b(?:was|has|were|have)\s+not\s+(?:been\s+)?published\b|\bwithout\s+a\s+(?:planned|prior)\b/i,
  },
  urgency: {
    match: /\burgen(?:t|cy)\b|\baccelerated\s+(?:procedure|restricted|open|time)/i,
    with: /\b(?:time\s+limits?|period|reduc\w*|accelerat\w*|minimum|s(?:ection)?\.?\s*54|regulations?\s+2[789])\b/i,
    unless: /\bnot\s+(?:an?\s+)?urgen|\bno\s+urgency\b|\burgent\s+(?:cases?|referrals?|needs?|care|support|repairs?|requests?)\b/i,
  },
  lightTouch: {
    match: /\blight[- ]touch\b|\bsocial\s+and\s+other\s+specific\s+services\b|\bSchedule\s+3\s+(?:to\s+the\s+(?:Public\s+Contracts\s+)?Regulations|services)\b/i,
    unless: /\bnot\s+(?:a\s+|subject\s+to\s+the\s+)?light[- ]touch\b|\bnon[- ]light[- ]touch\b/i,
  },
  dynamicMarket: {
    match: /\bdynamic\s+(?:market|purchasing\s+system)\b/i,
  },
  periodAgreed: {
    match: /\b(?:time\s+limit|period|deadline)\b[^.]{0,80}?\bagreed\s+(?:with|by)\s+(?:all\s+|each\s+|every\s+)?(?:of\s+)?(?:the\s+)?(?:selected\s+|shortlisted\s+|preselected\s+)?(?:candidates?|bidders?|suppliers?|tenderers?)\b/i,
  },
  consortiumInvited: {
    match: /\b(?:consorti(?:a|um)|sub-?contract(?:ors?|ing|ed)?|supply\s+chain\s+partners?|joint\s+bids?|partnership\s+bids?|groups?\s+of\s+(?:organisations|suppliers|providers|economic\s+operators))\b/i,
    with: /\b(?:welcome[ds]?|encourag\w*|invit\w*|accept\w*|may\s+(?:bid|apply|tender|submit|be\s+submitted)|can\s+(?:bid|apply|tender|submit)|permitted|allowed|eligible|open\s+to|bidding\s+as|bid\s+as|bids?\s+from|as\s+part\s+of\s+a)\b/i,
    unless: /\bnot\s+(?:be\s+)?(?:accepted|permitted|allowed|welcome|eligible)\b|\bwill\s+not\s+accept\b|\bno\s+sub-?contracting\b|\bprohibited\b|\bmust\s+not\s+sub-?contract\b/i,
  },
  clarificationProcess: {
    match: /\bclarifications?\b|\b(?:questions|queries)\b(?=[^.]{0,80}\b(?:portal|submit\w*|raise\w*|ask\w*|deadline|close[sd]?|e-?mail\w*|answer\w*|respon\w*|messag\w*)\b)/i,
  },
  clarificationAnswers: {
    match: /\b(?:answers?|responses?|repl(?:y|ies)|respond|answer(?:ed)?|reply)\b/i,
    with: /\b(?:will|shall|within|no\s+later\s+than|at\s+least)\b/i,
    unless: /\bnot\s+(?:be\s+)?(?:answer|respond|repl)|\bno\s+(?:answers?|responses?)\s+will\b|\bcannot\s+guarantee\b/i,
  },
  standstill: {
    match: /\bstandstill\b|\bAlcatel\b/i,
  },
  standstillByPost: {
    match: /\bby\s+(?:post|first[- ]class\s+post|recorded\s+delivery)\b/i,
    with: /\b(?:standstill|award\s+(?:letters?|notices?|notifications?|decision)|notif\w+\s+of\s+(?:the\s+)?(?:award|outcome|decision))\b/i,
  },
  tupeLikely: {
    match: /\bTUPE\b|\bTransfer\s+of\s+Undertakings\b|\bemployee\s+liability\s+information\b|\bstaff\s+(?:will|are\s+likely\s+to|may)\s+transfer\b/i,
    unless: /\b(?:does|will|do|should)\s+not\s+apply\b|\bnot\s+(?:expected|anticipated|envisaged|considered|thought|believed|likely)\s+to\s+apply\b|\bno\s+(?:staff|employees)\s+(?:will\s+|are\s+expected\s+to\s+)?transfer\b|\bdoes\s+not\s+consider\b|\bnot\s+applicable\b/i,
  },
  currentContract: {
    match: /\b(?:current|existing|incumbent|present)\s+(?:contracts?|services?|provider'?s?\s+contract|agreements?|arrangements?)\b|\bre-?tender(?:ing|ed)?\b|\bre-?procure(?:ment|d)?\b/i,
    with: /\b(?:ends?|ending|expires?|expiry|terminat\w*|comes?\s+to\s+an\s+end|runs?\s+(?:until|to)|due\s+to\s+end|re-?tender\w*|re-?procure\w*)\b/i,
  },
} satisfies Record<string, Pattern>;

/** Blocks of running text and tables a signal may come from. */
function textBlocks(doc: TenderDocument): TextBlock[] {
  return doc.blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'listItem' || b.kind === 'tableCell' || b.kind === 'heading');
}

/** A sentence-level match of a pattern in a block's text, relative to the block. */
interface TextHit {
  text: string;
  sentence: string;
  /** Sentence offsets in the block. */
  sentenceStart: number;
  sentenceEnd: number;
  /** The match's offsets in the block. */
  start: number;
  end: number;
}

interface Hit extends TextHit {
  block: number;
}

/** A pattern with `^` or `$` may match a sentence but not the block around it, so blocks cannot be screened. */
const ANCHORED = /(?<!\[)\^|(?<!\\)\$/;

/** Which non-anchored lead-in patterns a block matches, remembered by block text (most blocks outlive an edit). */
const blockScreen = new PatternScreen(
  Object.values(LEAD_IN_PATTERNS)
    .filter((p: Pattern) => !ANCHORED.test(p.match.source))
    .map((p: Pattern) => [p, p.match] as const),
);

/** The blocks a signal may come from, with their screens, worked out once per document. */
const screensByDoc = new WeakMap<TenderDocument, { blocks: TextBlock[]; bits: number[] }>();

function screened(doc: TenderDocument): { blocks: TextBlock[]; bits: number[] } {
  let entry = screensByDoc.get(doc);
  if (!entry) {
    const blocks = textBlocks(doc);
    const all = blockScreen.ofBlocks(doc);
    entry = { blocks, bits: blocks.map((b) => all[b.id]!) };
    screensByDoc.set(doc, entry);
  }
  return entry;
}

const PATTERNS: Pattern[] = Object.values(LEAD_IN_PATTERNS);
const NO_HITS: readonly TextHit[] = Object.freeze([]);

/**
 * The sentence-level hits of each pattern in a block's text (by pattern index, filled as asked), remembered by
 * the text: a hit depends only on it, so an unchanged block's sentences are not matched again.
 */
const textHits = new TextMemo<Array<readonly TextHit[] | undefined>>(() => new Array(PATTERNS.length));

function hitsInText(text: string, pattern: Pattern): readonly TextHit[] {
  const known = textHits.get(text);
  const index = PATTERNS.indexOf(pattern);
  let found = known[index];
  if (found) return found;
  const out: TextHit[] = [];
  const match = statelessPattern(pattern.match);
  for (const span of splitSentences(text)) {
    const sentence = span.text;
    const m = match.exec(sentence);
    if (!m) continue;
    if (pattern.with && !testText(pattern.with, sentence)) continue;
    if (pattern.unless && testText(pattern.unless, sentence)) continue;
    const start = span.start + m.index;
    out.push({ text: m[0], sentence, sentenceStart: span.start, sentenceEnd: span.end, start, end: start + m[0].length });
  }
  found = out.length ? out : NO_HITS;
  known[index] = found;
  return found;
}

/** Every sentence-level hit of a pattern, in document order (only the first when `firstOnly`). */
function hits(doc: TenderDocument, pattern: Pattern, firstOnly = false): Hit[] {
  const out: Hit[] = [];
  const { blocks, bits } = screened(doc);
  for (let i = 0; i < blocks.length; i++) {
    if (blockScreen.matches(bits[i]!, pattern) === false) continue;
    const block = blocks[i]!;
    for (const hit of hitsInText(block.text, pattern)) {
      out.push({ ...hit, block: block.id });
      if (firstOnly) return out;
    }
  }
  return out;
}

function first(doc: TenderDocument, pattern: Pattern): LeadInSignal | null {
  const hit = hits(doc, pattern, true)[0];
  return hit ? signal(doc, hit) : null;
}

/** A hit as a signal: placed in the document only here, for the hits kept. */
function signal(doc: TenderDocument, hit: Hit): LeadInSignal {
  return { text: hit.text, block: hit.block, range: blockRange(doc, doc.blocks[hit.block]!, hit.start, hit.end), sentence: hit.sentence };
}

function inSentence<T extends { block: number; start: number }>(list: T[], hit: Hit): T[] {
  return factsStartingIn(list, hit.block, hit.sentenceStart, hit.sentenceEnd);
}

const QUESTIONS = /\b(?:clarifications?|(?:clarification\s+)?questions?|quer(?:y|ies))\b/i;

/** Whether an event's label says when something ends ("Standstill period ends"). */
const ENDS = /\b(?:ends?|ending|expir\w*|until|close[sd]?|conclud\w*)\b/i;
/** Whether an event's label says when something starts. */
const STARTS = /\b(?:commence\w*|starts?|begins?|beginning|publish\w*|notices?)\b/i;

export function buildLeadIn(doc: TenderDocument, facts: Facts): LeadInFacts {
  const P = LEAD_IN_PATTERNS;
  const planned = hits(doc, P.plannedNotice)[0];
  // An answer promised in a sentence about questions, or in a paragraph about them.
  const answers = hits(doc, P.clarificationAnswers).filter((h) => QUESTIONS.test(h.sentence) || QUESTIONS.test(doc.blocks[h.block]!.text));
  const standstill = standstillFact(doc, facts, hits(doc, P.standstill), facts.timetable);
  const current = currentContractFact(doc, facts, hits(doc, P.currentContract), facts.timetable);

  let documentsWithNotice = first(doc, P.documentsWithNotice);
  if (!documentsWithNotice) {
    // A timetable row "Tender notice published and ITT issued: <date>".
    const row = facts.timetable.find((e) => e.type === 'issue' && new RegExp(P.documentsWithNotice.match.source, 'i').test(e.label));
    if (row) documentsWithNotice = { text: row.label, block: row.date.block, range: row.labelRange, sentence: row.label };
  }

  let clarificationProcess = first(doc, P.clarificationProcess);
  const clarEvent = facts.timetable.find((e) => e.type === 'clarification-deadline' || e.type === 'clarification-response');
  if (!clarificationProcess && clarEvent) clarificationProcess = { text: clarEvent.label, block: clarEvent.date.block, range: clarEvent.labelRange, sentence: clarEvent.label };

  let clarificationAnswers: ClarificationAnswersFact | null = null;
  for (const hit of answers) {
    const before = daysBefore(doc, facts.durations, hit);
    if (!clarificationAnswers || (clarificationAnswers.daysBefore === null && before)) {
      clarificationAnswers = { ...signal(doc, hit), daysBefore: before?.value ?? null, working: before?.working ?? false };
    }
  }
  const responseEvent = facts.timetable.find((e) => e.type === 'clarification-response');
  if (!clarificationAnswers && responseEvent) {
    clarificationAnswers = { text: responseEvent.label, block: responseEvent.date.block, range: responseEvent.labelRange, sentence: responseEvent.label, daysBefore: null, working: false };
  }

  return {
    electronicSubmission: first(doc, P.electronicSubmission),
    paperSubmission: first(doc, P.paperSubmission),
    documentsWithNotice,
    plannedNotice: planned ? { ...signal(doc, planned), date: inSentence(facts.dates, planned).find((d) => d.iso) ?? null } : null,
    urgency: first(doc, P.urgency),
    lightTouch: first(doc, P.lightTouch),
    dynamicMarket: first(doc, P.dynamicMarket),
    periodAgreed: first(doc, P.periodAgreed),
    consortiumInvited: first(doc, P.consortiumInvited),
    clarificationProcess,
    clarificationAnswers,
    standstill,
    standstillByPost: first(doc, P.standstillByPost),
    tupeLikely: first(doc, P.tupeLikely),
    currentContract: current,
  };
}

/** "6 days before the deadline" in a hit's sentence. */
function daysBefore(doc: TenderDocument, durations: DurationFact[], hit: Hit): { value: number; working: boolean } | null {
  for (const d of inSentence(durations, hit)) {
    if (d.days === null) continue;
    const after = doc.blocks[d.block]!.text.slice(d.end, d.end + 40);
    if (/^\s*(?:before|prior\s+to|ahead\s+of)\b/i.test(after)) return { value: d.days, working: d.working };
  }
  return null;
}

function standstillFact(doc: TenderDocument, facts: Facts, found: Hit[], timetable: TimetableEvent[]): StandstillFact | null {
  let fact: StandstillFact | null = null;
  for (const hit of found) {
    const duration = inSentence(facts.durations, hit).find((d) => d.unit === 'day' || d.unit === 'week') ?? null;
    const dates = inSentence(facts.dates, hit).filter((d) => d.iso);
    const endDate = dates.length === 1 && ENDS.test(hit.sentence) ? dates[0]! : dates.length >= 2 ? dates[dates.length - 1]! : null;
    const startDate = dates.length >= 2 ? dates[0]! : null;
    if (!fact || (!fact.duration && !fact.endDate && (duration || endDate))) fact = { ...signal(doc, hit), duration, startDate, endDate };
  }
  // Timetable rows: "Standstill period: 12–21 April 2027", "Standstill period ends: …", "… commencement of standstill: …".
  const rows = timetable.filter((e) => e.type === 'standstill' && e.date.iso);
  const ranged = rows.find((e) => e.endDate?.iso);
  const ending = rows.find((e) => ENDS.test(e.label));
  const starting = rows.find((e) => e !== ending && STARTS.test(e.label));
  const endDate = ranged?.endDate ?? ending?.date ?? null;
  const startDate = ranged?.date ?? starting?.date ?? null;
  const row = ranged ?? ending ?? starting ?? rows[0];
  if (row && (!fact || (!fact.endDate && !fact.duration))) {
    fact = { text: row.label, block: row.date.block, range: row.labelRange, sentence: row.label, duration: fact?.duration ?? null, startDate, endDate };
  } else if (fact && !fact.endDate && endDate) {
    fact = { ...fact, startDate: fact.startDate ?? startDate, endDate };
  }
  return fact;
}

function currentContractFact(doc: TenderDocument, facts: Facts, found: Hit[], timetable: TimetableEvent[]): CurrentContractFact | null {
  const event = timetable.find((e) => e.type === 'contract-end' && e.date.iso && /\b(?:current|existing|incumbent|present)\b/i.test(e.label));
  if (event) return { text: event.label, block: event.date.block, range: event.labelRange, sentence: event.label, endDate: event.date };
  let fact: CurrentContractFact | null = null;
  for (const hit of found) {
    const endDate = inSentence(facts.dates, hit).find((d) => d.iso) ?? null;
    if (!fact || (!fact.endDate && endDate)) fact = { ...signal(doc, hit), endDate };
  }
  return fact;
}

/** Lead-in facts before the document is read. */
export function emptyLeadIn(): LeadInFacts {
  return {
    electronicSubmission: null,
    paperSubmission: null,
    documentsWithNotice: null,
    plannedNotice: null,
    urgency: null,
    lightTouch: null,
    dynamicMarket: null,
    periodAgreed: null,
    consortiumInvited: null,
    clarificationProcess: null,
    clarificationAnswers: null,
    standstill: null,
    standstillByPost: null,
    tupeLikely: null,
    currentContract: null,
  };
}
