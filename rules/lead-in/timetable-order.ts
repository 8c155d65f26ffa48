/**
 * lead-in/timetable-order — timetable events out of their natural order (award before the submission
 * deadline, contract start before award…), the same event given two different dates, or a weekday that
 * contradicts its date.
 * Rationale: PA 2023 s.54(2) (time limits must be the same for every supplier, which a contradictory
 * timetable cannot be) and s.31(4) (time limits reconsidered when terms change); seed 002 final
 * recommendations 5 (adequate, clear time to prepare bids). A timetable that contradicts itself invites
 * challenge and costs every bidder time.
 */
import { defineRule } from '../../core/engine/define';
import { formatDay } from '../../core/facts/calendar';
import type { DateFact, TimetableEvent, TimetableEventType } from '../../core/facts/types';

/**
 * Natural order of events; equal ranks are not compared. "Award" may mean the notice that starts the standstill or
 * the contract award after it, so award and standstill share a rank.
 */
const RANK: Partial<Record<TimetableEventType, number>> = {
  issue: 0,
  'clarification-deadline': 1,
  'clarification-response': 1,
  'submission-deadline': 2,
  evaluation: 3,
  presentation: 3,
  award: 4,
  standstill: 4,
  'contract-signature': 6,
  'contract-start': 7,
  'contract-end': 8,
};

/** Pairs checked by lead-in/tender-period and lead-in/clarification-window. */
const ELSEWHERE = new Set(['issue>submission-deadline', 'clarification-deadline>submission-deadline', 'clarification-response>submission-deadline']);

const NAMES: Record<TimetableEventType, string> = {
  issue: 'issue',
  'clarification-deadline': 'clarification deadline',
  'clarification-response': 'clarification answers',
  'submission-deadline': 'submission deadline',
  evaluation: 'evaluation',
  presentation: 'presentations',
  award: 'award',
  standstill: 'standstill',
  'contract-signature': 'contract signature',
  mobilisation: 'mobilisation',
  'contract-start': 'contract start',
  'contract-end': 'contract end',
  other: 'event',
};

/** Labels that name a different stage or round, or another contract: not the same event restated. */
const DISTINCT = /\b(?:initial|final|revised|extended|extension|new|original|stage|round|BAFO|best\s+and\s+final|lots?|current|existing|incumbent|previous|interim|phase|part)\b/i;
/** A contract end that is not the new contract's. */
const OTHER_CONTRACT = /\b(?:current|existing|incumbent|previous|present)\b/i;
/** Issue events that are not the tender's issue. */
const NOT_TENDER_ISSUE = /\b(?:award|contract\s+details|transparency|outcome|result|feedback|minutes|answers?|responses?)\b/i;

