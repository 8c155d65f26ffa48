// Runs inside a real VS Code extension host (code-server's extensionTestsPath, or @vscode/test-electron):
// opens an example tender, waits for tenderlint's diagnostics through the API, and checks them.
// With TENDERLINT_E2E_RESULT set, the outcome is also written there as JSON for the driving test.
const vscode = require('vscode');
const path = require('node:path');
const fs = require('node:fs');

async function waitForDiagnostics(uri, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'tenderlint');
    if (found.length) return found;
    if (Date.now() > deadline) throw new Error(`no tenderlint diagnostics for ${uri.toString()} after ${timeoutMs} ms`);
    await new Promise((resolve) => {
      const sub = vscode.languages.onDidChangeDiagnostics(() => {
        sub.dispose();
        resolve();
      });
      setTimeout(() => {
        sub.dispose();
        resolve();
      }, 500);
    });
  }
}

async function check() {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  if (!folder) throw new Error('no workspace folder open');
  const file = path.join(folder, 'itt-community-wellbeing.md');
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  await vscode.window.showTextDocument(doc);
  const diagnostics = await waitForDiagnostics(doc.uri, 60000);
  const codes = diagnostics.map((d) => `${d.range.start.line + 1}:${typeof d.code === 'object' ? d.code.value : d.code}`);
  for (const expected of ['26:drafting/placeholder', '31:proportionality/or-equivalent', '24:lead-in/tender-period']) {
    if (!codes.includes(expected)) throw new Error(`expected ${expected} among ${codes.join(', ')}`);
  }
  const href = diagnostics.find((d) => typeof d.code === 'object')?.code.target.toString() ?? '';
  if (!href.includes('docs/rules/')) throw new Error(`diagnostic has no documentation link (${href})`);
  const extension = vscode.extensions.getExtension('tenderlint.tenderlint');
  if (!extension?.isActive) throw new Error('the tenderlint extension is not active');
  return { ok: true, codes };
}

exports.run = async function run() {
  const out = process.env.TENDERLINT_E2E_RESULT;
  try {
    const result = await check();
    if (out) fs.writeFileSync(out, JSON.stringify(result));
  } catch (err) {
    if (out) fs.writeFileSync(out, JSON.stringify({ ok: false, error: String(err && err.stack || err) }));
    throw err;
  }
};
