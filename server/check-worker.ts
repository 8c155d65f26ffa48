/**
 * The check worker's entry (bundled as `dist/check-worker.cjs`): parses and checks documents for the language
 * server, one message at a time, keeping the parsed chunks of the documents checked last (server/check-runner.ts).
 */
import { parentPort } from 'node:worker_threads';
import { readDocumentFile } from '../host/documents';
import { Checker } from './checker';
import { SENT_TEXTS, execute, type FromWorker, type Job, type ToWorker } from './check-runner';
import { setDocxLoader } from './docx';
import { SentTexts, applySplices } from './text-delta';

setDocxLoader((path) => readDocumentFile(path));
const checker = new Checker();
const port = parentPort!;
/** The text last received per open document, as the main thread keeps what it last sent (server/text-delta.ts). */
const texts = new SentTexts<string>(SENT_TEXTS);

port.on('message', (msg: ToWorker) => {
  if ('forget' in msg) {
    texts.delete(msg.forget);
    checker.forget(msg.forget);
    return;
  }
  let job: Job = msg.job as Job;
  if ('splices' in msg) {
    const before = texts.get(msg.job.uri);
    const text = before === undefined || before.length !== msg.from ? null : applySplices(before, msg.splices);
    if (text === null || text.length !== msg.length) {
      port.postMessage({ id: msg.id, resend: true } satisfies FromWorker);
      return;
    }
    job = { ...msg.job, text };
  }
  // Kept for the checks the main thread records in its own `SentTexts` (those with an edit number), and only those.
  if (job.op === 'lint' && job.uri !== undefined && job.edits !== undefined) texts.set(job.uri, job.text);
  execute(checker, job).then(
    (value) => port.postMessage({ id: msg.id, value } satisfies FromWorker),
    (err: unknown) => port.postMessage({ id: msg.id, error: err instanceof Error ? (err.stack ?? err.message) : String(err) } satisfies FromWorker),
  );
});
port.postMessage({ ready: true } satisfies FromWorker);
