/**
 * The engine: parse once, extract facts once, run every enabled rule that applies to the document's kind and
 * regime, turn reports into findings, apply inline directives. No I/O happens here.
 */
import { parseMarkdown } from '../model/markdown';
import type { DocumentFormat, Range, TenderDocument } from '../model/types';
import { rangeFromOffsets } from '../model/positions';
import { docxLocationOf } from '../model/docx-location';
import { extractFacts } from '../facts/extract';
import type { Facts } from '../facts/types';
import { frontMatterSettings, isTemplate, resolveSettings } from '../config/settings';
import type { FileConfig } from '../config/types';
import { applyDirectives, parseDirectives } from './directives';
import { applyFixes, fixesOf, mergeFixes } from './fixes';
import { timed, type PhaseTimer } from './timing';
import type { Finding, Fix, ReportDescriptor, ResolvedSettings, Rule, RuleContext, Severity } from './types';

export interface LintOutput {
  doc: TenderDocument;
  facts: Facts;
  settings: ResolvedSettings;
  /** Findings in document order, suppressed ones included (they carry `suppressions`). */
  findings: Finding[];
}

/** The pseudo-rule under which problems with the document's own settings are reported. */
export const SETTINGS_RULE_ID = 'tenderlint/settings';

export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(data, key) ? String(data[key]) : whole,
  );
}

export function lintText(
  text: string,
  path: string,
  config: FileConfig,
  rules: readonly Rule[],
  format: DocumentFormat = 'markdown',
  timer?: PhaseTimer,
): LintOutput {
  return lintDocument(timed(timer, 'parse', () => parseMarkdown(text, path, format)), config, rules, timer);
}

/** Checks a parsed document; with a `timer`, fact steps and each rule are timed (`facts/…`, `rules/<id>`). */
export function lintDocument(doc: TenderDocument, config: FileConfig, rules: readonly Rule[], timer?: PhaseTimer): LintOutput {
  const front = frontMatterSettings(doc.frontMatter);
  const facts = extractFacts(doc, timer, { template: isTemplate(front.settings, config.settings) });
  const settings = resolveSettings(front.settings, config.settings, facts.detected);
  const findings: Finding[] = [];

  for (const problem of front.problems) {
    findings.push({
      ruleId: SETTINGS_RULE_ID,
      family: 'tenderlint',
      messageId: 'frontMatter',
      severity: 'warning',
      message: problem,
      range: doc.frontMatter!.range,
    });
  }

  for (const rule of rules) {
    const ruleConfig = config.rules[rule.meta.id];
    const severity = ruleConfig?.severity ?? rule.meta.severity;
    if (severity === 'off' || !applies(rule, settings)) continue;
    const options = ruleConfig?.options ?? rule.meta.options.defaults;
    timed(timer, `rules/${rule.meta.id}`, () => runRule(rule, severity, options, doc, facts, settings, findings));
  }

  timed(timer, 'directives', () => applyDirectives(findings, parseDirectives(doc.comments)));
  if (doc.format === 'docx') {
    for (const f of findings) {
      const location = f.fatal ? undefined : docxLocationOf(doc, f.range);
      if (location) f.docx = location;
    }
  }
  findings.sort(
    (a, b) => a.range.start.offset - b.range.start.offset || a.range.end.offset - b.range.end.offset || a.ruleId.localeCompare(b.ruleId),
  );
  return { doc, facts, settings, findings };
}

function applies(rule: Rule, settings: ResolvedSettings): boolean {
  const { kinds, regimes } = rule.meta;
  if (kinds !== 'all' && settings.kind !== 'mixed' && !kinds.includes(settings.kind)) return false;
  if (regimes !== 'all' && !regimes.includes(settings.regime)) return false;
  return true;
}

function runRule(
  rule: Rule,
  severity: Severity,
  options: Record<string, unknown>,
  doc: TenderDocument,
  facts: Facts,
  settings: ResolvedSettings,
  findings: Finding[],
): void {
  const { meta } = rule;
  const produced: Finding[] = [];
  const context: RuleContext = {
    doc,
    facts,
    settings,
    options: { ...meta.options.defaults, ...options },
    id: meta.id,
    report(descriptor: ReportDescriptor) {
      produced.push(toFinding(rule, severity, doc, descriptor));
    },
  };
  try {
    rule.check(context);
    findings.push(...produced);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    findings.push({
      ruleId: meta.id,
      family: meta.family,
      messageId: 'internalError',
      severity: 'error',
      message: `Internal error in rule ${meta.id}: ${message}. The other rules still ran; please report this with the document.`,
      range: rangeFromOffsets(doc, 0, 0),
      fatal: true,
    });
  }
}

function toFinding(rule: Rule, severity: Severity, doc: TenderDocument, d: ReportDescriptor): Finding {
  const { meta } = rule;
  const template = meta.messages[d.messageId];
  if (template === undefined) {
    throw new Error(`reported unknown messageId "${d.messageId}" (known: ${Object.keys(meta.messages).join(', ')})`);
  }
  const range: Range | undefined = d.range ?? d.block?.range;
  if (!range) throw new Error('report() needs a block or a range');
  const finding: Finding = {
    ruleId: meta.id,
    family: meta.family,
    messageId: d.messageId,
    severity: d.severity && severity === meta.severity ? d.severity : severity,
    message: formatMessage(template, d.data),
    range,
  };
  if (d.fix) {
    if (!meta.fixable) throw new Error('reported a fix but the rule is not declared fixable');
    const fixes = Array.isArray(d.fix) ? d.fix : [d.fix];
    for (const f of fixes) checkFixRange(f, doc);
    if (fixes.length) finding.fix = fixes.length === 1 ? fixes[0]! : mergeFixes(doc.text, fixes);
  }
  if (d.suggestions?.length) {
    if (!meta.hasSuggestions) throw new Error('reported suggestions but the rule does not declare hasSuggestions');
    for (const s of d.suggestions) checkFixRange(s.fix, doc);
    finding.suggestions = d.suggestions;
  }
  if (d.related?.length) finding.related = d.related;
  if (d.facts?.length) finding.facts = d.facts;
  return finding;
}

function checkFixRange(fix: Fix, doc: TenderDocument): void {
  const [start, end] = fix.range;
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= doc.text.length)) {
    throw new Error(`fix range [${start}, ${end}] is outside the document`);
  }
}

export interface FixOutput {
  output: string;
  /** Number of fixes applied over all passes. */
  fixCount: number;
  /** The lint of the final text. */
  result: LintOutput;
}

/** Lints and applies fixes repeatedly (at most `maxPasses` times) until no fixable finding remains. */
export function fixText(
  text: string,
  path: string,
  config: FileConfig,
  rules: readonly Rule[],
  maxPasses = 10,
  timer?: PhaseTimer,
): FixOutput {
  let current = text;
  let fixCount = 0;
  let result = lintText(current, path, config, rules, 'markdown', timer);
  for (let pass = 0; pass < maxPasses; pass++) {
    const fixes = fixesOf(result.findings);
    if (fixes.length === 0) break;
    const { output, applied } = applyFixes(current, fixes);
    if (applied.length === 0 || output === current) break;
    fixCount += applied.length;
    current = output;
    result = lintText(current, path, config, rules, 'markdown', timer);
  }
  return { output: current, fixCount, result };
}
