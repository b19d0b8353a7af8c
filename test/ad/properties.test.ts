// Cross-checks between independent methods on random trees: forward mode (dual numbers) against
// reverse mode (tape), the generated gradient code against the tape, the trace against the gradient,
// and central differences against both.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compileGradient, directionalDerivative, evaluate, finiteDifference, reverseModeTrace, valueAndGrad, type Expr,
} from '../../src/index.js';
import { freeVariables } from '../../src/ast/variables.js';
import { partials } from '../../src/ad/partials.js';
import { buildTape } from '../../src/ad/tape.js';
import { gradientFunction } from '../../src/ad/gradient-code.js';
import { arbExpr, arbRawExpr, arbSharedExpr } from '../arbitraries.js';
import { arbModerateExpr } from './moderate-trees.js';
import { defaultStep } from '../../src/numeric/schemes.js';

const VARIABLES = ['x', 'y'] as const;
/** In [-3, 3], 0 or at least 1e-3 away from it: a denormal x makes x/x's partials ±1.8e308. */
const coordinate = fc.oneof(
  fc.constant(0),
  fc.tuple(fc.boolean(), fc.double({ min: 1e-3, max: 3, noNaN: true })).map(([minus, v]) => (minus ? -v : v)),
);
const point = fc.record({ x: coordinate, y: coordinate });

/**
 * Where the two modes must agree to 1e-12: moderate values, and a moderate condition (the sum of the
 * absolute values of all the products of partials that reach a node). Both modes sum the same products
 * along paths, but in a different order, so with huge or cancelling contributions (a point of 5e-324,
 * log(y, y) near y = 1) the rounding of one order is not the other's: 1/v - 1/v is NaN when 1/v
 * overflows, while (1 - 1)/v is 0. Constants are not judged: the exponent of x^3 at x < 0 has a NaN
 * partial that reaches no variable.
 */
function tame(e: Expr, p: Record<string, number>): boolean {
  const tape = buildTape(e);
  const { nodes } = reverseModeTrace(e, p);
  const values = nodes.map((n) => n.value);
  const condition = new Float64Array(nodes.length);
  condition[nodes.length - 1] = 1;
  for (let i = nodes.length - 1; i >= 0; i--) {
    const kids = tape.kids[i] as number[];
    const local = partials(tape.nodes[i] as Expr, kids.map((k) => values[k] as number), values[i] as number);
    kids.forEach((k, j) => { condition[k] = (condition[k] as number) + (condition[i] as number) * Math.abs(local[j] as number); });
  }
  return nodes.every((n, i) => Math.abs(n.value) <= 1e6 && (freeVariables(n.expr).length === 0 || (condition[i] as number) <= 1e3));
}

/** Within 1e-12·(1 + |a| + |b|); NaN agrees with NaN and an infinity with itself. */
function agree(a: number, b: number): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
  if (a === b) return true;
  return Math.abs(a - b) <= 1e-12 * (1 + Math.abs(a) + Math.abs(b));
}

/** A random tree and a point where it is finite, and tame (see above). */
const finiteCase = (tree: fc.Arbitrary<Expr>) =>
  fc.tuple(tree, point).filter(([e, p]) => Number.isFinite(evaluate(e, p)) && tame(e, p));

const forwardGradient = (e: Expr, p: Record<string, number>) =>
  Object.fromEntries(VARIABLES.map((v) => [v, directionalDerivative(e, p, { [v]: 1 }).derivative]));

describe('forward and reverse mode agree', () => {
  it.each([
    ['trees over moderate numbers, every operator and function', arbModerateExpr(4)],
    ['builder trees', arbExpr()],
    ['raw trees (n-ary sums and products, negative numbers)', arbRawExpr()],
    ['DAGs sharing subtrees', arbSharedExpr()],
  ])('on %s', (_, tree) => {
    fc.assert(fc.property(finiteCase(tree), ([e, p]) => {
      const forward = forwardGradient(e, p);
      const reverse = valueAndGrad(e, p);
      expect(reverse.value).toBe(evaluate(e, p));
      for (const v of VARIABLES) {
        expect(agree(forward[v] as number, reverse.gradient[v] as number), `∂/∂${v}: ${forward[v]} vs ${reverse.gradient[v]}`).toBe(true);
      }
    }), { seed: 42, numRuns: 400 });
  });
});

