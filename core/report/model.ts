/**
 * Builds the tender report's model (`types.ts`) from what a check produced: the facts, the resolved settings,
 * the findings and the rules' metadata and options. Pure: no I/O, the same in the CLI and the language server.
 * The minimums come from where the rules read them: the statutory ones from `core/policy/lead-in.ts`, the
 * recommended tender period and the social value minimum from the rules' resolved options.
 */
import { docsUrl } from '../engine/docs-url';
import { bankHolidays, calendarDaysBetween, isWorkingDay, workingDaysBetween, type HolidayArea } from '../facts/calendar';
import { effectiveShares } from '../facts/evaluation';
import type { Criterion, EvaluationTable, TimetableEvent, TimetableEventType } from '../facts/types';
import { circumstances, standstillLastDay, standstillRule, statutoryMinimum, workingDayArea } from '../policy/lead-in';
import type { Range } from '../model/types';
import { buildBurden } from './burden';
import type {
  Award,
  AwardChart,
  AwardRow,
  MinimumBar,
  ReportFinding,
  ReportInput,
  ReportModel,
  ResponseRow,
  Timeline,
  TimelineEvent,
} from './types';

export type { ReportInput };


export const EVENT_LABELS: Record<TimetableEventType, string> = {
  issue: 'Issue',
  'clarification-deadline': 'Clarification deadline',
  'clarification-response': 'Clarification answers',
  'submission-deadline': 'Submission deadline',
  evaluation: 'Evaluation',
  presentation: 'Presentations',
  award: 'Award',
  standstill: 'Standstill',
  'contract-signature': 'Contract signature',
  mobilisation: 'Mobilisation',
  'contract-start': 'Contract start',
  'contract-end': 'Contract end',
  other: 'Other',
};

/** A rule's options as the rule sees them: the config's over the defaults. */
export function ruleOptions(input: Pick<ReportInput, 'rules' | 'config'>, id: string): Record<string, unknown> | null {
  const meta = input.rules.get(id);
  if (!meta) return null;
  return { ...meta.options.defaults, ...(input.config?.rules[id]?.options ?? {}) };
}

