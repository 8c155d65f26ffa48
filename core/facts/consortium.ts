/**
 * Consortium facts: what a tender says about bids from groups of organisations and about supply chains, read
 * sentence by sentence from paragraphs, numbered clauses, list items and table cells (a cell is read with its
 * row, so that a questionnaire row "Are consortium bids accepted? | No" reads as one statement).
 *
 *   groupBids        consortium or group bids mentioned, permitted or prohibited ("single legal entity" demanded)
 *   legalForm        a legal entity demanded of a consortium, and when (before bidding, before award, after award)
 *   standing         how financial standing is assessed for a group: combined, lead member only, each member
 *   leadMember       instructions on the lead member, members' roles, and which parts each member completes
 *   jointLiability   joint and several liability demanded of members, and whether it is tied to relied-on standing
 *   subcontracting   subcontracting permitted, prohibited, restricted or subject to consent, with any reason
 *   conflicts        exclusion of market-engagement participants; "conflict of interest" as a ground of exclusion
 *   suitability      statements that the contract is (or is not) suitable for SMEs or VCSEs
 *   foreign          signs that the document is a United States federal solicitation, not a UK tender
 *
 * The fact types live in `consortium-types.ts`, the patterns in `consortium-patterns.ts`, the units of text read in
 * `consortium-units.ts`.
 */
import type { Range, TenderDocument, TextBlock } from '../model/types';
import { blockRange } from '../model/positions';
import { PatternScreen, TextMemo, statelessPattern, testText } from '../model/memo';
import { BlockRecords, NO_ROW, placeOf, rowState, samePlace, sameRow, type Place, type RowState } from './block-memo';
import type { FactLocation, Facts } from './types';
import { emptyConsortium, type ConflictStatement, type LegalFormTiming, type ConsortiumFacts, type GroupBidStatement, type GroupStanding, type JointLiability, type LeadMemberInstruction, type LegalFormStatement, type SubcontractingStatement, type SuitabilityStatement } from './consortium-types';

export * from './consortium-types';
import * as P from './consortium-patterns';
import { cellContext, cellUnitParts, readsRows, textUnitParts, type Unit, type UnitPart } from './consortium-units';

/**
 * Where a fact was read, relative to its block: the offsets stand in the range until `located` places them in
 * the document, so that what a block gives can be remembered and placed again wherever the block now is.
 */
function at(u: Unit, m: { index: number; 0: string } | null): FactLocation {
  const start = m ? u.start + m.index : u.start;
  const end = m ? start + m[0].length : u.end;
  return { block: -1, range: { start, end } as unknown as Range, sentence: u.text };
}

/** A fact read by `at` and remembered, placed in `doc` at `block` (a copy; the remembered one is not changed). */
function located<T extends FactLocation>(doc: TenderDocument, block: TextBlock, f: T): T {
  const offsets = f.range as unknown as { start: number; end: number };
  return { ...f, block: block.id, range: blockRange(doc, block, offsets.start, offsets.end) };
}

function exec(re: RegExp, text: string): RegExpExecArray | null {
  const pattern = statelessPattern(re);
  // Most texts do not match: the remembered answer for an unchanged sentence saves running the pattern.
  return testText(pattern, text) ? pattern.exec(text) : null;
}

// ---------------------------------------------------------------------------------------------------
// Builders
// ---------------------------------------------------------------------------------------------------

