/**
 * proportionality/or-equivalent — a named standard, accreditation or quality mark demanded without
 * "or equivalent".
 * Rationale: PA 2023 s.22(4)(c) and s.56 (qualifications and standards must allow equivalents); PCR 2015
 * regs 42(11), 43, 44 and 62; seed 000 Appendix 2 on proportionality; seed 002 Section 6 (Merlin Standard and
 * quality marks that small providers hold under other names).
 */
import { defineRule } from '../../core/engine/define';
import { checkPhrases } from '../../core/engine/phrases';

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
];

/** Wording that makes the sentence a demand rather than a description. */
const DEMAND = /\b(?:must|shall|required?|requires|requirement|mandatory|essential|need(?:s|ed)?\s+to|only\s+(?:accept|consider)|will\s+(?:not\s+be\s+considered|be\s+excluded)|pass\s*\/\s*fail)\b/i;
/** Wording that already admits equivalents anywhere in the sentence. */
const ALLOWS_EQUIVALENT = /\bor\s+(?:an?\s+)?(?:\w+\s+){0,2}(?:equivalent|equal|comparable)\b|\(\s*or\s+equivalent\s*\)|\bequivalent\s+(?:standards?|accreditations?|certifications?|schemes?|evidence|measures|qualifications?)\b/i;

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

The rule looks for a named standard in a sentence that demands it ("must hold", "is required", "essential") where nothing in the sentence admits an equivalent. The quick fix inserts " or equivalent" after the standard's name. Descriptions ("we hold ISO 9001") are not demands, and bid responses are not checked.`,
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
    checkPhrases(context, {
      messageId: 'missingEquivalent',
      phrases: NAMED_STANDARDS,
      sentenceMustMatch: DEMAND,
      sentenceMustNotMatch: ALLOWS_EQUIVALENT,
      unlessPrecededBy: /\bequivalent\s+(?:to\s+)?$/i,
      fix: () => ({ insertAfter: ' or equivalent' }),
    });
  },
});
