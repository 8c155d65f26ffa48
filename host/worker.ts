/** Worker-thread entry: checks the files it is given and posts each outcome back. */
import { parentPort, workerData } from 'node:worker_threads';
import { rules } from '../rules/index';
import { ConfigCache } from './config-files';
import { lintFile } from './lint-file';
import { toWire, type WorkerMessage, type WorkerRequest } from './run';

const request = workerData as WorkerRequest;
const configs = new ConfigCache(rules);
async function work(): Promise<void> {
  for (const [index, file] of request.files.entries()) {
    const outcome = await lintFile(file, { ...request.options, rules, configs });
    parentPort!.postMessage({ index, outcome: toWire(outcome) } satisfies WorkerMessage);
  }
  parentPort!.postMessage({ done: true } satisfies WorkerMessage);
}
work().catch((err: unknown) => {
  parentPort!.postMessage({ error: (err as Error).stack ?? String(err) } satisfies WorkerMessage);
});
