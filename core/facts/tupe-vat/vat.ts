/**
 * VAT facts: document-level VAT statements ("All prices must exclude VAT") with what they are about and
 * whether they instruct bidders; the amounts whose VAT basis matters (contract value, budget, price caps),
 * each with the basis written beside it, in its sentence or table row; wording that tells VAT-exempt bidders
 * how to treat irrecoverable VAT; and grant versus contract wording. Amounts come from the money facts
 * (`../money.ts`), never re-parsed here.
 */
import { TextMemo, testText } from '../../model/memo';
import { sentenceSpanAt } from '../../model/sentences';
import type { TenderDocument, TextBlock } from '../../model/types';
import { BlockRecords, rowState, sameRow, type RowState } from '../block-memo';
import { labelContext } from '../context';
import type { Facts, MoneyFact, VatQualifier } from '../types';
import { leadInOf, relativeMatch, screen, type Sentence } from './text';
import type { GrantOrContractFacts, KeyAmount, KeyAmountRole, TupeVatSignal, VatStatement, VatSubject } from './types';

// ---------------------------------------------------------------------------------------------------
// VAT statements
// ---------------------------------------------------------------------------------------------------

/** VAT words that are not a basis: registration numbers, invoices, returns. */
const NOT_BASIS = /(?:number|registration|registered|reg\.?|invoice|return|status|exempt)\b/i;

/** "VAT" or "Value Added Tax". */
const VAT = String.raw`(?:VAT|Value\s+Added\s+Tax)`;

export const VAT_EXCLUSIVE = new RegExp(
  [
    String.raw`\b(?:exclusive\s+of|excluding|exclude[sd]?|excl\.?|exc\.?|ex\.?|net\s+of|plus|before|not\s+includ(?:e|ing)|do(?:es)?\s+not\s+include|must\s+not\s+include|without|in\s+addition\s+to)\s+(?:any\s+|the\s+)?(?:applicable\s+)?${VAT}\b`,
    String.raw`\bex-\s?VAT\b`,
    String.raw`\b${VAT}[\s-]+(?:exclusive|excluded|exc(?:l)?\.?)(?!\w)`,
    String.raw`\+\s*VAT\b`,
    String.raw`\b${VAT}\s+(?:will|shall|is\s+to|to|may)\s+be\s+(?:added|charged|paid)\s+(?:in\s+addition|on\s+top|at\s+the)`,
    String.raw`\b${VAT}\b[^.;]{0,40}?\b(?:payable|chargeable|added|charged)\s+in\s+addition\b`,
  ].join('|'),
  'i',
);
export const VAT_INCLUSIVE = new RegExp(
  [
    String.raw`\b(?:inclusive\s+of|including|include[sd]?|incl\.?|inc\.?|gross\s+of)\s+(?:any\s+|all\s+)?(?:applicable\s+)?${VAT}\b`,
    String.raw`\b${VAT}[\s-]+(?:inclusive|included|inc(?:l)?\.?)(?!\w)`,
  ].join('|'),
  'i',
);

/** The VAT basis a piece of text states, or null when it states none (or both). */
export function basisIn(text: string): VatQualifier | null {
  const ex = VAT_EXCLUSIVE.exec(text);
  const exclusive = ex !== null && !NOT_BASIS.test(text.slice(ex.index + ex[0].length, ex.index + ex[0].length + 14).trim().split(/\s+/)[0] ?? '');
  // "must not include VAT" is exclusive: the inclusive pattern must not read its "include VAT".
  const rest = ex ? text.slice(0, ex.index) + ' '.repeat(ex[0].length) + text.slice(ex.index + ex[0].length) : text;
  const inc = VAT_INCLUSIVE.exec(rest);
  const inclusive = inc !== null && !NOT_BASIS.test(rest.slice(inc.index + inc[0].length, inc.index + inc[0].length + 14).trim().split(/\s+/)[0] ?? '');
  if (exclusive && !inclusive) return 'exclusive';
  if (inclusive && !exclusive) return 'inclusive';
  return null;
}