function groupBids(u: Unit, out: GroupBidStatement[]): void {
  const inText = exec(P.GROUP_BID, u.text);
  const inContext = inText ?? exec(P.GROUP_BID, u.context);
  const single = exec(P.SINGLE_ENTITY_ONLY, u.text);
  if (single && testText(P.BIDDING, u.text) && !testText(P.AWARD_CONTEXT, u.text) && !testText(P.GROUP_WORDS, u.text) && !testText(P.NOT_A_BAR, u.text)) {
    out.push({ ...at(u, single), stance: 'prohibited', singleEntity: true });
    return;
  }
  if (!inContext) {
    // Consortium members, a joint venture or a lead member named without "consortium bids": the subject is raised.
    const named = exec(P.GROUP_WORDS, u.text);
    if (named) out.push({ ...at(u, named), stance: 'mentioned', singleEntity: false });
    return;
  }
  const anchor = inText;
  const no = exec(P.GROUP_PROHIBITED, u.text);
  const answeredNo = !no && P.ANSWER_NO.test(u.answer) && testText(P.GROUP_QUESTION, u.context);
  // A refusal with a condition (late, incomplete, without a lead, one bid per organisation) is not a bar on groups.
  if ((no || answeredNo) && testText(P.NOT_A_BAR, u.text)) {
    out.push({ ...at(u, anchor), stance: 'mentioned', singleEntity: false });
    return;
  }
  if (no || answeredNo) {
    out.push({ ...at(u, no ?? anchor), stance: 'prohibited', singleEntity: false });
    return;
  }
  if (!inText) {
    // The group is named only in the row: a row about consortia answered "Yes".
    if (P.ANSWER_YES.test(u.answer) && testText(P.GROUP_QUESTION, u.context)) out.push({ ...at(u, null), stance: 'permitted', singleEntity: false });
    return;
  }
  const yes = testText(P.GROUP_PERMITTED, u.text) || (P.ANSWER_YES.test(u.answer) && testText(P.GROUP_QUESTION, u.context));
  out.push({ ...at(u, anchor), stance: yes ? 'permitted' : 'mentioned', singleEntity: false });
}

function legalForm(u: Unit, out: LegalFormStatement[]): void {
  const m = exec(P.FORM_ENTITY, u.text);
  if (!m) return;
  const about = `${u.previous} ${u.text} ${u.section}`;
  if (!testText(P.GROUP_WORDS, about)) return;
  if (testText(P.FORM_NOT_REQUIRED, u.text)) {
    out.push({ ...at(u, m), stance: 'not-required', timing: null, conditional: false });
    return;
  }
  if (!testText(P.DEMAND, u.text) || testText(P.FORM_OPTIONAL, u.text)) return;
  const timing: LegalFormTiming | null = testText(P.AFTER_AWARD, u.text)
    ? 'after-award'
    : testText(P.BEFORE_SUBMISSION, u.text)
      ? 'submission'
      : testText(P.BEFORE_AWARD, u.text)
        ? 'award'
        : null;
  out.push({ ...at(u, m), stance: 'demanded', timing, conditional: testText(P.CONDITIONAL, u.text) });
}

function standing(u: Unit, out: GroupStanding[]): void {
  const financial = testText(P.FINANCIAL, u.text) || (testText(P.FINANCIAL, u.previous) && testText(P.ASSESSED, u.text));
  if (!financial) return;
  const members = exec(P.MEMBERS, u.text);
  if (!members && !testText(P.GROUP_WORDS, `${u.text} ${u.section}`)) return;
  if (testText(P.STANDING_COMBINED, u.text)) {
    out.push({ ...at(u, exec(P.STANDING_COMBINED, u.text)), basis: 'combined' });
    return;
  }
  const each = exec(P.STANDING_EACH, u.text);
  if (each && members) {
    out.push({ ...at(u, each), basis: 'each-member' });
    return;
  }
  const lead = exec(P.STANDING_LEAD, u.text);
  if (lead) out.push({ ...at(u, lead), basis: 'lead' });
}

function leadMember(u: Unit, out: LeadMemberInstruction[]): void {
  const text = u.context;
  if (!testText(P.GROUP_WORDS, `${text} ${u.section}`)) return;
  for (const [topic, re] of P.LEAD_TOPICS) {
    const m = exec(re, u.text);
    if (m) out.push({ ...at(u, m), topic });
    else if (testText(re, text)) out.push({ ...at(u, null), topic });
  }
}

function jointLiability(u: Unit, out: JointLiability[]): void {
  const m = exec(P.JOINT_SEVERAL, u.text);
  if (!m) return;
  if (!testText(P.GROUP_WORDS, u.text) || testText(P.JOINT_NOT, u.text)) return;
  if (!testText(P.DEMAND_OR_WILL, u.text)) return;
  out.push({ ...at(u, m), relied: testText(P.RELIED, u.text), fromSubmission: testText(P.FROM_SUBMISSION, u.text) });
}

