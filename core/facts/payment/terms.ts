/**
 * Payment terms and termination rights: payment periods (to the contractor and down the supply chain), terms
 * that sub-contracts must carry them, and each party's rights to end the contract with their notice periods.
 */
import { testText } from '../../model/memo';
import type { TenderDocument } from '../../model/types';
import type { Facts } from '../types';
import { find, inSentence, screen, sentencesWith, signal } from './text';
import type { PaymentFacts, PaymentParty, PaymentTrigger, TerminationParty } from './types';

/** Words that pay: the period must follow them closely ("pay … within 30 days", "payment will be made within"). */
const PAY = /\b(?:pay|pays|paid|payment|payments|settle[sd]?|settlement)\b/i;
const INVOICE = /\binvoice/i;
const MONTH_END = /\bend\s+of\s+(?:the\s+|each\s+)?(?:calendar\s+)?month\b|\bmonth[- ]end\b/i;
/** A bidder's record of paying its own supply chain, asked about in questionnaires: not a payment term. */
const RECORD =
  /\?\s*$|\bin\s+the\s+(?:past|last)\s+(?:\d+|twelve|six)\s+months\b|\bwhat\s+(?:percentage|proportion)\b|\b(?:percentage|proportion)\s+of\s+(?:(?:your|all)\s+)?invoices\b|\breporting\s+periods?\b|\b(?:have|has|were|was)\s+been\s+paid\b|\baverage\s+(?:time|number\s+of\s+days)\b|\bpayment\s+(?:performance|practices?|record)\b|\b(?:of|all)\s+(?:supply\s+chain\s+)?invoices\s+(?:are|were)\s+paid\b|\bpaid\s+on\s+time\b|%\s+(?:or\s+(?:above|more)\s+)?of\s+(?:all\s+)?(?:supply\s+chain\s+)?invoices\b/i;
/** The period is for sending an invoice, not for paying one. */
const INVOICE_DEADLINE = /\b(?:submit|send|issue|raise|present|render)\w*\b[^.]{0,40}\binvoices?\b[^.]{0,40}\bwithin\b|\binvoices?\s+(?:must|shall|should)\s+be\s+(?:submitted|sent|issued|raised|received)\s+within\b/i;
/** The supplier is the one paid ("the Provider will be paid within 30 days"). */
const PAID_TO = /\b(?:be|is|are|being|get|gets)\s+paid\b|\bpay\s+(?:the\s+)?(?:Supplier|Contractor|Provider|Service\s+Provider|Consultant|you)\b/i;
const SUBCONTRACT = /\bsub-?contract(?:or)?s?\b|\bsupply\s+chain\b/i;
/** The payment terms must be written into each sub-contract, at every tier. */
const FLOW_DOWN =
  /\b(?:term|provision|clause)s?\s+(?:equivalent\s+to|to\s+the\s+same\s+effect\s+as|in\s+the\s+same\s+terms\s+as)\b|\b(?:include[sd]?|incorporate[sd]?|insert(?:s|ed)?)\b[^.]{0,60}?\b(?:in|into)\s+(?:each|every|all|any)\s+(?:of\s+its\s+)?sub-?contracts?\b|\bterms?\s+to\s+the\s+same\s+effect\b|\b(?:each|every|all)\s+sub-?contracts?\b[^.]{0,80}\b(?:contain|include|incorporate)\b|\bpass(?:ed)?\s+(?:down|on)\b|\bflow(?:ed)?\s+down\b|\b(?:at\s+)?(?:all|every)\s+(?:levels?|tiers?)\s+of\s+(?:the|its|your)\s+supply\s+chain\b/i;

/**
 * What starts the period, from the words after it ("of the end of the month", "of receipt of a valid invoice"); a
 * bare "of receipt" counts from the invoice the sentence names.
 */
function trigger(after: string, whole: string): PaymentTrigger {
  const near = after.slice(0, 100);
  if (MONTH_END.test(near)) return 'month-end';
  if (INVOICE.test(near)) return 'invoice';
  return /^\W*(?:of|from|after|following)\s+(?:the\s+)?(?:receipt|receiving)\b(?!\s+of\s+(?:the\s+|a\s+)?(?!invoice)[A-Z])/i.test(near) && INVOICE.test(whole) ? 'invoice' : 'other';
}

