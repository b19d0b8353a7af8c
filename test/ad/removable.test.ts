// Rows whose derivative trees read 0/0 at a point where the function is differentiable (Si'(u) =
// sin(u)/u at 0, K'(m) at m = 0): compiled gradients take the limit there, as the interpreter does.

import { describe, expect, it } from 'vitest';
import { compileGradient, parse, valueAndGrad } from '../../src/index.js';

describe('removable points in compiled gradients', () => {
  it.each([
    ['Si(x)', { x: 0 }, 1],
    ['Shi(x)', { x: 0 }, 1],
    ['elliptic_k(x)', { x: 0 }, Math.PI / 8],
    ['elliptic_e(x)', { x: 0 }, -Math.PI / 8],
    ['polylog(2, x)', { x: 0 }, 1],
  ])('%s at %j', (text, point, slope) => {
    const e = parse(text);
    const compiled = compileGradient(e, ['x'])(point.x);
    expect(compiled.gradient[0]).toBeCloseTo(slope, 14);
    expect(valueAndGrad(e, point).gradient.x).toBeCloseTo(slope, 14);
  });

  it('sin(Si(0*x)) at 0: the zero inner derivative is not turned into NaN', () => {
    const e = parse('sin(Si(0*x*(x - pi)))');
    expect(compileGradient(e, ['x'])(0).gradient[0]).toBe(0);
    expect(valueAndGrad(e, { x: 0 }).gradient.x).toBe(0);
  });
});