const PRICES = /\b(?:prices?|pricing|priced|(?:day|hourly|unit)\s+rates?|rates?\s+card|quot(?:e|ed|es|ation|ations)|bids?|tenders?|costs?|costings?|fees?|discounts?)\b/i;
const CHARGES = /\b(?:charges?|invoices?|invoiced|payments?|payable|paid|consideration)\b/i;
const VALUES = /\b(?:values?|budgets?|figures?|amounts?|sums?|financial\s+envelope)\b/i;
const BIDDER = /\b(?:you|your|bidders?|tenderers?|suppliers?|applicants?|providers?|organisations?|potential\s+(?:providers?|suppliers?))\b/i;
const INSTRUCT = /\b(?:must|should|shall|are\s+to|is\s+to|to\s+be|need\s+to|please|submit\w*|enter\w*|state|stated|quote|quoted|provide|complete)\b/i;
/** "All prices must be quoted exclusive of VAT": an instruction without naming the bidder. */
const PASSIVE = /\b(?:all\s+)?(?:prices?|rates?|costs?|fees?|bids?|tenders?)\s+(?:must|should|shall|are\s+to|is\s+to|will\s+need\s+to)\s+(?:be\s+)?(?:quoted|stated|submitted|given|expressed|shown|provided|entered|exclude|include|exclusive|inclusive|excluding|including|net|ex|plus)\b/i;

function subjectOf(text: string): VatSubject {
  // Procurement thresholds are VAT-inclusive by law: a statement about them says nothing of this tender's figures.
  if (/\bthresholds?\b/i.test(text)) return 'other';
  if (PRICES.test(text)) return 'prices';
  if (CHARGES.test(text)) return 'charges';
  if (VALUES.test(text)) return 'values';
  return 'other';
}

const VAT_WORD = /\bVAT\b|Value\s+Added\s+Tax/i;
export const VAT_WORD_BIT = screen.group([VAT_WORD]);

/** A VAT statement relative to its block, with its sentence's offsets (whether it states an amount is asked of the money facts when placed). */
export interface SentenceVat {
  fact: VatStatement;
  start: number;
  end: number;
}

/** The VAT statement of a sentence, if any (`withAmount` false until placed, see `withAmount`). */
export function vatStatementIn(s: Sentence, out: SentenceVat[]): void {
  if (!testText(VAT_WORD, s.text)) return;
  const basis = basisIn(s.text);
  if (!basis) return;
  const hit = relativeMatch(s, basis === 'exclusive' ? VAT_EXCLUSIVE : VAT_INCLUSIVE);
  if (!hit) return;
  const text = `${s.leadIn} ${s.text} ${s.row}`;
  const subject = subjectOf(text);
  const instruction = subject === 'prices' && ((BIDDER.test(text) && INSTRUCT.test(text)) || PASSIVE.test(text));
  out.push({ fact: { ...hit, basis, subject, instruction, withAmount: false }, start: s.start, end: s.end });
}

/** Whether the money facts hold an amount in the sentence of `v`, in block `id`. */
export function withAmount(money: readonly MoneyFact[], id: number, v: SentenceVat): boolean {
  return money.some((m) => m.block === id && m.start >= v.start && m.start < v.end);
}

/** How VAT applies, with no inclusive or exclusive basis: the author has thought about VAT. */
const VAT_OTHER =
  /\b(?:no|not\s+subject\s+to|exempt\s+from|outside\s+the\s+scope\s+of)\s+(?:VAT|Value\s+Added\s+Tax)\b|\b(?:VAT|Value\s+Added\s+Tax)\s+(?:is\s+|will\s+)?(?:not\s+(?:be\s+)?(?:applicable|payable|chargeable|charged|due)|does\s+not\s+apply)\b|\bzero[- ]rated\b|\bVAT\b[^.;]{0,30}?\bat\s+the\s+(?:prevailing|applicable|current|standard)\s+rate\b/i;

// ---------------------------------------------------------------------------------------------------
// Amounts whose VAT basis matters
// ---------------------------------------------------------------------------------------------------

const CONTRACT_VALUE =
  /\b(?:contract|framework|agreement|lot|call[- ]off)\s+values?\b|\bvalue\s+of\s+(?:the|this|each)\s+(?:contract|framework|agreement|lot|opportunity|service)\b|\b(?:estimated|total|indicative|anticipated|approximate|overall|whole[- ]life)\s+value\b|\bworth\s+(?:up\s+to\s+|around\s+|approximately\s+)?£/i;
const BUDGET = /\bbudget(?:s|ed)?\b(?!ary)|\b(?:financial|affordability)\s+envelope\b|\bavailable\s+funding\b|\bfunding\s+available\b/i;
const CAP = /\b(?:maximum|max\.?|ceiling|cap(?:ped)?|not\s+(?:to\s+)?exceed|no\s+more\s+than|must\s+not\s+(?:be\s+)?(?:exceed|more\s+than|higher\s+than)|up\s+to|upper\s+limit|affordab\w+)\b/i;
const PRICED = /\b(?:prices?|rates?|charges?|fees?|bids?|tenders?|budgets?|costs?|contract)\b/i;
/** Amounts demanded of bidders or imposed on them, and limits that are not the contract's price. */
const NOT_KEY =
  /\b(?:turnover|insurance|insured|indemnity|liabilit\w*|cover|fines?|penalt\w*|service\s+credits?|deduct\w*|salar\w*|wages?|threshold|modern\s+slavery|spend|spent|allowances?|damages|bond|guarantee)\b/i;
