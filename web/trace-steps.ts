// The stepper over a reverse-mode trace of n distinct nodes (children before parents): steps 1…n are
// the forward pass (node i gets its value, in trace order), steps n+1…2n the backward pass (node i
// gets its adjoint, in reverse order, so every parent has passed its share down before a node is read).

export type Phase = 'start' | 'forward' | 'backward';

export interface StepView {
  readonly phase: Phase;
  /** The trace index the step just filled in, or null before the first step. */
  readonly current: number | null;
  /** Nodes 0 … valuesKnown-1 have their values. */
  readonly valuesKnown: number;
  /** Nodes adjointsFrom … n-1 have their adjoints (n when none has). */
  readonly adjointsFrom: number;
  readonly last: boolean;
}

/** The step clamped to 0 … 2n. */
export function clampStep(n: number, step: number): number {
  return Math.min(Math.max(0, Math.trunc(step)), 2 * n);
}

/** The step at which the forward pass is complete and the backward pass not begun. */
export function forwardDone(n: number): number {
  return n;
}

export function stepView(n: number, step: number): StepView {
  const s = clampStep(n, step);
  if (s <= n) {
    return { phase: s === 0 ? 'start' : 'forward', current: s === 0 ? null : s - 1, valuesKnown: s, adjointsFrom: n, last: s === 2 * n };
  }
  const from = 2 * n - s;
  return { phase: 'backward', current: from, valuesKnown: n, adjointsFrom: from, last: s === 2 * n };
}
