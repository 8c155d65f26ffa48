/**
 * The `tenderlint/report` request: the tender report of a checked document, drawn by the same renderer as the
 * CLI's `tenderlint report` (`core/report`), from the findings, facts, settings and config the server holds.
 */
import { buildReportModel, renderReportPage } from '../core/report/index';
import { rules } from '../rules/index';
import type { Facts } from '../core/facts/types';
import type { CheckResult } from './checker';
import type { ReportParams, ReportResult } from './protocol';

const RULE_META = new Map(rules.map((r) => [r.meta.id, r.meta]));

/** The document's name as shown: the last part of its URI's path. */
export function nameOfUri(uri: string): string {
  const path = uri.replace(/[?#].*$/, '').split('/').pop() ?? uri;
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

export function reportOf(result: CheckResult & { facts: Facts }, params: ReportParams, text: string | null): ReportResult {
  const model = buildReportModel({
    name: nameOfUri(params.uri),
    facts: result.facts,
    settings: result.settings,
    findings: result.findings,
    rules: RULE_META,
    config: result.config.fileConfig,
    text,
  });
  return { html: renderReportPage(model, { mode: 'webview', nonce: params.nonce, cspSource: params.cspSource }) };
}
