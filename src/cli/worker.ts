// The worker thread behind the terminal REPL: it runs one statement at a time, so the main thread
// stays free to hear Ctrl-C and can end a long computation by terminating this thread.

import { parentPort } from 'node:worker_threads';
import type { Expr } from '../index.js';
import { Session } from './session.js';
import { pack, unpack } from '../index.js';
import type { DefinitionRef, Request, Response } from './worker-protocol.js';

const session = new Session();
const trees = new Map<number, Expr>();

/** The session's definitions made exactly those of the request. */
function receive(definitions: readonly DefinitionRef[]): void {
  session.definitions.clear();
  const current = new Set<number>();
  for (const { name, version, tree } of definitions) {
    if (tree !== undefined) trees.set(version, unpack(tree));
    session.definitions.set(name, trees.get(version) as Expr);
    current.add(version);
  }
  for (const version of trees.keys()) if (!current.has(version)) trees.delete(version);
}

parentPort?.on('message', (request: Request) => {
  receive(request.definitions);
  session.share = request.share;
  const { defined, ...reply } = session.run(request.statement);
  const response: Response = { id: request.id, ...reply, ...(defined && { defined: { name: defined.name, tree: pack(defined.tree) } }) };
  parentPort?.postMessage(response);
});

// The library is loaded (this module's imports): the main thread may count on this worker.
parentPort?.postMessage('ready');
