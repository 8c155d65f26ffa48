/**
 * Presets. `recommended` runs every rule at its default severity and options. `vcs-friendly` asks for the
 * longer lead-in times and fuller information the voluntary-sector source papers call for. `strict` raises
 * every rule one step (information → warning → error) for template repositories that gate publication.
 */
import type { Rule, SeveritySetting } from '../engine/types';
import type { PresetName, RuleEntry } from './types';

const VCS_FRIENDLY: Record<string, RuleEntry> = {
  'consortium/lead-member': { severity: 'warning' },
  'consortium/sme-vcse-suitability': { severity: 'warning' },
  'lead-in/consortium-time': { options: { recommendedDays: 40, always: true } },
  'lead-in/tender-period': { options: { recommendedDays: 40 } },
  // Break clauses, short terms and security costs weigh on voluntary-sector providers most (seeds 000, 002, 004).
  'payment/one-way-break': { severity: 'warning' },
  'payment/security-costs': { severity: 'warning' },
  'payment/short-term': { severity: 'warning', options: { minMonths: 36 } },
  // For bid writers: outcomes over outputs (seed 004), no letter of intent without firm price and volume (seed 002
  // recommendations for providers 6), and a warning before an answer reaches its limit.
  'response/letter-of-intent': { severity: 'warning' },
  'response/outputs-only': { severity: 'warning' },
  'response/word-limit': { options: { nearLimitPercent: 5 } },
  'social-value/community-engagement': { options: { enabled: true } },
  // Irrecoverable VAT and grant-or-contract confusion fall on charities in particular (seed 002 Section 6).
  'tupe-vat/grant-or-contract': { severity: 'warning' },
  'tupe-vat/vat-exempt-bidders': { severity: 'warning' },
};

/** Options the strict preset sets beside raising severities. */
const STRICT_OPTIONS: Record<string, Record<string, unknown>> = {
  'social-value/missing': { required: true },
  'social-value/weight-minimum': { required: true },
};

const RAISE: Record<SeveritySetting, SeveritySetting> = { off: 'off', info: 'warning', warning: 'error', error: 'error' };

export function presetRules(name: PresetName, rules: readonly Rule[]): Record<string, RuleEntry> {
  switch (name) {
    case 'recommended':
      return {};
    case 'vcs-friendly':
      return VCS_FRIENDLY;
    case 'strict': {
      const out: Record<string, RuleEntry> = {};
      for (const rule of rules) {
        const options = STRICT_OPTIONS[rule.meta.id];
        out[rule.meta.id] = options ? { severity: RAISE[rule.meta.severity], options } : { severity: RAISE[rule.meta.severity] };
      }
      return out;
    }
  }
}

export const PRESET_DESCRIPTIONS: Record<PresetName, string> = {
  recommended: 'Every rule at its default severity and options (the default).',
  'vcs-friendly': 'Recommended, with the longer lead-in times and fuller information that voluntary-sector providers and consortia need (for example a 40-day recommended tender period, a check that community engagement is scored, consortium instructions and SME/VCSE suitability raised to warnings, one-way break clauses, short contracts (under three years) and undefined security costs raised to warnings, warnings when pricing instructions leave VAT-exempt charities guessing or the same funding is called both a grant and a contract, and for bid writers warnings on answers within 5% of their word limit, outcomes questions answered with outputs only and letters of intent without firm price and volume).',
  strict: 'Recommended, with every rule raised one step: information becomes warning, warning becomes error; social value is treated as required (at least 10%).',
};
