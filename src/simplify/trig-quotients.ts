// A product's trigonometric factors of one argument written with the fewest operators (rules/trig.ts,
// `trig-quotient`): cos(x)·tan(x) = sin(x), sin(x)²/cos(x)² = tan(x)², cot(x)/cos(x) = 1/sin(x).
// Each family's six functions are sin^a·cos^b of their argument, so the factors of one argument are
// sin^p·cos^q whatever their spelling; the forms tried are that quotient itself and the ones with
// tan^t (p > 0 > q) or cot^t (q > 0 > p), and the product is kept as it is unless one is smaller.

import type { Expr } from '../ast/expr.js';
import type { FunctionName } from '../ast/function-names.js';
import type { Canon } from './canon.js';
import { AS_SIN_COS, TRIG_FAMILIES, TRIG_QUOTIENT, type TrigFamily } from './rules/trig.js';

type Role = keyof TrigFamily;

/** Each function of a family: its family and role. */
const ROLES = new Map<FunctionName, { family: TrigFamily; role: Role }>(
  TRIG_FAMILIES.flatMap((family) => (Object.keys(AS_SIN_COS) as Role[]).map((role) => [family[role], { family, role }] as const)),
);

/** The factors of one family and one argument: sin^p·cos^q, and where they stand in the product. */
interface Group {
  readonly family: TrigFamily;
  readonly u: Expr;
  p: number;
  q: number;
  readonly at: number[];
  /** A factor of this argument with an exponent other than an integer: the group is left alone. */
  mixed: boolean;
  /** Whether a factor is tan, cot, sec or csc (else sin^p·cos^q is how the group is written already). */
  quotient: boolean;
}

/**
 * The product's factors with each argument's trigonometric factors rewritten where that prints
 * smaller; undefined where nothing changes. `assemble` makes a product of a factor list the way the
 * caller does, so that candidates are compared as the caller would print them.
 */
export function trigQuotients(c: Canon, factors: readonly Expr[], assemble: (factors: Expr[]) => Expr): Expr | undefined {
  const groups = groupsOf(factors);
  if (groups === undefined) return undefined;
  let current = [...factors];
  let best: Expr | undefined;
  for (const g of groups) {
    // sin^p·cos^q with p and q of one sign is already its smallest form: the common case, done at once.
    if (g.mixed || g.at.length < 2 || (!g.quotient && g.p * g.q >= 0)) continue;
    // The group's factors are the same nodes in `current` (earlier groups only replaced their own).
    const members = new Set(g.at.map((i) => factors[i] as Expr));
    const rest = current.filter((f) => !members.has(f));
    const plain = best ?? assemble(current);
    let chosen = plain;
    let chosenFactors = current;
    for (const form of formsOf(c, g)) {
      if (form === undefined) continue;
      const candidateFactors = [...rest, ...form];
      const candidate = assemble(candidateFactors);
      if (c.pretty(candidate).magnitude < c.pretty(chosen).magnitude) {
        chosen = candidate;
        chosenFactors = candidateFactors;
      }
    }
    if (chosen === plain) continue;
    if (c.steps !== undefined) c.steps.push({ rule: TRIG_QUOTIENT.name, before: plain, after: chosen });
    best = chosen;
    current = chosenFactors;
  }
  return best;
}

/** The groups of a product's factors by family and argument; undefined when no argument has two factors. */
function groupsOf(factors: readonly Expr[]): Group[] | undefined {
  // A group needs two factors of a family: most products have one at most, and are done with here.
  if (familyFactorCount(factors) < 2) return undefined;
  // By argument in a map: a derivative of a deep chain is a product of thousands of cos(…) of distinct arguments.
  let byArgument: Map<Expr, Group[]> | undefined;
  let any = false;
  factors.forEach((f, i) => {
    const base = f.kind === 'pow' ? f.args[0] : f;
    if (base.kind !== 'call' || base.args.length !== 1) return;
    const found = ROLES.get(base.fn);
    if (found === undefined) return;
    const u = base.args[0] as Expr;
    byArgument ??= new Map();
    const groups = byArgument.get(u) ?? [];
    if (groups.length === 0) byArgument.set(u, groups);
    let g = groups.find((h) => h.family === found.family);
    if (g === undefined) groups.push((g = { family: found.family, u, p: 0, q: 0, at: [], mixed: false, quotient: false }));
    else any = true;
    const k = f.kind === 'pow' ? integerExponent(f.args[1]) : 1;
    if (k === undefined) {
      g.mixed = true;
      return;
    }
    const [a, b] = AS_SIN_COS[found.role];
    if (found.role !== 'sin' && found.role !== 'cos') g.quotient = true;
    g.p += k * a;
    g.q += k * b;
    g.at.push(i);
  });
  if (!any || byArgument === undefined) return undefined;
  // Loops rather than flat() and filter(): this runs on every product with two trigonometric factors.
  const shared: Group[] = [];
  for (const groups of (byArgument as Map<Expr, Group[]>).values()) for (const g of groups) if (g.at.length > 1) shared.push(g);
  return shared;
}

/** How many factors are a function of a family (or a power of one), counted without allocating. */
function familyFactorCount(factors: readonly Expr[]): number {
  let count = 0;
  for (const f of factors) {
    const base = f.kind === 'pow' ? f.args[0] : f;
    if (base.kind === 'call' && base.args.length === 1 && ROLES.has(base.fn)) count++;
  }
  return count;
}

function integerExponent(e: Expr): number | undefined {
  return e.kind === 'num' && e.exact !== null && e.exact.den === 1n && Math.abs(e.value) <= 64 ? e.value : undefined;
}

/** sin^p·cos^q, and tan^t·… or cot^t·… where p and q have opposite signs; a form with a number in it is dropped. */
function formsOf(c: Canon, { family, u, p, q }: Group): (Expr[] | undefined)[] {
  const power = (fn: FunctionName, k: number): Expr | null | undefined => {
    if (k === 0) return null;
    const f = c.power(c.call(fn, [u]), c.num({ num: BigInt(k), den: 1n }));
    return f.kind === 'pow' || f.kind === 'call' ? f : undefined;
  };
  const form = (...parts: (Expr | null | undefined)[]): Expr[] | undefined =>
    (parts.some((f) => f === undefined) ? undefined : parts.filter((f): f is Expr => f !== null));
  const forms = [form(power(family.sin, p), power(family.cos, q))];
  if (p > 0 && q < 0) {
    const t = Math.min(p, -q);
    forms.push(form(power(family.tan, t), power(family.sin, p - t), power(family.cos, q + t)));
  }
  if (q > 0 && p < 0) {
    const t = Math.min(q, -p);
    forms.push(form(power(family.cot, t), power(family.sin, p + t), power(family.cos, q - t)));
  }
  return forms;
}
