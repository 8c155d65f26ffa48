/**
 * Detects document settings from the title and wording, for documents that do not declare them in front
 * matter or config. Detection is conservative: when the signals disagree, the setting stays undetected.
 */
import type { TenderDocument } from '../model/types';
import type { DetectedSettings, DocKind, Nation, Procedure, Regime } from './types';
import { proseTexts, TextMemo } from '../model/memo';

const KIND_TITLES: Array<[DocKind, RegExp]> = [
  ['response', /\b(?:tender|bid|brief|supplier|our|quality|written)\s+(?:response|submission|proposal)s?\b|\bresponse\s+to\s+(?:the\s+)?(?:invitation|itt|tender|specification)|\bmethod\s+statements?\b/i],
  ['itt', /\binvitation\s+to\s+(?:tender|quote)\b|\bITT\b|\brequest\s+for\s+(?:quotations?|proposals?)\b|\bRF[QP]\b|\btender\s+(?:pack|documents?|instructions)\b/i],
  ['sq', /\b(?:selection|pre[- ]?qualification)\s+questionnaire\b|\bPQQ\b|\bSQ\b/i],
  ['spec', /\bspecification\b|\bstatement\s+of\s+(?:requirements?|work)\b|\bservice\s+requirements?\b|\bperformance\s+work\s+statement\b/i],
  ['contract', /\b(?:terms\s+and\s+conditions|conditions\s+of\s+contract|contract\s+(?:terms|clauses)|call[- ]off\s+(?:contract|terms)|(?:services?|framework|grant)\s+agreement|draft\s+contract)\b/i],
];

