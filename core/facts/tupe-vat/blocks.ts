/**
 * The TUPE, pensions and VAT facts read block by block: what each block gives is worked out from its sentences
 * relative to the block, remembered with the inputs it was read from (its text and kind, and where its screen
 * says a builder reads them, its list lead-in, its table row and whether its section sits under a TUPE heading),
 * and placed in the document where the block is. In the editor nearly every block is unchanged and unmoved from
 * the last check: it is found again by comparing those inputs (`BlockRecords`), and its placed facts are the very
 * objects of the last check, so a check costs a comparison per block plus the reading of the blocks an edit
 * changed and the placing of those it moved.
 *
 * The lists come out in document order, as a pass over the sentences of the whole document gives them.
 */
import type { TenderDocument, TextBlock } from '../../model/types';
import { BlockRecords, NO_ROW, placeOf, rowState, samePlace, sameRow, type Place, type RowState } from '../block-memo';
import type { Facts } from '../types';
import { PENSIONS_BIT, pensionsIn } from './pensions';
import { leadInOf, placedSignal, screen, sentencesIn } from './text';
import { EXISTING_BIT, existingServiceIn, needsHeading, TUPE_BIT, tupeIn, UNDER_HEADING_BIT, underTupeHeading, WORKFORCE_BIT, workforceIn, workforceTables } from './tupe';
import type { ExistingServiceSignal, PensionProtection, PensionSchemeFact, TupeStatement, TupeVatFacts, TupeVatSignal, VatStatement, WorkforceInformation } from './types';
import { EXEMPT_OR_OTHER_BIT, exemptOrOtherIn, FUNDING_BIT, fundingIn, keyAmounts, UK_BIT, US_BIT, VAT_WORD_BIT, vatStatementIn, withAmount, type SentenceVat } from './vat';

/** What one block gives, relative to the block (see `relativeSignal`). */
interface BlockFacts {
  existingService: ExistingServiceSignal[];
  tupe: TupeStatement[];
  workforce: WorkforceInformation[];
  schemes: PensionSchemeFact[];
  protection: PensionProtection[];
  vat: SentenceVat[];
  vatExempt: TupeVatSignal[];
  vatOther: TupeVatSignal[];
  grant: TupeVatSignal[];
  contract: TupeVatSignal[];
  /** The signals of every list in one (in the order of `SIGNALS`), each with the key of its list. */
  all: TupeVatSignal[];
  keys: SignalKey[];
}

/** The lists of `BlockFacts` made of signals, placed as they are. */
type SignalKey = 'existingService' | 'tupe' | 'workforce' | 'schemes' | 'protection' | 'vatExempt' | 'vatOther' | 'grant' | 'contract';
const SIGNALS: readonly SignalKey[] = ['existingService', 'tupe', 'workforce', 'schemes', 'protection', 'vatExempt', 'vatOther', 'grant', 'contract'];

function emptyBlockFacts(): BlockFacts {
  return { existingService: [], tupe: [], workforce: [], schemes: [], protection: [], vat: [], vatExempt: [], vatOther: [], grant: [], contract: [], all: [], keys: [] };
}

/** What a block gives when it gives nothing (shared). */
const NOTHING: BlockFacts = Object.freeze(emptyBlockFacts());

/** The screen groups of the builders read here: a block whose screen has none of them gives nothing. */
const READ = EXISTING_BIT | TUPE_BIT | UNDER_HEADING_BIT | WORKFORCE_BIT | PENSIONS_BIT | VAT_WORD_BIT | EXEMPT_OR_OTHER_BIT | FUNDING_BIT;

/** Reads a block whose screen has `bits` (some of `READ`). */
function read(doc: TenderDocument, block: TextBlock, bits: number, under: boolean): BlockFacts {
  const sentences = sentencesIn(doc, block);
  const f = emptyBlockFacts();
  if (bits & EXISTING_BIT) for (const s of sentences) existingServiceIn(s, f.existingService);
  tupeIn(block, bits, under, sentences, f.tupe);
  if (bits & WORKFORCE_BIT) for (const s of sentences) workforceIn(s, f.workforce);
  if (bits & PENSIONS_BIT) for (const s of sentences) pensionsIn(s, f.schemes, f.protection);
  if (bits & VAT_WORD_BIT) for (const s of sentences) vatStatementIn(s, f.vat);
  if (bits & EXEMPT_OR_OTHER_BIT) for (const s of sentences) exemptOrOtherIn(s, f.vatExempt, f.vatOther);
  if (bits & FUNDING_BIT) {
    const funding = { grant: f.grant, contract: f.contract };
    for (const s of sentences) fundingIn(s, funding);
  }
  for (const k of SIGNALS) {
    for (const signal of f[k]) {
      f.all.push(signal);
      f.keys.push(k);
    }
  }
  return f.vat.length > 0 || f.all.length > 0 ? f : NOTHING;
}

