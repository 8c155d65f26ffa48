/** Insurance demanded: "£10m public liability at the time of submission" → type, amount, timing. */
import type { Range, TenderDocument, TextBlock } from '../../model/types';
import { blockRange } from '../../model/positions';
import { TextMemo, testText } from '../../model/memo';
import type { Facts, MoneyFact } from '../types';
import type { InsuranceRequirement, InsuranceTiming, InsuranceType } from './types';
import { at, DEMAND, inSentence, mayMatch, preceding, rowText, type Sentence } from './sentences';

const INSURANCE_TYPES: Array<[InsuranceType, RegExp]> = [
  ['employers-liability', /\bemployer['’]?s['’]?\s+(?:\(compulsory\)\s+)?liability\b|\bEL\b(?=\s+(?:insurance|cover))/gi],
  ['public-liability', /\bpublic\s+liability\b|\bPL\b(?=\s+(?:insurance|cover))/gi],
  ['professional-indemnity', /\bprofessional\s+(?:risk\s+)?indemnity\b/gi],
  ['professional-indemnity', /\bPII?\b/g],
  ['product-liability', /\bproducts?\s+liability\b/gi],
  ['other', /\b(?:motor|vehicle|cyber|medical\s+malpractice|contract\s+works|all\s+risks?)\s+insurance\b/gi],
];
/** Any insurance type (a screen: a sentence outside tables that names none has nothing to read). */
export const INSURANCE_ANY = new RegExp(INSURANCE_TYPES.map(([, re]) => `(?:${re.source})`).join('|'), 'i');
const INSURANCE_WORD = /\binsurance\b|\bcover\b|\binsured\b/i;
/** Words that may stand between an insurance type and its amount ("… insurance of at least £5m"). */
const AMOUNT_AFTER_TYPE =
  /^\s*(?:\(compulsory\)\s*)?(?:insurance\s*)?(?:cover\s*)?(?:policy\s*)?(?:(?:of|with|a|an|minimum|min\.?|limit|level|indemnity|value|sum|to|the|at|least|not|no|less|than|in|for|=|:|-|–|—|\(|,)\s*)*$/i;
const AMOUNT_BEFORE_TYPE = /^\s*(?:of\s+)?(?:cover\s+for\s+)?$/i;

/** Exported for tests. */
export const TIMING: Array<[InsuranceTiming, RegExp]> = [
  [
    'contract-start',
    /\b(?:from|by|before|prior\s+to|on|at)\s+(?:the\s+)?(?:contract\s+|service\s+)?(?:start|commencement)(?:\s+date)?\b|\b(?:before|prior\s+to|by)\s+(?:the\s+)?(?:contract|services?)\s+(?:starts?|commences?|begins?)\b|\b(?:from|by|before|prior\s+to)\s+(?:the\s+)?(?:commencement|start)\s+of\s+(?:the\s+)?(?:contract|services?|delivery)\b|\bcommit\s+to\s+(?:obtain|obtaining|hold|holding|put)|\bwill\s+(?:have|hold|obtain|put)\s+(?:\w+\s+)?in\s+place\b(?![^.]*\bbefore\s+(?:the\s+)?(?:\w+\s+)?(?:is\s+)?award)|\bif\s+(?:you\s+are\s+|they\s+are\s+)?(?:successful|awarded)\b|\bin\s+the\s+event\s+(?:that\s+)?(?:you|they|it)\s+(?:are|is)\s+awarded\b|\bsuccessful\s+(?:bidder|tenderer|supplier|provider|applicant)s?\b|\b(?:on|upon|after)\s+(?:contract\s+)?award\b|\b(?:have|hold)(?:\s*,)?\s+or\s+(?:will|can|would)\s+(?:have|hold|obtain|put|arrange)\b|\bor\s+(?:will|can)\s+you\s+(?:have|hold|obtain|put|arrange)\b|\bor\s+(?:are\s+|is\s+)?(?:able|willing|prepared)\s+to\s+(?:obtain|hold|put|arrange)\b/i,
  ],
  [
    'award',
    /\b(?:before|prior\s+to|in\s+advance\s+of|ahead\s+of)\s+(?:the\s+)?(?:contract\s+|framework\s+)?award\b|\bbefore\s+(?:the\s+)?(?:contract|framework|agreement)\s+is\s+awarded\b|\bbefore\s+(?:being|it\s+is|you\s+are)\s+awarded\b/i,
  ],
  [
    'submission',
    /\bat\s+(?:the\s+)?(?:time\s+of\s+|point\s+of\s+)?(?:submission|tender(?:ing)?|bidding|application)\b|\bwith\s+(?:your|the|their)\s+(?:tender|bid|submission|response|application|SQ|PQQ|questionnaire)\b|\b(?:on|upon|before|by)\s+(?:the\s+)?(?:submission|tender\s+deadline|closing\s+date)\b|\battach\s+(?:a\s+)?(?:cop(?:y|ies)\s+of\s+)?(?:your\s+)?(?:insurance\s+)?certificates?\b|\b(?:currently|already)\s+(?:hold|have)\b|\bconfirm\s+(?:that\s+)?(?:you|your\s+(?:organisation|company|business)|the\s+(?:bidder|supplier|applicant|tenderer|organisation))\s+(?:ha(?:ve|s)|holds?|maintains?)\b(?!\s+(?:read|understood|noted|reviewed|considered|seen|accepted|agreed|complied|provided|included|attached|submitted|completed|budgeted|allowed|priced|taken))|\bdo\s+you\s+(?:have|hold)\b(?!\s+any\s+(?:questions|queries|comments))/i,
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

export function insurance(doc: TenderDocument, facts: Facts, sentences: Sentence[]): InsuranceRequirement[] {
  const out: InsuranceRequirement[] = [];
  for (const s of sentences) {
    // Outside tables a sentence naming no insurance type is passed over on its screen, without a lookup.
    if (s.block.table === undefined && !mayMatch(s, INSURANCE_ANY)) continue;
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
