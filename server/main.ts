/**
 * Entry point of `tenderlint-language-server`. The transport comes from the command line: `--stdio`,
 * `--node-ipc` or `--socket=PORT` (vscode-languageserver reads it).
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createServer } from './service';
import { setDocxLoader } from './docx';
import { readDocumentFile } from '../host/documents';

if (process.argv.includes('--version')) {
  process.stdout.write('tenderlint-language-server\n');
  process.exit(0);
}
setDocxLoader((path) => readDocumentFile(path));
const connection = createConnection(ProposedFeatures.all);
createServer(connection);