describe('the compiled tiers compute what the interpreter does', () => {
  it('valueAndGrad from the second call on, and compileGradient', () => {
    fc.assert(fc.property(finiteCase(fc.oneof(arbModerateExpr(4), arbRawExpr())), ([e, p]) => {
      const interpreted = valueAndGrad(e, p); // the first call on this tree
      const compiled = valueAndGrad(e, p);
      const generated = compileGradient(e, [...VARIABLES])(p.x, p.y);
      expect(agree(compiled.value, interpreted.value) && agree(generated.value, interpreted.value)).toBe(true);
      VARIABLES.forEach((v, i) => {
        const want = interpreted.gradient[v] as number;
        expect(agree(compiled.gradient[v] as number, want), `valueAndGrad ∂/∂${v}: ${compiled.gradient[v]} vs ${want}`).toBe(true);
        expect(agree(generated.gradient[i] as number, want), `compileGradient ∂/∂${v}: ${generated.gradient[i]} vs ${want}`).toBe(true);
      });
    }), { seed: 42, numRuns: 300 });
  });
});

describe('generated code cut into chunks (how long code is built, so that V8 optimizes it)', () => {
  it('computes, to the bit, what the same code as one function does', () => {
    const names = [...VARIABLES];
    const anywhere = fc.record({ x: fc.double(), y: fc.double() });
    fc.assert(fc.property(fc.oneof(arbRawExpr(), arbSharedExpr()), anywhere, (e, p) => {
      const tape = buildTape(e);
      const whole = gradientFunction(tape, names, { above: Infinity, size: 1 })(p.x, p.y);
      const expected = { value: whole.value, gradient: [...whole.gradient] };
      const cut = gradientFunction(tape, names, { above: 0, size: 3 })(p.x, p.y);
      expect(cut.value).toBe(expected.value); // toBe is Object.is: NaN equals NaN, -0 is not 0
      expect([...cut.gradient]).toStrictEqual(expected.gradient);
    }), { seed: 42, numRuns: 300 });
  });
});

describe('the trace', () => {
  it("carries the gradient on its variable entries, the value on its last, each node's children before it", () => {
    fc.assert(fc.property(finiteCase(arbSharedExpr()), ([e, p]) => {
      const trace = reverseModeTrace(e, p);
      const last = trace.nodes[trace.nodes.length - 1];
      expect(last?.adjoint).toBe(1);
      expect(last?.value).toBe(trace.value);
      for (const { expr, adjoint } of trace.nodes) {
        if (expr.kind === 'var') expect(adjoint).toBe(trace.gradient[expr.name]);
      }
      const names = trace.nodes.filter((n) => n.expr.kind === 'var').map((n) => (n.expr as { name: string }).name);
      expect(new Set(names).size).toBe(names.length);
    }), { seed: 42, numRuns: 200 });
  });
});

describe('central differences agree loosely with AD', () => {
  it('wherever they converge', () => {
    fc.assert(fc.property(fc.tuple(arbModerateExpr(3), point), ([e, p]) => {
      const { value, gradient } = valueAndGrad(e, p);
      fc.pre(Number.isFinite(value));
      for (const v of VARIABLES) {
        const estimate = finiteDifference(e, p, v);
        const halved = finiteDifference(e, p, v, { h: defaultStep('central', p[v] as number) / 2 });
        // Near a kink (abs, sign) or a pole the estimate has not converged: halving h moves it.
        fc.pre(Number.isFinite(estimate) && Math.abs(estimate - halved) <= 1e-6 * (1 + Math.abs(estimate)));
        const exact = gradient[v] as number;
        fc.pre(Number.isFinite(exact)); // AD's NaN where a partial is infinite: 0^y at y = 0
        expect(Math.abs(estimate - exact), `∂/∂${v}: ${estimate} vs ${exact}`).toBeLessThan(1e-5 * (1 + Math.abs(exact) + Math.abs(value)));
      }
    }), { seed: 42, numRuns: 300 });
  });
});
