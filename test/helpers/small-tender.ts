/**
 * A short invitation to tender for the language server's checker tests: a timetable table, a selection demand,
 * any further sections given, and payment terms (numbered in order), so that each check finds a few things.
 */
export interface SmallTender {
  title?: string;
  turnover?: string;
  /** A line after the turnover demand in the selection section. */
  selection?: string;
  /** Sections between selection and payment: [title, body]. */
  sections?: ReadonlyArray<readonly [string, string]>;
}

export function smallTender({ title = 'Invitation to tender', turnover = '£2,000,000', selection, sections = [] }: SmallTender = {}): string {
  const middle = sections.map(([heading, body], i) => `## ${i + 3}. ${heading}\n\n${body}\n\n`).join('');
  return `# ${title}

## 1. Timetable

| Event | Date |
| --- | --- |
| Clarification questions close | 10 July 2026 |
| Tender submission deadline | 12:00 on 31 August 2026 |

## 2. Selection

Bidders must have an annual turnover of at least ${turnover} and must provide three years of audited accounts.
${selection ? `${selection}\n` : ''}
${middle}## ${sections.length + 3}. Payment

Invoices will be paid within 60 days of receipt.
`;
}