const REGIME_PATTERNS: Array<[Regime, RegExp]> = [
  ['pcsr2015', /Public\s+Contracts\s+\(Scotland\)\s+Regulations\s+2015|PCSR\s*2015/gi],
  ['pcr2015', /Public\s+Contracts\s+Regulations\s+2015(?!\s*\(Scotland)|\bPCR\s*2015\b/gi],
  ['pa2023', /Procurement\s+Act\s+2023|\bPA\s*2023\b/gi],
  ['below-threshold', /\bbelow[- ](?:the\s+)?(?:procurement\s+)?threshold\b/gi],
];

const PROCEDURE_PATTERNS: Array<[Procedure, RegExp]> = [
  ['open', /\bopen\s+(?:procedure|tender(?:ing)?\s+procedure)\b/gi],
  ['restricted', /\brestricted\s+procedure\b/gi],
  ['competitive-flexible', /\bcompetitive\s+flexible\s+procedure\b/gi],
  ['competitive-dialogue', /\bcompetitive\s+dialogue\b/gi],
  ['competitive-negotiation', /\bcompetitive\s+procedure\s+with\s+negotiation\b/gi],
  ['light-touch', /\blight[- ]touch\s+(?:regime|contract|procedure|services?)\b/gi],
  ['direct-award', /\bdirect\s+award\b/gi],
  ['call-off', /\b(?:call[- ]off\s+(?:procedure|competition)|further\s+competition|mini[- ]competition)\b/gi],
  ['dynamic-market', /\bdynamic\s+(?:market|purchasing\s+system)\b/gi],
  ['quotation', /\brequest\s+for\s+quotations?\b/gi],
];

/**
 * Nation: only wording that ties the procurement itself to Scotland or Northern Ireland counts (their
 * regulations, policy notes or central buyers), not a passing mention of the nations of the UK.
 */
const NATION_PATTERNS: Array<[Nation, RegExp]> = [
  ['scotland', /Public\s+Contracts\s+\(Scotland\)|Procurement\s+Reform\s+\(Scotland\)|\bSPPN\b|Scottish\s+Procurement\s+Policy\s+Note|Public\s+Contracts\s+Scotland\s+portal|\bScottish\s+Government\b/g],
  ['northern-ireland', /Northern\s+Ireland\s+(?:Public\s+)?Procurement\s+Policy|\bPPN\s+\d+\/\d+\s+\(NI\)|Construction\s+and\s+Procurement\s+Delivery|\beTendersNI\b|Department\s+of\s+Finance\s+\(?NI\)?/g],
];

/**
 * Jurisdiction: wording that ties a document to the United States federal system (its acquisition regulation,
 * agencies, officers, addresses and time zones) against wording that ties it to the United Kingdom. Only a
 * document with several US mentions and few UK ones is taken to be foreign.
 */
const US_PATTERN = /\bFederal\s+Acquisition\s+Regulations?\b|\bFAR\s+(?:\d|[Pp]art\b|[Ss]ubpart\b|[Cc]lause\b)|\bGeneral\s+Services\s+Administration\b|\bU\.S\.(?:C\.)?|\bUnited\s+States\b|\bContracting\s+Officer\b|\bEastern\s+(?:Standard\s+|Daylight\s+)?Time\b|\bWashington,?\s+D\.?C\b|\bSmall\s+Business\s+Administration\b/g;
const UK_PATTERN = /\bUnited\s+Kingdom\b|\bUK\b|\bProcurement\s+Act\s+2023\b|\bPublic\s+Contracts\s+(?:\(Scotland\)\s+)?Regulations\b|\bCrown\s+Commercial\s+Service\b|\bFind\s+a\s+Tender\b|\bContracts\s+Finder\b|\bCompanies\s+House\b|\bHMRC\b|\bVAT\b|£/g;
/** Least number of US mentions, and how many times the UK mentions they must outnumber. */
const FOREIGN_MIN = 3;
const FOREIGN_LEAD = 4;

function count(text: string, re: RegExp): number {
  re.lastIndex = 0;
  return text.match(re)?.length ?? 0;
}

/**
 * The pattern with the most matches, if it has at least `min` and at least `lead` times the matches of the
 * runner-up (so a document that discusses several procedures is left undetected).
 */
function strongest<T>(hits: ReadonlyMap<RegExp, number>, patterns: Array<[T, RegExp]>, min = 1, lead = 1): { value: T; hits: number } | null {
  const scored = patterns.map(([value, re]) => ({ value, hits: hits.get(re) ?? 0 })).sort((a, b) => b.hits - a.hits);
  const [best, second] = scored;
  if (!best || best.hits < min) return null;
  if (second && second.hits > 0 && (second.hits === best.hits || best.hits < lead * second.hits)) return null;
  return best;
}

/**
 * The bidder's voice: a document with no title that names its kind, written in the first person plural about
 * the work offered or done ("our team", "we delivered", "proud to submit") and hardly ever to "you" or about
 * "bidders", "the Authority shall", is a bid response. Buyers write "we" too ("we will evaluate"), but with
 * many instructions to bidders beside it, so the buyer's voice must be rare (at most one in ten of the "we").
 */
const WE_PATTERN = /\b(?:we|our|us)\b/gi;
const BIDDER_VOICE_PATTERN =
  /\b(?:we\s+(?:used|delivered|developed|built|designed|have\s+(?:delivered|run|worked|provided|supported|been)|will\s+(?:deliver|provide|ensure|work|recruit|match|use|support|report)|are\s+proud|propose|were)|our\s+(?:team|approach|organisation|company|staff|volunteers|prototype|solution|experience|service|clients|bid|response|proposal|methodology|project\s+plan)|proud\s+to\s+submit)\b/gi;
const BUYER_VOICE_PATTERN =
  /\b(?:you\s+(?:must|should|will\s+need|need\s+to|may)|your\s+(?:bid|tender|response|submission|organisation|application|proposal)|bidders?|tenderers?|the\s+(?:authority|buyer|council|commissioners?|contractor|supplier|(?:service\s+)?provider|offeror|quoter|contracting\s+(?:authority|officer)|successful\s+(?:bidder|provider|supplier|tenderer))\s+(?:shall|must|will|may|should)|suppliers?\s+(?:must|shall|should)|shall)\b/gi;
const VOICE_MIN_WE = 10;
const VOICE_MIN_BIDDER = 3;
const VOICE_LEAD = 10;

/** Every regime, procedure and nation pattern. */
const COUNTED: RegExp[] = [
  ...[...REGIME_PATTERNS, ...PROCEDURE_PATTERNS, ...NATION_PATTERNS].map(([, re]) => re),
  US_PATTERN,
  UK_PATTERN,
  WE_PATTERN,
  BIDDER_VOICE_PATTERN,
  BUYER_VOICE_PATTERN,
];

/** Shared by the blocks that mention none of the patterns (most of them). */
const NO_MENTIONS: readonly number[] = Object.freeze(COUNTED.map(() => 0));

/** Matches of each counted pattern in a block's text, remembered by text (most blocks outlive an edit). */
const blockMentions = new TextMemo<readonly number[]>((text) => {
  const counts = COUNTED.map((re) => count(text, re));
  return counts.some((n) => n > 0) ? counts : NO_MENTIONS;
});

/** Matches of each counted pattern in the document's prose (not code or HTML), summed block by block. */
function mentions(doc: TenderDocument): Map<RegExp, number> {
  const totals = COUNTED.map(() => 0);
  const counted = blockMentions.values(proseTexts(doc));
  doc.blocks.forEach((block, b) => {
    if (block.kind === 'code' || block.kind === 'html') return;
    const counts = counted[b]!;
    if (counts !== NO_MENTIONS) counts.forEach((n, i) => (totals[i]! += n));
  });
  return new Map(COUNTED.map((re, i) => [re, totals[i]!]));
}

export function documentTitle(doc: TenderDocument): string | null {
  const fmTitle = doc.frontMatter?.data?.['title'];
  if (typeof fmTitle === 'string' && fmTitle.trim()) return fmTitle.trim();
  const h1 = doc.blocks.find((b) => b.kind === 'heading' && b.depth === 1) ?? doc.blocks.find((b) => b.kind === 'heading');
  return h1 ? h1.text.trim() : null;
}

export function detectSettings(doc: TenderDocument): DetectedSettings {
  const detected: DetectedSettings = { evidence: {} };
  const title = documentTitle(doc);
  if (title) {
    for (const [kind, re] of KIND_TITLES) {
      if (re.test(title)) {
        detected.kind = kind;
        detected.evidence.kind = `title "${title}"`;
        break;
      }
    }
  }
  const hits = mentions(doc);
  if (!detected.kind) {
    const we = hits.get(WE_PATTERN) ?? 0;
    const bidder = hits.get(BIDDER_VOICE_PATTERN) ?? 0;
    const buyer = hits.get(BUYER_VOICE_PATTERN) ?? 0;
    if (we >= VOICE_MIN_WE && bidder >= VOICE_MIN_BIDDER && buyer * VOICE_LEAD <= we) {
      detected.kind = 'response';
      detected.evidence.kind = `written by the bidder: ${we} mention(s) of "we" or "our", ${bidder} of work offered or done, ${buyer} instruction(s) to bidders`;
    }
  }
  const regime = strongest(hits, REGIME_PATTERNS);
  if (regime) {
    detected.regime = regime.value;
    detected.evidence.regime = `${regime.hits} mention(s) of ${regime.value}`;
  }
  const procedure = strongest(hits, PROCEDURE_PATTERNS, 1, 2);
  if (procedure) {
    detected.procedure = procedure.value;
    detected.evidence.procedure = `${procedure.hits} mention(s) of the ${procedure.value} procedure`;
  }
  const nation = strongest(hits, NATION_PATTERNS);
  if (nation || detected.regime === 'pcsr2015') {
    detected.nation = nation?.value ?? 'scotland';
    detected.evidence.nation = nation ? `${nation.hits} mentions of ${nation.value}` : 'Scottish regulations';
  }
  const us = hits.get(US_PATTERN) ?? 0;
  const uk = hits.get(UK_PATTERN) ?? 0;
  if (!detected.nation && !detected.regime && us >= FOREIGN_MIN && us >= FOREIGN_LEAD * uk) {
    detected.foreignJurisdiction = 'united-states';
    detected.evidence.foreignJurisdiction = `${us} mention(s) of the United States federal system, ${uk} of the United Kingdom`;
  }
  return detected;
}
