/**
 * Worker-thread entry: takes files from the main thread's queue (a few ahead of the one in hand), checks them one
 * after another and posts each outcome back; it stops when told there is nothing left.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { rules } from '../rules/index';
import { ConfigCache } from './config-files';
import { lintFile } from './lint-file';
import { toWire, type WorkerMessage, type WorkerRequest, type WorkerTask } from './run';

const request = workerData as WorkerRequest;
const configs = new ConfigCache(rules);
const port = parentPort!;
const queue: WorkerTask[] = [];
let busy = false;

async function drain(): Promise<void> {
  busy = true;
  while (queue.length) {
    const task = queue.shift()!;
    if ('stop' in task) {
      port.close();
      return;
    }
    try {
      port.postMessage({ started: task.index } satisfies WorkerMessage);
      const outcome = await lintFile(task.file, { ...request.options, rules, configs });
      port.postMessage({ index: task.index, outcome: toWire(outcome) } satisfies WorkerMessage);
    } catch (err) {
      port.postMessage({ error: (err as Error).stack ?? String(err) } satisfies WorkerMessage);
    }
  }
  busy = false;
}

port.on('message', (task: WorkerTask) => {
  queue.push(task);
  if (!busy) void drain();
});
port.postMessage({ ready: true } satisfies WorkerMessage);
