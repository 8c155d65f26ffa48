/**
 * SARIF 2.1.0 for GitHub code scanning and SARIF viewers. Artifact URIs are relative to the working directory
 * under the `%SRCROOT%` base id (what code scanning expects: a path from the repository root); a file outside
 * the working directory gets an absolute `file:` URI instead.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SarifBuilder, SarifResultBuilder, SarifRuleBuilder, SarifRunBuilder } from 'node-sarif-builder';
import type { ArtifactLocation, Fix as SarifFix, Location, Region, Result } from 'sarif';
import type { Finding, Fix, RuleMeta, Severity } from '../../core/engine/types';
import type { Range } from '../../core/model/types';
import type { FormatContext, Formatter } from '../../host/types';
import { effectiveSeverity, isReported, isSuppressed, sortFindings } from './json';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const HOMEPAGE = 'https://github.com/tenderlint/tenderlint';
export const SRCROOT = '%SRCROOT%';

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note' };

/** Percent-encodes a relative path for use as a URI reference (keeps `/`, encodes `%`, `#`, `?`, `:`, spaces…). */
function encodeRelativePath(relative: string): string {
  return relative
    .split('/')
    .map((segment) => encodeURI(segment).replace(/[#?:]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
}

/** The artifact location of a file: relative to `cwd` under `%SRCROOT%` when inside it, else an absolute URI. */
export function artifactLocation(filePath: string, cwd: string): ArtifactLocation {
  const absolute = path.resolve(cwd, filePath);
  const relative = path.relative(cwd, absolute);
  if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
    return { uri: pathToFileURL(absolute).href };
  }
  return { uri: encodeRelativePath(relative.split(path.sep).join('/')), uriBaseId: SRCROOT };
}

/** SARIF regions use the same 1-based lines and (UTF-16) columns as tenderlint; never 0. */
function region(range: Range): Region {
  return {
    startLine: Math.max(1, range.start.line),
    startColumn: Math.max(1, range.start.column),
    endLine: Math.max(1, range.end.line),
    endColumn: Math.max(1, range.end.column),
  };
}

function firstParagraph(markdown: string): string {
  return (
    markdown
      .split(/\r?\n[ \t]*\r?\n/)
      .map((p) => p.trim())
      .find((p) => p !== '') ?? ''
  );
}

function sarifFix(fix: Fix, location: ArtifactLocation, description?: string): SarifFix {
  const [start, end] = fix.range;
  return {
    ...(description !== undefined ? { description: { text: description } } : {}),
    artifactChanges: [
      {
        artifactLocation: { ...location },
        replacements: [{ deletedRegion: { charOffset: start, charLength: end - start }, insertedContent: { text: fix.text } }],
      },
    ],
  };
}

function ruleBuilder(ruleId: string, findings: Finding[], context: FormatContext): SarifRuleBuilder {
  const meta: RuleMeta | undefined = context.rules.get(ruleId);
  const builder = new SarifRuleBuilder();
  if (meta) {
    builder.initSimple({
      ruleId,
      shortDescriptionText: meta.description,
      fullDescriptionText: firstParagraph(meta.explanation) || meta.description,
      helpUri: context.docsUrl(ruleId),
    });
    if (meta.explanation.trim() !== '') builder.rule.help = { text: meta.explanation, markdown: meta.explanation };
    builder.rule.defaultConfiguration = { level: LEVEL[meta.severity] };
    builder.rule.properties = { tags: [meta.family] };
  } else {
    // Not a registered rule (an internal error, an unreadable file): describe it from its findings.
    const fatal = findings.some((f) => f.fatal);
    builder.initSimple({
      ruleId,
      shortDescriptionText: fatal ? 'tenderlint could not check the file (unreadable file or internal error).' : ruleId,
    });
    const severity = fatal ? 'error' : effectiveSeverity(findings[0]!);
    builder.rule.defaultConfiguration = { level: LEVEL[severity] };
    const family = findings[0]?.family;
    if (family) builder.rule.properties = { tags: [family] };
  }
  return builder;
}

function resultBuilder(finding: Finding, location: ArtifactLocation): SarifResultBuilder {
  const builder = new SarifResultBuilder().initSimple({
    level: LEVEL[effectiveSeverity(finding)],
    messageText: finding.message,
    ruleId: finding.ruleId,
  });
  builder.setLocationArtifactUri({ ...location });
  const result = builder.result;
  if (finding.docx) {
    // A Word document has no lines: the location is logical (paragraph, table cell), with the excerpt as its message.
    const docx = finding.docx;
    const parts = [`¶${docx.paragraph}`];
    if (docx.table !== undefined) parts.push(`table ${docx.table}`, `row ${docx.row ?? 1}`, `cell ${docx.cell ?? 1}`);
    if (docx.note !== undefined) parts.push(docx.note);
    result.locations = [
      {
        physicalLocation: { artifactLocation: { ...location } },
        logicalLocations: [{ name: parts[parts.length - 1]!, fullyQualifiedName: parts.join('/'), kind: docx.table !== undefined ? 'tableCell' : 'paragraph' }],
        ...(docx.excerpt ? { message: { text: docx.excerpt } } : {}),
      },
    ];
    result.properties = { ...(result.properties ?? {}), docxLocation: { ...docx } };
  } else {
    builder.setLocationRegion(region(finding.range));
  }

  if (finding.related && finding.related.length > 0 && !finding.docx) {
    result.relatedLocations = finding.related.map(
      (related, index): Location => ({
        id: index + 1,
        message: { text: related.message },
        physicalLocation: { artifactLocation: { ...location }, region: region(related.range) },
      }),
    );
  }
  const fixes: SarifFix[] = [];
  if (finding.fix) fixes.push(sarifFix(finding.fix, location));
  for (const suggestion of finding.suggestions ?? []) fixes.push(sarifFix(suggestion.fix, location, suggestion.desc));
  // Fixes edit text offsets, which a Word document does not have: none are offered for it.
  if (fixes.length > 0 && !finding.docx) result.fixes = fixes;

  if (isSuppressed(finding)) {
    result.suppressions = (finding.suppressions ?? []).map((s) => ({
      kind: 'inSource' as const,
      ...(s.justification !== '' ? { justification: s.justification } : {}),
    }));
  }
  return builder;
}

export const sarif: Formatter = (results, context) => {
  const run = new SarifRunBuilder().initSimple({
    toolDriverName: 'tenderlint',
    toolDriverVersion: context.version,
    url: HOMEPAGE,
  });
  run.run.columnKind = 'utf16CodeUnits';
  const root = pathToFileURL(path.resolve(context.cwd)).href;
  run.run.originalUriBaseIds = { [SRCROOT]: { uri: root.endsWith('/') ? root : `${root}/` } };
  run.run.artifacts = [];

  const byRule = new Map<string, Finding[]>();
  const pending: Array<{ finding: Finding; location: ArtifactLocation }> = [];
  for (const file of results) {
    const findings = sortFindings(file.findings).filter((f) => isReported(f, context));
    if (findings.length === 0) continue;
    const location = artifactLocation(file.filePath, context.cwd);
    const ext = path.extname(file.filePath).toLowerCase();
    run.run.artifacts.push({
      location: { ...location },
      ...(ext === '.md' || ext === '.markdown' ? { sourceLanguage: 'markdown' } : {}),
      ...(ext === '.docx' ? { mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } : {}),
    });
    for (const finding of findings) {
      pending.push({ finding, location });
      const list = byRule.get(finding.ruleId);
      if (list) list.push(finding);
      else byRule.set(finding.ruleId, [finding]);
    }
  }

  // Rules first (sorted by id); the builder then fills in each result's ruleIndex and artifact index.
  for (const ruleId of [...byRule.keys()].sort()) run.addRule(ruleBuilder(ruleId, byRule.get(ruleId)!, context));
  for (const { finding, location } of pending) run.addResult(resultBuilder(finding, location));

  const builder = new SarifBuilder({ $schema: SARIF_SCHEMA, version: '2.1.0' });
  builder.addRun(run);
  return JSON.stringify(builder.buildSarifOutput(), null, 2);
};