export default defineRule({
  id: 'lead-in/timetable-order',
  description: 'Timetable events out of order, an event given two dates, or a weekday that contradicts its date',
  severity: 'error',
  kinds: ['itt', 'sq', 'spec'],
  regimes: 'all',
  messages: {
    outOfOrder: 'The {{later}} ("{{laterLabel}}", {{laterDate}}) is before the {{earlier}} ("{{earlierLabel}}", {{earlierDate}}): correct the timetable so that events follow in order.',
    twoDates: '"{{label}}" is given as {{date}} here and {{otherDate}} at line {{otherLine}}: give the event one date.',
    wrongWeekday: '{{written}}: {{date}} is a {{actual}}, not a {{stated}}: correct the weekday or the date.',
  },
  options: { schema: { type: 'object', additionalProperties: false, properties: {} }, defaults: {} },
  fixable: false,
  explanation: `A timetable that contradicts itself — an award date before the tender deadline, a contract start before the award, the same deadline given two dates, or "Friday 23 January 2027" when 23 January 2027 is a Saturday — leaves bidders guessing which date is meant. Small organisations without a bid team are the most likely to plan on the wrong one, and a procurement whose time limits are not the same for every supplier breaches PA 2023 s.54(2).

The rule reads the timetable (tables, lists and unmistakable sentences) and reports:

- an event dated before an event that must come first (issue → submission → evaluation → award and standstill → contract signature → contract start → contract end); the issue and clarification dates against the submission deadline are checked by \`lead-in/tender-period\` and \`lead-in/clarification-window\`, and the end of a *current* contract is not compared with the new one;
- the same event (the same label, or deadlines for the same thing) given two different dates, unless the labels show a different round or stage ("initial tenders", "final tenders", "extended deadline");
- a stated weekday that contradicts its date, where the year is written.`,
  sources: [
    { label: 'PA 2023 s.54(2)', text: 'Time limits must be the same for every supplier.' },
    { label: 'PA 2023 s.31(4)', text: 'Time limits must be reconsidered when the tender notice or documents are modified.' },
    { label: 'Seed 002, final recommendations 5', text: 'Potential providers need adequate time to prepare for contract bids.' },
  ],
  examples: {
    invalid: [
      {
        title: 'Award before the deadline',
        text: '# Invitation to Tender\n\n## Timetable\n\n| Activity | Date |\n| --- | --- |\n| ITT issued | Monday 4 January 2027 |\n| Deadline for submission of tenders | 12:00 noon, Monday 15 February 2027 |\n| Notification of intention to award | Friday 5 February 2027 |\n| Contract start | Thursday 1 April 2027 |\n',
      },
      {
        title: 'A weekday that contradicts its date',
        text: '# Invitation to Tender\n\n## Timetable\n\n| Activity | Date |\n| --- | --- |\n| ITT issued | Monday 4 January 2027 |\n| Deadline for submission of tenders | 12:00 noon, Friday 13 February 2027 |\n',
      },
    ],
    valid: [
      {
        title: 'A timetable in order',
        text: '# Invitation to Tender\n\n## Timetable\n\n| Activity | Date |\n| --- | --- |\n| ITT issued | Monday 4 January 2027 |\n| Deadline for submission of tenders | 12:00 noon, Monday 15 February 2027 |\n| Evaluation | 16 February – 5 March 2027 |\n| Notification of intention to award | Friday 12 March 2027 |\n| Contract start | Thursday 1 July 2027 |\n',
      },
    ],
  },
  check(context) {
    const events = context.facts.timetable.filter((e) => e.date.iso);
    const firstIssue = events.find((e) => e.type === 'issue' && !NOT_TENDER_ISSUE.test(e.label));
    const ordered = events.filter((e) => RANK[e.type] !== undefined && (e.type !== 'issue' || e === firstIssue) && !(e.type === 'contract-end' && OTHER_CONTRACT.test(e.label)));

    const firstAfter = earliestLaterDated(ordered);
    for (const later of ordered) {
      const culprit = firstAfter(later);
      if (!culprit) continue;
      context.report({
        messageId: 'outOfOrder',
        data: {
          later: NAMES[later.type],
          laterLabel: later.label,
          laterDate: formatDay(later.date.iso!),
          earlier: NAMES[culprit.type],
          earlierLabel: culprit.label,
          earlierDate: formatDay(culprit.date.iso!),
        },
        range: later.date.range,
        related: [{ range: culprit.date.range, message: `${culprit.label}: ${formatDay(culprit.date.iso!)}` }],
      });
    }

    for (const [a, b] of restatedWithOtherDates(events)) {
      context.report({
        messageId: 'twoDates',
        data: { label: b.label, date: formatDay(b.date.iso!), otherDate: formatDay(a.date.iso!), otherLine: a.date.range.start.line },
        range: b.date.range,
        related: [{ range: a.date.range, message: `${a.label}: ${formatDay(a.date.iso!)}` }],
      });
    }

    const checked = new Set<DateFact>();
    for (const e of context.facts.timetable) {
      for (const d of [e.date, e.endDate]) {
        if (!d || checked.has(d) || !d.weekdayMismatch || d.yearInferred || d.weekday === null || d.statedWeekday === null) continue;
        checked.add(d);
        context.report({
          messageId: 'wrongWeekday',
          data: { written: d.text, date: formatDay(d.iso!).slice(4), actual: DAY[d.weekday]!, stated: DAY[d.statedWeekday]! },
          range: d.range,
        });
      }
    }
  },
});

