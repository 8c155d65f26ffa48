/**
 * Proportionality facts: what a tender demands of bidders and imposes on the supplier, built from the
 * money, duration and percentage facts already read (never re-parsing amounts) and the words around them.
 *
 *   turnover     "minimum annual turnover of £2m", with who must meet it and whether reasons are stated
 *   insurance    "£10m public liability at the time of submission" → type, amount, timing
 *   accounts     "three years' audited accounts", whether an alternative is offered; trading-history bars
 *   experience   "at least five years' experience of delivering …", the organisation's or its staff's
 *   selection    shortlisting or pre-qualification stages that limit who may tender
 *   reporting    reporting more often than monthly; KPI counts (stated, or rows of a KPI table)
 *   penalties    fines, service credits, deductions and liquidated damages, with amounts or "for any …"
 *   liability    unlimited liability or uncapped indemnities, and liability caps
 *   lots         whether the contract is divided into lots, and any reason for not doing so
 */
import type { Range, TenderDocument, TextBlock } from '../model/types';
import { blockRange } from '../model/positions';
import { splitSentences } from '../model/sentences';
import { PatternScreen, TextMemo, testText } from '../model/memo';
import { rowOf } from './context';
import { parseStatedNumber, STATED_NUMBER_PATTERN } from './numbers';
import type { DurationFact, FactLocation, Facts, MoneyFact, PercentageFact } from './types';

// ---------------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------------

export type TurnoverBasis = 'each-member' | 'lead' | 'combined';

export interface TurnoverDemand extends FactLocation {
  amount: MoneyFact;
  /** Who must meet it, when the document says. */
  basis: TurnoverBasis | null;
  /** Whether reasons for the level are stated beside it. */
  reasonsStated: boolean;
}

export type InsuranceType = 'employers-liability' | 'public-liability' | 'professional-indemnity' | 'product-liability' | 'other';
export type InsuranceTiming = 'submission' | 'award' | 'contract-start';

export interface InsuranceRequirement extends FactLocation {
  type: InsuranceType;
  /** The cover demanded, when a figure is given. */
  amount: MoneyFact | null;
  /** When the cover must be held, when the document says. */
  timing: InsuranceTiming | null;
  /** The timing wording, and where it is (null when it was read from a table row). */
  timingText: string | null;
  timingRange: Range | null;
}

export interface AccountsDemand extends FactLocation {
  /** 'accounts': accounts demanded; 'trading-history': organisations trading less than N years excluded. */
  kind: 'accounts' | 'trading-history';
  /** Audited accounts demanded without "if required by law" or a similar condition. */
  audited: boolean;
  /** Years of accounts, or the minimum years of trading. */
  years: number | null;
  /** Whether other evidence is accepted from organisations without such accounts. */
  alternative: boolean;
}

export interface ExperienceDemand extends FactLocation {
  years: number;
  duration: DurationFact;
  /** Whether the demand is of the bidding organisation or of its staff. */
  subject: 'organisation' | 'staff';
  /** Whether another way of showing capability is accepted. */
  alternative: boolean;
}

export interface SelectionStage extends FactLocation {
  kind: 'shortlisting' | 'pre-qualification';
}

export type ReportingFrequency = 'daily' | 'weekly' | 'fortnightly' | 'monthly' | 'quarterly' | 'annually';

export interface ReportingDemand extends FactLocation {
  frequency: ReportingFrequency;
  /** Reports a year. */
  perYear: number;
}

export interface KpiCount extends FactLocation {
  count: number;
  origin: 'stated' | 'table';
}

export type PenaltyKind = 'fine' | 'service-credit' | 'deduction' | 'liquidated-damages';

export interface PenaltyClause extends FactLocation {
  kind: PenaltyKind;
  amount: MoneyFact | null;
  percentage: PercentageFact | null;
  /** What a percentage is a share of. */
  percentageOf: 'annual' | 'monthly' | 'other' | null;
  /** Imposed for anything at all ("for any irregularity") or at the buyer's discretion, with no amount. */
  unspecified: boolean;
}

export interface LiabilityTerm extends FactLocation {
  kind: 'unlimited' | 'cap';
  amount: MoneyFact | null;
  /** Whose liability, when the sentence says. */
  party: 'supplier' | 'authority' | null;
}

export interface LotsFacts {
  /** Where the document divides the contract into lots. */
  divided: FactLocation | null;
  /** Where it says the contract is not divided into lots. */
  notDivided: FactLocation | null;
  /** A stated reason for not dividing it. */
  reason: FactLocation | null;
}

export interface ProportionalityFacts {
  turnover: TurnoverDemand[];
  insurance: InsuranceRequirement[];
  accounts: AccountsDemand[];
  experience: ExperienceDemand[];
  selection: SelectionStage[];
  reporting: ReportingDemand[];
  kpis: KpiCount[];
  penalties: PenaltyClause[];
  liability: LiabilityTerm[];
  lots: LotsFacts;
}

// ---------------------------------------------------------------------------------------------------
// Sentences
// ---------------------------------------------------------------------------------------------------

interface Sentence {
  block: TextBlock;
  start: number;
  end: number;
  text: string;
  /** Index of the sentence in its block. */
  index: number;
  /** Which of the screened patterns the sentence matches (see `sentenceScreen`). */
  screen: number;
}

function sentencesOf(doc: TenderDocument): Sentence[] {
  const out: Sentence[] = [];
  for (const block of doc.blocks) {
    if (block.kind === 'code' || block.kind === 'html') continue;
    splitSentences(block.text).forEach((s, index) => out.push({ block, start: s.start, end: s.end, text: s.text, index, screen: sentenceScreen.of(s.text) }));
  }
  return out;
}

