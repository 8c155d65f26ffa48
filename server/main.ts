/**
 * Entry point of `tenderlint-language-server`. The transport comes from the command line: `--stdio`,
 * `--node-ipc` or `--socket=PORT` (vscode-languageserver reads it).
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createServer } from './service';

if (process.argv.includes('--version')) {
  process.stdout.write('tenderlint-language-server\n');
  process.exit(0);
}
const connection = createConnection(ProposedFeatures.all);
createServer(connection);
