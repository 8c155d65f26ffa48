/** The tender report's model: what goes on the timeline, which minimum applies, the weights and their shortfall, the burden table and the questions. */
import { describe, expect, it } from 'vitest';
import { resolveFileConfig } from '../../core/config/resolve';
import type { ConfigData } from '../../core/config/types';
import { buildReportModel } from '../../core/report/index';
import type { ReportModel } from '../../core/report/types';
import { rules } from '../../rules/index';
import { lintWith } from '../helpers/lint';

const META = new Map(rules.map((r) => [r.meta.id, r.meta]));

function modelOf(text: string, data: ConfigData | null = null): ReportModel {
  const config = resolveFileConfig(rules, data, 'test.md');
  const out = lintWith(text, config);
  return buildReportModel({ name: 'test.md', facts: out.facts, settings: out.settings, findings: out.findings, rules: META, config, text });
}

const front = (regime: string, procedure: string, kind = 'itt') => `---\ntenderlint:\n  kind: ${kind}\n  regime: ${regime}\n  procedure: ${procedure}\n---\n\n`;

const TIMETABLE = `# Invitation to Tender: Garden Maintenance

## Timetable

| Stage | Date |
| --- | --- |
| Invitation to tender issued | Monday 5 April 2027 |
| Last date for clarification questions | Friday 16 April 2027 |
| Closing date for tenders | 12:00 noon, Friday 30 April 2027 |
| Evaluation of bids | 4 May – 14 May 2027 |
| Intention to award letters | Monday 24 May 2027 |
| Contract start | Thursday 1 July 2027 |
`;

describe('report model: timeline', () => {
  it('puts every dated event on the axis in date order, with the period, the holidays and the derived standstill', () => {
    const m = modelOf(front('pa2023', 'open') + TIMETABLE);
    const t = m.timeline!;
    expect(t.events.map((e) => [e.type, e.iso, e.endIso])).toEqual([
      ['issue', '2027-04-05', null],
      ['clarification-deadline', '2027-04-16', null],
      ['submission-deadline', '2027-04-30', null],
      ['evaluation', '2027-05-04', '2027-05-14'],
      ['award', '2027-05-24', null],
      ['standstill', '2027-05-24', '2027-06-03'],
      ['contract-start', '2027-07-01', null],
    ]);
    // The standstill is the law's minimum counted from the award (8 working days under the Act, the day of
    // the notice counted; the spring bank holiday of 31 May 2027 is skipped).
    expect(t.events.find((e) => e.type === 'standstill')!.derived).toMatch(/minimum/);
    expect(t.period).toMatchObject({ stage: 'tender', fromIso: '2027-04-05', toIso: '2027-04-30', days: 25 });
    expect(t.holidays.map((h) => h.iso)).toEqual(expect.arrayContaining(['2027-05-03', '2027-05-31']));
    expect(t.holidays.map((h) => h.iso)).toEqual(t.holidays.map((h) => h.iso).sort());
    expect(t.startIso < '2027-04-05' && t.endIso > '2027-07-01').toBe(true);
  });

  it('applies the regime\'s statutory minimum for the stated circumstances and marks the shortfall', () => {
    const m = modelOf(front('pa2023', 'open') + TIMETABLE);
    // Open procedure under the Act, nothing said about electronic submission: 35 days.
    expect(m.timeline!.statutory).toMatchObject({ days: 35, endIso: '2027-05-10', shortBy: 10, citation: 'PA 2023 s.54(4)' });
    const electronic = modelOf(front('pa2023', 'open') + TIMETABLE + '\nTenders must be submitted electronically through the e-tendering portal.\n');
    expect(electronic.timeline!.statutory).toMatchObject({ days: 30, shortBy: 5 });
    const pcr = modelOf(front('pcr2015', 'open') + TIMETABLE);
    expect(pcr.timeline!.statutory).toMatchObject({ days: 35, citation: 'PCR 2015 reg 27' });
  });

  it('draws no statutory minimum where none applies, and says why', () => {
    const unstated = modelOf(TIMETABLE);
    expect(unstated.timeline!.statutory).toBeNull();
    expect(unstated.timeline!.statutoryNote).toMatch(/regime is not stated/);
    const below = modelOf(front('below-threshold', 'open') + TIMETABLE);
    expect(below.timeline!.statutory).toBeNull();
    expect(below.timeline!.statutoryNote).toMatch(/No statutory minimum/);
  });

  it('reads the recommended minimum from the tender-period rule\'s options in force', () => {
    const m = modelOf(front('pa2023', 'open') + TIMETABLE);
    expect(m.timeline!.recommended).toMatchObject({ days: 30, endIso: '2027-05-05', shortBy: 5 });
    const friendly = modelOf(front('pa2023', 'open') + TIMETABLE, { extends: 'vcs-friendly' });
    expect(friendly.timeline!.recommended).toMatchObject({ days: 40, shortBy: 15 });
    const set = modelOf(front('pa2023', 'open') + TIMETABLE, { rules: { 'lead-in/tender-period': ['warning', { recommendedDays: 21 }] } });
    expect(set.timeline!.recommended).toMatchObject({ days: 21, shortBy: 0 });
  });

  it('marks each lead-in finding on the event it is about', () => {
    const m = modelOf(front('pa2023', 'open') + TIMETABLE);
    const deadline = m.timeline!.events.find((e) => e.type === 'submission-deadline')!;
    const onDeadline = deadline.findings.map((n) => m.findings[n - 1]!.ruleId);
    expect(onDeadline).toContain('lead-in/tender-period');
    const clarification = m.timeline!.events.find((e) => e.type === 'clarification-deadline')!;
    expect(clarification.findings.map((n) => m.findings[n - 1]!.ruleId)).toContain('lead-in/clarification-window');
    // Every lead-in finding is on the timeline, on an event or beside it.
    const placed = new Set([...m.timeline!.events.flatMap((e) => e.findings), ...m.timeline!.otherFindings]);
    for (const f of m.findings.filter((f) => f.family === 'lead-in')) expect(placed.has(f.number)).toBe(true);
  });

  it('draws the promised answers to questions, worked out from the wording, and names a deadline on a bank holiday', () => {
    const text = TIMETABLE.replace('Friday 30 April 2027', 'Monday 3 May 2027') + '\nAnswers to clarification questions will be published no later than 6 days before the closing date.\n';
    const m = modelOf(front('pa2023', 'open') + text);
    const answers = m.timeline!.events.find((e) => e.type === 'clarification-response')!;
    expect(answers).toMatchObject({ iso: '2027-04-27' });
    expect(answers.derived).toBeTruthy();
    expect(m.timeline!.events.find((e) => e.type === 'submission-deadline')!.nonWorking).toMatch(/May/);
  });

  it('has no timeline without a dated event', () => {
    expect(modelOf('# Specification\n\nThe service runs across the county.\n').timeline).toBeNull();
  });
});