function at(doc: TenderDocument, s: Sentence, start: number, end: number): FactLocation {
  return { block: s.block.id, range: blockRange(doc, s.block, s.start + start, s.start + end), sentence: s.text };
}

/** Facts grouped by block, built once per fact list, so that looking up a sentence's facts stays linear. */
const byBlockCache = new WeakMap<object, Map<number, unknown[]>>();

function byBlock<T extends { block: number }>(list: T[]): Map<number, T[]> {
  let index = byBlockCache.get(list) as Map<number, T[]> | undefined;
  if (!index) {
    index = new Map();
    for (const f of list) {
      const group = index.get(f.block);
      if (group) group.push(f);
      else index.set(f.block, [f]);
    }
    byBlockCache.set(list, index as Map<number, unknown[]>);
  }
  return index;
}

function inSentence<T extends { block: number; start: number }>(list: T[], s: Sentence): T[] {
  return (byBlock(list).get(s.block.id) ?? []).filter((f) => f.start >= s.start && f.start < s.end);
}

/** The text of a sentence's table row (other cells and the column header), or '' outside tables. */
function rowText(doc: TenderDocument, block: TextBlock): string {
  const row = rowOf(doc, block);
  if (!row) return '';
  const header = doc.tables[block.table!]!.header[block.column!] ?? '';
  return [...row.filter((c) => c.block !== block.id).map((c) => c.text), header].join(' | ');
}

/** The next blocks of the same section (for wording continued in a list after a lead-in sentence). */
function following(doc: TenderDocument, block: TextBlock, count: number): TextBlock[] {
  return doc.blocks.slice(block.id + 1, block.id + 1 + count).filter((b) => b.section === block.section && b.kind !== 'heading');
}

function preceding(doc: TenderDocument, block: TextBlock, count: number): TextBlock[] {
  return doc.blocks.slice(Math.max(0, block.id - count), block.id).filter((b) => b.section === block.section).reverse();
}

const DEMAND =
  /\b(?:must|shall|required?|requires|requirement|mandatory|minimum|at\s+least|not\s+less\s+than|no\s+less\s+than|need(?:s|ed)?\s+to|will\s+need|should\s+(?:have|hold|provide|be\s+able)|please\s+(?:provide|confirm|supply|attach|submit|state)|provide|submit|confirm|will\s+not\s+be\s+considered|pass\s*\/\s*fail|essential)\b/i;

// ---------------------------------------------------------------------------------------------------
// Turnover
// ---------------------------------------------------------------------------------------------------

const TURNOVER = /\bturnover\b/i;
const TURNOVER_MINIMUM = /\b(?:minimum|at\s+least|not\s+less\s+than|no\s+less\s+than|in\s+excess\s+of|must\s+(?:have|demonstrate|show)|required?|shall\s+have)\b/i;
/** Turnover mentioned for another purpose: Modern Slavery Act statements, SME definitions, maxima. */
const TURNOVER_OTHER =
  /\bmodern\s+slavery|\bsection\s+54\b|relevant\s+commercial\s+organisation|\bSMEs?\b|small\s+and\s+medium|\bmicro\b|\b(?:no|not)\s+more\s+than\b|(?<!\b(?:not|no)\s)\bless\s+than\b|\bbelow\s+£|\bunder\s+£|\bup\s+to\b|\bmaximum\b|\bdoes\s+not\s+exceed\b/i;
const BASIS: Array<[TurnoverBasis, RegExp]> = [
  ['each-member', /\beach\s+(?:consortium\s+)?(?:member|partner|party)\b|\bevery\s+(?:consortium\s+)?member\b|\bindividually\b|\bper\s+member\b/i],
  ['lead', /\blead\s+(?:member|bidder|partner|provider|organisation|contractor|supplier)\b|\bprime\s+contractor\b/i],
  ['combined', /\bcombined\b|\baggregate\b|\bjointly\b|\bcollectively\b|\btogether\b|\bacross\s+(?:the\s+)?(?:members|consortium)\b/i],
];
const REASONS = /\bbecause\b|\breasons?\b|\bjustif(?:y|ied|ication)\b|\bdue\s+to\b|\bin\s+view\s+of\b|\bgiven\s+(?:the|that)\b|\bsince\b|\breflects?\b/i;