/** A period needs an invoice or month end in its sentence, a flow-down its own wording. */
const PERIOD_BIT = screen.group([FLOW_DOWN, INVOICE, MONTH_END]);
const FLOW_DOWN_BIT = screen.group([FLOW_DOWN]);

function periods(doc: TenderDocument, facts: Facts, out: PaymentFacts): void {
  for (const s of sentencesWith(doc, PERIOD_BIT)) {
    // A list item completes its lead-in ("The Buyer must pay each sum: … within 30 days of an invoice").
    // A table cell completes its row ("Payment terms | 30 days from receipt of a valid invoice").
    const whole = [s.leadIn, s.text, s.row].filter(Boolean).join(' | ');
    if (!PAY.test(whole) || RECORD.test(whole)) continue;
    const sub = SUBCONTRACT.test(whole);
    if (sub && testText(FLOW_DOWN, s.text)) {
      const f = find(doc, s, FLOW_DOWN);
      if (f) out.flowDown.push(signal(f));
    }
    if (!testText(INVOICE, s.text) && !testText(MONTH_END, s.text)) continue;
    if (testText(INVOICE_DEADLINE, s.text)) continue;
    // The supplier paying the buyer (recharges, service credits, a framework levy) is not a payment term for it.
    const pay = PAY.exec(whole);
    if (!sub && pay && subject(whole.slice(0, pay.index)) === 'supplier' && !PAID_TO.test(whole)) continue;
    for (const d of inSentence(facts.durations, s)) {
      if (d.unit !== 'day') continue;
      // The payment word must come shortly before the period ("paid … within 30 days of receipt of an invoice").
      const before = s.text.slice(0, Math.max(0, d.start - s.start));
      if (!PAY.test(before.slice(-120)) && !(s.leadIn && PAY.test(s.leadIn)) && !(s.row && PAY.test(s.row))) continue;
      const party: PaymentParty = sub ? 'subcontractor' : 'buyer';
      out.periods.push({ text: d.text, block: d.block, range: d.range, sentence: s.text, party, duration: d, trigger: trigger(s.text.slice(d.end - s.start), whole) });
      break;
    }
  }
  // Sub-contract terms that pass down a clause by number ("a term equivalent to Clause 8.2.3 in each Sub-Contract").
  for (const s of sentencesWith(doc, FLOW_DOWN_BIT)) {
    if (testText(PAY, s.text) || !testText(SUBCONTRACT, s.text)) continue;
    if (!/\b(?:term|provision)s?\s+equivalent\s+to\b|\bsame\s+(?:payment\s+)?terms\b/i.test(s.text)) continue;
    const f = find(doc, s, FLOW_DOWN);
    if (f) out.flowDown.push(signal(f));
  }
}

const TERMINATE = /\bterminated?\b|\bbreak\s+clause\b|\bbring\s+(?:the|this)\s+(?:Contract|Agreement)\s+to\s+an\s+end\b/i;
/** A right to terminate, just before the verb ("may", "has the right to", "is entitled to", "reserves the right to"). */
const RIGHT = /\b(?:may|can|could|has\s+the\s+right\s+to|have\s+the\s+right\s+to|(?:is|are|shall\s+be|will\s+be)\s+entitled\s+to|reserves?\s+the\s+right\s+to|right\s+to|(?:is|are|will\s+be)\s+able\s+to)\s+(?:[\w,()-]+\s+){0,4}$/i;
/** Termination without cause. */
const CONVENIENCE =
  /\bfor\s+(?:its\s+|their\s+)?convenience\b|\bwithout\s+(?:cause|reason|giving\s+(?:any\s+)?reasons?|the\s+need\s+to\s+give\s+(?:any\s+)?reasons?)\b|\bfor\s+any\s+(?:or\s+no\s+)?reason\b|\bno[- ]fault\s+termination\b|\bbreak\s+clause\b/i;
