/**
 * Payment models and the costs of taking part: payment by results and its up-front element, management fees,
 * payment per referral or outcome and volume forecasts, extension wording, full cost recovery, and security or
 * IT requirements with any statement of their cost.
 */
import { testText } from '../../model/memo';
import type { TenderDocument, TextBlock } from '../../model/types';
import { rowOf } from '../context';
import type { Facts } from '../types';
import { find, inSentence, screen, sentencesIn, sentencesWith, signal } from './text';
import type { PaymentFacts } from './types';
import type { Sentence } from './text';

const RESULTS =
  /\b(?:\d+\s?%|all|the\s+whole)\s+of\s+(?:the\s+)?(?:payments?|contract\s+value|price|fees?)\s+(?:is|are|will\s+be)\s+(?:wholly\s+|entirely\s+)?(?:at\s+risk\s+)?(?:contingent|dependent|conditional|based)\s+(?:on|upon)\s+(?:the\s+)?(?:(?:achievement|achieving|delivery)\s+of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:outcomes|results)\b|\bpayments?\s+by\s+results\b|\bPbR\b|\b(?:outcome|results)[- ]based\s+(?:payments?|funding|contract)\b|\bsuccess\s+(?:payments?|fees?)\b|\boutcome\s+payments?\b|\bpaid\s+(?:only\s+)?(?:on|upon|for)\s+(?:the\s+)?(?:achievement|achieving|delivery)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:outcomes|results)\b|\bpayments?\s+(?:is|are|will\s+be)\s+(?:made\s+)?(?:only\s+|wholly\s+|entirely\s+)?(?:(?:on|upon|for)\s+(?:the\s+)?achievement\s+of|(?:contingent|dependent|conditional)\s+(?:on|upon))\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:outcomes|results)\b/i;
const WHOLLY =
  /\b(?:wholly|entirely|solely|exclusively|only)\b[^.]{0,40}?\b(?:on|upon|by|for)\s+(?:the\s+)?(?:(?:achievement|achieving|delivery)\s+of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:outcomes|results)\b|\bno\s+(?:up-?front|advance|fixed|service\s+fee|core)\b|\b100\s?%\s+(?:of\s+(?:the\s+)?(?:payments?|contract\s+value|price)\s+)?(?:is\s+|will\s+be\s+)?(?:payment\s+by\s+results|at\s+risk|(?:contingent|dependent|based)\s+(?:on|upon))/i;
const ARREARS = /\bin\s+arrears\b|\bonce\s+(?:the\s+)?(?:outcomes?|results?)\s+(?:is|are|has|have)\s+been\s+(?:achieved|evidenced|verified|sustained)\b|\bafter\s+(?:the\s+)?(?:outcomes?|results?)\s+(?:is|are|has|have)\s+been\s+(?:achieved|evidenced|verified|sustained)\b/i;
/** Wording around a percentage that makes it the results-contingent share. */
const AT_RISK = /\bat\s+risk\b|\b(?:contingent|dependent|conditional)\s+(?:on|upon)\b|\b(?:outcome|results|success)\b|\bPbR\b/i;
const UP_FRONT =
  /\bup-?front\s+(?:payments?|element|funding|fee)\b|\bservice\s+(?:fee|payment|charge)\b|\bfixed\s+(?:fee|element|payment|monthly\s+payment)\b|\battachment\s+(?:fee|payment)\b|\bstart[- ]up\s+(?:payment|funding)\b|\bmobili[sz]ation\s+(?:payment|fee)\b|\bblock\s+(?:payment|contract|grant)\b|\bcore\s+(?:payment|funding|fee)\b|\b(?:payment|funding)\s+in\s+advance\b|\badvance\s+payments?\b|\bengagement\s+(?:fee|payment)\b/i;