export function addDaysIso(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

function reportFindings(input: ReportInput): ReportFinding[] {
  const visible = input.findings.filter((f) => !f.suppressions || f.suppressions.length === 0);
  const sorted = [...visible].sort((a, b) => a.range.start.offset - b.range.start.offset || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return sorted.map((f, i) => {
    const meta = input.rules.get(f.ruleId);
    return {
      number: i + 1,
      ruleId: f.ruleId,
      family: f.family,
      severity: f.fatal ? 'error' : f.severity,
      message: f.message,
      range: f.range,
      quickFix: f.fix ? 'fix' : f.suggestions?.length ? 'suggestion' : null,
      docsUrl: meta ? docsUrl(f.ruleId) : null,
      description: meta?.description ?? '',
    };
  });
}

export function buildReportModel(input: ReportInput): ReportModel {
  const findings = reportFindings(input);
  const { settings } = input;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  const s = settings.sources;
  const source = (v: string) => v.replace('-', ' ');
  const settingsLine = [
    `Kind: ${settings.kind} (${source(s.kind)})`,
    `Regime: ${settings.regime} (${source(s.regime)})`,
    `Procedure: ${settings.procedure ?? 'not stated'}${settings.procedure ? ` (${source(s.procedure)})` : ''}`,
    `Nation: ${settings.nation} (${source(s.nation)})`,
  ].join(' · ');
  const hasResponse = settings.kind === 'response' || input.facts.response.questions.length > 0;
  return {
    name: input.name,
    kind: settings.kind,
    regime: settings.regime,
    settingsLine,
    counts,
    findings,
    timeline: buildTimeline(input, findings),
    award: buildAward(input, findings),
    burden: settings.kind === 'response' ? null : buildBurden(input, findings),
    response: hasResponse ? buildResponse(input, findings) : null,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Timeline

const ON_AXIS = (e: TimetableEvent) => e.type !== 'contract-end' && e.date.iso !== null;

function lineOf(r: Range): number {
  return r.start.line;
}

function nonWorking(iso: string, area: HolidayArea, holidays: Map<string, string>): string | null {
  if (isWorkingDay(iso, area)) return null;
  const day = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return holidays.get(iso) ?? (day === 0 ? 'Sunday' : day === 6 ? 'Saturday' : 'not a working day');
}

function holidaysBetween(area: HolidayArea, startIso: string, endIso: string): Map<string, string> {
  const out = new Map<string, string>();
  for (let y = Number(startIso.slice(0, 4)); y <= Number(endIso.slice(0, 4)); y++) {
    for (const [iso, name] of bankHolidays(area, y)) if (iso >= startIso && iso <= endIso) out.set(iso, name);
  }
  return out;
}

/** Working days back from a date (the day itself not counted). */
function workingDaysBefore(iso: string, n: number, area: HolidayArea): string {
  let day = iso;
  let count = 0;
  while (count < n) {
    day = addDaysIso(day, -1);
    if (isWorkingDay(day, area)) count++;
  }
  return day;
}

export function buildTimeline(input: ReportInput, findings: ReportFinding[]): Timeline | null {
  const { facts, settings } = input;
  const area = workingDayArea(settings.regime, settings.nation);
  const dated = facts.timetable.filter(ON_AXIS);
  if (dated.length === 0) return null;
  const events: TimelineEvent[] = dated.map((e) => ({
    type: e.type,
    typeLabel: EVENT_LABELS[e.type],
    label: e.label,
    iso: e.date.iso!,
    endIso: e.endDate?.iso && e.endDate.iso > e.date.iso! ? e.endDate.iso : null,
    time: e.date.time,
    line: lineOf(e.date.range),
    findings: [],
    nonWorking: null,
  }));
  const undated = facts.timetable.filter((e) => e.type !== 'contract-end' && !e.date.iso).map((e) => ({ typeLabel: EVENT_LABELS[e.type], label: e.label, line: lineOf(e.date.range) }));

  const issue = dated.find((e) => e.type === 'issue');
  const deadline = dated.filter((e) => e.type === 'submission-deadline').reduce<TimetableEvent | undefined>((b, e) => (!b || e.date.iso! > b.date.iso! ? e : b), undefined);
  const award = dated.find((e) => e.type === 'award');

  // What the wording promises or the law requires, drawn where the timetable has no row for it.
  const answers = facts.leadIn.clarificationAnswers;
  if (deadline && answers?.daysBefore && !events.some((e) => e.type === 'clarification-response')) {
    const iso = answers.working ? workingDaysBefore(deadline.date.iso!, answers.daysBefore, area) : addDaysIso(deadline.date.iso!, -answers.daysBefore);
    events.push({
      type: 'clarification-response',
      typeLabel: EVENT_LABELS['clarification-response'],
      label: `Answers promised ${answers.daysBefore} ${answers.working ? 'working ' : ''}days before the deadline`,
      iso,
      endIso: null,
      time: null,
      line: lineOf(answers.range),
      findings: [],
      derived: 'worked out from the promise to answer questions',
      nonWorking: null,
    });
  }
  const standstill = facts.leadIn.standstill;
  if (!events.some((e) => e.type === 'standstill')) {
    if (standstill && (standstill.startDate?.iso || standstill.endDate?.iso)) {
      const from = standstill.startDate?.iso ?? award?.date.iso ?? standstill.endDate!.iso!;
      const to = standstill.endDate?.iso ?? null;
      events.push({
        type: 'standstill',
        typeLabel: EVENT_LABELS.standstill,
        label: 'Standstill as stated',
        iso: from,
        endIso: to && to > from ? to : null,
        time: null,
        line: lineOf(standstill.range),
        findings: [],
        nonWorking: null,
      });
    } else if (award) {
      const rule = standstillRule(settings.regime, facts.leadIn.standstillByPost !== null);
      if (rule) {
        const last = standstillLastDay(rule, award.date.iso!, area);
        events.push({
          type: 'standstill',
          typeLabel: EVENT_LABELS.standstill,
          label: `Minimum standstill: ${rule.length} ${rule.unit === 'working-days' ? 'working days' : 'days'} (${rule.citation})`,
          iso: award.date.iso!,
          endIso: last,
          time: null,
          line: lineOf(award.date.range),
          findings: [],
          derived: `the law's minimum counted from the award date${standstill ? '' : ' (the document states no standstill)'}`,
          nonWorking: null,
        });
      }
    }
  }
  events.sort((a, b) => (a.iso < b.iso ? -1 : a.iso > b.iso ? 1 : 0));

  // Lead-in findings go on the event whose row or date they are reported on.
  const otherFindings: number[] = [];
  for (const f of findings) {
    if (f.family !== 'lead-in') continue;
    const line = f.range.start.line;
    const target =
      events.find((e) => !e.derived && e.line === line) ??
      (() => {
        const source = dated.find((e) => lineOf(e.labelRange) === line || (e.endDate && lineOf(e.endDate.range) === line));
        return source ? events.find((e) => !e.derived && e.iso === source.date.iso && e.type === source.type) : undefined;
      })();
    if (target) target.findings.push(f.number);
    else otherFindings.push(f.number);
  }

  let period: Timeline['period'] = null;
  let statutory: MinimumBar | null = null;
  let statutoryNote: string | null = null;
  let recommended: MinimumBar | null = null;
  const stage = settings.kind === 'sq' ? 'participation' : 'tender';
  if (issue && deadline && deadline.date.iso! > issue.date.iso!) {
    const fromIso = issue.date.iso!;
    const toIso = deadline.date.iso!;
    const days = calendarDaysBetween(fromIso, toIso);
    period = { stage, fromIso, toIso, days, workingDays: workingDaysBetween(fromIso, toIso, area) };
    if (settings.sources.regime === 'default') statutoryNote = 'The regime is not stated, so no statutory minimum is drawn.';
    else {
      const min = statutoryMinimum(settings.regime, settings.procedure, stage, circumstances(facts.leadIn, facts, settings.regime, fromIso));
      if (!min) statutoryNote = `No statutory minimum applies to ${settings.regime}${settings.procedure ? ` (${settings.procedure})` : ''}${stage === 'participation' ? ' at the participation stage' : ''}.`;
      else if (min.days === null) statutoryNote = `No statutory minimum applies to ${min.when} (${min.citation}).`;
      else statutory = { days: min.days, endIso: addDaysIso(fromIso, min.days), when: min.when, citation: min.citation, confirmed: min.confirmed, shortBy: Math.max(0, min.days - days) };
    }
    const opts = ruleOptions(input, 'lead-in/tender-period');
    const rec = typeof opts?.['recommendedDays'] === 'number' ? (opts['recommendedDays'] as number) : null;
    if (rec !== null) {
      recommended = { days: rec, endIso: addDaysIso(fromIso, rec), when: 'time for small and voluntary organisations and consortia to bid', citation: 'lead-in/tender-period, recommendedDays', confirmed: true, shortBy: Math.max(0, rec - days) };
    }
  }

  const ends = events.flatMap((e) => [e.iso, e.endIso ?? e.iso]);
  if (statutory) ends.push(statutory.endIso);
  if (recommended) ends.push(recommended.endIso);
  ends.sort();
  const startIso = addDaysIso(ends[0]!, -3);
  const endIso = addDaysIso(ends[ends.length - 1]!, 3);
  const holidays = holidaysBetween(area, startIso, endIso);
  for (const e of events) e.nonWorking = nonWorking(e.iso, area, holidays);
  return {
    startIso,
    endIso,
    events,
    undated,
    holidays: [...holidays].map(([iso, name]) => ({ iso, name })).sort((a, b) => (a.iso < b.iso ? -1 : 1)),
    period,
    statutory,
    statutoryNote,
    recommended,
    otherFindings,
    holidayArea: area === 'uk' ? 'every UK nation' : area.replace('-', ' and '),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Award weighting

function socialValueCriteria(criteria: Criterion[]): Criterion[] {
  return criteria.flatMap((c) => (c.category === 'social-value' && !c.passFail ? [c] : socialValueCriteria(c.children)));
}

function within(line: number, r: Range): boolean {
  return line >= r.start.line && line <= r.end.line;
}

export function buildAward(input: ReportInput, findings: ReportFinding[]): Award {
  const opts = ruleOptions(input, 'social-value/weight-minimum');
  const socialValueMin = typeof opts?.['minWeight'] === 'number' ? (opts['minWeight'] as number) : 10;
  const placed = new Set<number>();
  const award = findings.filter((f) => f.family === 'social-value');
  const charts: AwardChart[] = [];
  for (const table of input.facts.evaluation) {
    if (table.criteria.length === 0) continue;
    const chart = buildChart(table, award);
    for (const n of chart.findings) placed.add(n);
    for (const r of chart.rows) for (const n of r.findings) placed.add(n);
    charts.push(chart);
  }
  return { charts, socialValueMin, otherFindings: award.filter((f) => !placed.has(f.number)).map((f) => f.number) };
}

function buildChart(table: EvaluationTable, findings: ReportFinding[]): AwardChart {
  const shares = effectiveShares(table);
  const rows: AwardRow[] = [];
  const rowFindings = new Set<number>();
  const walk = (list: Criterion[], depth: number) => {
    for (const c of list) {
      const own = findings.filter((f) => f.range.start.line === c.range.start.line).map((f) => f.number);
      own.forEach((n) => rowFindings.add(n));
      rows.push({
        name: c.name,
        number: c.number,
        weight: c.weight,
        share: shares.get(c) ?? null,
        depth,
        category: c.category,
        passFail: c.passFail,
        bounds: c.weightBounds ?? null,
        line: c.range.start.line,
        findings: own,
      });
      walk(c.children, depth + 1);
    }
  };
  walk(table.criteria, 0);
  const sum = table.criteria.reduce((s, c) => s + (c.passFail ? 0 : (c.weight ?? 0)), 0);
  let note: string | null = null;
  let expected: number | null = null;
  if (table.ranges) note = 'The criteria carry ranges to choose weights from, not weights: no total is checked.';
  else if (table.uncertain) note = 'Criteria may have been missed in this split, so its total is not checked.';
  else if (table.origin === 'prose' && table.criteria.length < 2) note = 'One weight stated in a sentence, not the whole split.';
  else {
    const part = table.partial === true || (table.statedTotal !== null && !table.criteria.some((c) => c.category === 'price'));
    expected = table.unit === 'percent' && !part ? 100 : (table.statedTotal?.value ?? null);
  }
  const shortfall = expected !== null && Math.abs(expected - sum) > 0.01 ? round(expected - sum) : null;
  const sv = socialValueCriteria(table.criteria).filter((c) => shares.has(c));
  return {
    line: table.range.start.line,
    unit: table.unit,
    rows,
    sum: round(sum),
    expected,
    shortfall,
    statedTotal: table.statedTotal?.value ?? null,
    socialValueShare: sv.length ? round(sv.reduce((s, c) => s + shares.get(c)!, 0)) : null,
    findings: findings.filter((f) => !rowFindings.has(f.number) && within(f.range.start.line, table.range)).map((f) => f.number),
    note,
  };
}

export function round(n: number): number {
  return Math.round(n * 10) / 10;
}

// ---------------------------------------------------------------------------------------------------------
// Bid response

export function buildResponse(input: ReportInput, findings: ReportFinding[]): ResponseRow[] {
  const own = findings.filter((f) => f.family === 'response' || f.family === 'drafting');
  return input.facts.response.questions.map((q) => {
    const unit = q.limit?.unit === 'characters' ? 'characters' : 'words';
    const count = unit === 'characters' ? q.characters : q.words;
    const counted = q.limit && q.limit.unit !== 'pages';
    const over = counted && count > q.limit!.value ? count - q.limit!.value : 0;
    const from = q.range.start.line;
    const to = Math.max(q.answerRange.end.line, q.range.end.line);
    return {
      number: q.number,
      text: q.text.length > 140 ? `${q.text.slice(0, 139)}…` : q.text,
      limit: q.limit ? `${q.limit.value.toLocaleString('en-GB')} ${q.limit.unit}` : null,
      count,
      unit,
      state: over > 0 ? 'over the limit' : q.state,
      over,
      line: from,
      findings: own.filter((f) => f.range.start.line >= from && f.range.start.line <= to).map((f) => f.number),
    };
  });
}