const WEIGHTS = `# Invitation to Tender: Home Adaptations

## Award criteria

| No. | Criterion | Weighting |
| --- | --- | --- |
| 1 | Price | 50% |
| 2 | Quality | 42% |
| 2.1 | Method statement | 30% |
| 2.2 | Customer care | 12% |
| 3 | Social value | 5% |
`;

describe('report model: award weighting', () => {
  it('lists criteria and sub-criteria with their shares, the total, the shortfall and social value\'s share', () => {
    const m = modelOf(front('pa2023', 'open') + WEIGHTS);
    const chart = m.award.charts[0]!;
    expect(chart.rows.map((r) => [r.number, r.name, r.weight, r.share, r.depth, r.category])).toEqual([
      ['1', 'Price', 50, 50, 0, 'price'],
      ['2', 'Quality', 42, 42, 0, 'quality'],
      ['2.1', 'Method statement', 30, 30, 1, 'quality'],
      ['2.2', 'Customer care', 12, 12, 1, 'quality'],
      ['3', 'Social value', 5, 5, 0, 'social-value'],
    ]);
    expect(chart).toMatchObject({ sum: 97, expected: 100, shortfall: 3, socialValueShare: 5 });
    expect(m.award.socialValueMin).toBe(10);
    // The total's finding sits on the split, the social value minimum's on its row.
    const ids = (ns: number[]) => ns.map((n) => m.findings[n - 1]!.ruleId);
    expect(ids(chart.findings)).toContain('social-value/weights-total');
    expect(ids(chart.rows[4]!.findings)).toContain('social-value/weight-minimum');
  });

  it('counts sub-weights given as shares of their parent as shares of the total, and takes the minimum from the options', () => {
    const text = `# Invitation to Tender\n\n## Evaluation\n\n| Ref | Criterion | Weighting |\n| --- | --- | --- |\n| 1 | Price | 40% |\n| 2 | Quality | 60% |\n| 2.1 | Delivery | 80% |\n| 2.2 | Social value | 20% |\n`;
    const m = modelOf(text, { rules: { 'social-value/weight-minimum': ['warning', { minWeight: 15 }] } });
    const chart = m.award.charts[0]!;
    expect(chart.rows.find((r) => r.name === 'Social value')!.share).toBe(12);
    expect(chart).toMatchObject({ sum: 100, shortfall: null, socialValueShare: 12 });
    expect(m.award.socialValueMin).toBe(15);
  });

  it('shows weights over the total as a negative shortfall', () => {
    const m = modelOf(`# ITT\n\n## Evaluation\n\n| Criterion | Weighting |\n| --- | --- |\n| Price | 60% |\n| Quality | 50% |\n`);
    expect(m.award.charts[0]).toMatchObject({ sum: 110, shortfall: -10 });
  });
});

