/**
 * Pension facts: the public service pension schemes named (LGPS, NHS Pension Scheme, Civil Service, Teachers')
 * and the protection offered to staff who transfer (admitted body status, a broadly comparable scheme, New
 * Fair Deal, the Best Value Authorities Staff Transfers (Pensions) Direction 2007, continued membership).
 */
import { testText } from '../../model/memo';
import { relativeMatch, screen, type Sentence } from './text';
import type { PensionProtection, PensionProtectionKind, PensionScheme, PensionSchemeFact } from './types';

/** Each scheme by name (read case-insensitively) and by acronym (case-sensitively: "CSPs" are cloud service providers). */
export const SCHEMES: ReadonlyArray<readonly [PensionScheme, RegExp]> = [
  ['lgps', /\bLocal\s+Government\s+Pension\s+Scheme\b/i],
  ['lgps', /\bLGPS\b/],
  ['nhs', /\bNHS\s+Pension(?:s|\s+Scheme)\b/i],
  ['nhs', /\bNHSPS\b/],
  ['civil-service', /\b(?:Principal\s+)?Civil\s+Service\s+Pensions?(?:\s+Schemes?|\s+Arrangements)?\b/i],
  ['civil-service', /\bPCSPS\b/],
  ['teachers', /\bTeachers['’]?\s+Pensions?(?:\s+Scheme)?\b/i],
  ['other-public', /\bpublic\s+(?:service|sector)\s+pension\s+schemes?\b/i],
];

export const PROTECTION: ReadonlyArray<readonly [PensionProtectionKind, RegExp]> = [
  ['fair-deal', /\b(?:New\s+)?Fair\s+Deal\b/i],
  ['best-value-direction', /\bBest\s+Value\s+Authorities\s+Staff\s+Transfers\b|\bPensions\)?\s+Direction\s+2007\b/i],
  ['admitted-body', /\badmitted\s+bod(?:y|ies)\b|\badmission\s+(?:agreement|body|status)s?\b|\badmission\s+to\s+the\s+(?:Local\s+Government\s+Pension\s+Scheme|LGPS|Fund|Scheme)\b/i],
  ['broadly-comparable', /\bbroadly\s+comparable\b|\bcomparable\s+pension\b|\bGovernment\s+Actuary(?:['’]s\s+Department)?\b/i],
  [
    'continued-membership',
    /\b(?:continue|continued|continuing|retain|keep)\s+(?:\w+\s+){0,3}(?:access|membership|eligibility)\s+(?:to|of|in|for)\s+(?:the\s+)?(?:[\w']+\s+){0,5}(?:pension|scheme)/i,
  ],
  ['stated', /\bpension\s+protection\b|\bprotect(?:ed|ion\s+of)?\s+(?:their\s+|the\s+)?(?:accrued\s+)?pension/i],
];

/** A sentence that denies the protection ("no admitted body status will be offered") is no evidence of it. */
const DENIED = /\bno\s+(?:admitted|admission|pension\s+protection|broadly)\b|\bwill\s+not\s+(?:be\s+)?(?:offered|provided|available|required)\b|\bnot\s+(?:be\s+)?(?:offered|available)\b/i;

export const PENSIONS_BIT = screen.group([...SCHEMES, ...PROTECTION].map(([, re]) => re));

/** The schemes a sentence names and the protection it offers (relative to its block, see `relativeSignal`). */
export function pensionsIn(s: Sentence, schemes: PensionSchemeFact[], protection: PensionProtection[]): void {
  {
    const named = new Set<PensionScheme>();
    for (const [scheme, re] of SCHEMES) {
      if (named.has(scheme)) continue;
      const hit = relativeMatch(s, re);
      if (hit) {
        schemes.push({ ...hit, scheme });
        named.add(scheme);
      }
    }
    if (testText(DENIED, s.text)) return;
    for (const [kind, re] of PROTECTION) {
      const hit = relativeMatch(s, re);
      if (hit) {
        protection.push({ ...hit, kind });
        break;
      }
    }
  }
}
