// Series that the generic rule (compose.ts) cannot make because the derivative column reads 0/0 where
// the function is analytic: K'(m) = (E - (1-m)K)/(2m(1-m)) and E'(m) = (E - K)/(2m) at m = 0, where
// the rule would need the coefficient it is making. There the hypergeometric series are used instead
// (DLMF 19.5.1-2):  K(m) = (π/2) Σ r_j m^j,  E(m) = (π/2) Σ r_j m^j/(1 - 2j),  r_j = ((1/2)_j/j!)²,
// composed with the argument's series a (a₀ = 0): w_k = Σ_{j≤k} c_j [a^j]_k.

import type { FunctionName } from '../ast/function-names.js';
import { InvalidArgumentError } from '../errors.js';
import * as Q from '../ast/rational.js';
import type { Rational } from '../ast/rational.js';
import { mul } from './arithmetic.js';
import type { Coefficient, Coefficients } from './coefficient.js';
import { Series } from './series.js';

/** The rational factor of the j-th coefficient over π/2, for the rows that have such a series. */
const AT_ZERO: Partial<Record<FunctionName, (j: number, r: Rational) => Rational>> = {
  elliptic_k: (_, r) => r,
  elliptic_e: (j, r) => Q.mul(r, Q.rational(1n, BigInt(1 - 2 * j))),
};

/** f(a) where the generic rule would divide 0 by 0, or undefined to let it work. */
export function removableSeries(R: Coefficients, fn: FunctionName, args: readonly Series[]): Series | undefined {
  const m = args[1];
  if ((fn === 'elliptic_f' || fn === 'elliptic_e') && m !== undefined && !m.constant && R.isZero(m.at(0))) {
    // F(φ|m) and E(φ|m) are analytic there, but their series in m (DLMF 19.5) is not written here
    throw new InvalidArgumentError(`'${fn}' has no Taylor series here where its parameter m varies from 0: ` +
      'its derivative in m reads 0/0 there, and its series in m is not implemented');
  }
  const factor = AT_ZERO[fn];
  const [a] = args;
  if (factor === undefined || args.length !== 1 || a === undefined || !R.isZero(a.at(0))) return undefined;
  const halfPi = R.mul(R.of(R.canon.constant('pi')), Q.rational(1n, 2n));
  const coefficients: Coefficient[] = []; // c_j = (π/2)·factor(j, r_j)
  let r = Q.ONE; // r_j, from r_{j-1}·((2j-1)/(2j))²
  const powers: Series[] = [a]; // a^{j+1}
  return new Series((k) => {
    while (coefficients.length <= k) {
      const j = coefficients.length;
      if (j > 0) r = Q.mul(r, Q.mul(Q.rational(BigInt(2 * j - 1), BigInt(2 * j)), Q.rational(BigInt(2 * j - 1), BigInt(2 * j))));
      coefficients.push(R.mul(halfPi, factor(j, r)));
    }
    if (k === 0) return coefficients[0] as Coefficient;
    while (powers.length < k) powers.push(mul(R, powers[powers.length - 1] as Series, a));
    // a₀ = 0, so a^j has no term below t^j: j runs up to k
    const terms: Coefficient[] = [];
    for (let j = 1; j <= k; j++) terms.push(R.mul(coefficients[j] as Coefficient, (powers[j - 1] as Series).at(k)));
    return R.sum(terms);
  });
}