const FEE = /\bmanagement\s+(?:fees?|charges?|costs?|levy)\b|\btop[- ]slic(?:e|ed|ing)\b|\b(?:prime|lead)\s+(?:contractor|provider|partner)(?:'s)?\s+(?:fee|margin|charge)s?\b/i;
/** A central purchasing body's levy on its suppliers: not a fee kept from a supply chain. */
const LEVY = /\blevy\b|\bManagement\s+(?:Charge|Levy)\b|\bCCS\b|\bCrown\s+Commercial\s+Service\b|\bframework\s+(?:schedule|fee|charge)\b|\bpaid\s+by\s+(?:you|the\s+Supplier)\s+to\s+(?:us|CCS)\b/i;
const PRIME =
  /\b(?:prime|lead)\s+(?:contractor|provider|partner|organisation|body|member)s?\b|\bsub-?contractors?\b|\bsupply\s+chain\b|\bdelivery\s+partners?\b|\bconsortium\s+members?\b/i;

const UNIT =
  /\b(?:per|for\s+each|for\s+every|each)\s+(?:successful\s+|eligible\s+|accepted\s+|completed\s+)?(?:referral|participant|client|service\s+user|outcome|start|learner|person\s+supported|job\s+outcome|case)\b(?!\s+(?:dates?|stud(?:y|ies)|groups?|records?|notes?|files?|managers?|workers?))/i;
const PRICED = /\b(?:pay|pays|paid|payment|payments|price|prices|priced|tariff|fee|rate|cost|charge|funding)\b/i;
const FORECAST =
  /\b(?:expected|estimated|anticipated|forecast|projected|indicative|predicted|historic(?:al)?|minimum|guaranteed)\s+(?:annual\s+|monthly\s+|total\s+)?(?:number\s+of\s+|volumes?\s+of\s+|levels?\s+of\s+)?(?:referrals|participants|clients|service\s+users|starts|learners|volumes?|activity|caseload|demand)\b|\b(?:referrals|participants|clients|service\s+users|starts|volumes?|caseload)\s+(?:are|is)\s+(?:expected|estimated|anticipated|forecast|projected|likely)\b|\b\d[\d,]*\s*(?:(?:-|–|to)\s*\d[\d,]*\s+)?(?:new\s+)?(?:referrals|participants|clients|service\s+users|starts|learners)\s+(?:a|per|each|every|in\s+the|over)\b/i;
const NO_GUARANTEE =
  /\b(?:volumes?|numbers?|referrals|quantit(?:y|ies)|level\s+of\s+(?:work|business|demand|referrals))\b[^.]{0,60}\b(?:not|no)\s+(?:be\s+)?guaranteed?\b|\bno\s+guarantee\b[^.]{0,60}\b(?:volumes?|numbers?|referrals|quantit(?:y|ies)|level\s+of\s+(?:work|business))\b|\bdoes\s+not\s+guarantee\b[^.]{0,60}\b(?:volumes?|referrals|quantit(?:y|ies)|numbers?)\b/i;

const EXTENSION =
  /\boption\s+to\s+extend\b|\b(?:may|can|could)\s+be\s+extended\b|\bextension\s+periods?\b|\b(?:right|option)\s+to\s+extend\b|\bextend\s+(?:the|this)\s+(?:Contract|Agreement|term)\b|\bfurther\s+(?:period|term)s?\s+of\b/i;
const FULL_COST = /\bfull\s+cost\s+recovery\b/i;

/** Exported for tests. */
export const SECURITY =
  /\bCyber\s+Essentials(?:\s+Plus)?\b|\bISO\s*(?:\/\s*)?(?:IEC\s*)?27001\b|\bsecurity\s+clearance\b|\b(?:SC|DV)\s+clear(?:ed|ance)\b|\bDeveloped\s+Vetting\b|\bBaseline\s+Personnel\s+Security\b|\bBPSS\b|\bPSN\s+(?:compliance|accreditation|certificat\w+)\b|\bData\s+Security\s+and\s+Protection\s+Toolkit\b|\bDSP\s+Toolkit\b|\bpenetration\s+test\w*\b|\bsecurity\s+(?:requirements|policy|policies|standards|accreditation)\b|\b(?:IT|ICT|information)\s+security\b|\baccreditations?\b/i;
const IMPOSED = /\b(?:must|shall|will\s+(?:need|be\s+required)|(?:is|are)\s+required|required\s+to)\b/i;
const UNDEFINED =
  /\bto\s+be\s+(?:confirmed|agreed|determined|notified|specified|advised|set)\b|\bas\s+(?:may\s+be\s+|shall\s+be\s+)?(?:required|specified|determined|notified|directed|advised|set\s+out|instructed)\s+(?:by|from)\s+(?:the\s+)?(?:Authority|Council|Buyer|Customer|Commissioner|Department|Trust|us)\b|\bfrom\s+time\s+to\s+time\b|\bTBC\b|\bTBA\b/i;
const AT_CALL_OFF = /\bcall[- ]off\b|\border\s+(?:form|stage|contract|procedure)\b|\bfurther\s+competition\b|\bshould\s+(?:a|the)\s+Buyer\b|\bif\s+(?:any|applicable)\b|\b(?:where|if)\s+(?:specified|required|requested)\s+(?:by|in)\b/i;
const SECURITY_COST =
  /\b(?:costs?|expenses?|fees?)\s+of\s+[^.]{0,60}\b(?:security|clearance|vetting|accreditation|Cyber\s+Essentials|certification)\b[^.]{0,60}\b(?:met|paid|borne|funded|reimbursed|covered)\s+by\b|\b(?:Authority|Council|Buyer|Customer|Government|Department|Commissioner|we)\s+(?:will|shall)\s+(?:pay|meet|fund|bear|reimburse|cover)\b[^.]{0,60}\b(?:security|clearance|vetting|accreditation|Cyber\s+Essentials|certification)\b|\b(?:security|clearance|vetting|accreditation|Cyber\s+Essentials|certification)\b[^.]{0,60}\b(?:at\s+(?:no\s+cost|the\s+(?:Authority|Council|Buyer|Customer)'s\s+(?:cost|expense))|(?:is|are)\s+(?:funded|paid\s+for))\b/i;

const RESULTS_BIT = screen.group([UP_FRONT, RESULTS]);
const FEE_BIT = screen.group([FEE]);
const VOLUMES_BIT = screen.group([UNIT, NO_GUARANTEE, FORECAST, EXTENSION, FULL_COST]);
const SECURITY_BIT = screen.group([SECURITY_COST, SECURITY]);

function results(doc: TenderDocument, facts: Facts, out: PaymentFacts): void {
  for (const s of sentencesWith(doc, RESULTS_BIT)) {
    const up = find(doc, s, UP_FRONT);
    // Any up-front or fixed element anywhere in the document tempers the results payments (it only silences).
    if (up) out.upFront.push(signal(up));
    const r = find(doc, s, RESULTS);
    if (!r) continue;
    // The share at risk: a percentage written beside results wording, not beside the up-front element.
    let atRisk = null;
    for (const p of inSentence(facts.percentages, s)) {
      const from = p.start - s.start;
      const near = s.text.slice(Math.max(0, from - 50), Math.min(s.text.length, from + p.text.length + 50));
      const upNear = UP_FRONT.exec(near);
      if (upNear) continue;
      if (AT_RISK.test(near)) {
        atRisk = p;
        break;
      }
    }
    out.results.push({ ...signal(r), atRisk, wholly: testText(WHOLLY, s.text), arrears: testText(ARREARS, s.text) });
  }
}

/**
 * The sentences a fee may be read from: those of blocks that name a fee, and those of table cells with a
 * percentage (a row that names the fee completes them).
 */
function feeSentences(doc: TenderDocument, facts: Facts): Sentence[] {
  const ids = new Set(screen.blocksWith(doc, FEE_BIT));
  for (const p of facts.percentages) {
    const block = doc.blocks[p.block];
    if (block?.kind === 'tableCell' && !ids.has(block.id) && rowNamesFee(doc, block)) ids.add(block.id);
  }
  const out: Sentence[] = [];
  for (const id of [...ids].sort((a, b) => a - b)) out.push(...sentencesIn(doc, doc.blocks[id]!));
  return out;
}

/**
 * Whether a table cell's row (its other cells and column header) names a fee: the fee wording cannot run across
 * two cells, so this is the row text's answer, cell by cell from remembered answers.
 */
function rowNamesFee(doc: TenderDocument, block: TextBlock): boolean {
  const row = rowOf(doc, block);
  if (!row) return false;
  if (row.some((c) => c.block !== block.id && testText(FEE, c.text))) return true;
  return testText(FEE, doc.tables[block.table!]!.header[block.column!] ?? '');
}

function fees(doc: TenderDocument, facts: Facts, out: PaymentFacts): void {
  for (const s of feeSentences(doc, facts)) {
    // A table cell completes its row: "Lead provider management fee | 25% of subcontractor payments".
    const whole = s.row ? `${s.text} | ${s.row}` : s.text;
    const f = find(doc, s, FEE) ?? (s.row && FEE.test(s.row) ? find(doc, s, /\S[\s\S]*\S|\S/) : null);
    if (!f || LEVY.test(whole)) continue;
    const percent = inSentence(facts.percentages, s)[0] ?? null;
    if (!testText(FEE, s.text) && !percent) continue;
    out.fees.push({ ...signal(f), percent, prime: PRIME.test(whole), amount: inSentence(facts.money, s).length > 0 });
  }
}

function volumes(doc: TenderDocument, out: PaymentFacts): void {
  for (const s of sentencesWith(doc, VOLUMES_BIT)) {
    const u = find(doc, s, UNIT);
    if (u && testText(PRICED, s.text)) out.unitPayments.push(signal(u));
    const g = find(doc, s, NO_GUARANTEE);
    if (g) out.noGuarantee.push(signal(g));
    // "does not guarantee any minimum volume" is no forecast; "300 referrals a year are expected, not guaranteed" is.
    const f = find(doc, s, FORECAST);
    if (f && (!g || /\d/.test(s.text))) out.forecasts.push(signal(f));
    const e = find(doc, s, EXTENSION);
    if (e) out.extension.push(signal(e));
    const c = find(doc, s, FULL_COST);
    if (c) out.fullCostRecovery.push(signal(c));
  }
}

function security(doc: TenderDocument, out: PaymentFacts): void {
  for (const s of sentencesWith(doc, SECURITY_BIT)) {
    const cost = find(doc, s, SECURITY_COST);
    if (cost) out.securityCost.push(signal(cost));
    const r = find(doc, s, SECURITY);
    if (!r || !testText(IMPOSED, s.text)) continue;
    out.security.push({ ...signal(r), undefined: testText(UNDEFINED, s.text), atCallOff: testText(AT_CALL_OFF, s.text) || AT_CALL_OFF.test(s.leadIn) });
  }
}

export function buildModels(doc: TenderDocument, facts: Facts, out: PaymentFacts): void {
  results(doc, facts, out);
  fees(doc, facts, out);
  volumes(doc, out);
  security(doc, out);
}
