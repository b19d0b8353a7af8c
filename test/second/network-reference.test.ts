// The 1/2/1 network loss (src/network) against PyTorch (test/data/network-hessian.json, made once by
// scripts/reference/network-hessian.py): hessian, hessianVectorProduct and compileHessian agree with
// torch.autograd.functional.hessian and hvp to 1e-10 relative, entry by entry.

import { describe, expect, it } from 'vitest';
import { evaluate, type Expr } from '../../src/index.js';
import { hessian } from '../../src/second/hessian.js';
import { hessianVectorProduct } from '../../src/second/hessian-vector.js';
import { compileHessian } from '../../src/second/hessian-code.js';
import { dataset, initialParameters, loss, parameterNames } from '../../src/network/model.js';
import reference from '../data/network-hessian.json' with { type: 'json' };

const names = parameterNames(2);
const J: Expr = loss(2, dataset());
const point = reference.point as Record<string, number>;
const direction = reference.direction as Record<string, number>;
const H = reference.hessian;

/** |actual - expected| ≤ 1e-10 |expected| (every reference entry is far from 0). */
function close(actual: number, expected: number, what: string): void {
  expect(Math.abs(actual - expected), `${what}: ${actual} against ${expected}`).toBeLessThanOrEqual(1e-10 * Math.abs(expected));
}

describe('the 1/2/1 network loss against PyTorch', () => {
  it('has the reference made from the model of the example', () => {
    expect(reference.names).toEqual(names);
    expect(reference.data).toEqual(dataset());
    expect(reference.point).toEqual(initialParameters(2));
    expect(H.flat().every((h) => Math.abs(h) > 1e-4)).toBe(true);
  });

  it('hessian: every entry', () => {
    const symbolic = hessian(J, names);
    symbolic.forEach((row, i) => row.forEach((entry, j) => close(evaluate(entry, point), (H[i] as number[])[j] as number, `H[${i}][${j}]`)));
  });

  it('hessianVectorProduct: the value, the gradient and H·v', () => {
    const { value, gradient, hvp } = hessianVectorProduct(J, point, direction);
    close(value, reference.value, 'value');
    names.forEach((name, i) => {
      close(gradient[name] as number, reference.gradient[i] as number, `gradient ${name}`);
      close(hvp[name] as number, reference.hvp[i] as number, `hvp ${name}`);
    });
  });

  it('hessianVectorProduct along each axis: the columns of the Hessian', () => {
    names.forEach((along, j) => {
      const { hvp } = hessianVectorProduct(J, point, { [along]: 1 });
      names.forEach((name, i) => close(hvp[name] as number, (H[i] as number[])[j] as number, `H[${i}][${j}]`));
    });
  });

  it('compileHessian: the value, the gradient and the Hessian, row-major', () => {
    const result = compileHessian(J, names)(...names.map((name) => point[name] as number));
    close(result.value, reference.value, 'value');
    names.forEach((_, i) => {
      close(result.gradient[i] as number, reference.gradient[i] as number, `gradient ${i}`);
      names.forEach((__, j) => close(result.hessian[i * names.length + j] as number, (H[i] as number[])[j] as number, `H[${i}][${j}]`));
    });
  });
});
