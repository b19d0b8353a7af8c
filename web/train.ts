// Gradient descent on the network's loss in slices of about `budget` ms, one slice per scheduled turn,
// so the page keeps painting the loss curve while it trains and a "stop" is heard between slices. The
// descent itself is the example's `train` (reverse-mode AD); this file only slices it up.

import type { Expr } from '../src/index.js';
import { neuralNetwork } from '../src/index.js';

const { train } = neuralNetwork;

/** Steps between two looks at the clock. */
const BATCH = 5;

export interface TrainOptions {
  readonly steps: number;
  readonly rate: number;
  /** Milliseconds of descent per scheduled turn (at least one step per turn). */
  readonly budget: number;
  /** Runs the next chunk later (requestAnimationFrame in the page, a plain call in tests). */
  readonly schedule: (next: () => void) => void;
  /** After each chunk: the parameters reached and the loss before every step so far. */
  readonly onProgress: (point: Record<string, number>, losses: readonly number[]) => void;
  readonly onDone?: () => void;
}

export interface Training {
  stop(): void;
}

export function startTraining(J: Expr, start: Record<string, number>, options: TrainOptions): Training {
  let point = start;
  const losses: number[] = [];
  let stopped = false;
  const turn = (): void => {
    if (stopped) return;
    const start = performance.now();
    do {
      const result = train(J, point, { steps: Math.min(BATCH, options.steps - losses.length), rate: options.rate });
      point = result.point;
      losses.push(...result.losses);
    } while (losses.length < options.steps && performance.now() - start < options.budget);
    options.onProgress(point, losses);
    if (losses.length < options.steps) options.schedule(turn);
    else options.onDone?.();
  };
  options.schedule(turn);
  return { stop: () => { stopped = true; } };
}