function subcontracting(u: Unit, out: SubcontractingStatement[]): void {
  if (!testText(P.SUBCONTRACT, u.text)) return;
  const reason = testText(P.REASON, u.text) || testText(P.REASON, u.next);
  // Consent stated in the sentence or the next one ("…may not subcontract. The Council may consent where…").
  const consent = exec(P.SUB_CONSENT, u.text) ?? (testText(P.SUB_CONSENT, u.next) ? exec(P.SUBCONTRACT, u.text) : null);
  const answeredNo = u.answer !== '' && testText(P.SUB_LABEL, u.text) && P.ANSWER_NOT_PERMITTED.test(u.answer);
  const banned = testText(P.SUB_WHOLE, u.text) ? null : (exec(P.SUB_PROHIBITED, u.text) ?? (answeredNo ? exec(P.SUBCONTRACT, u.text) : null));
  if (banned && !consent) {
    out.push({ ...at(u, banned), stance: 'prohibited', reason });
    return;
  }
  const limited = exec(P.SUB_RESTRICTED, u.text);
  if (limited && !consent) {
    out.push({ ...at(u, limited), stance: 'restricted', reason });
    return;
  }
  if (consent) {
    out.push({ ...at(u, consent), stance: 'consent', reason });
    return;
  }
  const allowed = exec(P.SUB_PERMITTED, u.text);
  if (allowed) out.push({ ...at(u, allowed), stance: 'permitted', reason: false });
}

function conflicts(u: Unit, out: ConflictStatement[]): void {
  const engagement = exec(P.MARKET_ENGAGEMENT, u.text);
  if (engagement && testText(P.EXCLUDED, u.text) && !testText(P.NOT_EXCLUDED, u.text) && !testText(P.MITIGATION, `${u.text} ${u.next}`)) {
    out.push({ ...at(u, engagement), kind: 'market-engagement' });
    return;
  }
  const term = exec(P.CONFLICT_TERM, u.text);
  if (term && testText(P.EXCLUDED, u.text) && !testText(P.NOT_EXCLUDED, u.text) && !testText(P.MITIGATION, `${u.text} ${u.next}`)) {
    out.push({ ...at(u, term), kind: 'undefined-term' });
  }
}

function suitability(u: Unit, out: SuitabilityStatement[]): void {
  const m = exec(P.SUITABLE_FOR, u.context);
  if (!m) return;
  const local = exec(P.SUITABLE_FOR, u.text);
  // "suitable for SMEs and VCSEs": the words just after the match name the second group.
  const text = u.context.slice(m.index, m.index + m[0].length + 40);
  out.push({ ...at(u, local), sme: testText(P.SME, text), vcse: testText(P.VCSE, text) });
}

// ---------------------------------------------------------------------------------------------------
// Builder
// ---------------------------------------------------------------------------------------------------

/**
 * Cheap keyword screens, one per builder, remembered by text: most sentences name none of the subjects, and in
 * the editor nearly every sentence is unchanged from the last version, so a builder passes over the sentences
 * that cannot match without running its patterns.
 */
type ScreenKey = 'group' | 'form' | 'financial' | 'assessed' | 'joint' | 'sub' | 'conflict' | 'suit' | 'signals' | 'us' | 'terms';
const screen = new PatternScreen<ScreenKey>([
  ['group', /consorti|group|joint|single|lead|member|partner|prime|venture|collaborat|together|allianc/i],
  ['form', /legal|SPV|special\s+purpose|compan/i],
  ['financial', /turnover|financial|FVRA|credit|net\s+(?:worth|assets)|balance\s+sheet|condition/i],
  ['assessed', /assessed|evaluated|considered|scored|tested/i],
  ['joint', /several/i],
  ['sub', /sub-?contract|sub-?let|supply\s+chain|itself|themselves|in-?house|own\s+(?:staff|employees|workforce)/i],
  ['conflict', /conflict|engagement|consultation|sounding|testing|dialogue|co-?design|co-?produc|design|development|preparation|drafting|writing/i],
  ['suit', /suitab|appropriate|accessible|welcome|encourag|friendly/i],
  ['signals', /selection|criteri|condition|standing|turnover|exclusion|eligib|who\s+(?:may|can)|technical|suitability|declaration|financial|Procurement|PA\s?2023|Central\s+Digital|associated|debarment|assessment|competitive|PPON/i],
  ['us', /FAR|CFR|Contracting\s+Officer|GSA|General\s+Services|offeror|quoter|U\.S\.|United\s+States/i],
  ['terms', /shall|contract|agreement/i],
]);

