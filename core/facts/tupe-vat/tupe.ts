/**
 * TUPE facts: signals that the service already exists (an incumbent, "currently delivered", a re-tender, an
 * in-house service, existing staff), what the document says about TUPE, and what workforce information it
 * gives or promises, to whom and when. Read sentence by sentence from paragraphs, list items (with their
 * lead-in line), headings and table cells (with their row), and from staffing tables.
 */
import { statelessPattern, testText } from '../../model/memo';
import type { TenderDocument, TextBlock } from '../../model/types';
import { relativeMatch, relativeSignal, screen, sentencesIn, signalAt, type Sentence } from './text';
import type {
  ExistingServiceKind,
  ExistingServiceSignal,
  TupeStance,
  TupeStatement,
  WorkforceInformation,
  WorkforceItem,
  WorkforceRecipient,
  WorkforceTiming,
} from './types';

// ---------------------------------------------------------------------------------------------------
// An existing service
// ---------------------------------------------------------------------------------------------------

export const EXISTING_SERVICE: ReadonlyArray<readonly [ExistingServiceKind, RegExp]> = [
  [
    'incumbent',
    /\b(?:the\s+)?(?:incumbent|outgoing)\s+(?:supplier|provider|contractor|service\s+provider|organisation|operator)s?\b|\bthe\s+incumbent\b(?!\s+(?:upon|on|system|software|platform|solution|technology|application)\b)/i,
  ],
  ['incumbent', /\bthe\s+(?:existing|current|present)\s+(?:supplier|provider|contractor|service\s+provider|operator)\b/i],
  ['in-house', /\b(?:currently\s+)?(?:delivered|provided|run|operated|performed|undertaken|managed)\s+in[- ]house\b|\b(?:the|our|its|existing|current)\s+(?:[\w']+\s+)?in[- ]house\s+(?:service|team|provision|workforce)\b/i],
  ['currently-delivered', /\b(?:is|are)\s+(?:currently|presently)\s+(?:being\s+)?(?:delivered|provided|run|operated|commissioned|contracted|supplied|performed|undertaken)\b/i],
  ['currently-delivered', /\bthe\s+(?:current|existing|present)\s+(?:contract|service|arrangement)s?\b(?=[^.]{0,80}\b(?:ends?|expires?|expiry|terminates?|due\s+to\s+end|runs?\s+until|comes?\s+to\s+an\s+end|delivered\s+by|provided\s+by)\b)/i],
  ['re-tender', /\bre-?tender(?:ing|ed)?\b|\bre-?procurement\s+of\s+(?:the|this)\s+(?:service|contract)|\b(?:is|are|being)\s+re-?procured\b/i],
  ['existing-staff', /\b(?:existing|current)\s+(?:staff|employees|workforce)\s+(?:who|currently|delivering|providing|working|employed)\b|\b(?:staff|employees)\s+(?:currently|presently)\s+(?:employed|delivering|providing|working)\b/i],
];

const FRAMEWORK = /\bframeworks?\b|\bdynamic\s+purchasing\s+system\b|\bDPS\b/i;

/** Goods, equipment and IT systems: a supplier of those is not a workforce that may transfer. */
const GOODS = /\b(?:goods|equipment|supplies|products|materials|vehicles|software|licen[cs]es?|hardware|systems?|platforms?|applications?|devices?)\b/i;

/** A sentence that says the service is new or not delivered now is no evidence. */
const NOT_EXISTING = /\bno\s+(?:incumbent|current|existing)\b|\bnot\s+(?:currently|presently)\s+(?:being\s+)?(?:delivered|provided|run)\b|\b(?:a|this\s+is\s+a)\s+new\s+service\b|\bthere\s+is\s+no\s+(?:incumbent|current|existing)/i;

/** What a service is called: "the data is currently provided in spreadsheets" is no service. */
const SERVICE_WORDS =
  /\b(?:services?|support|contracts?|provision|care|programmes?|schemes?|helpline|advice|transport|meals|cleaning|catering|security|maintenance|clinics?|centres?|facilit(?:y|ies))\b/i;
/** A question to bidders about their own organisation ("how your services are currently delivered"). */
const BIDDERS_OWN = /\byou(?:r)?\b/i;

export const EXISTING_BIT = screen.group(EXISTING_SERVICE.map(([, re]) => re));

/** The signal of an existing service in a sentence, if any (relative to its block, see `relativeSignal`). */
export function existingServiceIn(s: Sentence, out: ExistingServiceSignal[]): void {
  {
    if (testText(NOT_EXISTING, s.text)) return;
    for (const [kind, re] of EXISTING_SERVICE) {
      // A framework or dynamic purchasing system replaces no service itself: any transfer comes with its call-offs.
      if (testText(GOODS, s.text) || testText(FRAMEWORK, s.text)) continue;
      // Only the explicit words stand alone; the others must be about a service, and not the bidder's own.
      // The remembered test first: most sentences match none of the patterns.
      if (!testText(statelessPattern(re), s.text)) continue;
      const explicit = re === EXISTING_SERVICE[0]![1] || kind === 're-tender';
      // The service words in the sentence or its row (the words cannot run across the two).
      if (!explicit && (testText(BIDDERS_OWN, s.text) || !(testText(SERVICE_WORDS, s.text) || (s.row !== '' && testText(SERVICE_WORDS, s.row))))) continue;
      const hit = relativeMatch(s, re);
      if (hit) {
        out.push({ ...hit, kind });
        break;
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// TUPE statements
// ---------------------------------------------------------------------------------------------------

/** Wording that names TUPE or a staff transfer. */
export const TUPE_MENTION =
  /\bTUPE\b|\bTransfer\s+of\s+Undertakings\b|\bstaff\s+transfers?\b|\btransfer\s+of\s+(?:staff|employees|the\s+workforce|personnel)\b|\b(?:staff|employees)\s+(?:will|may|would|might|could|are\s+likely\s+to|are\s+expected\s+to)\s+(?:not\s+)?transfer\b|\bemployee\s+liability\s+information\b|\bCOSOP\b|\bAcquired\s+Rights\s+Directive\b/i;
/** Defined terms of model contracts, read case-sensitively so that "employment regulations" in general is not one. */
const TUPE_DEFINED = /\bEmployment Regulations\b|\bTransferring (?:[A-Z]\w+ )*Employees\b/;

const STANCES: ReadonlyArray<readonly [TupeStance, RegExp]> = [
  [
    'does-not-apply',
    /\b(?:does|will|do|shall|would|should)\s+not\s+apply\b|\bunlikely\s+to\s+(?:apply|transfer)\b|\bnot\s+(?:be\s+)?(?:expected|anticipated|envisaged|considered|thought|believed|likely)\s+to\s+apply\b|\bno\s+(?:staff|employees)\s+(?:will\s+|are\s+expected\s+to\s+|are\s+likely\s+to\s+)?transfer\b|\bnot\s+applicable\b|\b(?:do|does|did)\s+not\s+(?:believe|think|consider|expect|anticipate|envisage)\b|\bno\s+TUPE\b|\bTUPE\s+(?:is\s+)?not\s+(?:expected|anticipated|applicable|relevant)\b/i,
  ],
  [
    'bidders-to-satisfy',
    /\bsatisfy\s+(?:themselves|yourselves|yourself|itself)\b|\b(?:their|your|its)\s+own\s+(?:independent\s+|legal\s+|professional\s+)?(?:advice|due\s+diligence|assessment|enquiries)\b|\bconsider\s+whether\s+(?:TUPE|the\s+Transfer|the\s+Regulations)\b/i,
  ],
  ['may-apply', /\b(?:may|might|could)\s+(?:potentially\s+|well\s+)?(?:apply|transfer|be\s+(?:applicable|relevant))\b|\bpotentially\s+appl\w+|\bpossib(?:le|ility)\s+(?:that\s+)?(?:TUPE|the\s+Regulations|staff)/i],
  [
    'applies',
    /\b(?:will|shall)\s+apply\b|\b(?:is|are)\s+(?:likely|expected|anticipated)\s+to\s+apply\b|\blikely\s+to\s+apply\b|\bapplies\s+to\s+(?:this|the)\s+(?:contract|service|procurement)\b|\b(?:staff|employees)\s+(?:will|are\s+likely\s+to|are\s+expected\s+to)\s+transfer\b/i,
  ],
];

const AT_CALL_OFF = /\b(?:call[- ]offs?|further\s+competitions?|mini[- ]competitions?|Order\s+(?:Contracts?|Procedure)|Competition\s+Procedure|each\s+(?:order|buyer))\b/i;
const ELSEWHERE = /\b(?:see|in|at|refer\s+to|set\s+out\s+in|contained\s+in|read)\s+(?:the\s+)?(?:information\s+on\s+TUPE\s+in\s+)?(?:Attachment|Annex|Appendix|Schedule|Part|Document|Volume)\s+[\w.]+/i;

/** A form's answer to a TUPE question or label: "Yes", "No", "Not applicable", "Likely". */
const ANSWER_YES = /^\s*(?:yes|likely|applies|will\s+apply)\b/i;
const ANSWER_MAYBE = /^\s*(?:possibly|potentially|may\s+apply|possible|unknown|to\s+be\s+confirmed)\b/i;
const ANSWER_NO = /^\s*(?:no|none|n\/a|not\s+applicable|unlikely|does\s+not\s+apply)\b/i;
/**
 * "TUPE applies: No", "TUPE<TAB>Not applicable": the label (at most 80 characters before the first colon or tab,
 * trailing space dropped) and the value after it. A scan, not a pattern: the pattern with optional spaces on both
 * sides of the separator backtracks polynomially on long runs of white space.
 */
function labelled(text: string): [label: string, value: string] | null {
  let i = 0;
  while (i < text.length && text[i] !== ':' && text[i] !== '\t') i++;
  if (i === text.length) return null;
  const label = text.slice(0, i).trimEnd();
  const value = text.slice(i + 1);
  return label.length <= 80 && value.length > 0 ? [label, value] : null;
}

function answered(answer: string): TupeStance | null {
  if (ANSWER_NO.test(answer)) return 'does-not-apply';
  if (ANSWER_MAYBE.test(answer)) return 'may-apply';
  if (ANSWER_YES.test(answer)) return 'applies';
  return null;
}

/** The answer in a table row's other cells (the row text ends with the column header, which is not one). */
function rowAnswer(row: string): TupeStance | null {
  for (const cell of row.split(' | ').slice(0, -1)) {
    const value = answered(cell);
    if (value) return value;
  }
  return null;
}

/** A ticked box on a Word form: "TUPE applies ☒ Yes ☐ No", "[X] No". */
const TICKED = /(?:[☒☑✔✓]|\[\s*[xX✓✔]\s*\])\s*(yes|no)\b/i;

function stanceOf(s: Sentence): TupeStance {
  const ticked = TICKED.exec(`${s.text} | ${s.row}`);
  if (ticked) return ticked[1]!.toLowerCase() === 'yes' ? 'applies' : 'does-not-apply';
  // A question ("Is TUPE likely to apply?") says nothing by itself: its answer, in the row, does.
  if (/\?\s*$/.test(s.text)) return (s.row && rowAnswer(s.row)) || 'mentioned';
  const label = labelled(s.text);
  if (label && (TUPE_MENTION.test(label[0]) || TUPE_DEFINED.test(label[0]))) {
    const value = answered(label[1]);
    if (value) return value;
  }
  // A label cell ("TUPE") whose answer is in the next cell.
  if (s.block.kind === 'tableCell' && s.text.trim().length <= 40 && s.row) {
    const value = rowAnswer(s.row);
    if (value) return value;
  }
  for (const [stance, re] of STANCES) if (re.test(s.text)) return stance;
  return 'mentioned';
}

/** What a clause under a TUPE heading says without naming TUPE ("The Regulations may apply to this contract"). */
const UNDER_HEADING = /\b(?:the\s+Regulations|(?:they|these\s+regulations)\s+(?:may|will|are|do|does)|staff|employees|apply|transfer)\b/i;

/** Whether a block sits in a section whose heading (or a parent's) names TUPE or a staff transfer. */
export function underTupeHeading(doc: TenderDocument, sectionIndex: number): boolean {
  let known = headings.get(doc);
  if (!known) headings.set(doc, (known = new Map()));
  let under = known.get(sectionIndex);
  if (under === undefined) known.set(sectionIndex, (under = tupeHeading(doc, sectionIndex)));
  return under;
}

/** Per document, whether each section asked about sits under a TUPE heading. */
const headings = new WeakMap<TenderDocument, Map<number, boolean>>();

const STAFF_TRANSFER = /\bstaff\s+transfer|\btransfer\s+of\s+staff/i;

function tupeHeading(doc: TenderDocument, sectionIndex: number): boolean {
  for (let i: number | null = sectionIndex; i !== null && i >= 0; i = doc.sections[i]?.parent ?? null) {
    const section = doc.sections[i];
    if (!section) return false;
    // Remembered by title: a section's title is asked about on every check.
    if (testText(TUPE_MENTION, section.title) || testText(STAFF_TRANSFER, section.title)) return true;
  }
  return false;
}

export const TUPE_BIT = screen.group([TUPE_MENTION, TUPE_DEFINED]);
export const UNDER_HEADING_BIT = screen.group([UNDER_HEADING]);

/**
 * The TUPE statements of a block whose screen has `bits`, from its sentences (relative to the block); `under`:
 * the block sits in a section under a TUPE heading (asked only of blocks with `UNDER_HEADING_BIT` and no
 * `TUPE_BIT`, see `needsHeading`).
 */
export function tupeIn(block: TextBlock, bits: number, under: boolean, sentences: readonly Sentence[], out: TupeStatement[]): void {
  if ((bits & (TUPE_BIT | UNDER_HEADING_BIT)) === 0) return;
  // Wording under a heading only counts in a section under a TUPE heading.
  if ((bits & TUPE_BIT) === 0 && (block.kind === 'heading' || !under)) return;
  for (const s of sentences) tupeStatement(s, under, out);
}

/** Whether `tupeIn` reads whether a block with `bits` sits under a TUPE heading. */
export function needsHeading(block: TextBlock, bits: number): boolean {
  return (bits & (TUPE_BIT | UNDER_HEADING_BIT)) !== 0 && block.kind !== 'heading';
}

function tupeStatement(s: Sentence, under: boolean, out: TupeStatement[]): void {
  let hit = relativeMatch(s, TUPE_MENTION) ?? relativeMatch(s, TUPE_DEFINED);
  // A numbered clause under a "TUPE" heading that states a position without repeating the name.
  if (!hit && s.block.kind !== 'heading' && under && testText(UNDER_HEADING, s.text)) {
    const stance = stanceOf(s);
    if (stance !== 'mentioned') hit = relativeSignal(s, 0, s.text.length);
  }
  if (!hit) return;
  out.push({ ...hit, stance: stanceOf(s), atCallOff: testText(AT_CALL_OFF, s.text), elsewhere: testText(ELSEWHERE, s.text) });
}

// ---------------------------------------------------------------------------------------------------
// Workforce information
// ---------------------------------------------------------------------------------------------------

/** Wording that names information about the staff who may transfer. */
const WORKFORCE =
  /\b(?:employee\s+liability\s+information|(?:workforce|staffing|staff|employee|personnel|TUPE)\s+(?:information|data|details|list|schedule|profile|spreadsheet)|anonymi[sz]ed\s+(?:staff|employee|workforce)\s+(?:information|data|details|list)|(?:details|information|data)\s+(?:about|on|of|relating\s+to|regarding)\s+(?:the\s+)?(?:staff|employees|workforce|transferring\s+(?:staff|employees)|posts)|numbers?\s+of\s+(?:staff|employees|posts)\s+(?:who\s+)?(?:may|will|are\s+likely\s+to|currently)|Supplier\s+Staff\s+List)\b/i;

const ITEMS: ReadonlyArray<readonly [WorkforceItem, RegExp]> = [
  ['headcount', /\b(?:numbers?\s+of\s+(?:staff|employees|posts)|headcount|FTEs?|full[- ]time\s+equivalents?)\b/i],
  ['roles', /\b(?:roles?|job\s+titles?|grades?|posts?|positions?)\b/i],
  ['pay', /\b(?:pay|salar(?:y|ies)|wages?|remuneration|earnings|hourly\s+rates?)\b/i],
  ['terms', /\b(?:terms(?:\s+and\s+conditions)?|conditions\s+of\s+employment|contracts?\s+of\s+employment|hours|holiday|sick(?:ness)?\s+pay|notice\s+periods?|length\s+of\s+service|continuous\s+service)\b/i],
  ['pensions', /\bpensions?\b/i],
];

const TO_SUCCESSFUL =
  /\b(?:successful|preferred|winning|appointed|incoming)\s+(?:bidder|tenderer|supplier|provider|contractor|organisation|applicant)s?\b|\b(?:after|following|on|upon|at)\s+(?:the\s+)?(?:contract\s+)?award\b|\bonce\s+(?:the\s+)?contract\s+(?:is|has\s+been)\s+awarded\b|\bprior\s+to\s+(?:the\s+)?(?:transfer|service\s+commencement)\b/i;
const ON_REQUEST = /\b(?:can|may)\s+be\s+(?:requested|obtained)\b|\bon\s+request\b|\bupon\s+request\b|\bif\s+requested\b|\brequest\s+(?:it|them|this|a\s+copy)\b|\bdata\s+room\b/i;
const GIVEN =
  /\b(?:Annex|Appendix|Schedule|Attachment)\s+[\w.]+\s+(?:sets\s+out|contains|lists|gives|provides|shows)\b|\b(?:is|are|has\s+been|have\s+been|will\s+be)\s+(?:made\s+available|attached|enclosed|included|provided|set\s+out|available|published|issued|supplied|given|released|shared)\b|\b(?:attached|enclosed|appended)\b|\bsee\s+(?:Annex|Appendix|Schedule|Attachment)\b|\b(?:all|each|every)\s+(?:bidders?|tenderers?|potential\s+(?:providers?|suppliers?|bidders?))\b/i;
const WITHHELD = /\bnot\s+(?:be\s+)?(?:available|provided|supplied|disclosed|shared|released)\b|\bno\s+(?:employee|staff|workforce|TUPE)\s+(?:liability\s+)?(?:information|data)\b|\bunable\s+to\s+(?:provide|disclose|share)\b|\bcannot\s+(?:be\s+)?(?:provide|disclose|share)/i;

export const WORKFORCE_BIT = screen.group([WORKFORCE]);

/** The workforce information a sentence gives or promises, if any (relative to its block). */
export function workforceIn(s: Sentence, out: WorkforceInformation[]): void {
  {
    const hit = relativeMatch(s, WORKFORCE);
    if (!hit) return;
    const text = `${s.leadIn} ${s.text} ${s.row}`;
    const successful = TO_SUCCESSFUL.test(text);
    const onRequest = ON_REQUEST.test(text);
    const given = GIVEN.test(text);
    if (testText(WITHHELD, s.text) && !successful) return;
    // A sentence that only names the information ("TUPE information") without giving, promising or withholding it says nothing here.
    if (!successful && !onRequest && !given) return;
    const recipient: WorkforceRecipient = successful ? 'successful-bidder' : 'all-bidders';
    const timing: WorkforceTiming = successful ? 'after-award' : onRequest ? 'on-request' : 'with-tender';
    const items = ITEMS.filter(([, re]) => re.test(s.text)).map(([item]) => item);
    out.push({ ...hit, items, recipient, timing, origin: 'statement' });
  }
}

/** Column headers of a staffing table. */
const COLUMNS: ReadonlyArray<readonly [WorkforceItem, RegExp]> = [
  ['roles', /\b(?:role|job\s+title|post|position|grade|job)\b/i],
  ['pay', /\b(?:salary|pay|wage|hourly\s+rate|remuneration|earnings)\b/i],
  ['terms', /\b(?:hours|FTE|contract\s+type|contractual|start\s+date|continuous\s+service|length\s+of\s+service|holiday|notice)\b/i],
  ['pensions', /\bpension/i],
];

/** Staffing tables: a role column and pay, terms or pensions columns, with data under them. */
export function workforceTables(doc: TenderDocument): WorkforceInformation[] {
  const out: WorkforceInformation[] = [];
  for (const table of doc.tables) {
    const header = table.header.join(' | ');
    const items = COLUMNS.filter(([, re]) => re.test(header)).map(([item]) => item);
    // A role column and at least one of pay, terms or pensions, with a row of data under them.
    if (!items.includes('roles') || items.length < 2 || table.rows.length < 2) continue;
    const filled = table.rows.slice(1).some((row) => row.filter((c) => c.text.trim() !== '').length >= 2);
    if (!filled) continue;
    const first = table.rows[0]![0]!;
    const block = doc.blocks[first.block]!;
    const s = sentencesIn(doc, block)[0];
    const signal = s ? signalAt(doc, s, 0, s.text.length) : { text: first.text, block: block.id, range: first.range, sentence: first.text };
    out.push({ ...signal, items: ['headcount', ...items], recipient: 'all-bidders', timing: 'with-tender', origin: 'table' });
  }
  return out;
}
