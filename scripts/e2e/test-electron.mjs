// Runs the extension-host test module (test/e2e/ext-host/index.cjs) under @vscode/test-electron, which
// downloads a VS Code build: for machines that can reach Microsoft's download servers. On machines that
// cannot, `npm run test:e2e` runs the same module inside code-server instead.
import { runTests } from '@vscode/test-electron';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ws = mkdtempSync(join(tmpdir(), 'tenderlint-electron-'));
copyFileSync(join(ROOT, 'examples', 'itt-community-wellbeing.md'), join(ws, 'itt-community-wellbeing.md'));
await runTests({
  extensionDevelopmentPath: ROOT,
  extensionTestsPath: join(ROOT, 'test', 'e2e', 'ext-host', 'index.cjs'),
  launchArgs: [ws, '--disable-extensions', '--disable-workspace-trust'],
});