/** What one block gives, with its facts located relative to the block (see `at`). */
interface BlockFacts {
  lists: Pick<ConsortiumFacts, ListKey>;
  /** Whether the block gives any fact in `lists`. */
  any: boolean;
  /** Sentences read (not label/value lines inside them), and those of contract terms, with the first. */
  sentences: number;
  terms: number;
  firstTerms: FactLocation | null;
  /** The first of each in the block. */
  conflictDefinition: FactLocation | null;
  selection: FactLocation | null;
  pa2023Terms: FactLocation | null;
  /** The first three signs of a United States federal solicitation in the block. */
  foreign: FactLocation[];
}

type ListKey = 'groupBids' | 'legalForm' | 'standing' | 'leadMember' | 'jointLiability' | 'subcontracting' | 'conflicts' | 'suitability';
const LISTS: readonly ListKey[] = ['groupBids', 'legalForm', 'standing', 'leadMember', 'jointLiability', 'subcontracting', 'conflicts', 'suitability'];

/** Reads the units of one block, in order. */
function readUnits(parts: readonly UnitPart[], section: string): BlockFacts {
  const out = emptyConsortium();
  const foreign: FactLocation[] = [];
  let sentences = 0;
  let terms = 0;
  let firstTerms: FactLocation | null = null;
  for (const part of parts) {
    const u: Unit = { ...part, section };
    const text = screen.of(u.text);
    const context = u.context === u.text ? text : screen.of(u.context);
    const has = (bits: number, key: ScreenKey) => screen.matches(bits, key) === true;
    if (has(context, 'group') || u.answer) groupBids(u, out.groupBids);
    if (has(context, 'suit')) suitability(u, out.suitability);
    if (u.rowOnly) continue;
    sentences++;
    if (has(text, 'terms') && testText(P.CONTRACT_TERMS, u.text)) {
      terms++;
      firstTerms ??= at(u, null);
    }
    if (has(text, 'form')) legalForm(u, out.legalForm);
    if (has(text, 'financial') || (has(text, 'assessed') && has(screen.of(u.previous), 'financial'))) standing(u, out.standing);
    if (has(context, 'group')) leadMember(u, out.leadMember);
    if (has(text, 'joint')) jointLiability(u, out.jointLiability);
    if (has(text, 'sub')) subcontracting(u, out.subcontracting);
    if (has(text, 'conflict')) {
      conflicts(u, out.conflicts);
      if (!out.conflictDefinition) {
        const d = exec(P.CONFLICT_DEFINED, u.text) ?? (u.answer ? exec(P.CONFLICT_DEFINED, `${u.text} | ${u.answer}`) : null);
        if (d) out.conflictDefinition = at(u, d);
      }
    }
    if (has(text, 'signals')) {
      if (!out.selection) {
        const m = exec(P.SELECTION, u.text);
        if (m) out.selection = at(u, m);
      }
      if (!out.pa2023Terms) {
        const m = exec(P.PA2023_TERMS, u.text);
        if (m) out.pa2023Terms = at(u, m);
      }
    }
    if (foreign.length < 3 && has(text, 'us')) {
      const f = exec(P.US_FEDERAL, u.text);
      if (f) foreign.push(at(u, f));
    }
  }
  return {
    lists: out,
    any: LISTS.some((k) => out[k].length > 0),
    sentences,
    terms,
    firstTerms,
    conflictDefinition: out.conflictDefinition,
    selection: out.selection,
    pa2023Terms: out.pa2023Terms,
    foreign,
  };
}

/**
 * What each block gives, remembered by its text and then by what else it is read with: the section's title, and
 * for a table cell its row. Paragraphs and list items (which may hold `Label: value` lines), other blocks and
 * table cells each have their own memo, since the same text is read differently in each. A block is first looked
 * for in the last check's records (`records`), where an unchanged block in an unchanged context is found by
 * comparing its text, section title and row with the record's, without building a key.
 */
const withRows = new TextMemo<Map<string, BlockFacts>>(() => new Map());
const withoutRows = new TextMemo<Map<string, BlockFacts>>(() => new Map());
const cells = new TextMemo<Map<string, BlockFacts>>(() => new Map());

function remembered(byContext: Map<string, BlockFacts>, key: string, read: () => BlockFacts): BlockFacts {
  let facts = byContext.get(key);
  if (facts) return facts;
  // A text read in many contexts (a "Yes" cell repeated down a column) keeps a bounded number of them.
  if (byContext.size >= 128) byContext.clear();
  byContext.set(key, (facts = read()));
  return facts;
}