/**
 * For each event, the first event of `ordered` (in document order) that must come before it and is dated after
 * it, or undefined. Per event type, the running latest date gives by binary search the first event of that
 * type dated after a given date, so a long timetable costs its length times the number of types, not its
 * square.
 */
function earliestLaterDated(ordered: TimetableEvent[]): (later: TimetableEvent) => TimetableEvent | undefined {
  const byType = new Map<TimetableEventType, { index: number[]; latest: string[] }>();
  ordered.forEach((e, i) => {
    let list = byType.get(e.type);
    if (!list) byType.set(e.type, (list = { index: [], latest: [] }));
    const previous = list.latest[list.latest.length - 1];
    list.index.push(i);
    list.latest.push(previous !== undefined && previous > e.date.iso! ? previous : e.date.iso!);
  });
  return (later) => {
    let best = -1;
    for (const [type, list] of byType) {
      if (!(RANK[type]! < RANK[later.type]!) || ELSEWHERE.has(`${type}>${later.type}`)) continue;
      // The first position whose running latest date is after the later event's date.
      let lo = 0;
      let hi = list.latest.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list.latest[mid]! > later.date.iso!) hi = mid;
        else lo = mid + 1;
      }
      if (lo < list.latest.length && (best < 0 || list.index[lo]! < best)) best = list.index[lo]!;
    }
    return best < 0 ? undefined : ordered[best];
  };
}

/**
 * Pairs [a, b] where b restates event a (see `sameEventKeys`) with another date, each b once with the first such
 * a, in the order of a then b. Events are grouped by what makes two of them the same event, so the cost is
 * linear in the number of events rather than in its square.
 */
function restatedWithOtherDates(events: TimetableEvent[]): Array<[TimetableEvent, TimetableEvent]> {
  // Per key: the first event, and the first one dated differently from it (by position in `events`).
  const groups = new Map<string, { first: number; different: number }>();
  const pairs: Array<[number, number]> = [];
  events.forEach((b, j) => {
    let partner = -1;
    for (const key of sameEventKeys(b)) {
      const group = groups.get(key);
      if (!group) {
        groups.set(key, { first: j, different: -1 });
        continue;
      }
      const candidate = events[group.first]!.date.iso !== b.date.iso ? group.first : group.different;
      if (candidate >= 0 && (partner < 0 || candidate < partner)) partner = candidate;
      if (group.different < 0 && events[group.first]!.date.iso !== b.date.iso) group.different = j;
    }
    if (partner >= 0) pairs.push([partner, j]);
  });
  pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  return pairs.map(([i, j]) => [events[i]!, events[j]!]);
}

/**
 * Two events state the same thing when they share a key: the same type and label (not naming a distinct round or
 * stage, and not a period), or deadlines for the same kind of submission.
 */
function sameEventKeys(e: TimetableEvent): string[] {
  if (e.type === 'other' || e.type === 'evaluation' || e.type === 'presentation' || e.type === 'mobilisation') return [];
  if (DISTINCT.test(e.label) || e.endDate) return [];
  const keys = [`label ${e.type} ${normalise(e.label)}`];
  if (e.type === 'submission-deadline') {
    const n = noun(e.label);
    if (n !== null) keys.push(`noun ${n}`);
  }
  return keys;
}

const DAY = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function normalise(label: string): string {
  return label.toLowerCase().replace(/[^a-z0-9 ]+/g, ' ').replace(/\b(?:the|of|for|a|an|date|by)\b/g, ' ').replace(/\s+/g, ' ').trim();
}

const NOUNS: Array<[RegExp, string]> = [
  [/\b(?:SQs?|PQQs?|questionnaires?|requests?\s+to\s+participate|expressions?\s+of\s+interest)\b/i, 'sq'],
  [/\bquot(?:es?|ations?)\b/i, 'quote'],
  [/\bproposals?\b/i, 'proposal'],
  [/\b(?:tenders?|bids?|responses?|submissions?)\b/i, 'tender'],
];

/** What a deadline is for: an SQ, a quotation, a proposal or a tender. */
function noun(label: string): string | null {
  return NOUNS.find(([re]) => re.test(label))?.[1] ?? null;
}

