/**
 * Entry point of `tenderlint-language-server`. The transport comes from the command line: `--stdio`,
 * `--node-ipc` or `--socket=PORT` (vscode-languageserver reads it).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createServer } from './service';
import { setDocxLoader } from './docx';

if (process.argv.includes('--version')) {
  process.stdout.write('tenderlint-language-server\n');
  process.exit(0);
}
// Word files are read where documents are checked: in the check worker, which installs its own loader. This
// thread loads the DOCX reader (mammoth and the zip and XML readers) only if it checks documents itself.
setDocxLoader(async (path) => (await import('../host/documents')).readDocumentFile(path));
const connection = createConnection(ProposedFeatures.all);
// Checks run in the check worker bundled beside this file, where a check over its budget can be stopped.
const checkWorker = join(__dirname, 'check-worker.cjs');
createServer(connection, { checkWorker: existsSync(checkWorker) ? checkWorker : undefined });
