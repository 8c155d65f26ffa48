/** The tender report: its model (built from a check's output) and its HTML/SVG renderer. */
export { buildReportModel, EVENT_LABELS, ruleOptions } from './model';
export { csp, renderCombinedPage, renderReportBody, renderReportPage, renderSummaryPage, type RenderOptions, type SummaryEntry } from './render';
export type * from './types';
