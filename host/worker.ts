/**
 * Worker-thread entry: takes one file at a time from the main thread's queue, checks it and posts the outcome
 * back; it stops when told there is nothing left.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { rules } from '../rules/index';
import { ConfigCache } from './config-files';
import { lintFile } from './lint-file';
import { toWire, type WorkerMessage, type WorkerRequest, type WorkerTask } from './run';

const request = workerData as WorkerRequest;
const configs = new ConfigCache(rules);
const port = parentPort!;

port.on('message', (task: WorkerTask) => {
  if ('stop' in task) {
    port.close();
    return;
  }
  lintFile(task.file, { ...request.options, rules, configs })
    .then((outcome) => port.postMessage({ index: task.index, outcome: toWire(outcome) } satisfies WorkerMessage))
    .catch((err: unknown) => port.postMessage({ error: (err as Error).stack ?? String(err) } satisfies WorkerMessage));
});
port.postMessage({ ready: true } satisfies WorkerMessage);
