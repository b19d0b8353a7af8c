// Worker-thread side of a lane: load the lane's library, then run one task per message and reply.
import { parentPort, workerData } from 'node:worker_threads';
import { load } from './libraries.mjs';

await load(workerData.library);
parentPort.postMessage({ ready: true });

parentPort.on('message', async ({ id, module, task, args }) => {
  try {
    const tasks = await import(module);
    parentPort.postMessage({ id, result: await tasks[task](args) });
  } catch (error) {
    parentPort.postMessage({ id, error: describeError(error) });
  }
});

function describeError(error) {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