function turnover(doc: TenderDocument, facts: Facts, sentences: Sentence[]): TurnoverDemand[] {
  const out: TurnoverDemand[] = [];
  sentences.forEach((s, i) => {
    // Outside tables the context is the sentence, and most sentences never mention turnover.
    if (s.block.table === undefined && !mayMatch(s, TURNOVER)) return;
    const context = `${s.text} | ${rowText(doc, s.block)}`;
    if (!testText(TURNOVER, context) || !testText(TURNOVER_MINIMUM, context) || testText(TURNOVER_OTHER, context)) return;
    const money = inSentence(facts.money, s).filter((m) => m.period !== 'hour' && m.period !== 'day');
    const key = TURNOVER.exec(s.text);
    const amount = (key ? money.find((m) => m.start - s.start > key.index) : undefined) ?? money[0];
    if (!amount) return;
    const next = sentences[i + 1]?.block === s.block ? sentences[i + 1]!.text : '';
    out.push({
      ...at(doc, s, amount.start - s.start, amount.end - s.start),
      amount,
      basis: BASIS.find(([, re]) => re.test(s.text))?.[0] ?? null,
      reasonsStated: testText(REASONS, s.text) || testText(REASONS, next),
    });
  });
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Insurance
// ---------------------------------------------------------------------------------------------------

const INSURANCE_TYPES: Array<[InsuranceType, RegExp]> = [
  ['employers-liability', /\bemployer['’]?s['’]?\s+(?:\(compulsory\)\s+)?liability\b|\bEL\b(?=\s+(?:insurance|cover))/gi],
  ['public-liability', /\bpublic\s+liability\b|\bPL\b(?=\s+(?:insurance|cover))/gi],
  ['professional-indemnity', /\bprofessional\s+(?:risk\s+)?indemnity\b/gi],
  ['professional-indemnity', /\bPII?\b/g],
  ['product-liability', /\bproducts?\s+liability\b/gi],
  ['other', /\b(?:motor|vehicle|cyber|medical\s+malpractice|contract\s+works|all\s+risks?)\s+insurance\b/gi],
];
const INSURANCE_WORD = /\binsurance\b|\bcover\b|\binsured\b/i;
/** Words that may stand between an insurance type and its amount ("… insurance of at least £5m"). */
const AMOUNT_AFTER_TYPE =
  /^\s*(?:\(compulsory\)\s*)?(?:insurance\s*)?(?:cover\s*)?(?:policy\s*)?(?:(?:of|with|a|an|minimum|min\.?|limit|level|indemnity|value|sum|to|the|at|least|not|no|less|than|in|for|=|:|-|–|—|\(|,)\s*)*$/i;
const AMOUNT_BEFORE_TYPE = /^\s*(?:of\s+)?(?:cover\s+for\s+)?$/i;

const TIMING: Array<[InsuranceTiming, RegExp]> = [
  [
    'contract-start',
    /\b(?:from|by|before|prior\s+to|on|at)\s+(?:the\s+)?(?:contract\s+|service\s+)?(?:start|commencement)(?:\s+date)?\b|\b(?:before|prior\s+to|by)\s+(?:the\s+)?(?:contract|services?)\s+(?:starts?|commences?|begins?)\b|\b(?:from|by|before|prior\s+to)\s+(?:the\s+)?(?:commencement|start)\s+of\s+(?:the\s+)?(?:contract|services?|delivery)\b|\bcommit\s+to\s+(?:obtain|obtaining|hold|holding|put)|\bwill\s+(?:have|hold|obtain|put)\s+(?:\w+\s+)?in\s+place\b(?![^.]*\bbefore\s+(?:the\s+)?(?:\w+\s+)?(?:is\s+)?award)|\bif\s+(?:you\s+are\s+|they\s+are\s+)?(?:successful|awarded)\b|\bin\s+the\s+event\s+(?:that\s+)?(?:you|they|it)\s+(?:are|is)\s+awarded\b|\bsuccessful\s+(?:bidder|tenderer|supplier|provider|applicant)s?\b|\b(?:on|upon|after)\s+(?:contract\s+)?award\b/i,
  ],
  [
    'award',
    /\b(?:before|prior\s+to|in\s+advance\s+of|ahead\s+of)\s+(?:the\s+)?(?:contract\s+|framework\s+)?award\b|\bbefore\s+(?:the\s+)?(?:contract|framework|agreement)\s+is\s+awarded\b|\bbefore\s+(?:being|it\s+is|you\s+are)\s+awarded\b/i,
  ],
  [
    'submission',
    /\bat\s+(?:the\s+)?(?:time\s+of\s+|point\s+of\s+)?(?:submission|tender(?:ing)?|bidding|application)\b|\bwith\s+(?:your|the|their)\s+(?:tender|bid|submission|response|application|SQ|PQQ|questionnaire)\b|\b(?:on|upon|before|by)\s+(?:the\s+)?(?:submission|tender\s+deadline|closing\s+date)\b|\battach\s+(?:a\s+)?(?:cop(?:y|ies)\s+of\s+)?(?:your\s+)?(?:insurance\s+)?certificates?\b|\b(?:currently|already)\s+(?:hold|have)\b/i,
  ],
];

interface Timing {
  timing: InsuranceTiming;
  text: string;
  range: Range | null;
}

function timingOf(doc: TenderDocument, text: string, block: TextBlock | null, offset = 0): Timing | null {
  for (const [timing, re] of TIMING) {
    const m = re.exec(text);
    if (m) return { timing, text: m[0], range: block ? blockRange(doc, block, offset + m.index, offset + m.index + m[0].length) : null };
  }
  return null;
}

interface TypeMatch {
  type: InsuranceType;
  start: number;
  end: number;
}

/** The insurance types a text names, remembered by text (most sentences are unchanged between edits). */
const insuranceTypesMemo = new TextMemo<readonly TypeMatch[]>(findInsuranceTypes);
const insuranceTypes = (text: string): readonly TypeMatch[] => insuranceTypesMemo.get(text);

function findInsuranceTypes(text: string): TypeMatch[] {
  const out: TypeMatch[] = [];
  const bareAbbreviationOk = testText(INSURANCE_WORD, text) || /\bliability\b/i.test(text);
  for (const [type, re] of INSURANCE_TYPES) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      if (/^PII?$/.test(m[0]) && !bareAbbreviationOk) continue;
      if (!out.some((t) => m!.index < t.end && m!.index + m![0].length > t.start)) out.push({ type, start: m.index, end: m.index + m[0].length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function insurance(doc: TenderDocument, facts: Facts, sentences: Sentence[]): InsuranceRequirement[] {
  const out: InsuranceRequirement[] = [];
  for (const s of sentences) {
    const types = insuranceTypes(s.text);
    const row = rowText(doc, s.block);
    const rowTypes = types.length === 0 && row ? insuranceTypes(row) : [];
    if (types.length === 0 && rowTypes.length !== 1) continue;
    const money = inSentence(facts.money, s);
    if (!INSURANCE_WORD.test(`${s.text} ${row}`) && !testText(DEMAND, s.text) && rowTypes.length === 0 && money.length === 0) continue;
    // A type named in one cell with its amount in another: the amount's cell reports it.
    if (types.length > 0 && money.length === 0 && /£/.test(row)) continue;
    // Context for timing and demand: the sentence, its table row, or a lead-in sentence just before.
    let timing = timingOf(doc, s.text, s.block, s.start) ?? (row ? timingOf(doc, row, null) : null);
    if (!timing) {
      for (const b of preceding(doc, s.block, 3)) {
        if (!testText(INSURANCE_WORD, b.text)) continue;
        timing = timingOf(doc, b.text, b);
        if (timing) break;
      }
    }
    const demanded = testText(DEMAND, s.text) || testText(DEMAND, row) || preceding(doc, s.block, 3).some((b) => testText(INSURANCE_WORD, b.text) && testText(DEMAND, b.text)) || money.length > 0;
    if (!demanded) continue;
    if (rowTypes.length === 1) {
      // A table row: "Public liability | £10,000,000".
      const amount = money[0] ?? null;
      if (!amount) continue;
      out.push({ ...at(doc, s, amount.start - s.start, amount.end - s.start), type: rowTypes[0]!.type, amount, timing: timing?.timing ?? null, timingText: timing?.text ?? null, timingRange: timing?.range ?? null });
      continue;
    }
    const claimed = new Map<TypeMatch, MoneyFact>();
    for (const m of money) {
      const rel = m.start - s.start;
      const relEnd = m.end - s.start;
      const before = [...types].reverse().find((t) => t.end <= rel && !claimed.has(t) && AMOUNT_AFTER_TYPE.test(s.text.slice(t.end, rel)));
      if (before) {
        claimed.set(before, m);
        continue;
      }
      const after = types.find((t) => t.start >= relEnd && !claimed.has(t) && AMOUNT_BEFORE_TYPE.test(s.text.slice(relEnd, t.start)));
      if (after) claimed.set(after, m);
    }
    for (const t of types) {
      const amount = claimed.get(t) ?? null;
      out.push({ ...at(doc, s, t.start, t.end), type: t.type, amount, timing: timing?.timing ?? null, timingText: timing?.text ?? null, timingRange: timing?.range ?? null });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Accounts and trading history
// ---------------------------------------------------------------------------------------------------

const ACCOUNTS =
  /\b(?:audited|annual|financial|statutory|published|filed|company|detailed|full|certified|(?:years?|year['’]s|years['’])\s+(?:of\s+)?(?:audited\s+)?|sets?\s+of\s+(?:audited\s+)?)\s*accounts\b|\baccounts\s+for\s+(?:the\s+)?(?:last|past|previous|most\s+recent)\b|\bfinancial\s+statements\b/i;
const CONDITIONAL_AUDIT =
  /\baudited\s+(?:accounts\s+)?(?:if|where|when)\s+(?:\w+\s+){0,3}(?:required|applicable|appropriate|available)|\(\s*audited\s+if|\bif\s+(?:you\s+are\s+|your\s+organisation\s+is\s+)?(?:legally\s+)?required\s+to\s+(?:have\s+|produce\s+|publish\s+)?(?:\w+\s+)?audited|\baudited\s+(?:accounts\s+)?(?:or|and\/or)\s+(?:unaudited|management|independently\s+examined)/i;
const ALTERNATIVE =
  /\b(?:or|alternatively|otherwise)\b[^.]{0,160}\b(?:management\s+accounts|unaudited|independently\s+examined|other\s+(?:financial\s+)?(?:information|evidence|documents?)|alternative|bank\s+(?:letter|reference|statement)|statement\s+of\s+(?:your\s+)?(?:financial|turnover|income)|business\s+plan|cash\s*flow|forecast|budget)|\bif\s+(?:you|they|your\s+organisation|it)\s+(?:ha(?:ve|s)\s+)?(?:not\s+)?(?:been\s+)?(?:traded|trading|operated|operating|existed)\s+for\s+(?:less|fewer)|\bnewly\s+(?:formed|established|created|trading)|\bnew\s+(?:organisations|businesses|entrants|start-?ups)\b|\b(?:unable\s+to|cannot|can['’]t)\s+provide\b|\bif\s+(?:these|they|accounts)\s+are\s+not\s+available|\bany\s+other\s+document/i;
const TRADING_BAR =
  /\b(?:trading|operating|established|in\s+existence|been\s+(?:trading|operating|established))\s+(?:for\s+)?(?:less|fewer)\s+than\s+([^.]{1,30}?\byears?)\b[^.]*?\b(?:will\s+not\s+be\s+(?:considered|accepted|evaluated|eligible)|(?:is|are|will\s+be)\s+(?:excluded|ineligible|rejected|disqualified)|(?:cannot|may\s+not)\s+(?:bid|apply|tender))/i;

function accounts(doc: TenderDocument, facts: Facts, sentences: Sentence[]): AccountsDemand[] {
  const out: AccountsDemand[] = [];
  for (const s of sentences) {
    const bar = execIn(s, TRADING_BAR);
    if (bar) {
      const years = inSentence(facts.durations, s).find((d) => d.unit === 'year' && d.start - s.start >= bar.index);
      out.push({ ...at(doc, s, bar.index, bar.index + bar[0].length), kind: 'trading-history', audited: false, years: years?.value ?? null, alternative: testText(ALTERNATIVE, s.text) });
      continue;
    }
    const m = execIn(s, ACCOUNTS);
    if (!m || !testText(DEMAND, s.text) || /\b(?:we|our)\b/i.test(s.text.slice(0, m.index))) continue;
    const years = inSentence(facts.durations, s).find((d) => d.unit === 'year' && d.value <= 10 && Math.abs(d.start - s.start - m.index) < 60);
    // Alternatives offered just after, in a list or a sentence that starts "If you cannot…", "Alternatively…".
    const later = following(doc, s.block, 4)
      .filter((b) => b.kind === 'listItem' || /^\s*(?:\(?[a-z0-9]{1,3}[.)]\s*)?(?:if|alternatively|otherwise|where|or|new\s+organisations|organisations\s+that)\b/i.test(b.text))
      .map((b) => b.text);
    const alternative = testText(ALTERNATIVE, s.text) || ALTERNATIVE.test(s.block.text.slice(s.end)) || later.some((t) => ALTERNATIVE.test(t));
    out.push({
      ...at(doc, s, m.index, m.index + m[0].length),
      kind: 'accounts',
      audited: /\baudited\b/i.test(s.text) && !testText(CONDITIONAL_AUDIT, s.text),
      years: years?.value ?? null,
      alternative,
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Experience and track record
// ---------------------------------------------------------------------------------------------------

const EXPERIENCE_AFTER = /^['’]?s?\s+(?:of\s+)?(?:(?:relevant|proven|demonstrable|demonstrated|previous|direct|successful|continuous|practical|operational|sector)\s+){0,2}(?:experience|track\s+record|trading\s+history|history\s+of\s+(?:delivering|providing))/i;
const EXPERIENCE_BEFORE =
  /\b(?:(?:experience|track\s+record|trading\s+history)\s+(?:of|over|spanning|covering)|(?:trading|operating|established|in\s+business|existed)\s+for)\s+(?:at\s+least\s+|a\s+minimum\s+of\s+|not\s+less\s+than\s+|no\s+less\s+than\s+|more\s+than\s+|over\s+)?$/i;
const EXPERIENCE_DEMAND = /\b(?:must|shall|required?|minimum|at\s+least|not\s+less\s+than|no\s+less\s+than|need(?:s)?\s+to|should\s+(?:have|be\s+able)|will\s+(?:not\s+be\s+considered|be\s+excluded)|essential|only\s+(?:consider|accept))\b/i;
const STAFF =
  /\b(?:staff|personnel|employees?|managers?|workers?|practitioners?|co-?ordinators?|supervisors?|key\s+(?:persons?|personnel|staff)|team\s+(?:leaders?|members?)|individuals?|candidates?|consultants?|specialists?|developers?|engineers?|designers?|counsellors?|therapists?|nurses?|social\s+workers?|trainers?|advisers?|advisors?|volunteers?|lead\s+(?:officer|worker)|post-?holders?)\b/i;
const EXPERIENCE_ALTERNATIVE =
  /\bor\s+(?:an?\s+)?(?:equivalent|comparable|demonstrable|alternative|relevant\s+(?:qualifications?|work)|can\s+demonstrate)|\bnew\s+(?:organisations|providers|entrants|businesses|suppliers)\b|\bunless\b|\bwhere\s+(?:you|an\s+organisation)\s+(?:has|have)\s+(?:not|less)|\bor\s+(?:by\s+)?(?:their|its|your)\s+(?:staff|trustees|directors)/i;

function experience(doc: TenderDocument, facts: Facts, sentences: Sentence[]): ExperienceDemand[] {
  const out: ExperienceDemand[] = [];
  for (const s of sentences) {
    for (const d of inSentence(facts.durations, s)) {
      if (d.unit !== 'year' || d.parts.length > 1) continue;
      const rel = d.start - s.start;
      const after = s.text.slice(d.end - s.start);
      const before = s.text.slice(Math.max(0, rel - 80), rel);
      if (!EXPERIENCE_AFTER.test(after) && !EXPERIENCE_BEFORE.test(before)) continue;
      if (/\b(?:in|within|during|over|for)\s+(?:the\s+)?(?:last|past|previous|preceding)\s+$/i.test(before)) continue;
      if (!testText(EXPERIENCE_DEMAND, s.text)) continue;
      const next = following(doc, s.block, 1).map((b) => b.text).join(' ');
      const rest = s.text.slice(rel);
      out.push({
        ...at(doc, s, rel, d.end - s.start),
        years: d.value,
        duration: d,
        subject: testText(STAFF, s.text) ? 'staff' : 'organisation',
        alternative: EXPERIENCE_ALTERNATIVE.test(rest) || EXPERIENCE_ALTERNATIVE.test(sentencesAfter(sentences, s)) || testText(EXPERIENCE_ALTERNATIVE, next),
      });
    }
  }
  return out;
}

function sentencesAfter(sentences: Sentence[], s: Sentence): string {
  return sentences
    .filter((x) => x.block === s.block && x.index > s.index)
    .map((x) => x.text)
    .join(' ');
}

// ---------------------------------------------------------------------------------------------------
// Selection stages
// ---------------------------------------------------------------------------------------------------

const SHORTLIST = /\bshort-?list(?:ed|ing|s)?\b/i;
/** Shortlisting counts only when it decides who is invited to tender, by suitability. */
const SUITABILITY_STAGE = /\b(?:SQ|PQQ|selection\s+(?:questionnaire|stage|criteria|process)|suitability|pre-?qualification|expressions?\s+of\s+interest|invit(?:ed|ation)\s+to\s+(?:submit\s+(?:a\s+)?)?tenders?|ITT\s+stage|tender\s+stage)\b/i;
const PRE_QUALIFICATION =
  /\bpre-?qualification\s+(?:questionnaire|stage)\b|\bPQQ\s+stage\b|\b(?:only\s+)?(?:those\s+)?(?:bidders|suppliers|applicants|organisations|candidates)\s+(?:who|that)\s+(?:pass|meet|are\s+successful\s+(?:at|in))\s+(?:the\s+)?(?:selection|SQ|PQQ|suitability)[^.]*\binvited\s+to\s+(?:submit\s+(?:a\s+)?)?tenders?\b/i;

function selection(doc: TenderDocument, sentences: Sentence[]): SelectionStage[] {
  const out: SelectionStage[] = [];
  for (const s of sentences) {
    const pq = execIn(s, PRE_QUALIFICATION);
    if (pq) {
      out.push({ ...at(doc, s, pq.index, pq.index + pq[0].length), kind: 'pre-qualification' });
      continue;
    }
    const sl = execIn(s, SHORTLIST);
    if (sl && SUITABILITY_STAGE.test(`${s.text} | ${rowText(doc, s.block)}`)) out.push({ ...at(doc, s, sl.index, sl.index + sl[0].length), kind: 'shortlisting' });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Reporting and KPIs
// ---------------------------------------------------------------------------------------------------

const FREQUENCIES: Array<[ReportingFrequency, number, RegExp]> = [
  ['daily', 250, /\b(?:daily|every\s+(?:working\s+)?day|each\s+(?:working\s+)?day)\b/i],
  ['weekly', 52, /\b(?:weekly|every\s+week|each\s+week|once\s+a\s+week)\b/i],
  ['fortnightly', 26, /\b(?:fortnightly|every\s+(?:two\s+weeks|fortnight)|bi-?weekly)\b/i],
  ['monthly', 12, /\b(?:monthly|every\s+month|each\s+month|once\s+a\s+month)\b/i],
  ['quarterly', 4, /\b(?:quarterly|every\s+(?:quarter|three\s+months)|each\s+quarter)\b/i],
  ['annually', 1, /\b(?:annually|every\s+year|each\s+year|once\s+a\s+year|annual)\b/i],
];
const REPORTING = /\b(?:reports?|reporting|monitoring\s+(?:returns?|reports?|data|information|forms?)|returns|performance\s+(?:data|information|reports?)|management\s+information|data\s+returns?|submit\s+(?:data|information|figures|statistics))\b/i;
const KPI_STATED = new RegExp(`(${STATED_NUMBER_PATTERN})\\s+(?:key\\s+performance\\s+indicators|KPIs|performance\\s+indicators)\\b`, 'gi');
const KPI_HEADER = /\bKPIs?\b|\b(?:key\s+)?performance\s+(?:indicators?|measures?)\b/i;

function reporting(doc: TenderDocument, sentences: Sentence[]): ReportingDemand[] {
  const out: ReportingDemand[] = [];
  for (const s of sentences) {
    if (!mayMatch(s, REPORTING) || !/\b(?:must|shall|will\s+(?:be\s+required\s+to|need\s+to|provide|submit|report)|required?|expected|provide|submit|report)\b/i.test(s.text)) continue;
    if (/\b(?:invoice|payment|paid|pay)\b/i.test(s.text)) continue;
    const found = FREQUENCIES.map(([frequency, perYear, re]) => ({ frequency, perYear, m: re.exec(s.text) })).filter((f) => f.m);
    if (found.length === 0) continue;
    // The most frequent one stated.
    const f = found.sort((a, b) => b.perYear - a.perYear)[0]!;
    out.push({ ...at(doc, s, f.m!.index, f.m!.index + f.m![0].length), frequency: f.frequency, perYear: f.perYear });
  }
  return out;
}

function kpis(doc: TenderDocument, sentences: Sentence[]): KpiCount[] {
  const out: KpiCount[] = [];
  for (const s of sentences) {
    if (!mayMatch(s, KPI_STATED)) continue;
    KPI_STATED.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = KPI_STATED.exec(s.text))) {
      const n = parseStatedNumber(m[1]!);
      if (n === null || Number.isNaN(n) || !Number.isInteger(n)) continue;
      if (/\b(?:up\s+to|no\s+more\s+than|maximum\s+of|at\s+most)\s+$/i.test(s.text.slice(Math.max(0, m.index - 20), m.index))) continue;
      out.push({ ...at(doc, s, m.index, m.index + m[0].length), count: n, origin: 'stated' });
    }
  }
  for (const table of doc.tables) {
    const section = table.section >= 0 ? doc.sections[table.section]!.title : '';
    const firstHeader = table.header[0] ?? '';
    if (!KPI_HEADER.test(firstHeader) && !(KPI_HEADER.test(table.header.join(' ')) && KPI_HEADER.test(section))) continue;
    const body = table.rows.slice(1).filter((r) => r.some((c) => c.text.trim() !== '') && !/^\s*total\b/i.test(r[0]?.text ?? ''));
    if (body.length === 0) continue;
    const headBlock = doc.blocks[table.rows[0]![0]!.block]!;
    out.push({ block: headBlock.id, range: table.range, sentence: table.header.join(' | '), count: body.length, origin: 'table' });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Penalties
// ---------------------------------------------------------------------------------------------------

const PENALTY_KINDS: Array<[PenaltyKind, RegExp]> = [
  ['liquidated-damages', /\bliquidated\s+damages\b/i],
  ['service-credit', /\bservice\s+credits?\b/i],
  ['fine', /\bfin(?:e|es|ed)\b(?!\s+(?:tun|detail|print|art))|\bpenalt(?:y|ies)\b|\bfinancial\s+sanctions?\b/i],
  ['deduction', /\bdeduct(?:ion|ions|ed)?\b|\bwithh[eo]ld(?:ing)?\s+(?:\w+\s+)?payments?\b/i],
];
const PENALTY_NOT =
  /\bperjury\b|\btax(?:es|ation)?\b|\bnational\s+insurance\b|\bsalar(?:y|ies)\b|\bwages?\b|\bregulators?\b|\bHMRC\b|\bfixed\s+penalty\s+notice|\blate\s+payment\b|\binterest\b|\bcriminal\b|\bcourt\b|\bfine\s+and\s+imprisonment|\bmodern\s+slavery|\bprosecut/i;
const PENALTY_IMPOSED = /\b(?:will|shall|may|can)\s+(?:be\s+)?(?:appl(?:y|ied)|levied|levy|impose[ds]?|charged?|deduct(?:ed)?|payable|paid|withheld|issue[ds]?|fined?)\b|\bliable\s+(?:to|for)\b|\bsubject\s+to\b|\bentitled\s+to\s+(?:deduct|withhold|levy|impose|charge)/i;
const UNSPECIFIED =
  /\bfor\s+any\s+(?:\w+\s+)?(?:irregularit|breach|failure|non-?compliance|error|default|shortcoming|deficienc|infringement|lapse|omission|mistake)\w*|\bat\s+(?:the\s+)?(?:\w+['’]s?\s+)?(?:sole\s+|absolute\s+)?discretion\b|\bas\s+(?:the\s+)?\w+\s+(?:sees\s+fit|considers\s+appropriate|may\s+determine|deems\s+(?:appropriate|fit))|\bsuch\s+(?:sum|amount)s?\s+as\s+the\b/i;

function penalties(doc: TenderDocument, facts: Facts, sentences: Sentence[]): PenaltyClause[] {
  const out: PenaltyClause[] = [];
  for (const s of sentences) {
    if (!mayMatch(s, PENALTY_IMPOSED) || testText(PENALTY_NOT, s.text)) continue;
    const kind = PENALTY_KINDS.map(([k, re]) => ({ k, m: re.exec(s.text) })).find((x) => x.m);
    if (!kind) continue;
    const key = kind.m!;
    const amount = inSentence(facts.money, s).find((m) => m.period !== 'year' && m.period !== 'total') ?? null;
    const percentage = inSentence(facts.percentages, s)[0] ?? null;
    let percentageOf: PenaltyClause['percentageOf'] = null;
    if (percentage) {
      const after = s.text.slice(percentage.end - s.start, percentage.end - s.start + 80);
      percentageOf = /^\s*of\s+(?:the\s+)?(?:annual|yearly)\b|^\s*of\s+(?:the\s+)?(?:contract\s+)?(?:value|price|charges?)\s+(?:per\s+(?:annum|year)|for\s+(?:the|that)\s+(?:contract\s+)?year)/i.test(after)
        ? 'annual'
        : /^\s*of\s+(?:the\s+)?(?:monthly|month['’]s)\b/i.test(after)
          ? 'monthly'
          : 'other';
    }
    out.push({
      ...at(doc, s, key.index, key.index + key[0].length),
      kind: kind.k,
      amount,
      percentage,
      percentageOf,
      unspecified: testText(UNSPECIFIED, s.text) && !amount && !percentage,
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Liability
// ---------------------------------------------------------------------------------------------------

const UNLIMITED =
  /\bunlimited\s+(?:liabilit(?:y|ies)|indemnit(?:y|ies))\b|\bliabilit(?:y|ies)\s+(?:[\w'’]+\s+){0,8}?(?:shall|will|is|are)\s+(?:be\s+)?unlimited\b|\buncapped\s+(?:liabilit(?:y|ies)|indemnit(?:y|ies))\b|\b(?:liabilit(?:y|ies)|indemnit(?:y|ies))\s+(?:[\w'’]+\s+){0,8}?(?:shall|will|is|are)\s+not\s+(?:be\s+)?(?:limited|capped|subject\s+to\s+(?:any|a)\s+(?:cap|limit))\b|\bindemnif(?:y|ies)\b[^.]{0,160}\bwithout\s+(?:any\s+)?(?:limit|limitation|cap)\b|\bfull\s+and\s+unlimited\s+indemnity\b/i;
/** Liability the law does not let a contract limit, or carve-outs from a cap that are usual and sound. */
const LIABILITY_CARVE_OUT = /\bdeath\b|\bpersonal\s+injury\b|\bfraud(?:ulent)?\b|\b(?:cannot|may\s+not)\s+(?:lawfully\s+)?be\s+(?:limited|excluded)\b|\bby\s+law\b|\bnothing\s+in\s+this\b/i;
const CAP = /\b(?:total|aggregate|maximum|overall)\s+liability\b[^.]{0,160}?\b(?:shall\s+not\s+exceed|will\s+not\s+exceed|limited\s+to|capped\s+at|not\s+(?:to\s+)?exceed)\b/i;
const SUPPLIER = /\b(?:supplier|provider|contractor|tenderer|bidder|consultant|grantee)['’]?s?\b|\byou(?:r)?\b/i;
const AUTHORITY = /\b(?:council|authority|buyer|customer|trust|department|commissioner|purchaser)['’]?s?\b/i;

function liability(doc: TenderDocument, facts: Facts, sentences: Sentence[]): LiabilityTerm[] {
  const out: LiabilityTerm[] = [];
  for (const s of sentences) {
    const u = execIn(s, UNLIMITED);
    if (u && !testText(LIABILITY_CARVE_OUT, s.text)) {
      const before = s.text.slice(0, u.index + u[0].length);
      const party = SUPPLIER.test(before) ? 'supplier' : AUTHORITY.test(before) ? 'authority' : null;
      out.push({ ...at(doc, s, u.index, u.index + u[0].length), kind: 'unlimited', amount: null, party });
      continue;
    }
    const c = execIn(s, CAP);
    if (c) {
      const amount = inSentence(facts.money, s).find((m) => m.start - s.start >= c.index) ?? null;
      const head = s.text.slice(0, c.index + c[0].length);
      out.push({ ...at(doc, s, c.index, c.index + c[0].length), kind: 'cap', amount, party: SUPPLIER.test(head) ? 'supplier' : AUTHORITY.test(head) ? 'authority' : null });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Lots
// ---------------------------------------------------------------------------------------------------

const NOT_DIVIDED =
  /\b(?:not|no)\s+(?:be\s+|been\s+)?(?:divided|split|separated|broken\s+down)\s+into\s+(?:\w+\s+)?lots\b|\bsingle\s+lot\b|\bno\s+lots\b|\bnot\s+(?:be\s+)?(?:let|tendered|procured|offered)\s+(?:in|as)\s+(?:separate\s+)?lots\b|\b(?:let|awarded|procured|tendered)\s+as\s+(?:a\s+)?(?:single|one)\s+(?:contract|lot)\b|\bnot\s+to\s+(?:divide|split)\b[^.]{0,40}\blots\b/i;
const DIVIDED = /\b(?:divided|split|separated)\s+into\s+(?:\w+\s+){0,2}lots\b|\bLot\s+(?:\d+|one|two|three|[A-F])\b|\bthe\s+following\s+lots\b/i;
const LOT_REASON = /\bbecause\b|\bwill\s+(?:ensure|allow|keep|avoid|maintain|give)\b|\breasons?\b|\bdue\s+to\b|\bas\s+(?:the|this|it|a\s+single|one)\b|\bsince\b|\bin\s+order\s+to\b|\bso\s+that\b|\bto\s+(?:ensure|avoid|maintain|provide|keep|allow)\b|\bjustif(?:y|ied|ication)\b|\bwould\s+(?:not|fragment|risk|make|increase|reduce)\b/i;

function lots(doc: TenderDocument, sentences: Sentence[]): LotsFacts {
  const out: LotsFacts = { divided: null, notDivided: null, reason: null };
  sentences.forEach((s, i) => {
    const no = execIn(s, NOT_DIVIDED);
    if (no) {
      out.notDivided ??= at(doc, s, no.index, no.index + no[0].length);
      if (!out.reason) {
        const rest = s.text.slice(no.index + no[0].length);
        const next = sentences[i + 1];
        if (LOT_REASON.test(rest)) out.reason = at(doc, s, 0, s.text.length);
        else if (next && next.block.section === s.block.section && LOT_REASON.test(next.text)) out.reason = at(doc, next, 0, next.text.length);
      }
      return;
    }
    const yes = execIn(s, DIVIDED);
    if (yes) out.divided ??= at(doc, s, yes.index, yes.index + yes[0].length);
  });
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Sentence screens
// ---------------------------------------------------------------------------------------------------

/**
 * The patterns the builders try first on every sentence, screened once per sentence text: in the editor almost
 * every sentence is unchanged from the last version, so a builder passes over the sentences that cannot match
 * without running its pattern.
 */
const sentenceScreen = new PatternScreen(
  [TURNOVER, TRADING_BAR, ACCOUNTS, PRE_QUALIFICATION, SHORTLIST, REPORTING, KPI_STATED, PENALTY_IMPOSED, UNLIMITED, CAP, NOT_DIVIDED, DIVIDED].map((re) => [re, re] as const),
);

/** Whether `re` matches the sentence (from its screen when `re` is screened). */
function mayMatch(s: Sentence, re: RegExp): boolean {
  return sentenceScreen.matches(s.screen, re) ?? testText(re, s.text);
}

/** `re.exec(s.text)`, not run when the sentence's screen says it cannot match. */
function execIn(s: Sentence, re: RegExp): RegExpExecArray | null {
  return mayMatch(s, re) ? re.exec(s.text) : null;
}

// ---------------------------------------------------------------------------------------------------
// Builder
// ---------------------------------------------------------------------------------------------------

export function buildProportionality(doc: TenderDocument, facts: Facts): ProportionalityFacts {
  const sentences = sentencesOf(doc);
  return {
    turnover: turnover(doc, facts, sentences),
    insurance: insurance(doc, facts, sentences),
    accounts: accounts(doc, facts, sentences),
    experience: experience(doc, facts, sentences),
    selection: selection(doc, sentences),
    reporting: reporting(doc, sentences),
    kpis: kpis(doc, sentences),
    penalties: penalties(doc, facts, sentences),
    liability: liability(doc, facts, sentences),
    lots: lots(doc, sentences),
  };
}

export function emptyProportionality(): ProportionalityFacts {
  return { turnover: [], insurance: [], accounts: [], experience: [], selection: [], reporting: [], kpis: [], penalties: [], liability: [], lots: { divided: null, notDivided: null, reason: null } };
}

/**
 * The contract's value a year: the stated annual value, or the total divided by the years it covers (the
 * years written with it, or the full term with extensions). Null when neither is known.
 */
export function annualValue(facts: Pick<Facts, 'contractValue' | 'term'>): { amount: number; source: MoneyFact; derived: boolean } | null {
  const { annual, total } = facts.contractValue;
  if (annual) return { amount: annual.amount, source: annual, derived: false };
  if (!total) return null;
  const years = total.periodYears ?? (facts.term.maxMonths ? facts.term.maxMonths / 12 : null);
  if (!years || years <= 0) return null;
  return { amount: total.amount / years, source: total, derived: true };
}
