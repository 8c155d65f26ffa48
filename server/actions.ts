/**
 * Code actions for findings: the rule's fix (preferred) and suggestions as quick fixes, "fix all",
 * "disable for this line / file" (inserting the inline comment with a reason placeholder) and "show
 * documentation". Every edit is a versioned document change, so a client refuses it once the text has moved on.
 */
import {
  CodeActionKind,
  type CodeAction,
  type Diagnostic,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Fix } from '../core/engine/types';
import { docsUrl } from '../core/engine/docs-url';
import type { CheckResult, DocumentOutline } from './checker';
import { sameFinding } from './convert';
import { Commands } from './protocol';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.tenderlint`;

export function fixToEdit(doc: TextDocument, fix: Fix): TextEdit {
  return { range: { start: doc.positionAt(fix.range[0]), end: doc.positionAt(fix.range[1]) }, newText: fix.text };
}

export function versionedEdit(doc: TextDocument, edits: TextEdit[]): WorkspaceEdit {
  return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] };
}

export interface ActionOptions {
  /** The VS Code extension is the client: its local commands may be used. */
  vscodeExtension: boolean;
  /** Kinds the client asked for (`context.only`). */
  only?: string[];
  /** Whether edits can be applied to this document (false for the DOCX text view). */
  editable: boolean;
}

function wants(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(k + '.'));
}

export function codeActions(
  doc: TextDocument,
  result: CheckResult,
  diagnostics: Diagnostic[],
  fixedText: () => string,
  options: ActionOptions,
): CodeAction[] {
  const actions: CodeAction[] = [];
  const findings = result.findings.filter((f) => !f.suppressions);
  const seenRules = new Set<string>();

  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== 'tenderlint') continue;
    const finding = findings.find((f) => sameFinding(diagnostic, f));
    if (!finding) continue;
    if (options.editable && wants(options.only, CodeActionKind.QuickFix)) {
      if (finding.fix) {
        actions.push({
          title: `Fix: ${describeFix(finding)}`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: true,
          edit: versionedEdit(doc, [fixToEdit(doc, finding.fix)]),
        });
      }
      for (const s of finding.suggestions ?? []) {
        actions.push({ title: s.desc, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: versionedEdit(doc, [fixToEdit(doc, s.fix)]) });
      }
      if (!finding.fatal && !finding.ruleId.startsWith('tenderlint/')) {
        const line = disableForLine(doc, result, finding, options);
        if (line) actions.push({ ...line, diagnostics: [diagnostic] });
        if (!seenRules.has(finding.ruleId)) actions.push({ ...disableForFile(doc, result, finding.ruleId, options), diagnostics: [diagnostic] });
      }
    }
    if (!seenRules.has(finding.ruleId) && options.vscodeExtension && !finding.ruleId.startsWith('tenderlint/') && wants(options.only, CodeActionKind.QuickFix)) {
      actions.push({
        title: `Show documentation for ${finding.ruleId}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title: 'Show documentation', command: Commands.openRuleDocs, arguments: [{ ruleId: finding.ruleId, href: docsUrl(finding.ruleId) }] },
      });
    }
    seenRules.add(finding.ruleId);
  }

  if (options.editable && findings.some((f) => f.fix) && (wants(options.only, FIX_ALL_KIND) || wants(options.only, CodeActionKind.QuickFix))) {
    // On save the client asks for source.fixAll; in the light bulb it is offered as a quick fix.
    const kind = options.only?.some((k) => k.startsWith(CodeActionKind.Source)) ? FIX_ALL_KIND : CodeActionKind.QuickFix;
    const output = fixedText();
    if (output !== doc.getText()) {
      actions.push({
        title: 'Fix all tenderlint problems',
        kind,
        edit: versionedEdit(doc, [{ range: { start: doc.positionAt(0), end: doc.positionAt(doc.getText().length) }, newText: output }]),
      });
    }
  }
  return actions;
}

function describeFix(finding: Finding): string {
  const fix = finding.fix!;
  if (fix.range[0] === fix.range[1]) return `insert "${shortened(fix.text.trim())}"`;
  return fix.text ? `replace with "${shortened(fix.text.trim())}"` : 'remove';
}

