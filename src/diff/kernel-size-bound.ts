// A lower bound on the operators of any tree the kernel route prints for a polynomial (flat or
// collected, collected-form.ts), read from its exponents alone: `diff` keeps the smaller of two
// candidates, and printing the polynomial's (its collected form explores several groupings) cost
// exp(sin(x))'s second derivative a sixth of its time, for a tree that loses the tie anyway.
//
// Why it holds. Every printer writes each kernel with a non-zero power in some term as a factor of
// its own: the kernel's tree for a plain one, its base under a power or sqrt for a radical, the sum
// below a bar for a reciprocal (its own bar is one of the operators joining factors). Those
// subtrees, the atoms, sit at disjoint places, and the operators around them join at least as many
// leaves as there are atoms: a node with c children counts at least c - 1 operators (a sum or product
// of n terms counts n - 1), so a tree with L leaves has at least L - 1 outside its leaves. A power of 2
// or more of a plain or reciprocal kernel needs one more leaf: written once without a power, a
// kernel enters the tree as a Möbius map (a·k + b)/(c·k + d) does, never as k² or 1/k², so either
// its atom appears twice or a power node brings its exponent as a number leaf. A radical's power may
// print as its base alone (sqrt(x)^2 as x), so radicals take no part in that last step. A kernel
// without such a subtree (atomOf) may fold the factors around it away (the sum below 1/0's bar is 0,
// and 0 times anything is 0): a polynomial that uses one is given no bound.

import type { Expr } from '../ast/expr.js';
import { operatorCount } from '../ast/size.js';
import type { Kernels } from '../normal/kernels.js';
import type { Laurent } from './laurent.js';

/**
 * The subtree every printing of a power of kernel v holds, or undefined when there is none: the exp
 * role's exp(k·u) may print smaller than exp(u) (exp(x/2)^2 is exp(x)), and a number (the float 0.5
 * is a kernel, and 1/0 one whose sum is 0) folds with the numbers around it (0.5^2 prints as 0.25,
 * 2*0.5 as 1).
 */
function atomOf(kernels: Kernels, v: number): Expr | undefined {
  const { expr, role } = kernels.at(v);
  const atom = role.kind === 'plain' ? expr : role.kind === 'root' ? role.baseExpr : role.kind === 'reciprocal' ? role.of : undefined;
  return atom?.kind === 'num' ? undefined : atom;
}

/** The operators of kernel v's atom (undefined when it has none). */
export function atomSize(kernels: Kernels, v: number): number | undefined {
  const atom = atomOf(kernels, v);
  return atom && operatorCount(atom);
}

/** Whether a power of 2 or more of kernel v needs a leaf of its own (see above). */
function powerNeedsLeaf(kernels: Kernels, v: number): boolean {
  const kind = kernels.at(v).role.kind;
  return kind === 'plain' || kind === 'reciprocal';
}

/**
 * At most the operatorCount of any printing of `p` (0 for a constant): the atoms of the kernels it
 * uses, one operator per atom after the first, and one more when some plain or reciprocal kernel
 * appears squared or beyond. `atom(v)` is atomSize (passed in so that callers may remember it).
 */
export function printedSizeBound(p: Laurent, kernels: Kernels, atom: (v: number) => number | undefined): number {
  const used: (true | undefined)[] = [];
  let squared = false;
  for (const t of p.values()) {
    for (let v = 0; v < t.exps.length; v++) {
      const e = t.exps[v] as number;
      if (e === 0) continue;
      if (used[v] === undefined) {
        if (atom(v) === undefined) return 0;
        used[v] = true;
      }
      if (!squared && (e >= 2 || e <= -2) && powerNeedsLeaf(kernels, v)) squared = true;
    }
  }
  let atoms = 0;
  let size = 0;
  for (let v = 0; v < used.length; v++) {
    if (used[v] === undefined) continue;
    atoms++;
    size += atom(v) as number;
  }
  if (atoms === 0) return 0;
  return size + (atoms - 1) + (squared ? 1 : 0);
}