/** A band or threshold: "contracts above £5m", "£500,001+", "£2 million or more". */
const BAND_BEFORE = /\b(?:(?:contracts?|procurements?|purchases?|orders?|requirements?)\s+(?:\w+\s+){0,2}(?:up\s+to|valued\s+at)|above|over|exceeding|in\s+excess\s+of|greater\s+than|more\s+than|less\s+than|below|under|at\s+least|minimum(?:\s+value)?\s+of|from|between)\s*$/i;
const BAND_AFTER = /^\s*(?:\+|or\s+(?:more|above|over|less|below|greater)|and\s+(?:above|over)|to\s+£)/i;

/** What an amount's context says: its role as the contract's value, its role otherwise, and its VAT basis. */
interface Reading {
  valueRole: KeyAmountRole;
  role: KeyAmountRole | null;
  basis: VatQualifier | null;
}

/** Readings remembered by context: in the editor nearly every amount's context is unchanged. */
const readings = new TextMemo<Reading>((context) => ({ valueRole: BUDGET.test(context) ? 'budget' : 'contract-value', role: otherRole(context), basis: basisIn(context) }));

function otherRole(context: string): KeyAmountRole | null {
  if (NOT_KEY.test(context)) return null;
  if (CONTRACT_VALUE.test(context)) return 'contract-value';
  if (BUDGET.test(context)) return 'budget';
  if (CAP.test(context) && PRICED.test(context)) return 'price-cap';
  return null;
}

/** What the amounts of a block were read as, with what the block was read with (see `BlockRecords`). */
interface AmountsSeen {
  text: string;
  kind: TextBlock['kind'];
  leadIn: string;
  row: RowState;
  /** Each amount by its place in the block's text and its sentence; `reading` null for a band or threshold. */
  amounts: Array<{ start: number; end: number; sentence: string; reading: Reading | null }>;
}

const amountRecords = new BlockRecords<AmountsSeen>();

function sameAmountInputs(r: AmountsSeen, doc: TenderDocument, block: TextBlock): boolean {
  return r.text === block.text && r.kind === block.kind && r.leadIn === leadInOf(doc, block) && sameRow(doc, block, r.row);
}

function readAmount(doc: TenderDocument, block: TextBlock, m: MoneyFact): Reading | null {
  const text = block.text;
  if (BAND_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)) || BAND_AFTER.test(text.slice(m.end, m.end + 12))) return null;
  // The lead-in of the list item, when the amount lies in one of its sentences.
  const inSentence = block.kind !== 'code' && block.kind !== 'html' && sentenceSpanAt(text, m.start) !== undefined;
  const context = `${inSentence ? leadInOf(doc, block) : ''} ${labelContext(doc, block, m.sentence)}`;
  return readings.get(context);
}

/**
 * The amounts whose VAT basis matters. What an amount is read as depends on its block's text, its sentence, its list
 * lead-in and its table row and column header: an amount in a block whose inputs are those of the last check
 * keeps its reading without the context being built again.
 */
export function keyAmounts(doc: TenderDocument, facts: Facts): KeyAmount[] {
  const out: KeyAmount[] = [];
  amountRecords.begin(doc.blocks.length);
  let block: TextBlock | null = null;
  let seen: AmountsSeen | null = null;
  for (const m of facts.money) {
    if (block !== doc.blocks[m.block]) {
      block = doc.blocks[m.block]!;
      seen = amountRecords.find(doc, block, sameAmountInputs) ?? { text: block.text, kind: block.kind, leadIn: leadInOf(doc, block), row: rowState(doc, block), amounts: [] };
      amountRecords.set(block.id, seen);
    }
    let entry = seen!.amounts.find((a) => a.start === m.start && a.end === m.end && a.sentence === m.sentence);
    if (!entry) seen!.amounts.push((entry = { start: m.start, end: m.end, sentence: m.sentence, reading: readAmount(doc, block, m) }));
    const reading = entry.reading;
    if (!reading) continue;
    const role = m === facts.contractValue.total || m === facts.contractValue.annual ? reading.valueRole : reading.role;
    if (!role) continue;
    out.push({ money: m, role, vat: m.vat ?? reading.basis });
  }
  amountRecords.end();
  return out;
}

// ---------------------------------------------------------------------------------------------------
// VAT-exempt bidders
// ---------------------------------------------------------------------------------------------------

