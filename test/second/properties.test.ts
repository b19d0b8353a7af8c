// Cross-checks on random trees between independent ways to the second derivatives: the symbolic
// Hessian (second sweep, simplified), forward D twice (diff), forward-over-reverse on the tape
// (hessianVectorProduct along each axis) and the generated code (compileHessian).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { differentiate, evaluate, type Expr } from '../../src/index.js';
import { hessian } from '../../src/second/hessian.js';
import { hessianVectorProduct } from '../../src/second/hessian-vector.js';
import { compileHessian } from '../../src/second/hessian-code.js';
import { arbModerateExpr } from '../ad/moderate-trees.js';

const NAMES = ['x', 'y'] as const;
const coordinate = fc.double({ min: 0.2, max: 2.5, noNaN: true }).chain((v) => fc.constantFrom(v, -v));
const point = fc.record({ x: coordinate, y: coordinate });

/** Agreement to 1e-7 relative where both are finite and moderate (simplification reorders rounding). */
function agree(a: number, b: number): boolean {
  if (!Number.isFinite(a) || !Number.isFinite(b) || Math.abs(a) > 1e6 || Math.abs(b) > 1e6) return true;
  return Math.abs(a - b) <= 1e-7 * Math.max(1, Math.abs(a), Math.abs(b));
}

describe('second derivatives, four ways', () => {
  it('hvp along each axis, compileHessian and D twice agree', () => {
    fc.assert(fc.property(arbModerateExpr(3), point, (f, p) => {
      const compiled = compileHessian(f, [...NAMES])(p.x, p.y);
      NAMES.forEach((along, j) => {
        const { hvp } = hessianVectorProduct(f, p, { [along]: 1 });
        NAMES.forEach((name, i) => {
          const twice = evaluate(differentiate(differentiate(f, name), along), p);
          const tape = hvp[name] as number;
          const code = compiled.hessian[i * 2 + j] as number;
          expect(agree(tape, twice) && agree(code, twice), `∂²/∂${name}∂${along}: tape ${tape}, code ${code}, D ${twice}`).toBe(true);
        });
      });
    }), { seed: 42, numRuns: 300 });
  });

  it('the symbolic Hessian agrees with D twice, and is symmetric by identity', () => {
    fc.assert(fc.property(arbModerateExpr(3), point, (f, p) => {
      const H = hessian(f, [...NAMES]);
      NAMES.forEach((name, i) => NAMES.forEach((along, j) => {
        const entry = (H[i] as Expr[])[j] as Expr;
        expect(entry).toBe((H[j] as Expr[])[i]);
        const twice = evaluate(differentiate(differentiate(f, name), along), p);
        expect(agree(evaluate(entry, p), twice), `∂²/∂${name}∂${along}`).toBe(true);
      }));
    }), { seed: 42, numRuns: 150 });
  });
});
