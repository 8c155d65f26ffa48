/**
 * The check worker's entry (bundled as `dist/check-worker.cjs`): parses and checks documents for the language
 * server, one message at a time, keeping the parsed chunks of the documents checked last (server/check-runner.ts).
 */
import { parentPort } from 'node:worker_threads';
import { readDocumentFile } from '../host/documents';
import { Checker } from './checker';
import { execute, type FromWorker, type ToWorker } from './check-runner';
import { setDocxLoader } from './docx';

setDocxLoader((path) => readDocumentFile(path));
const checker = new Checker();
const port = parentPort!;

port.on('message', (msg: ToWorker) => {
  if ('forget' in msg) {
    checker.forget(msg.forget);
    return;
  }
  execute(checker, msg.job).then(
    (value) => port.postMessage({ id: msg.id, value } satisfies FromWorker),
    (err: unknown) => port.postMessage({ id: msg.id, error: err instanceof Error ? (err.stack ?? err.message) : String(err) } satisfies FromWorker),
  );
});
port.postMessage({ ready: true } satisfies FromWorker);
