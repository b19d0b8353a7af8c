// Main-thread side: a lane is one worker thread per library that runs tasks one at a time, each under
// a time cap; a task past its cap has its worker terminated (the next task starts a fresh one).
import { Worker } from 'node:worker_threads';

const WORKER = new URL('./worker.mjs', import.meta.url);

export class Lane {
  #worker = null;
  #ready = null;
  #pending = null;
  #nextId = 0;

  constructor(library) {
    this.library = library;
  }

  /**
   * Runs `task(args)` exported by `moduleUrl` in this lane's worker. Resolves to
   * `{ result }`, `{ error: message }` or `{ timeout: true, capMs }`; never rejects.
   */
  async run(moduleUrl, task, args, capMs) {
    try {
      await this.#start();
    } catch (error) {
      return { error: `could not start the ${this.library} worker: ${error.message}` };
    }
    const id = this.#nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.#pending = null;
        this.#kill();
        resolve({ timeout: true, capMs });
      }, capMs);
      const settle = (outcome) => {
        clearTimeout(timer);
        this.#pending = null;
        resolve(outcome);
      };
      this.#pending = { id, settle };
      this.#worker.postMessage({ id, module: moduleUrl.href, task, args });
    });
  }

  /** Starts the worker and loads its library now (resolves when ready, or with the error). */
  async warm() {
    try {
      await this.#start();
    } catch {
      // reported by the first run()
    }
  }

  /** Ends the worker, so that the process can exit. */
  close() {
    this.#kill();
  }

  // The cap starts once the library is loaded: loading math.js takes about a second.
  #start() {
    if (this.#ready !== null) return this.#ready;
    const worker = new Worker(WORKER, { workerData: { library: this.library } });
    this.#worker = worker;
    this.#ready = new Promise((resolve, reject) => {
      const fail = (message) => {
        if (this.#worker !== worker) return; // a worker we already terminated
        this.#kill();
        if (this.#pending !== null) this.#pending.settle({ error: message });
        reject(new Error(message));
      };
      worker.on('message', (message) => {
        if (message.ready) resolve();
        else if (this.#worker === worker && this.#pending?.id === message.id) this.#pending.settle(message);
      });
      worker.on('error', (error) => fail(`worker crashed: ${error.message}`));
      worker.on('exit', (code) => fail(`worker exited with code ${code}`));
    });
    this.#ready.catch(() => {}); // a rejection is reported through run(), not as unhandled
    return this.#ready;
  }

  #kill() {
    if (this.#worker !== null) void this.#worker.terminate();
    this.#worker = null;
    this.#ready = null;
  }
}
