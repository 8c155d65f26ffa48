/**
 * The server's commands (`workspace/executeCommand`): check the workspace, fix all, set a document setting in
 * front matter, and write a Word document's findings as comments into a copy.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { WorkDoneProgressReporter } from 'vscode-languageserver';
import { parse as parseYaml } from 'yaml';
import { DOC_KINDS, NATIONS, PROCEDURES, REGIMES } from '../core/facts/types';
import { versionedEdit } from './actions';
import type { ServerContext } from './context';
import { isDocxUri } from './docx';
import { Commands, type WordCommentsParams, type WordCommentsResult } from './protocol';
import { checkWorkspace } from './workspace';

export async function executeCommand(ctx: ServerContext, command: string, args: unknown[], workDone: WorkDoneProgressReporter | undefined): Promise<unknown> {
  switch (command) {
    case Commands.checkWorkspace:
      return checkWorkspace(ctx, workDone);
    case Commands.fixAll: {
      const { uri } = (args[0] ?? {}) as { uri?: string };
      const doc = uri ? ctx.documents.get(uri) : undefined;
      const result = uri ? ctx.currentResult(uri) : null;
      if (!doc || !result || isDocxUri(doc.uri)) return null;
      const output = await ctx.fixedText(doc, result, await ctx.settingsFor(doc.uri));
      if (output === null || output === doc.getText()) return null;
      return ctx.connection.workspace.applyEdit(
        versionedEdit(doc, [{ range: { start: doc.positionAt(0), end: doc.positionAt(doc.getText().length) }, newText: output }]),
      );
    }
    case Commands.setDocumentSetting: {
      const { uri, key, value } = (args[0] ?? {}) as { uri?: string; key?: string; value?: string };
      const doc = uri ? ctx.documents.get(uri) : undefined;
      if (!doc || !key || !value || isDocxUri(doc.uri)) return null;
      const edit = frontMatterEdit(doc, key, value);
      return edit ? ctx.connection.workspace.applyEdit(versionedEdit(doc, [edit])) : null;
    }
    case Commands.writeWordComments:
      return writeWordComments(ctx, (args[0] ?? {}) as Partial<WordCommentsParams>);
    default:
      return null;
  }
}

/** Writes a copy of a DOCX with the findings the editor shows for it as Word comments (in the check worker). */
async function writeWordComments(ctx: ServerContext, params: Partial<WordCommentsParams>): Promise<WordCommentsResult> {
  if (!params.uri || !params.output) return { error: 'tenderlint: no Word document or output file given.' };
  const path = ctx.pathOf(params.uri);
  if (!path || !path.toLowerCase().endsWith('.docx')) return { error: `${params.uri}: not a Word document (.docx).` };
  const settings = await ctx.settingsFor(params.uri);
  const config = ctx.checker.configFor(path, settings);
  const outcome = await ctx.runner.run({ op: 'annotate', path, fileConfig: config.fileConfig, output: params.output, force: !!params.force }, { budgetMs: settings.maxCheckSeconds * 4000 });
  if ('value' in outcome) return outcome.value;
  return { error: `${path}: the copy with comments was not written (${'abandoned' in outcome ? 'over the time or memory limit' : 'cancelled'}).` };
}

const ALLOWED_SETTINGS: Record<string, readonly string[]> = { kind: DOC_KINDS, regime: REGIMES, procedure: PROCEDURES, nation: NATIONS };

/** The edit that sets `tenderlint.<key>: <value>` in the document's front matter (creating it if needed). */
export function frontMatterEdit(doc: TextDocument, key: string, value: string) {
  if (!ALLOWED_SETTINGS[key]?.includes(value)) return null;
  const text = doc.getText();
  const fm = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!fm) {
    return { range: { start: doc.positionAt(0), end: doc.positionAt(0) }, newText: `---\ntenderlint:\n  ${key}: ${value}\n---\n\n` };
  }
  let data: Record<string, unknown>;
  try {
    data = (parseYaml(fm[1]!) as Record<string, unknown>) ?? {};
  } catch {
    return null;
  }
  const lines = fm[1]!.split(/\r?\n/);
  const blockStart = lines.findIndex((l) => /^tenderlint:\s*$/.test(l));
  if (blockStart < 0 || typeof data['tenderlint'] !== 'object') {
    const insertAt = fm[0].length - fm[0].replace(/^---\r?\n[\s\S]*?\r?\n/, '').length;
    return { range: { start: doc.positionAt(insertAt), end: doc.positionAt(insertAt) }, newText: `tenderlint:\n  ${key}: ${value}\n` };
  }
  // Replace the key inside the block, or add it as the block's first entry.
  const baseOffset = 4; // "---\n"
  let offset = baseOffset;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (i > blockStart && !/^\s/.test(line)) break;
    if (i > blockStart && new RegExp(`^\\s+${key}:`).test(line)) {
      return { range: { start: doc.positionAt(offset), end: doc.positionAt(offset + line.length) }, newText: `  ${key}: ${value}` };
    }
    offset += line.length + 1;
  }
  const afterBlockLine = baseOffset + lines.slice(0, blockStart + 1).reduce((s, l) => s + l.length + 1, 0);
  return { range: { start: doc.positionAt(afterBlockLine), end: doc.positionAt(afterBlockLine) }, newText: `  ${key}: ${value}\n` };
}