/** A block with no sentence gives nothing, whatever it is read with. */
const NOTHING: BlockFacts = readUnits([], '');

/** How a block's text is read: 0 with `Label: value` lines, 1 without, 2 as a table cell with its row. */
type Reading = 0 | 1 | 2;

function readingOf(block: TextBlock): Reading {
  return block.kind === 'tableCell' ? 2 : readsRows(block) ? 0 : 1;
}

function sectionTitle(doc: TenderDocument, block: TextBlock): string {
  return block.section >= 0 ? doc.sections[block.section]!.title : '';
}

function blockFacts(doc: TenderDocument, block: TextBlock, section: string): BlockFacts {
  // Empty cells (most of a staffing table) and blank blocks have no sentence to read.
  if (block.text.trim() === '') return NOTHING;
  if (block.kind === 'tableCell') {
    const cell = cellContext(doc, block);
    return remembered(cells.get(block.text), `${section}\u0000${cell.row}\u0000${cell.answer}`, () => readUnits(cellUnitParts(block.text, cell), section));
  }
  return remembered((readsRows(block) ? withRows : withoutRows).get(block.text), section, () => readUnits(textUnitParts(block), section));
}

/** The facts of a block placed in the document, each worked out when first asked for (see `located`). */
interface Placed {
  lists?: Pick<ConsortiumFacts, ListKey>;
  firstTerms?: FactLocation;
  conflictDefinition?: FactLocation;
  selection?: FactLocation;
  pa2023Terms?: FactLocation;
  foreign?: FactLocation[];
}

/** What the last check read from a block: the inputs, what they gave, and where its facts were placed. */
interface Seen {
  text: string;
  reading: Reading;
  section: string;
  row: RowState;
  facts: BlockFacts;
  place: Place | null;
  placed: Placed;
}

const records = new BlockRecords<Seen>();

function sameInputs(r: Seen, doc: TenderDocument, block: TextBlock): boolean {
  if (r.text !== block.text || r.reading !== readingOf(block) || r.section !== sectionTitle(doc, block)) return false;
  // A cell is read with its row; a blank cell gives nothing whatever its row.
  return r.reading !== 2 || r.facts === NOTHING || sameRow(doc, block, r.row);
}

/** What `block` gives, and its placed facts: the last check's when its inputs and its place are the same. */
function seen(doc: TenderDocument, block: TextBlock): Seen {
  let r = records.find(doc, block, sameInputs);
  if (r === undefined) {
    const reading = readingOf(block);
    const section = sectionTitle(doc, block);
    const facts = blockFacts(doc, block, section);
    r = { text: block.text, reading, section, row: reading === 2 && facts !== NOTHING ? rowState(doc, block) : NO_ROW, facts, place: null, placed: {} };
  } else if (r.place !== null && !samePlace(doc, block, r.place)) {
    // The same facts elsewhere: placed again when asked for (from the facts relative to the block, which costs
    // less than proving that the block's map to the source only moved).
    r = { ...r, place: null, placed: {} };
  }
  records.set(block.id, r);
  return r;
}

/** The placed facts of `r` (for `block`), from now on placed where the block is. */
function placedOf(doc: TenderDocument, block: TextBlock, r: Seen): Placed {
  r.place ??= placeOf(doc, block);
  return r.placed;
}

function placedLists(doc: TenderDocument, block: TextBlock, b: BlockFacts, p: Placed): Pick<ConsortiumFacts, ListKey> {
  if (p.lists) return p.lists;
  const lists = {} as Pick<ConsortiumFacts, ListKey>;
  for (const k of LISTS) (lists[k] as FactLocation[]) = (b.lists[k] as FactLocation[]).map((f) => located(doc, block, f));
  return (p.lists = lists);
}

