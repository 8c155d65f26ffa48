/**
 * proportionality/or-equivalent — a named standard, accreditation or quality mark demanded without
 * "or equivalent".
 * Rationale: PA 2023 s.22(4)(c) and s.56 (qualifications and standards must allow equivalents); PCR 2015
 * regs 42(11), 43, 44 and 62; seed 000 Appendix 2 on proportionality; seed 002 Section 6 (Merlin Standard and
 * quality marks that small providers hold under other names). The standards are kept as data in `NAMED_STANDARDS`.
 */
import { defineRule } from '../../core/engine/define';
import { findPhrases, type PhraseMatch } from '../../core/engine/phrases';
import type { RuleContext } from '../../core/engine/types';
import { blockOffsetToSource, blockRange } from '../../core/model/positions';
import type { TextBlock } from '../../core/model/types';
import { rowOf } from '../../core/facts/context';

/** Standards and accreditations, as data. */
export const NAMED_STANDARDS: readonly RegExp[] = [
  /\b(?:BS\s+EN\s+)?ISO(?:\/IEC)?\s*\d{4,5}(?:-\d+)?(?::\d{4})?(?![\d:])/g,
  /\bCyber\s+Essentials(?:\s+Plus)?\b/g,
  /\bCHAS\b/g,
  /\bSafeContractor\b/g,
  /\bConstructionline(?:\s+(?:Gold|Silver|Platinum))?\b/g,
  /\bInvestors\s+in\s+People\b/g,
  /\bPQASSO\b/g,
  /\bTrusted\s+Charity(?:\s+Mark)?\b/g,
  /\bmatrix\s+(?:Standard|accreditation|quality\s+standard)\b/gi,
  /\bQuality\s+Performance\s+Mark\b|\bQPM\b/g,
  /\bMerlin\s+Standard\b/g,
  /\bBS\s?(?!EN\b)\d{4,5}(?:-\d+)?(?::\d{4})?(?![\d:])/g,
  /\bSSIP\b/g,
  /\bAchilles(?:\s+UVDB)?\b/g,
  /\bCustomer\s+Service\s+Excellence\b/g,
  /\bAdvice\s+Quality\s+Standard\b/g,
  /\bApproved\s+Provider\s+Standard\b/g,
  /\bInvestors\s+in\s+Volunteers\b/g,
];

/**
 * Words just before a standard's name that show it is not what is demanded: a document's title ("DPS
 * Schedule 9 (Cyber Essentials)", "Call-Off Schedule 27 (Cyber Essentials Scheme)"), an alternative level of
 * the same scheme ("Cyber Essentials (or Cyber Essentials Plus)"), a question to the buyer ("outline whether
 * Cyber Essentials Plus is required"), a method aligned with a standard rather than a certificate, or a
 * standard the buyer accepts as equivalent.
 */
