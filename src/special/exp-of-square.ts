// e^{x²}·factor without the rounding of x² (which would cost |x²|·2⁻⁵³ ≈ 8e-14 relative at x = 26)
// and without overflowing before the factor shrinks it: x is split into a 26-bit head, whose square
// is exact, and a tail (Veltkamp's splitting, as in Dekker's exact product).

const SPLITTER = 134217729; // 2^27 + 1

/** e^{x²}·factor for a finite x, overflowing only when the product does. */
export function expOfSquare(x: number, factor: number): number {
  const scaled = SPLITTER * x;
  const head = scaled - (scaled - x);
  const tail = x - head;
  const headSquare = head * head; // exact: head has at most 26 significant bits
  const rest = (2 * head + tail) * tail; // x² - headSquare, to a relative 2⁻⁵³
  return expTimes(headSquare, factor * Math.exp(rest));
}

/** e^t·factor, computed as e^{t/2}·(e^{t/2}·factor) so that e^t alone may overflow. */
export function expTimes(t: number, factor: number): number {
  const half = Math.exp(t / 2);
  return half * (half * factor);
}