describe('report model: burden and findings', () => {
  const DEMANDS = `${front('pa2023', 'open')}# Invitation to Tender: Community Transport

The estimated contract value is £60,000 per annum, £180,000 over three years.

## Selection

Bidders must have a minimum annual turnover of £400,000.

Bidders must hold public liability insurance of £10,000,000 at the time of submission.

Bidders must hold ISO 14001 certification.
`;

  it('reads the demands into one table, weighed against the contract value, with each finding beside its demand', () => {
    const m = modelOf(DEMANDS);
    const b = m.burden!;
    const turnover = b.rows.find((r) => r.topic === 'Turnover')!;
    expect(turnover.demand).toContain('£400,000');
    expect(turnover.against).toMatch(/^6\.7× the annual value/);
    expect(turnover.findings.map((n) => m.findings[n - 1]!.ruleId)).toContain('proportionality/turnover-cap');
    const insurance = b.rows.find((r) => r.topic === 'Insurance')!;
    expect(insurance.demand).toMatch(/Public liability £10,000,000, at submission/);
    expect(insurance.against).toMatch(/^56× the total value/);
    const standard = b.rows.find((r) => r.topic === 'Standards')!;
    expect(standard.demand).toBe('ISO 14001 without "or equivalent"');
    expect(b.notStated).toContain('Experience');
    expect(b.notStated).not.toContain('Turnover');
    // Every proportionality finding appears in the table.
    const placed = new Set(b.rows.flatMap((r) => r.findings));
    for (const f of m.findings.filter((f) => f.family === 'proportionality')) expect(placed.has(f.number)).toBe(true);
  });

  it('numbers the findings in document order, with their severity, quick-fix availability and documentation', () => {
    const m = modelOf(DEMANDS);
    expect(m.findings.map((f) => f.number)).toEqual(m.findings.map((_, i) => i + 1));
    const offsets = m.findings.map((f) => f.range.start.offset);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    const equivalent = m.findings.find((f) => f.ruleId === 'proportionality/or-equivalent')!;
    expect(equivalent.quickFix).toBe('fix');
    expect(equivalent.docsUrl).toMatch(/docs\/rules\/proportionality\/or-equivalent\.md$/);
    expect(m.counts.error + m.counts.warning + m.counts.info).toBe(m.findings.length);
  });

  it('leaves suppressed findings out', () => {
    const text = DEMANDS.replace('Bidders must hold ISO 14001', '<!-- tenderlint-disable-next-line proportionality/or-equivalent -- the permit requires it -->\nBidders must hold ISO 14001');
    expect(modelOf(text).findings.some((f) => f.ruleId === 'proportionality/or-equivalent')).toBe(false);
  });
});

describe('report model: bid response', () => {
  it('lists each question with its limit, count and state, and the findings on it', () => {
    const text = `---\ntenderlint:\n  kind: response\n---\n\n# Tender Response\n\n## Question 1: Approach (maximum 10 words)\n\nWe will visit each person at home within two days of referral, every time.\n\n## Question 2: Staffing (maximum 50 words)\n\nTBC\n`;
    const m = modelOf(text);
    expect(m.burden).toBeNull();
    expect(m.response!.map((q) => [q.number, q.limit, q.count, q.state, q.over])).toEqual([
      ['1', '10 words', 14, 'over the limit', 4],
      ['2', '50 words', 1, 'placeholder', 0],
    ]);
    expect(m.response![0]!.findings.map((n) => m.findings[n - 1]!.ruleId)).toContain('response/word-limit');
  });
});