const NOT_DEMANDED_BEFORE =
  /\b(?:Schedule|Annex|Appendix|Attachment|Part|Clause|Section)\s+(?:\d[\w.]*|[A-Z])\s*\(\s*$|\(\s*or\s+$|\bwhether\s+(?:or\s+not\s+)?(?:the\s+|a\s+|an\s+)?$|\baligned\s+(?:with|to)\s+$|\bequivalent\s+(?:to\s+)?$/i;
/** Table columns that describe changes to documents (an amendments log), not requirements. */
const CHANGE_LOG_COLUMN = /\b(?:change|changes|amendments?|revisions?|updates?|version\s+history)\b/i;

/** Wording that makes the sentence a demand rather than a description. */
const DEMAND = /\b(?:must|shall|required?|requires|requirement|mandatory|essential|need(?:s|ed)?\s+to|only\s+(?:accept|consider)|will\s+(?:not\s+be\s+considered|be\s+excluded)|pass\s*\/\s*fail)\b/i;
/** Wording that already admits equivalents anywhere in the sentence. */
const ALLOWS_EQUIVALENT = /\bor\s+(?:an?\s+)?(?:\w+\s+){0,2}(?:equivalent|equal|comparable)\b|\(\s*or\s+equivalent\s*\)|\bequivalent\s+(?:standards?|accreditations?|certifications?|schemes?|evidence|measures|qualifications?)\b/i;

/**
 * A certificate asked for in a form: the standard is the object of "provide", "upload", "submit" or "attach"
 * ("Provide your ISO 9001 certification", "Upload a copy of your Cyber Essentials certificate").
 */
export const CERTIFICATE_ASKED =
  /\b(?:provide|upload|submit|attach|enclose|supply)\s+(?:(?:a|an)\s+)?(?:(?:valid|current|scanned)\s+)?(?:(?:cop(?:y|ies)|evidence|proof)\s+of\s+)?(?:(?:your|the|a|an)\s*)?(?:(?:valid|current)\s+)?$/i;
/** A requirement cell beside the standard's cell in a requirements table ("ISO 27001 | Mandatory"). */
export const REQUIREMENT_CELL = /^\s*(?:mandatory|required|essential|compulsory|certificate\s+required|certification\s+required|pass\s*\/\s*fail|yes\s*(?:[-–—(]\s*)?mandatory(?:\s*\))?)(?:\s*[.:])?\s*$/i;
/** A certificate asked for only where the bidder has one, or as one option among others. */
const ASKED_IF_HELD =
  /\bif\s+(?:you\s+)?(?:hold|have|held|applicable|available|any)\b|\bwhere\s+(?:held|applicable|available|relevant)\b|\(\s*if\s+(?:any|held|applicable)\s*\)|\boptional\b|\bsuch\s+as\b|\bfor\s+example\b|\be\.g\./i;

export default defineRule({
  id: 'proportionality/or-equivalent',
  description: 'A named standard or accreditation demanded without "or equivalent"',
  severity: 'warning',
  kinds: ['sq', 'itt', 'spec', 'contract'],
  regimes: 'all',
  messages: {
    missingEquivalent: '"{{phrase}}" is required without "or equivalent": accept equivalent standards and evidence, as PA 2023 s.22(4)(c) and s.56 require.',
  },
  options: { schema: { type: 'object', additionalProperties: false, properties: {} }, defaults: {} },
  fixable: true,
  explanation: `Demanding a particular certificate (ISO 9001, Cyber Essentials, CHAS, PQASSO…) shuts out organisations that meet the same standard another way: a small charity may hold a sector quality mark, or have documented processes that meet the standard without paying for certification. Both regimes require authorities to accept equivalents: the Procurement Act 2023 for qualifications and technical standards (s.22(4)(c), s.56), the Public Contracts Regulations 2015 for standards, labels and quality-assurance certificates (regs 42, 43, 44 and 62).

The rule looks for a named standard in a sentence that demands it ("must hold", "is required", "essential", "ISO 27001 (mandatory)") where nothing in the sentence admits an equivalent. In questionnaire forms it also reports a certificate asked for outright ("Provide your ISO 9001 certification", "Upload a copy of your Cyber Essentials certificate") and a standard marked mandatory in another cell of its table row; a certificate asked for only if held, or given as an example, is not reported. The quick fix inserts " or equivalent" after the standard's name. Descriptions ("we hold ISO 9001") are not demands, and bid responses are not checked. Nor are a standard named as the title of a schedule or annex ("DPS Schedule 9 (Cyber Essentials)"), a higher level of the same scheme offered as an alternative ("Cyber Essentials (or Cyber Essentials Plus)"), a question to the buyer ("outline whether Cyber Essentials Plus is required"), a method "aligned with" a standard, or the rows of a table that logs changes to the tender documents. A standard named twice in one sentence is reported once.`,
  sources: [
    { label: 'PA 2023 s.22(4)(c), s.56(3)–(8)', text: 'Conditions of participation and technical specifications must allow equivalent qualifications and standards.' },
    { label: 'PCR 2015 regs 42(11), 43(3), 44(2), 62', text: 'Standards, labels and certificates must be accepted "or equivalent".' },
    { label: 'Seed 000, Appendix 2', text: 'Proportionality of requirements placed on small organisations.' },
  ],
  examples: {
    invalid: [
      { title: 'A certificate demanded outright', text: '# Selection Questionnaire\n\nBidders must hold ISO 9001:2015 certification at the time of submission.\n' },
    ],
    valid: [
      { title: 'Equivalents accepted', text: '# Selection Questionnaire\n\nBidders must hold ISO 9001 or equivalent, or describe their quality management procedures.\n\nWe hold Cyber Essentials Plus and renew it each year.\n' },
    ],
  },
  check(context) {
    for (const match of demanded(context)) {
      const end = blockOffsetToSource(match.block, match.end - 1) + 1;
      context.report({
        messageId: 'missingEquivalent',
        data: { phrase: match.text },
        range: blockRange(context.doc, match.block, match.start, match.end),
        fix: { range: [end, end], text: ' or equivalent' },
      });
    }
  },
});

/** The standards demanded without equivalents: one finding per standard and sentence. */
function demanded(context: RuleContext): PhraseMatch[] {
  const stated = findPhrases(context, {
    messageId: 'missingEquivalent',
    phrases: NAMED_STANDARDS,
    sentenceMustMatch: DEMAND,
    sentenceMustNotMatch: ALLOWS_EQUIVALENT,
    unlessPrecededBy: NOT_DEMANDED_BEFORE,
  });
  // Form shapes: a certificate to provide, or a standard marked mandatory in another cell of its row.
  const inForms = findPhrases(context, {
    messageId: 'missingEquivalent',
    phrases: NAMED_STANDARDS,
    sentenceMustNotMatch: ALLOWS_EQUIVALENT,
    unlessPrecededBy: NOT_DEMANDED_BEFORE,
  }).filter((m) => !ASKED_IF_HELD.test(m.sentence) && (CERTIFICATE_ASKED.test(m.block.text.slice(Math.max(0, m.start - 80), m.start)) || markedMandatory(context, m.block)));
  const matches = [...stated, ...inForms].sort((a, b) => a.block.id - b.block.id || a.start - b.start);
  const seen = new Set<string>();
  return matches.filter((m) => {
    const b = m.block;
    if (b.kind === 'tableCell' && b.table !== undefined && CHANGE_LOG_COLUMN.test(context.doc.tables[b.table]?.header[b.column ?? -1] ?? '')) return false;
    const key = `${b.id}\u0000${m.sentence}\u0000${m.text.toLowerCase().replace(/\s+/g, ' ')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Whether another cell of the block's table row only says the standard is mandatory, and no cell admits equivalents. */
function markedMandatory(context: RuleContext, block: TextBlock): boolean {
  const row = rowOf(context.doc, block);
  if (!row) return false;
  const others = row.filter((c) => c.block !== block.id);
  return others.some((c) => REQUIREMENT_CELL.test(c.text)) && !others.some((c) => ALLOWS_EQUIVALENT.test(c.text));
}
