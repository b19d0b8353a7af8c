// equivalent(a, b): the same function wherever both are defined? A symbolic zero test, then
// reproducible points inside the common domain, never fooled the known ways (every point outside
// the domain, too few valid points, a loose tolerance).

import { subNode, type Expr } from '../ast/expr.js';
import { isExactZero } from '../ast/numbers.js';
import { dagSize } from '../ast/size.js';
import { freeVariables } from '../ast/variables.js';
import { evaluate } from '../evaluate/evaluate.js';
import { isZero } from '../normal/normal-form.js';
import { simplify } from '../simplify/simplify.js';
import { agree, steady } from './agreement.js';
import { settingsOf, type EquivalenceOptions, type Settings } from './options.js';
import { testPoints, type Point } from './points.js';

export type EquivalenceVerdict = 'equivalent' | 'different' | 'undecided';

export interface Equivalence {
  readonly verdict: EquivalenceVerdict;
  /** For 'different': a point where both are finite and their values differ beyond the tolerance. */
  readonly counterexample?: { readonly point: Point; readonly a: number; readonly b: number };
}

/** Random points tried at most, per valid random point required (domains like (-1, 1) in two variables). */
const ATTEMPTS_PER_POINT = 25;

/**
 * Whether `a` and `b` are equal at every real point where both are defined and finite (removable
 * singularities ignored). 'undecided' when too few points lie in the common domain.
 */
export function equivalent(a: Expr, b: Expr, options?: EquivalenceOptions): Equivalence {
  const settings = settingsOf(options);
  // The normal form (cancel) and the simplifier each equal their input wherever it is defined, so an
  // exact 0 from either settles it: the normal form knows rational functions and radicals, the
  // simplifier identities such as sin² + cos² = 1.
  const difference = subNode(a, b);
  if (normalFormSaysZero(difference) || isExactZero(simplify(difference))) return { verdict: 'equivalent' };
  return compareAtPoints(a, b, settings);
}

/**
 * The normal form's zero test, on differences of moderate size only: on a 20,000-deep composition
 * (nested kernels sin(sin(…))) it ran out of memory despite its budget (reported to the lead).
 */
const NORMAL_FORM_NODES = 2_000;
const normalFormSaysZero = (difference: Expr): boolean => dagSize(difference) <= NORMAL_FORM_NODES && isZero(difference) === true;

/** The numeric half alone: values at reproducible points of the common domain. */
export function compareAtPoints(a: Expr, b: Expr, settings: Settings): Equivalence {
  const variables = freeVariables(a, b);
  // Every fixed point, then random ones until as many are valid as required: the fixed points alone
  // are all small, where 1e-13·x passes for 0.
  const randomWanted = variables.length === 0 ? 0 : settings.points;
  let valid = 0;
  let randomValid = 0;
  let randomTried = 0;
  for (const { point, random } of testPoints(variables, settings.seed)) {
    if (random && (randomValid >= randomWanted || randomTried++ >= randomWanted * ATTEMPTS_PER_POINT)) break;
    const va = evaluate(a, point);
    const vb = evaluate(b, point);
    if (!Number.isFinite(va) || !Number.isFinite(vb)) continue; // outside the common domain
    if (agree(va, vb, settings)) {
      valid++;
      if (random) randomValid++;
    } else if (steady(a, point, va, settings) && steady(b, point, vb, settings)) {
      return { verdict: 'different', counterexample: { point, a: va, b: vb } };
    }
  }
  const required = variables.length === 0 ? 1 : settings.points;
  return { verdict: valid >= required ? 'equivalent' : 'undecided' };
}
