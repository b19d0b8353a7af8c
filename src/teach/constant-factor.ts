// The catch-all `constant-factor`: is the answer k times the right derivative, for a constant k ≠ 1?

import type { Expr } from '../ast/expr.js';
import { div, mul, toExpr } from '../ast/smart.js';
import { freeVariables } from '../ast/variables.js';
import { evaluate } from '../evaluate/evaluate.js';
import { agree } from './agreement.js';
import { equivalent } from './equivalent.js';
import type { Settings } from './options.js';
import { testPoints } from './points.js';
import { probeOf } from './probe.js';

const ATTEMPTS = 200;

/** k when `answer` ≡ k·`expected` with k ≠ 0 and k ≠ 1: exact when it is a simple fraction. */
export function constantFactor(answer: Expr, expected: Expr, settings: Settings): Expr | undefined {
  const k = ratioSomewhere(answer, expected, settings);
  if (k === undefined || k === 0 || agree(k, 1, settings)) return undefined;
  const fraction = simpleFraction(k, settings);
  const factor = fraction === undefined ? toExpr(k) : div(fraction[0], fraction[1]);
  const candidate = mul(factor, expected);
  const same = probeOf(answer, expected, settings)(candidate) && equivalent(answer, candidate, settings).verdict === 'equivalent';
  return same ? factor : undefined;
}

function ratioSomewhere(answer: Expr, expected: Expr, settings: Settings): number | undefined {
  let tried = 0;
  for (const { point } of testPoints(freeVariables(answer, expected), settings.seed)) {
    if (tried++ >= ATTEMPTS) return undefined;
    const a = evaluate(answer, point);
    const b = evaluate(expected, point);
    if (Number.isFinite(a) && Number.isFinite(b) && Math.abs(b) > settings.zeroLevel) {
      const k = a / b;
      return Number.isFinite(k) ? k : undefined;
    }
  }
  return undefined;
}

/** p/q with q ≤ 24 equal to k at the tolerance: 2, -1, 1/2 (k as typed in a message). */
function simpleFraction(k: number, settings: Settings): [number, number] | undefined {
  for (let q = 1; q <= 24; q++) {
    const p = Math.round(k * q);
    if (p !== 0 && agree(p / q, k, settings)) return [p, q];
  }
  return undefined;
}
