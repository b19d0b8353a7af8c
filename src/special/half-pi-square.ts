// sin and cos of πx²/2 for any x, without rounding the angle: x² is split exactly into head + tail
// (Dekker's product), the head reduced modulo 4 exactly (fmod of doubles is exact), so the angle
// is (π/2)·(r + tail) with r in [0, 4). Rounding x² alone would cost |x²|·2⁻⁵³ radians (1e-8 at x = 1e4).

const SPLITTER = 134217729; // 2^27 + 1

function split(x: number): [number, number] {
  const scaled = SPLITTER * x;
  const head = scaled - (scaled - x);
  return [head, x - head];
}

/** sin(πx²/2) and cos(πx²/2); NaN for infinite x. */
export function halfPiSquare(x: number): { sin: number; cos: number } {
  const square = x * x;
  const [xh, xl] = split(x);
  const tail = xh * xh - square + 2 * xh * xl + xl * xl; // x² - square, exactly (Dekker)
  const reduced = (square % 4) + tail;
  const angle = (Math.PI / 2) * reduced;
  return { sin: Math.sin(angle), cos: Math.cos(angle) };
}
