// The chained Rosenbrock function Σ 100(x_{i+1} - x_i²)² + (1 - x_i)², i = 1…n-1, as text parsed once.

import { parse, type Expr } from '../../src/index.js';

export function rosenbrock(n: number): { f: Expr; names: string[] } {
  const terms = Array.from({ length: n - 1 }, (_, k) => `100*(x${k + 2} - x${k + 1}^2)^2 + (1 - x${k + 1})^2`);
  return { f: parse(terms.join(' + ')), names: Array.from({ length: n }, (_, k) => `x${k + 1}`) };
}
