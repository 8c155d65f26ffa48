/**
 * Statutory time limits as data, with their citations: minimum tender and participation periods by regime,
 * procedure and circumstances, and standstill periods. The `lead-in/` rules and `--print-facts` read them
 * from here, so the numbers live in one place.
 *
 * Sources: PA 2023 s.54(3)–(5), s.51, s.123; PCR 2015 regs 2, 27–30, 34, 76, 87. The Public Contracts
 * (Scotland) Regulations 2015 transpose the same directive; their figures are taken to mirror the PCR's
 * (entries marked `confirmed: false`, not checked against the SSI text).
 */
import { addDays, format, parseISO } from 'date-fns';
import { isWorkingDay, type HolidayArea } from '../facts/calendar';
import type { LeadInFacts } from '../facts/lead-in';
import type { Facts, Nation, Procedure, Regime } from '../facts/types';
import { lowestThreshold, thresholdStatus } from './thresholds';

/** Which period is measured: requests to participate (an SQ) or tenders (an ITT). */
export type Stage = 'participation' | 'tender';

/** Circumstances that shorten (or remove) a minimum period. */
export interface Circumstances {
  electronic: boolean;
  documentsWithNotice: boolean;
  qualifyingNotice: boolean;
  urgency: boolean;
  lightTouch: boolean;
  dynamicMarket: boolean;
  /** The period was agreed with every candidate (sub-central authorities and utilities). */
  periodAgreed: boolean;
  /** Tendering is limited to suppliers already selected (the competitive flexible procedure's tender stage). */
  preselected: boolean;
  belowThreshold: boolean;
}

export interface MinimumEntry {
  /** Shown in messages: why this minimum applies. */
  when: string;
  /** Minimum in calendar days, or null when the law sets none. */
  days: number | null;
  citation: string;
  applies(c: Circumstances): boolean;
  /** False where the figure is taken from a parallel regime and not checked against the statutory text. */
  confirmed?: boolean;
}

const always = () => true;

/** PA 2023 s.54(4): the tendering period. The first entry that applies is the shortest. */
export const PA_TENDER: readonly MinimumEntry[] = [
  { when: 'a light-touch contract', days: null, citation: 'PA 2023 s.54(4)', applies: (c) => c.lightTouch },
  { when: 'a period agreed with preselected suppliers', days: null, citation: 'PA 2023 s.54(4)', applies: (c) => c.periodAgreed && c.preselected },
  { when: 'tendering limited to preselected suppliers (a utility or non-central authority)', days: 10, citation: 'PA 2023 s.54(4)', applies: (c) => c.preselected },
  { when: 'a qualifying planned procurement notice', days: 10, citation: 'PA 2023 s.54(4), s.15(3)', applies: (c) => c.qualifyingNotice },
  { when: 'urgency', days: 10, citation: 'PA 2023 s.54(4)', applies: (c) => c.urgency },
  { when: 'a dynamic market', days: 10, citation: 'PA 2023 s.54(4)', applies: (c) => c.dynamicMarket },
  { when: 'electronic submission with all documents issued with the tender notice', days: 25, citation: 'PA 2023 s.54(4)', applies: (c) => c.electronic && c.documentsWithNotice },
  { when: 'electronic submission or all documents issued with the notice, not both', days: 30, citation: 'PA 2023 s.54(4)', applies: (c) => c.electronic || c.documentsWithNotice },
  { when: 'neither electronic submission nor all documents issued with the notice', days: 35, citation: 'PA 2023 s.54(4)', applies: always },
];

/** PA 2023 s.54(3): the participation period of a competitive flexible procedure. */
export const PA_PARTICIPATION: readonly MinimumEntry[] = [
  { when: 'a light-touch contract', days: null, citation: 'PA 2023 s.54(3)', applies: (c) => c.lightTouch },
  { when: 'urgency', days: 10, citation: 'PA 2023 s.54(3)', applies: (c) => c.urgency },
  { when: 'a competitive flexible procedure', days: 25, citation: 'PA 2023 s.54(3)', applies: always },
];

