/**
 * The *Export findings as Word comments* command: for the DOCX in view (or picked in the explorer), asks where
 * to save the copy (beside the original by default) and has the server write it with a comment per finding.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Commands, DOCX_SCHEME, type WordCommentsParams, type WordCommentsResult } from '../server/protocol';

/** The .docx file a command applies to: the explorer's pick, else the DOCX text view or custom editor in front. */
function targetDocx(arg: unknown): vscode.Uri | null {
  const fromArg = arg instanceof vscode.Uri ? arg : null;
  const active = vscode.window.activeTextEditor?.document.uri;
  const tab = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  const fromTab = tab instanceof vscode.TabInputCustom ? tab.uri : null;
  for (const uri of [fromArg, active, fromTab]) {
    if (!uri) continue;
    if (uri.scheme === DOCX_SCHEME) return vscode.Uri.file(uri.path);
    if (uri.scheme === 'file' && uri.path.toLowerCase().endsWith('.docx')) return uri;
  }
  return null;
}

export async function exportWordComments(client: LanguageClient | null, arg?: unknown): Promise<void> {
  const file = targetDocx(arg);
  if (!file) {
    void vscode.window.showWarningMessage('tenderlint: open a Word document (.docx) first, then export its findings as comments.');
    return;
  }
  if (!client) return;
  const stem = file.path.replace(/^.*\//, '').replace(/\.docx$/i, '');
  const target = await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.joinPath(file, '..', `${stem} (tenderlint comments).docx`),
    filters: { 'Word document': ['docx'] },
    saveLabel: 'Save copy with comments',
  });
  if (!target) return;
  // The save dialog has already asked before replacing an existing file.
  const params: WordCommentsParams = { uri: file.toString(), output: target.fsPath, force: true };
  const result = await client.sendRequest<WordCommentsResult>('workspace/executeCommand', { command: Commands.writeWordComments, arguments: [params] });
  if (!result || 'error' in result) {
    void vscode.window.showErrorMessage(`tenderlint: ${result?.error ?? 'the copy with comments was not written.'}`);
    return;
  }
  const open = await vscode.window.showInformationMessage(
    `tenderlint: wrote ${result.written} with ${result.comments} comment${result.comments === 1 ? '' : 's'}.`,
    'Show in folder',
  );
  if (open) await vscode.commands.executeCommand('revealFileInOS', target);
}
