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
import type { TenderDocument } from '../../model/types';
import { PatternScreen, proseTexts, TextMemo } from '../../model/memo';
import { splitSentences } from '../../model/sentences';
import type { Facts, MoneyFact } from '../types';
import type { ProportionalityFacts } from './types';
import { sentencesOfBlocks } from './sentences';
import { TURNOVER, turnover } from './turnover';
import { insurance, INSURANCE_ANY } from './insurance';
import { ACCOUNTS, accounts, TRADING_BAR } from './accounts';
import { experience } from './experience';
import { PRE_QUALIFICATION, selection, SHORTLIST } from './selection';
import { KPI_STATED, kpis, REPORTING, reporting } from './reporting';
import { mayPenalise, PENALTY_IMPOSED, penalties } from './penalties';
import { CAP, INDEMNITY_ALL, liability, LIMITATION, UNLIMITED } from './liability';
import { DIVIDED, lots, NOT_DIVIDED } from './lots';

export type * from './types';

// ---------------------------------------------------------------------------------------------------
// Sentence screens
// ---------------------------------------------------------------------------------------------------

/**
 * The patterns the builders try first on every sentence, screened once per sentence text: in the editor almost
 * every sentence is unchanged from the last version, so a builder passes over the sentences that cannot match
 * without running its pattern.
 */
const sentenceScreen = new PatternScreen(
  [TURNOVER, INSURANCE_ANY, TRADING_BAR, ACCOUNTS, PRE_QUALIFICATION, SHORTLIST, REPORTING, KPI_STATED, PENALTY_IMPOSED, UNLIMITED, CAP, LIMITATION, INDEMNITY_ALL, NOT_DIVIDED, DIVIDED].map((re) => [re, re] as const),
);

// ---------------------------------------------------------------------------------------------------
// Builder
// ---------------------------------------------------------------------------------------------------

/**
 * Which screened patterns some sentence of a text matches (the union of its sentences' screens), by block text;
 * `PENALTY_IMPOSED` only where the sentence also names a penalty (`mayPenalise`), since most sentences that say
 * something "will be paid" or is "subject to" something do not.
 */
const blockScreen = new TextMemo<number>((text) => {
  let bits = 0;
  for (const s of splitSentences(text)) {
    let screen = sentenceScreen.of(s.text);
    if (sentenceScreen.matches(screen, PENALTY_IMPOSED) && !mayPenalise(s.text)) screen &= ~bitOf(PENALTY_IMPOSED);
    bits |= screen;
  }
  return bits;
});

/**
 * Every pattern of the screen but `REPORTING`: each is the first pattern some builder needs a sentence to match
 * (reporting reads the blocks whose sentences state a frequency by itself, `reporting`).
 */
const DEMANDING = [TURNOVER, INSURANCE_ANY, TRADING_BAR, ACCOUNTS, PRE_QUALIFICATION, SHORTLIST, KPI_STATED, PENALTY_IMPOSED, UNLIMITED, CAP, LIMITATION, INDEMNITY_ALL, NOT_DIVIDED, DIVIDED];
let demandingBits = -1;

/** The words a table row's context brings to a cell's sentence (turnover and insurance read the row), by block text. */
const rowScreen = new PatternScreen([TURNOVER, INSURANCE_ANY].map((re) => [re, re] as const));

/**
 * The blocks some builder may read anything from, by block index: a sentence matching one of its first patterns,
 * a duration in years (experience), or a table row naming turnover or insurance.
 * Every other block gives no proportionality fact, so its sentences are not listed: an unchanged block costs a
 * comparison (its screens are remembered by text), and the builders read only the blocks that can matter.
 */
function readBlocks(doc: TenderDocument, facts: Facts): Uint8Array {
  if (demandingBits < 0) demandingBits = DEMANDING.reduce((bits, re) => bits | bitOf(re), 0);
  const wanted = new Uint8Array(doc.blocks.length);
  const screens = blockScreen.values(proseTexts(doc));
  for (let b = 0; b < wanted.length; b++) if ((screens[b]! & demandingBits) !== 0) wanted[b] = 1;
  for (const d of facts.durations) if (d.unit === 'year' && d.parts.length <= 1) wanted[d.block] = 1;
  if (doc.tables.length) {
    const rows = rowScreen.ofBlocks(doc);
    for (const table of doc.tables) {
      let header = 0;
      for (const cell of table.rows[0] ?? []) header |= rows[cell.block]!;
      for (const row of table.rows) {
        let bits = header;
        for (const cell of row) bits |= rows[cell.block]!;
        if (bits !== 0) for (const cell of row) wanted[cell.block] = 1;
      }
    }
  }
  return wanted;
}

/** The bit of a screened pattern. */
function bitOf(re: RegExp): number {
  for (let i = 0; i < 31; i++) if (sentenceScreen.matches(2 ** i, re)) return 2 ** i;
  throw new Error('pattern not screened');
}

export function buildProportionality(doc: TenderDocument, facts: Facts): ProportionalityFacts {
  const wanted = readBlocks(doc, facts);
  const sentences = sentencesOfBlocks(doc, sentenceScreen, (_, b) => wanted[b] === 1);
  return {
    turnover: turnover(doc, facts, sentences),
    insurance: insurance(doc, facts, sentences),
    accounts: accounts(doc, facts, sentences),
    experience: experience(doc, facts, sentences),
    selection: selection(doc, sentences),
    reporting: reporting(doc),
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
