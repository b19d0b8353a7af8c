// The reciprocal trigonometric and hyperbolic functions and their inverses, with SymPy's branches
// (asec = acos(1/x), acsc = asin(1/x), acot = atan(1/x), asech = acosh(1/x), acsch = asinh(1/x),
// acoth = atanh(1/x)). Near |x| = 1 those forms round 1/x and then magnify the rounding (acos and
// atanh are steep at 1: asec(1 + 1e-10) would be off by 7e-12), so there they are rewritten in
// forms whose inputs are exact: (|x| - 1)(|x| + 1) loses nothing for |x| < 2 (Sterbenz).

export const sech = (x: number): number => 1 / Math.cosh(x);
export const csch = (x: number): number => 1 / Math.sinh(x);
export const coth = (x: number): number => 1 / Math.tanh(x);

/** √(x² - 1) for 1 ≤ |x| < 2, without the rounding of x². */
const legAbove = (a: number): number => Math.sqrt((a - 1) * (a + 1));

/** asec(x) = acos(1/x) ∈ [0, π], for |x| ≥ 1. */
export function asec(x: number): number {
  const a = Math.abs(x);
  if (!(a < 2)) return Math.acos(1 / x);
  const angle = Math.atan(legAbove(a)); // NaN inside (-1, 1)
  return x > 0 ? angle : Math.PI - angle;
}

/** acsc(x) = asin(1/x) ∈ [-π/2, π/2], odd, for |x| ≥ 1. */
export function acsc(x: number): number {
  const a = Math.abs(x);
  if (!(a < 2)) return Math.asin(1 / x);
  const angle = Math.atan2(1, legAbove(a));
  return x > 0 ? angle : -angle;
}

/**
 * acot(x) = atan(1/x) ∈ (-π/2, π/2], odd away from 0, and π/2 at 0 of either sign (SymPy's acot(0),
 * the simplifier's exact value): x + 0 is +0 for x = -0, so a product that rounds to -0 (the
 * difference x - x times a negative) gives the value the simplifier folds, not -π/2.
 */
export const acot = (x: number): number => Math.atan(1 / (x + 0));

/** asech(x) = acosh(1/x) = artanh(√(1 - x²)), for 0 < x ≤ 1. */
export function asech(x: number): number {
  if (!(x >= 0.5)) return Math.acosh(1 / x); // 1/x ≥ 2: acosh is gentle there
  return Math.atanh(Math.sqrt((1 - x) * (1 + x)));
}

/** acsch(x) = asinh(1/x), odd. */
export const acsch = (x: number): number => Math.asinh(1 / x);

/** acoth(x) = atanh(1/x) = ½ log(1 + 2/(|x| - 1))·sign x, odd, for |x| > 1. */
export function acoth(x: number): number {
  const a = Math.abs(x);
  if (!(a >= 1)) return NaN;
  const magnitude = 0.5 * Math.log1p(2 / (a - 1));
  return x > 0 ? magnitude : -magnitude;
}
