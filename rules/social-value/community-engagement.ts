/**
 * social-value/community-engagement — no criterion scores community engagement, accountability to local
 * people or service-user involvement (voluntary-sector-friendly checks only).
 * Rationale: seed 000 §1.9 (commissioners should positively score community engagement and accountability);
 * PA 2023 s.23(6) (light-touch services: the views of service users and carers may be taken into account).
 */
import { defineRule } from '../../core/engine/define';
import { findPhrases } from '../../core/engine/phrases';
import { allCriteria, inEvaluationSection } from '../../core/facts/evaluation';

/** Wording that shows community engagement, accountability or service-user involvement is scored. */
export const COMMUNITY_ENGAGEMENT: readonly RegExp[] = [
  /\bcommunity\s+(?:engagement|involvement|participation|accountability|links|connections)\b/gi,
  /\bengag\w*\s+(?:with\s+)?(?:the\s+)?(?:local\s+)?(?:communit(?:y|ies)|residents|local\s+people|service\s+users)\b/gi,
  /\baccountab\w*\s+to\s+(?:local\s+people|the\s+(?:local\s+)?community|communities|service\s+users|residents)\b/gi,
  /\blocal\s+accountability\b/gi,
  /\b(?:service[-\s]users?|users?|residents|carers|patients)(?:'|’)?\s*(?:involvement|voice|engagement|participation|views|feedback|co-?production)\b/gi,
  /\binvolv\w*\s+(?:of\s+)?(?:service\s+users|people\s+who\s+use\s+(?:the\s+)?services?|residents|carers|local\s+people)\b/gi,
  /\b(?:people\s+who\s+use\s+(?:the\s+)?services?|service\s+users|residents|carers)\s+(?:will\s+be\s+|are\s+)?involved\b/gi,
  /\bco-?produc\w*\b/gi,
  /\blived\s+experience\b/gi,
];

export default defineRule({
  id: 'social-value/community-engagement',
  description: 'No criterion scores community engagement, accountability to local people or service-user involvement',
  severity: 'info',
  kinds: ['itt', 'spec'],
  regimes: 'all',
  messages: {
    missing:
      'No award criterion scores community engagement, accountability to local people or service-user involvement: consider a criterion that does (recommended by the source papers; for light-touch services PA 2023 s.23(6) allows service users\' views to count).',
  },
  options: {
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        enabled: {
          type: 'boolean',
          default: false,
          description: 'Run the check. Off by default because it is a voluntary-sector recommendation, not a legal duty; the vcs-friendly preset turns it on.',
        },
      },
    },
    defaults: { enabled: false },
  },
  fixable: false,
  explanation: `Local voluntary and community organisations are often chosen by the people they serve and answer to them: they involve service users in design, recruit volunteers locally and report back to the community. Award criteria that score only method statements and price give that no credit. The source papers ask commissioners to "positively score community engagement … and accountability" (seed 000 §1.9). For light-touch services the Procurement Act 2023 lets authorities take into account the views of service users and carers, their differing needs and the importance of proximity to them (s.23(6)).

This is a recommendation, not a legal duty, so the rule is information-level and runs only when asked: its \`enabled\` option is off by default and the \`vcs-friendly\` preset turns it on (in a config file: \`social-value/community-engagement: [info, { enabled: true }]\`). It reports once when the document has award criteria and neither the criteria nor the evaluation and social value sections mention community engagement, accountability to local people or residents, service-user involvement, co-production or lived experience.`,
  sources: [
    { label: 'Seed 000 §1.9', text: 'Commissioners should positively score community engagement and accountability.' },
    { label: 'PA 2023 s.23(6)', text: 'Light-touch services: service users\' and carers\' views, differing needs and proximity may be taken into account.' },
  ],
  examples: {
    invalid: [
      {
        title: 'Criteria that score only delivery and price',
        options: { enabled: true },
        text: '# Invitation to Tender\n\n## Evaluation criteria\n\n| Criterion | Weighting |\n| --- | --- |\n| Price | 40% |\n| Service delivery | 45% |\n| Social value | 15% |\n',
      },
    ],
    valid: [
      {
        title: 'Service-user involvement scored',
        options: { enabled: true },
        text: '# Invitation to Tender\n\n## Evaluation criteria\n\n| Criterion | Weighting |\n| --- | --- |\n| Price | 40% |\n| Service delivery | 35% |\n| Service user involvement and community engagement | 10% |\n| Social value | 15% |\n',
      },
    ],
  },
  check(context) {
    if (context.options['enabled'] !== true) return;
    const { evaluation } = context.facts;
    const tables = evaluation.filter((t) => t.criteria.length >= 2);
    if (tables.length === 0) return;
    const patterns = COMMUNITY_ENGAGEMENT.map((re) => new RegExp(re.source, 'i'));
    const names = tables.flatMap((t) => allCriteria(t.criteria).map((c) => c.name));
    if (names.some((n) => patterns.some((re) => re.test(n)))) return;
    const found = findPhrases(context, { messageId: 'missing', phrases: COMMUNITY_ENGAGEMENT }).filter((m) =>
      inEvaluationSection(context.doc, m.block.section) || /\b(?:social\s+value|community\s+benefits?)\b/i.test(context.doc.sections[m.block.section]?.title ?? ''),
    );
    if (found.length > 0) return;
    context.report({ messageId: 'missing', range: tables[0]!.range });
  },
});
