// Linear solves for Newton's step: a symmetric positive definite system by Cholesky factorisation.

/** x solving A·x = b for a symmetric positive definite A (row-major n × n); null when A is not. */
export function solvePositiveDefinite(A: ArrayLike<number>, b: ArrayLike<number>, n: number): Float64Array | null {
  const L = new Float64Array(n * n);
  const at = (M: ArrayLike<number>, i: number) => M[i] as number;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = at(A, i * n + j);
      for (let k = 0; k < j; k++) sum -= at(L, i * n + k) * at(L, j * n + k);
      if (i === j) {
        if (!(sum > 0)) return null;
        L[i * n + i] = Math.sqrt(sum);
      } else {
        L[i * n + j] = sum / at(L, j * n + j);
      }
    }
  }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = at(b, i);
    for (let k = 0; k < i; k++) sum -= at(L, i * n + k) * at(y, k);
    y[i] = sum / at(L, i * n + i);
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let sum = at(y, i);
    for (let k = i + 1; k < n; k++) sum -= at(L, k * n + i) * at(x, k);
    x[i] = sum / at(L, i * n + i);
  }
  return x;
}