/** PCR 2015 reg 27: open procedure. */
export const PCR_OPEN: readonly MinimumEntry[] = [
  { when: 'a light-touch contract (reasonable and proportionate limits)', days: null, citation: 'PCR 2015 reg 76(6)', applies: (c) => c.lightTouch },
  { when: 'a prior information notice', days: 15, citation: 'PCR 2015 reg 27', applies: (c) => c.qualifyingNotice },
  { when: 'urgency', days: 15, citation: 'PCR 2015 reg 27', applies: (c) => c.urgency },
  { when: 'electronic submission', days: 30, citation: 'PCR 2015 reg 27', applies: (c) => c.electronic },
  { when: 'the open procedure', days: 35, citation: 'PCR 2015 reg 27', applies: always },
];

/** PCR 2015 regs 28–29: restricted procedure and competitive procedure with negotiation, tender stage. */
export const PCR_RESTRICTED_TENDER: readonly MinimumEntry[] = [
  { when: 'a light-touch contract (reasonable and proportionate limits)', days: null, citation: 'PCR 2015 reg 76(6)', applies: (c) => c.lightTouch },
  { when: 'a period agreed with all selected candidates (sub-central authority)', days: null, citation: 'PCR 2015 reg 28', applies: (c) => c.periodAgreed },
  { when: 'a prior information notice', days: 10, citation: 'PCR 2015 reg 28', applies: (c) => c.qualifyingNotice },
  { when: 'urgency', days: 10, citation: 'PCR 2015 reg 28', applies: (c) => c.urgency },
  { when: 'electronic submission', days: 25, citation: 'PCR 2015 reg 28', applies: (c) => c.electronic },
  { when: 'the restricted procedure or competitive procedure with negotiation', days: 30, citation: 'PCR 2015 regs 28–29', applies: always },
];

/** PCR 2015 regs 28–30: requests to participate. */
export const PCR_PARTICIPATION: readonly MinimumEntry[] = [
  { when: 'a light-touch contract (reasonable and proportionate limits)', days: null, citation: 'PCR 2015 reg 76(6)', applies: (c) => c.lightTouch },
  { when: 'urgency', days: 15, citation: 'PCR 2015 reg 28', applies: (c) => c.urgency },
  { when: 'requests to participate', days: 30, citation: 'PCR 2015 regs 28–30', applies: always },
];

/** PCR 2015 reg 34: dynamic purchasing system. */
export const PCR_DPS: readonly MinimumEntry[] = [
  { when: 'tenders under a dynamic purchasing system', days: 10, citation: 'PCR 2015 reg 34', applies: always },
];

const PARTICIPATION_DPS: readonly MinimumEntry[] = [
  { when: 'requests to join a dynamic purchasing system', days: 30, citation: 'PCR 2015 reg 34', applies: always },
];

export interface StatutoryMinimum {
  /** Minimum in calendar days, or null when none applies. */
  days: number | null;
  /** Why: "electronic submission with all documents issued with the tender notice". */
  when: string;
  citation: string;
  confirmed: boolean;
}

function pick(table: readonly MinimumEntry[], c: Circumstances, confirmed = true): StatutoryMinimum {
  const entry = table.find((e) => e.applies(c))!;
  return { days: entry.days, when: entry.when, citation: entry.citation, confirmed: confirmed && entry.confirmed !== false };
}

/**
 * The statutory minimum period for a regime, procedure and stage in the given circumstances, or null when the
 * regime sets none for it (below threshold, direct awards, call-offs, quotations, the open procedure's SQ).
 */
export function statutoryMinimum(regime: Regime, procedure: Procedure | null, stage: Stage, c: Circumstances): StatutoryMinimum | null {
  if (regime === 'below-threshold' || c.belowThreshold) return null;
  if (procedure === 'direct-award' || procedure === 'call-off' || procedure === 'quotation') return null;
  const lightTouch = c.lightTouch || procedure === 'light-touch';
  const dynamic = c.dynamicMarket || procedure === 'dynamic-market';
  const circ = { ...c, lightTouch, dynamicMarket: dynamic };
  if (regime === 'pa2023') {
    if (stage === 'participation') return procedure === 'open' || dynamic ? null : pick(PA_PARTICIPATION, circ);
    const preselected = procedure === 'competitive-flexible' || procedure === 'competitive-dialogue' || procedure === 'competitive-negotiation' || procedure === 'restricted';
    return pick(PA_TENDER, { ...circ, preselected: c.preselected || preselected });
  }
  // PCR 2015 and, taken to mirror it, the Public Contracts (Scotland) Regulations 2015.
  const confirmed = regime === 'pcr2015';
  if (lightTouch) return pick(PCR_OPEN, circ, confirmed);
  if (dynamic) return stage === 'tender' ? pick(PCR_DPS, circ, confirmed) : pick(PARTICIPATION_DPS, circ, confirmed);
  if (stage === 'participation') return procedure === 'open' ? null : pick(PCR_PARTICIPATION, circ, confirmed);
  if (procedure === 'open') return pick(PCR_OPEN, circ, confirmed);
  if (procedure === 'competitive-dialogue') return null; // no tender-stage minimum
  // Restricted, competitive procedure with negotiation, or not stated: the lowest of the procedures' figures.
  return pick(PCR_RESTRICTED_TENDER, circ, confirmed);
}

