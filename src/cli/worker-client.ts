// The main thread's side of the worker: send a statement with the definitions, await the reply;
// on Ctrl-C terminate the worker mid-computation and put a fresh one in its place. A spare worker,
// started once the first has answered, has the library loaded already, so the statement after a
// Ctrl-C is answered at once rather than after the ~0.7 s a worker takes to load the library.

import { Worker } from 'node:worker_threads';
import type { PackedTree } from '../index.js';
import type { Request, Response } from './worker-protocol.js';

interface Definition {
  readonly version: number;
  readonly tree: PackedTree;
}

export class StatementRunner {
  /** Each defined name with its tree: the REPL's state, kept here so a new worker gets it. */
  readonly definitions = new Map<string, Definition>();
  share = false;
  private worker = this.spawn();
  private spare?: Worker;
  /** Versions the current worker has received. */
  private sent = new Set<number>();
  private nextId = 1;
  private nextVersion = 1;
  private pending?: { id: number; settle: (response: Response) => void };
  private closed = false;
  /** Workers that have loaded the library (they said so). */
  private readonly ready = new WeakSet<Worker>();
  /** Set when a worker could not even start (a broken install): then no new one is tried. */
  private broken?: string;

  /** The reply to a statement, or a reply with a problem when the worker was stopped or died. */
  run(statement: string): Promise<Response> {
    const id = this.nextId++;
    if (this.broken !== undefined) return Promise.resolve({ id, output: '', problem: { message: this.broken } });
    const definitions = [...this.definitions].map(([name, { version, tree }]) => ({
      name, version, ...(this.sent.has(version) ? {} : { tree }),
    }));
    for (const { version } of definitions) this.sent.add(version);
    const request: Request = { id, statement, share: this.share, definitions };
    return new Promise((settle) => {
      this.pending = { id, settle: (response) => this.settled(response, settle) };
      this.worker.postMessage(request);
    });
  }

  /** Stops the statement being computed (its reply says so) and starts a fresh worker. */
  interrupt(message = 'interrupted'): void {
    const pending = this.pending;
    void this.worker.terminate();
    if (this.broken === undefined) {
      this.worker = this.spare ?? this.spawn();
      this.spare = undefined;
      this.sent = new Set();
    }
    pending?.settle({ id: pending.id, output: '', problem: { message } });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([this.worker.terminate(), this.spare?.terminate()]);
  }

  private settled(response: Response, settle: (response: Response) => void): void {
    this.pending = undefined;
    if (response.defined !== undefined) {
      this.definitions.set(response.defined.name, { version: this.nextVersion++, tree: response.defined.tree });
    }
    for (const name of response.forgotten ?? []) this.definitions.delete(name);
    if (response.share !== undefined) this.share = response.share;
    if (this.spare === undefined && !this.closed && this.broken === undefined) this.spare = this.spawn();
    settle(response);
  }

  private spawn(): Worker {
    const worker = new Worker(new URL('./worker.js', import.meta.url));
    worker.on('message', (message: Response | 'ready') => {
      if (message === 'ready') this.ready.add(worker);
      else if (this.worker === worker && message.id === this.pending?.id) this.pending.settle(message);
    });
    // Out of memory, or a crash: the statement fails with a message and a fresh worker takes over.
    worker.on('error', (e) => this.failed(worker, e.message));
    worker.on('exit', (code) => this.failed(worker, `the worker thread stopped with exit code ${code}`));
    return worker;
  }

  private failed(worker: Worker, cause: string): void {
    if (this.spare === worker) this.spare = undefined;
    if (this.worker !== worker || this.closed) return;
    if (!this.ready.has(worker)) this.broken ??= `symdiff cannot start its worker thread: ${cause}`;
    this.interrupt(this.broken ?? `the computation failed: ${cause}`);
  }
}
