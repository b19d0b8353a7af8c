// The order a person writes terms and factors in, chosen for display (the canonical order of order.ts
// only has to be consistent): terms of higher degree first, the number among them at degree 0; factors as symbols
// (alphabetically), constants, sums, then functions.

import { assertNever, type Expr } from '../ast/expr.js';
import { VARIABLE_DEGREE_WEIGHT } from './limits.js';
import { compareCanonical } from './order.js';

const isE = (e: Expr): boolean => e.kind === 'const' && e.name === 'e';

/**
 * Terms of higher degree first, the number at degree 0 and after the other terms of that degree (so
 * x + 1 + 1/x, descending as a person writes a polynomial part and its fraction: 3 + 1/x, not 1/x + 3);
 * among terms of one degree, by their first variable, then by their first name of any kind
 * (x^2*sin(x) + y^2*sin(y): both hold sin, x comes first).
 */
export function termOrder(a: Expr, b: Expr): number {
  return degree(b) - degree(a) || Number(a.kind === 'num') - Number(b.kind === 'num') ||
    compareNames(leadingVariable(a), leadingVariable(b)) || compareNames(leadingName(a), leadingName(b)) ||
    compareCanonical(a, b);
}

/** The alphabetically first variable among a term's factors, powers included ('' when it has none). */
function leadingVariable(e: Expr): string {
  let first = '';
  for (const f of e.kind === 'mul' ? e.args : [e]) {
    const base = f.kind === 'pow' ? f.args[0] : f;
    if (base.kind === 'var' && (first === '' || base.name < first)) first = base.name;
  }
  return first;
}

/** Factors: a shared subproduct (share.ts), symbols (alphabetically), constants, sums, then functions. */
export function factorOrder(a: Expr, b: Expr): number {
  return rank(a) - rank(b) || compareNames(nameOf(a), nameOf(b)) || compareCanonical(a, b);
}

function rank(e: Expr): number {
  const base = e.kind === 'pow' ? e.args[0] : e;
  switch (base.kind) {
    case 'mul': return e.kind === 'mul' ? -1 : 3;
    case 'var': return 0;
    case 'const': return isE(base) ? 3 : 1;
    case 'add': return 2;
    case 'num': case 'pow': case 'call': case 'sub': case 'div': case 'neg': return 3;
    default: return assertNever(base);
  }
}

/**
 * The total degree of a term: in its variables first (x^3·y is 4), then counting every other factor
 * too (sin(x)^2·cos(x) is 3), so polynomials in sin and cos print highest power first.
 */
export function degree(e: Expr): number {
  const factors = e.kind === 'mul' ? e.args : [e];
  let inVariables = 0;
  let overall = 0;
  for (const f of factors) {
    if (f.kind === 'num') continue;
    const power = f.kind === 'pow' && f.args[1].kind === 'num' ? f.args[1].value : 1;
    overall += power;
    if ((f.kind === 'pow' ? f.args[0] : f).kind === 'var') inVariables += power;
  }
  return inVariables * VARIABLE_DEGREE_WEIGHT + overall;
}

export const compareNames = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The alphabetically first name among a term's factors ('' when it has none), to order terms. */
export function leadingName(e: Expr): string {
  let first = '';
  for (const f of e.kind === 'mul' ? e.args : [e]) {
    const name = nameOf(f);
    if (name !== '' && (first === '' || name < first)) first = name;
  }
  return first;
}

/** What a factor is called, to order alphabetically: a variable's name, a function's, 'exp' for e^u. */
function nameOf(e: Expr): string {
  const base = e.kind === 'pow' ? e.args[0] : e;
  if (base.kind === 'var') return base.name;
  if (base.kind === 'call') return base.fn;
  return isE(base) ? 'exp' : '';
}