/** Whether a planned procurement (prior information) notice published on `noticeIso` qualifies for a tender issued on `issueIso`. */
export function noticeQualifies(regime: Regime, noticeIso: string | null, issueIso: string | null): boolean {
  if (!noticeIso || !issueIso) return true; // no date to check: the reduction may apply
  const days = Math.round((parseISO(issueIso).getTime() - parseISO(noticeIso).getTime()) / 86400000);
  const minDays = regime === 'pa2023' ? 40 : 35; // PA 2023 s.15(3); PCR 2015 reg 27(b)
  return days >= minDays && days <= 366;
}

/** The circumstances read from a document's lead-in facts and value. */
export function circumstances(leadIn: LeadInFacts, facts: Facts, regime: Regime, issueIso: string | null): Circumstances {
  return {
    electronic: leadIn.electronicSubmission !== null && leadIn.paperSubmission === null,
    documentsWithNotice: leadIn.documentsWithNotice !== null,
    qualifyingNotice: leadIn.plannedNotice !== null && noticeQualifies(regime, leadIn.plannedNotice.date?.iso ?? null, issueIso),
    urgency: leadIn.urgency !== null,
    lightTouch: leadIn.lightTouch !== null,
    dynamicMarket: leadIn.dynamicMarket !== null,
    periodAgreed: leadIn.periodAgreed !== null,
    preselected: false,
    belowThreshold: belowThreshold(facts),
  };
}

/** True when the estimated total value is certainly under the lowest threshold (with VAT added where it may apply). */
export function belowThreshold(facts: Facts): boolean {
  const total = facts.contractValue.total;
  return total !== null && thresholdStatus(total, lowestThreshold()) === 'below';
}

/** Working days are counted over every UK nation's bank holidays under the PA (s.123), the document's nation otherwise. */
export function workingDayArea(regime: Regime, nation: Nation): HolidayArea {
  return regime === 'pa2023' ? 'uk' : nation;
}

export interface StandstillRule {
  /** Length and unit. */
  length: number;
  unit: 'working-days' | 'days';
  citation: string;
  confirmed: boolean;
}

/** The standstill a regime requires (PA: also the least a voluntary standstill may be, s.51(5)), or null. */
export function standstillRule(regime: Regime, byPost: boolean): StandstillRule | null {
  if (regime === 'pa2023') return { length: 8, unit: 'working-days', citation: 'PA 2023 s.51(2), s.51(5)', confirmed: true };
  if (regime === 'pcr2015') return { length: byPost ? 15 : 10, unit: 'days', citation: 'PCR 2015 reg 87', confirmed: true };
  if (regime === 'pcsr2015') return { length: byPost ? 15 : 10, unit: 'days', citation: 'PCSR 2015 reg 85', confirmed: false };
  return null;
}

/**
 * The last day of the standstill that begins with a notice sent or published on `noticeIso`.
 * PA: the 8th working day counting the publication day (s.51(2): "beginning with the day"). PCR: the 10th
 * (or 15th) day after sending, rolled to the next working day (reg 2(4)).
 */
export function standstillLastDay(rule: StandstillRule, noticeIso: string, area: HolidayArea): string {
  let day = parseISO(noticeIso);
  const iso = (d: Date) => format(d, 'yyyy-MM-dd');
  if (rule.unit === 'working-days') {
    let count = isWorkingDay(iso(day), area) ? 1 : 0;
    while (count < rule.length) {
      day = addDays(day, 1);
      if (isWorkingDay(iso(day), area)) count++;
    }
    return iso(day);
  }
  day = addDays(day, rule.length);
  while (!isWorkingDay(iso(day), area)) day = addDays(day, 1);
  return iso(day);
}