/** A block's facts placed in the document: its signals in the order of `BlockFacts.all`, and its VAT statements. */
interface Placed {
  signals: TupeVatSignal[];
  vat: VatStatement[];
}

/** What the last check read from a block: its inputs, what they gave, and where its facts were placed. */
interface Seen {
  text: string;
  kind: TextBlock['kind'];
  bits: number;
  /** The context read (only for a block with some of `READ`): lead-in, row, under a TUPE heading. */
  leadIn: string;
  row: RowState;
  under: boolean;
  facts: BlockFacts;
  place: Place | null;
  placed: Placed | null;
}

const records = new BlockRecords<Seen>();

/** For the document being read, whether each section sits under a TUPE heading, as asked. */
let under: { doc: TenderDocument | null; sections: Array<boolean | undefined> } = { doc: null, sections: [] };

function underOf(doc: TenderDocument, block: TextBlock, bits: number): boolean {
  if (!needsHeading(block, bits)) return false;
  if (under.doc !== doc) under = { doc, sections: [] };
  return (under.sections[block.section + 1] ??= underTupeHeading(doc, block.section));
}

function sameInputs(r: Seen, doc: TenderDocument, block: TextBlock): boolean {
  if (r.text !== block.text || r.kind !== block.kind) return false;
  // The screen is the text's: a block none of the builders reads gives nothing in any context.
  if ((r.bits & READ) === 0) return true;
  if (r.leadIn !== leadInOf(doc, block) || r.under !== underOf(doc, block, r.bits)) return false;
  return block.kind !== 'tableCell' || sameRow(doc, block, r.row);
}

function seen(doc: TenderDocument, block: TextBlock, bits: number): Seen {
  let r = records.find(doc, block, sameInputs);
  if (r === undefined) {
    const reads = (bits & READ) !== 0;
    const under = reads && underOf(doc, block, bits);
    r = {
      text: block.text,
      kind: block.kind,
      bits,
      leadIn: reads ? leadInOf(doc, block) : '',
      row: reads && block.kind === 'tableCell' ? rowState(doc, block) : NO_ROW,
      under,
      facts: reads ? read(doc, block, bits, under) : NOTHING,
      place: null,
      placed: null,
    };
  } else if (r.place !== null && !samePlace(doc, block, r.place)) {
    // The same facts elsewhere (an edit above moved the block): placed again from the facts relative to the block.
    r = { ...r, place: null, placed: null };
  }
  records.set(block.id, r);
  return r;
}

function placedOf(doc: TenderDocument, block: TextBlock, r: Seen): Placed {
  if (r.placed) return r.placed;
  r.place = placeOf(doc, block);
  const signals = r.facts.all.map((f) => placedSignal(doc, block, f));
  return (r.placed = { signals, vat: r.facts.vat.map((v) => placedSignal(doc, block, v.fact)) });
}

/** TUPE, pensions and VAT facts before the document is read. */
export function emptyTupeVat(): TupeVatFacts {
  return {
    existingService: [],
    tupe: [],
    workforce: [],
    schemes: [],
    protection: [],
    vatStatements: [],
    vatOther: [],
    keyAmounts: [],
    vatExempt: [],
    funding: { grant: [], contract: [] },
    jurisdiction: { uk: 0, us: 0 },
  };
}

export function buildTupeVat(doc: TenderDocument, facts: Facts): TupeVatFacts {
  const out: TupeVatFacts = { ...emptyTupeVat(), jurisdiction: { uk: screen.count(doc, UK_BIT), us: screen.count(doc, US_BIT) } };
  const lists: { [K in SignalKey]: TupeVatSignal[] } = { ...out, grant: out.funding.grant, contract: out.funding.contract };
  const bits = screen.bitsOfBlocks(doc);
  records.begin(doc.blocks.length);
  for (const block of doc.blocks) {
    if (block.kind === 'code' || block.kind === 'html') continue;
    const r = seen(doc, block, bits[block.id]!);
    if (r.facts === NOTHING) continue;
    const p = placedOf(doc, block, r);
    const keys = r.facts.keys;
    for (let i = 0; i < keys.length; i++) lists[keys[i]!].push(p.signals[i]!);
    for (let i = 0; i < p.vat.length; i++) {
      // Whether the sentence states an amount is the money facts' to say, asked again each time.
      const amount = withAmount(facts.money, block.id, r.facts.vat[i]!);
      if (p.vat[i]!.withAmount !== amount) p.vat[i] = { ...p.vat[i]!, withAmount: amount };
      out.vatStatements.push(p.vat[i]!);
    }
  }
  records.end();
  under = { doc: null, sections: [] };
  out.workforce = [...out.workforce, ...workforceTables(doc)].sort((a, b) => a.range.start.offset - b.range.start.offset);
  out.keyAmounts = keyAmounts(doc, facts);
  return out;
}
