// Training in slices gives the very descent the example runs in one go, and stops when asked.

import { describe, expect, it } from 'vitest';
import { neuralNetwork } from '../../src/index.js';

const { dataset, initialParameters, loss, train } = neuralNetwork;
import { startTraining } from '../../web/train.js';

/** A scheduler the test drives by hand: each turn runs when `run` is called. */
function manual() {
  const queue: (() => void)[] = [];
  return { schedule: (next: () => void) => { queue.push(next); }, run: () => { while (queue.length > 0) queue.shift()?.(); } };
}

describe('startTraining', () => {
  const J = loss(2, dataset());
  const start = initialParameters(2);

  it('reaches the same parameters and losses as one call of the example`s train', () => {
    const whole = train(J, start, { steps: 40, rate: 0.05 });
    const clock = manual();
    const progress: number[] = [];
    let reached: Record<string, number> = {};
    let done = false;
    startTraining(J, start, {
      steps: 40, rate: 0.05, budget: 0, schedule: clock.schedule,
      onProgress: (point, losses) => { reached = point; progress.push(losses.length); },
      onDone: () => { done = true; },
    });
    clock.run();
    expect({ reached, done, slices: progress }).toEqual({ reached: whole.point, done: true, slices: [5, 10, 15, 20, 25, 30, 35, 40] });
    expect(whole.losses[39]).toBeLessThan(whole.losses[0] as number);
  });

  it('runs no more slices once stopped', () => {
    const clock = manual();
    let slices = 0;
    const training = startTraining(J, start, {
      steps: 1000, rate: 0.05, budget: 0, schedule: clock.schedule, onProgress: () => { slices++; if (slices === 2) training.stop(); },
    });
    clock.run();
    expect(slices).toBe(2);
  });
});