export function buildConsortium(doc: TenderDocument): ConsortiumFacts {
  const out = emptyConsortium();
  const foreign: FactLocation[] = [];
  let sentences = 0;
  let terms = 0;
  let firstTerms: FactLocation | null = null;
  records.begin(doc.blocks.length);
  for (const block of doc.blocks) {
    if (block.kind === 'code' || block.kind === 'html') continue;
    const r = seen(doc, block);
    const b = r.facts;
    if (b === NOTHING) continue;
    sentences += b.sentences;
    terms += b.terms;
    if (!firstTerms && b.firstTerms) {
      const p = placedOf(doc, block, r);
      firstTerms = p.firstTerms ??= located(doc, block, b.firstTerms);
    }
    if (b.any) {
      const lists = placedLists(doc, block, b, placedOf(doc, block, r));
      for (const k of LISTS) for (const f of lists[k]) (out[k] as FactLocation[]).push(f);
    }
    if (!out.conflictDefinition && b.conflictDefinition) {
      const p = placedOf(doc, block, r);
      out.conflictDefinition = p.conflictDefinition ??= located(doc, block, b.conflictDefinition);
    }
    if (!out.selection && b.selection) {
      const p = placedOf(doc, block, r);
      out.selection = p.selection ??= located(doc, block, b.selection);
    }
    if (!out.pa2023Terms && b.pa2023Terms) {
      const p = placedOf(doc, block, r);
      out.pa2023Terms = p.pa2023Terms ??= located(doc, block, b.pa2023Terms);
    }
    if (foreign.length < 3 && b.foreign.length > 0) {
      const p = placedOf(doc, block, r);
      p.foreign ??= b.foreign.map((f) => located(doc, block, f));
      for (const f of p.foreign) if (foreign.length < 3) foreign.push(f);
    }
  }
  records.end();
  // Contract terms and schedules: one sentence in twelve or more of the "The Supplier shall…" kind.
  out.contractTerms = terms >= 5 && terms >= sentences * 0.08 ? firstTerms : null;
  // One mention of a US agency may be a citation; several make a US solicitation.
  out.foreign = foreign.length >= 3 ? foreign[0]! : null;
  // A term the document defines is not undefined.
  if (out.conflictDefinition) out.conflicts = out.conflicts.filter((c) => c.kind !== 'undefined-term');
  return out;
}

/** Whether the document names consortia, groups or joint bids at all (permitted, prohibited or mentioned). */
export function addressesGroupBids(c: ConsortiumFacts): boolean {
  return c.groupBids.length > 0 || c.legalForm.length > 0 || c.standing.length > 0 || c.jointLiability.length > 0;
}

/**
 * Whether the consortium rules should read the document as a UK tender: not when it reads as a United States
 * federal solicitation, unless the regime was stated (front matter or config).
 */
export function readsAsUkTender(c: ConsortiumFacts, regimeSource: 'front-matter' | 'config' | 'detected' | 'default'): boolean {
  return !c.foreign || regimeSource === 'front-matter' || regimeSource === 'config';
}

/**
 * Whether a document is a tender's main instructions, on which silence about consortia or SME suitability means
 * something: an SQ, or an ITT with a submission deadline (an attachment such as a quality questionnaire has none).
 * A kind stated in front matter or config is trusted.
 */
export function mainTenderDocument(facts: Pick<Facts, 'timetable'>, kind: string, kindSource: 'front-matter' | 'config' | 'detected' | 'default'): boolean {
  if (kindSource === 'front-matter' || kindSource === 'config' || kind === 'sq') return true;
  return facts.timetable.some((e) => e.type === 'submission-deadline');
}

/**
 * Whether the document deals with who may bid or how bidders are selected (selection criteria, standing,
 * turnover, eligibility, exclusion grounds, technical ability): silence about consortia matters there. A short
 * extract with none of these cannot be judged silent.
 */
export function setsOutSelection(c: ConsortiumFacts): boolean {
  return c.selection !== null;
}

/** Whether the Procurement Act 2023 is known to apply: the regime was stated or detected, or the Act's own terms are used. */
export function underProcurementAct(c: ConsortiumFacts, regime: string, regimeSource: 'front-matter' | 'config' | 'detected' | 'default'): boolean {
  return regime === 'pa2023' && (regimeSource !== 'default' || c.pa2023Terms !== null);
}

/**
 * Whether the rules that read demands apply to a document of this kind: a document whose kind is not known
 * ("mixed") is skipped when it reads as contract terms, whose subcontracting, liability and conflict clauses
 * govern the contract rather than who may bid.
 */
export function readsAsTender(c: ConsortiumFacts, kind: string): boolean {
  return kind !== 'mixed' || c.contractTerms === null;
}