/** A long insertion (a standard clause) named by its opening words, so the quick-fix menu stays readable. */
function shortened(text: string, max = 60): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trimEnd()}…`;
}

/** Adds the client command that selects the "reason" placeholder, where the VS Code extension can run it. */
function withReasonSelection(action: CodeAction, doc: TextDocument, offset: number, inserted: string, options: ActionOptions): CodeAction {
  if (!options.vscodeExtension) return action;
  const at = inserted.indexOf('reason');
  if (at < 0) return action;
  // The selection is computed against the text after the edit: lines before the insertion point do not move.
  const before = doc.getText().slice(0, offset) + inserted.slice(0, at);
  const line = before.split('\n').length - 1;
  const character = before.length - (before.lastIndexOf('\n') + 1);
  action.command = {
    title: 'Select the reason',
    command: Commands.selectReason,
    arguments: [{ uri: doc.uri, line, start: character, end: character + 'reason'.length }],
  };
  return action;
}

/** The first block (HTML aside) whose range holds `offset`: its table's first and last line when it is a table cell. */
export function tableLinesAt(outline: DocumentOutline, offset: number): { start: number; end: number } | null {
  const b = outline.blocks;
  for (let i = 0; i < b.length; i += 3) {
    if (b[i]! <= offset && offset <= b[i + 1]!) {
      const table = b[i + 2]!;
      return table < 0 ? null : { start: outline.tables[table * 2]!, end: outline.tables[table * 2 + 1]! };
    }
  }
  return null;
}

function disableForLine(doc: TextDocument, result: CheckResult, finding: Finding, options: ActionOptions): CodeAction | null {
  const fmEnd = result.doc.frontMatterEnd;
  if (fmEnd !== null && finding.range.start.offset < fmEnd) return null;
  const title = `Disable ${finding.ruleId} for this line`;
  const table = tableLinesAt(result.doc, finding.range.start.offset);
  if (table) {
    // A comment line inside a table would end it: wrap the whole table instead.
    const start = doc.offsetAt({ line: table.start - 1, character: 0 });
    const endLine = table.end - 1;
    const end = doc.offsetAt({ line: endLine, character: Number.MAX_SAFE_INTEGER });
    const open = `<!-- tenderlint-disable ${finding.ruleId} -- reason -->\n\n`;
    const close = `\n\n<!-- tenderlint-enable ${finding.ruleId} -->`;
    const action: CodeAction = {
      title: `Disable ${finding.ruleId} for this table`,
      kind: CodeActionKind.QuickFix,
      edit: versionedEdit(doc, [
        { range: { start: doc.positionAt(start), end: doc.positionAt(start) }, newText: open },
        { range: { start: doc.positionAt(end), end: doc.positionAt(end) }, newText: close },
      ]),
    };
    return withReasonSelection(action, doc, start, open, options);
  }
  // An inline comment at the end of the finding's first line stays invisible when the Markdown is rendered.
  const lineEnd = doc.offsetAt({ line: finding.range.start.line - 1, character: Number.MAX_SAFE_INTEGER });
  const lineText = doc.getText().slice(doc.offsetAt({ line: finding.range.start.line - 1, character: 0 }), lineEnd);
  const trimmedEnd = lineEnd - (lineText.length - lineText.trimEnd().length);
  const inserted = ` <!-- tenderlint-disable-line ${finding.ruleId} -- reason -->`;
  const action: CodeAction = {
    title,
    kind: CodeActionKind.QuickFix,
    edit: versionedEdit(doc, [{ range: { start: doc.positionAt(trimmedEnd), end: doc.positionAt(trimmedEnd) }, newText: inserted }]),
  };
  return withReasonSelection(action, doc, trimmedEnd, inserted, options);
}

function disableForFile(doc: TextDocument, result: CheckResult, ruleId: string, options: ActionOptions): CodeAction {
  const fmEnd = result.doc.frontMatterEnd;
  const offset = fmEnd ?? 0;
  const inserted = fmEnd !== null ? `\n\n<!-- tenderlint-disable-file ${ruleId} -- reason -->` : `<!-- tenderlint-disable-file ${ruleId} -- reason -->\n\n`;
  const action: CodeAction = {
    title: `Disable ${ruleId} for this file`,
    kind: CodeActionKind.QuickFix,
    edit: versionedEdit(doc, [{ range: { start: doc.positionAt(offset), end: doc.positionAt(offset) }, newText: inserted }]),
  };
  return withReasonSelection(action, doc, offset, inserted, options);
}