/** What a termination right ends: the contract, agreement, call-off or order (within a few words of the verb). */
const CONTRACT_OBJECT = /^\s*(?:(?:all\s+or\s+part\s+of\s+)?(?:this|the|its|their|his|her|any|each|a|an|that)\s+)?(?:[\w-]+\s+){0,2}(?:Contract|Agreement|Call-?Off|Order|Framework|DPS|Appointment|Services?)\b|^\s*(?:it|them)\b|^\s*(?:by|on|at|with|for|without|upon|if|in)\b/i;
/** A cause or condition for termination: a right for cause, not a break. */
const CAUSE = /\b(?:if|where|unless|in\s+the\s+event|breach|default|insolven\w*|fails?|failure|clause|paragraph|pursuant|force\s+majeure|non-?payment|material|change\s+of\s+control|conflict)\b/i;
const EITHER = /\b(?:either|each|both)\s+(?:of\s+the\s+)?part(?:y|ies)\b|\bthe\s+Parties\s+(?:may|can|shall\s+be\s+entitled)\b|\beither\s+the\s+\w+\s+or\s+the\s+\w+\s+(?:may|can)\b/i;
const BUYER = /\b(?:Buyer|Authority|Council|Customer|Purchaser|Commissioner|CCS|Trust|Department|Client|Contracting\s+Body|Commissioning\s+Body|we)\b/;
const SUPPLIER = /\b(?:Supplier|Contractor|Provider|Service\s+Provider|Consultant|Seller|you)\b/;

function subject(before: string): TerminationParty | null {
  if (EITHER.test(before)) return 'either';
  const b = BUYER.exec(before);
  const s = SUPPLIER.exec(before);
  if (b && (!s || b.index < s.index)) return 'buyer';
  if (s) return 'supplier';
  return null;
}

const TERMINATE_BIT = screen.group([TERMINATE]);

function terminations(doc: TenderDocument, facts: Facts, out: PaymentFacts): void {
  for (const s of sentencesWith(doc, TERMINATE_BIT)) {
    const t = find(doc, s, TERMINATE);
    if (!t) continue;
    if (!RIGHT.test(s.text.slice(Math.max(0, t.index - 80), t.index))) continue;
    const before = s.text.slice(0, t.index);
    // "The Contract may be terminated by either party …": the party follows the verb.
    const passive = /\bbe\s+$/i.test(before) ? /^\w*\s+(?:[\w-]+\s+){0,4}?by\s+((?:the\s+)?[\w-]+(?:\s+part(?:y|ies))?)/i.exec(s.text.slice(t.index)) : null;
    const party = passive ? subject(passive[1]!) : subject(before);
    if (!party) continue;
    // "The Buyer may not terminate …", "cannot terminate": no right.
    if (/\b(?:not|cannot|can't|no)\s+(?:\w+\s+){0,2}$/i.test(s.text.slice(0, t.index))) continue;
    // The right must be to end the contract, not a tender process or a sub-contract.
    const object = s.text.slice(t.index + t.text.length, t.index + t.text.length + 60);
    if (!CONTRACT_OBJECT.test(object) || /^\s*(?:\w+\s+){0,2}sub-?contract/i.test(object)) continue;
    const notice = inSentence(facts.durations, s).find((d) => /notice/i.test(s.text.slice(d.end - s.start, d.end - s.start + 40)) || /notice\s+(?:period\s+)?of\s+(?:at\s+least\s+|not\s+less\s+than\s+)?$/i.test(s.text.slice(0, d.start - s.start))) ?? null;
    // "may terminate this Contract by giving three months' notice", with no cause named, is a break too.
    const convenience = testText(CONVENIENCE, s.text) || (notice !== null && !testText(CAUSE, s.text));
    out.terminations.push({ ...signal(t), party, convenience, notice });
  }
}

export function buildTerms(doc: TenderDocument, facts: Facts, out: PaymentFacts): void {
  periods(doc, facts, out);
  terminations(doc, facts, out);
}