const EXEMPT =
  /\birrecoverable\s+VAT\b|\bVAT[- ]exempt\b|\bexempt\s+(?:from\s+)?VAT\b|\bVAT\s+exemption\b|\bexempt\s+supplies\b|\bnot\s+(?:be\s+)?(?:VAT[- ])?registered\s+for\s+VAT\b|\bnot\s+VAT[- ]registered\b|\b(?:cannot|can\s*not|unable\s+to|not\s+able\s+to)\s+(?:recover|reclaim)\s+(?:the\s+|any\s+|all\s+)?(?:input\s+)?VAT\b|\bVAT\s+(?:status|position|treatment)\s+(?:of|for)\s+(?:the\s+)?(?:bidders?|charit\w+|organisations?|tenderers?)\b|\bpartial(?:ly)?\s+exempt/i;

// ---------------------------------------------------------------------------------------------------
// Grant or contract
// ---------------------------------------------------------------------------------------------------

/** Wording that calls this funding a grant; "the grant of a licence" and "funded by a grant from …" do not. */
const GRANT =
  /\b(?:this|the)\s+grant\b(?!\s+(?:of\s+(?:a|an|any|the|such|all|this|these|those|rights?|licen[cs]es?|access|permission|consent|leave|planning|contracts?)\b|from\b|-|funded))|\bgrant\s+(?:agreement|offer\s+letter|recipients?|conditions\s+of\s+award)\b/i;
const NOT_GRANT =
  /\b(?:funded|financed|supported)\s+(?:by|through|from)\s+(?:a|the)\s+grant\b|\b(?:its|their|our|[A-Z][\w-]*['’]s)\s+grant\b|\bgrant\s+agreement\s+with\b|\bgrant\s+(?:from|awarded\s+to\s+the\s+(?:Council|Authority|Buyer))\b/;
/** Wording that calls it a contract let by tender. */
const CONTRACT = /\b(?:this|the)\s+contract\s+(?:will|shall|is\s+to|is\s+expected\s+to)\s+be\s+(?:awarded|let|tendered)\b|\bthis\s+contract\b|\bcontract\s+award\b|\binvitation\s+to\s+tender\b|\bthe\s+successful\s+(?:bidder|tenderer)\b/i;

export const FUNDING_BIT = screen.group([GRANT, CONTRACT]);

/** Grant and contract wording in a sentence (relative to its block). */
export function fundingIn(s: Sentence, out: GrantOrContractFacts): void {
  if (!testText(NOT_GRANT, s.text)) {
    const g = relativeMatch(s, GRANT);
    if (g) out.grant.push(g);
  }
  const c = relativeMatch(s, CONTRACT);
  if (c) out.contract.push(c);
}

// ---------------------------------------------------------------------------------------------------
// Jurisdiction
// ---------------------------------------------------------------------------------------------------

const UK =
  /£|\bGBP\b|\bVAT\b|\bHMRC\b|\bCrown\s+Commercial\s+Service\b|\bCouncil\b|\bNHS\b|\bCompanies\s+House\b|\bUnited\s+Kingdom\b|\bUK\b|\bEngland\b|\bScotland\b|\bWales\b|\bNorthern\s+Ireland\b|\bTUPE\b|\bProcurement\s+Act\s+2023\b|\bPublic\s+Contracts\s+Regulations\b|\bHM\s+(?:Treasury|Government)\b|\bHMG\b|\bCabinet\s+Office\b|\bGOV\.UK\b|\bCrown\b|\bCCS\b|\bBorough\b|\bLocal\s+Authorit(?:y|ies)\b|\bDepartment\s+for\b|\bPPN\b|\bSocial\s+Value\s+Act\b|\bCharity\s+Commission\b|\bLtd\b|\bplc\b/;
const US = /\$\s?\d|\bUSD\b|\bFAR\b|\bFederal\s+Acquisition\b|\bGSA\b|\bU\.S\.|\bUnited\s+States\b|\bContracting\s+Officer\b|\bDFARS\b|\bCFR\b/;

export const EXEMPT_OR_OTHER_BIT = screen.group([EXEMPT, VAT_OTHER]);
/** The sentences with UK and with US wording, counted. */
export const UK_BIT = screen.group([UK], true);
export const US_BIT = screen.group([US], true);

/** Wording on VAT-exempt bidders, and on how VAT applies without a basis, in a sentence (relative to its block). */
export function exemptOrOtherIn(s: Sentence, vatExempt: TupeVatSignal[], vatOther: TupeVatSignal[]): void {
  const e = relativeMatch(s, EXEMPT);
  if (e) vatExempt.push(e);
  const o = relativeMatch(s, VAT_OTHER);
  if (o) vatOther.push(o);
}
