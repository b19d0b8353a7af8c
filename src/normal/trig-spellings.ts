// tan, cot, sec and csc (and their hyperbolic twins) as the quotients of sin and cos they are, for the
// normal form: kernels of one spelling never meet kernels of another, so sec(x)^2 - 1/cos(x)^2 stayed
// a difference of two kernels where it is 0. Products of one argument are already written over sin
// and cos (simplify/trig-quotients.ts); this is the same relation for sums, tried where the spellings mix.
//
// Each rewrite keeps the domain: sec(u) and 1/cos(u) are undefined at the same points.

import type { Expr } from '../ast/expr.js';
import type { FunctionName } from '../ast/function-names.js';
import { call as smartCall } from '../ast/smart.js';
import { postorderUpTo } from '../ast/walk.js';
import { AS_SIN_COS, TRIG_FAMILIES, type TrigFamily } from '../simplify/rules/trig.js';
import { fromRational, mul, pow, type RationalFunction } from './rational-function.js';
import { kernel, type Normalizer } from './normalizer.js';

type Role = keyof TrigFamily;

const ROLE_OF = new Map<FunctionName, { family: TrigFamily; role: Role }>(
  TRIG_FAMILIES.flatMap((family) => (Object.keys(AS_SIN_COS) as Role[]).map((role) => [family[role], { family, role }] as const)),
);

const QUOTIENTS: ReadonlySet<Role> = new Set(['tan', 'cot', 'sec', 'csc']);

const isQuotient = (fn: FunctionName): boolean => {
  const found = ROLE_OF.get(fn);
  return found !== undefined && QUOTIENTS.has(found.role);
};

/**
 * f(u) as sin(u)^a·cos(u)^b when f is a quotient of its family (tan, cot, sec, csc, tanh, …);
 * undefined for any other function. `argument` is u already normalised, as a tree.
 */
export function asSinCos(fn: FunctionName, argument: Expr, n: Normalizer): RationalFunction | undefined {
  const found = ROLE_OF.get(fn);
  if (found === undefined || !isQuotient(fn)) return undefined;
  const [a, b] = AS_SIN_COS[found.role];
  const power = (f: FunctionName, k: number): RationalFunction | undefined => {
    const value = smartCall(f, argument);
    const base = value.kind === 'num' && value.exact ? fromRational(value.exact) : kernel(value, n);
    return pow(base, k, n.arithmetic);
  };
  const sin = power(found.family.sin, a);
  const cos = power(found.family.cos, b);
  return sin === undefined || cos === undefined ? undefined : mul(sin, cos, n.arithmetic);
}

/** Nodes a tree may have for its spellings to be compared (the normal form's own limit is lower). */
const MAX_NODES_TO_SCAN = 4096;

/**
 * Whether `e` spells one family two ways, one of them a quotient (sec(x) beside cos(x), coth(x) beside
 * tanh(x)): only then can rewriting the quotients over sin and cos make terms meet. `nodes`: e's
 * distinct nodes, when the caller has them.
 */
export function mixesTrigSpellings(e: Expr, nodes: readonly Expr[] | undefined = postorderUpTo(e, MAX_NODES_TO_SCAN)): boolean {
  if (nodes === undefined) return false;
  // Most results hold no quotient of a family at all: settled before anything is allocated.
  if (!nodes.some((node) => node.kind === 'call' && isQuotient(node.fn))) return false;
  const seen = new Map<TrigFamily, Set<Role>>();
  for (const node of nodes) {
    if (node.kind !== 'call') continue;
    const found = ROLE_OF.get(node.fn);
    if (found === undefined) continue;
    const roles = seen.get(found.family) ?? new Set<Role>();
    seen.set(found.family, roles.add(found.role));
  }
  for (const roles of seen.values()) {
    if (roles.size >= 2 && [...roles].some((r) => QUOTIENTS.has(r))) return true;
  }
  return false;
}
