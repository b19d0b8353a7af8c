// Derivatives of any order as polynomials in kernels. An expression is a Laurent polynomial over exact
// rationals whose variables are its kernels (symbols, calls, radicals, reciprocals of sums); the
// derivative of a kernel is again such a polynomial (sin(u)' = cos(u)·u', (1/v)' = -(1/v)²·v',
// (v^(1/q))' = (1/q)·(v^(1/q))^(1-q)·v'), so d/dx of a polynomial is Σ ∂P/∂k · k': polynomial
// arithmetic with like terms collected at every order, linear in the terms, never a tree that doubles.

import { assertNever, powNode, type Expr } from '../ast/expr.js';
import { FUNCTIONS } from '../ast/functions.js';
import { exactNum } from '../ast/numbers.js';
import * as Q from '../ast/rational.js';
import { call, div, one } from '../ast/smart.js';
import { postorder } from '../ast/walk.js';
import { Kernels, type KernelRole } from '../normal/kernels.js';
import { fromPoly } from '../normal/rational-function.js';
import { expandedToExpr, polyToExpr } from '../normal/to-expr.js';
import type { Budget } from '../poly/budget.js';
import { fromExponents, type Monomial } from '../poly/monomial.js';
import { fromDistinctTerms, type Poly } from '../poly/poly.js';
import * as L from './laurent.js';
import type { Laurent } from './laurent.js';

/** The monomial of exps/lowest, lowest being at most each power (and at least as long as exps). */
function shifted(exps: readonly number[], lowest: readonly number[]): Monomial {
  const m: number[] = [];
  for (let v = 0; v < lowest.length; v++) {
    const e = (v < exps.length ? (exps[v] as number) : 0) - (lowest[v] as number);
    if (e !== 0) m.push(v, e);
  }
  return m;
}

/** A term with its coefficient also as a number: a safe integer, or NaN. */
interface SmallTerm extends L.LaurentTerm {
  readonly small: number;
}

/** How a kernel's derivative is found, once it is needed. */
type Rule =
  /** The variable of differentiation (1), or a symbol, constant or float (0). */
  | { readonly kind: 'leaf'; readonly derivative: Laurent }
  /** 1/v for v of several terms: -(1/v)²·v'. */
  | { readonly kind: 'reciprocal'; readonly of: Laurent }
  /** v^(1/q): (1/q)·(v^(1/q))^(1-q)·v', as (v^(1/q))^q is v. */
  | { readonly kind: 'root'; readonly of: Laurent; readonly q: number }
  /** f(u, …), or a^b with a symbolic exponent: Σ ∂f/∂u_i · u_i' from the tables. */
  | { readonly kind: 'call'; readonly node: Expr };

/** Powers past this stay a kernel of their own rather than a polynomial raised (x^1000). */
const MAX_INTEGER_POWER = 64;

export class KernelCalculus {
  readonly kernels = new Kernels();
  private readonly rules: Rule[] = [];
  private readonly derivatives: (Laurent | undefined)[] = [];
  private readonly derivativeTerms: (readonly SmallTerm[] | undefined)[] = [];
  private readonly polys = new Map<Expr, Laurent>();

  constructor(private readonly variableName: string, private readonly budget: Budget) {}

  /** `e` as a polynomial in its kernels (throws PolynomialTooLarge past the budget). */
  toPolynomial(e: Expr): Laurent {
    for (const node of postorder(e, (n) => this.polys.has(n))) this.polys.set(node, this.convert(node));
    return this.polys.get(e) as Laurent;
  }

  /** d/dx: Σ over the kernels k of ∂p/∂k · k'. */
  derivative(p: Laurent): Laurent {
    const sum = new L.Accumulator(this.budget);
    for (const t of p.values()) {
      const small = Q.safeInteger(t.coef); // NaN unless a safe integer, and then so is every product
      for (let v = 0; v < t.exps.length; v++) {
        const e = t.exps[v] as number;
        if (e === 0) continue;
        const dk = this.kernelDerivativeTerms(v);
        this.budget.charge(dk.length);
        let coef: Q.Rational | undefined; // t.coef·e as a Rational, made only if a product needs it
        for (const u of dk) {
          const k = small * e * u.small;
          if (Number.isSafeInteger(k)) sum.addSmallProduct(t.exps, u.exps, v, k);
          else sum.addProduct(t.exps, u.exps, v, (coef ??= Q.mul(t.coef, Q.rational(BigInt(e)))), u.coef);
        }
      }
    }
    return sum.done();
  }

  /** The polynomial as a tree: term by term, negative powers under one bar per term. */
  toExpr(p: Laurent | readonly L.LaurentTerm[]): Expr {
    const terms = Array.isArray(p) ? (p as readonly L.LaurentTerm[]) : [...(p as Laurent).values()];
    let width = 0;
    for (const t of terms) if (t.exps.length > width) width = t.exps.length;
    const lowest = new Array<number>(width).fill(0);
    for (const t of terms) {
      for (let v = 0; v < t.exps.length; v++) if ((t.exps[v] as number) < (lowest[v] as number)) lowest[v] = t.exps[v] as number;
    }
    // Distinct monomials (a polynomial's, or a collected sum's read through one offset), none zero.
    const num: Poly = fromDistinctTerms(terms.map((t) => ({ monomial: shifted(t.exps, lowest), coef: t.coef })));
    if (lowest.every((low) => low === 0)) return polyToExpr(num, this.kernels);
    const den = fromExponents(lowest.map((low) => -low));
    return expandedToExpr({ num, den: [{ monomial: den, coef: Q.ONE }] }, this.kernels);
  }

  /** k_v' as a list, each coefficient also as a safe integer where it is one (NaN where not). */
  private kernelDerivativeTerms(v: number): readonly SmallTerm[] {
    const known = this.derivativeTerms[v];
    if (known !== undefined) return known;
    const terms = [...this.kernelDerivative(v).values()].map((u) => ({ exps: u.exps, coef: u.coef, small: Q.safeInteger(u.coef) }));
    this.derivativeTerms[v] = terms;
    return terms;
  }

  private kernelDerivative(v: number): Laurent {
    const known = this.derivatives[v];
    if (known !== undefined) return known;
    const rule = this.rules[v] as Rule;
    let d: Laurent;
    switch (rule.kind) {
      case 'leaf':
        d = rule.derivative;
        break;
      case 'reciprocal':
        d = L.scale(L.mul(L.kernelPower(v, 2), this.derivative(rule.of), this.budget), Q.MINUS_ONE, this.budget);
        break;
      case 'root':
        d = L.scale(L.mul(L.kernelPower(v, 1 - rule.q), this.derivative(rule.of), this.budget), Q.rational(1n, BigInt(rule.q)), this.budget);
        break;
      case 'call':
        d = this.callDerivative(rule.node);
        break;
      default:
        return assertNever(rule);
    }
    this.derivatives[v] = d;
    return d;
  }

  /** Σ ∂f/∂u_i · u_i' by the function table; for a^b, a^b·(b·a'/a + b'·log a). */
  private callDerivative(node: Expr): Laurent {
    if (node.kind !== 'call' && node.kind !== 'pow') throw new Error(`not a call kernel: ${node.kind}`);
    const inner = node.args.map((u) => this.derivative(this.toPolynomial(u)));
    const outer = (i: number): Laurent => {
      if (node.kind === 'call') return this.toPolynomial(FUNCTIONS[node.fn].derivative(node.args)[i] as Expr);
      const [a, b] = node.args;
      const logA = a.kind === 'const' && a.name === 'e' ? L.constant(Q.ONE) : this.toPolynomial(call('log', a));
      const factor = i === 0 ? L.mul(this.toPolynomial(b), this.reciprocal(this.toPolynomial(a)), this.budget) : logA;
      return L.mul(this.toPolynomial(node), factor, this.budget);
    };
    let sum = L.ZERO;
    inner.forEach((d, i) => {
      if (d.size > 0) sum = L.add(sum, L.mul(outer(i), d, this.budget), this.budget);
    });
    return sum;
  }

  private convert(node: Expr): Laurent {
    const at = (e: Expr): Laurent => this.polys.get(e) as Laurent;
    switch (node.kind) {
      case 'num':
        return node.exact === null ? this.kernel(node, this.leaf(false)) : L.constant(node.exact);
      case 'var':
        return this.kernel(node, this.leaf(node.name === this.variableName));
      case 'const':
        return this.kernel(node, this.leaf(false));
      case 'add':
        return node.args.reduce((s, a) => L.add(s, at(a), this.budget), L.ZERO);
      case 'sub':
        return L.add(at(node.args[0]), L.scale(at(node.args[1]), Q.MINUS_ONE, this.budget), this.budget);
      case 'neg':
        return L.scale(at(node.args[0]), Q.MINUS_ONE, this.budget);
      case 'mul':
        return node.args.reduce((s, a) => L.mul(s, at(a), this.budget), L.constant(Q.ONE));
      case 'div':
        return L.mul(at(node.args[0]), this.reciprocalOf(node.args[1]), this.budget);
      case 'pow':
        return this.power(node, at(node.args[0]));
      case 'call':
        return this.kernel(node, { kind: 'call', node });
      default:
        return assertNever(node);
    }
  }

  /** base^(p/q): the polynomial raised for an integer, a power of the radical kernel base^(1/q) otherwise. */
  private power(node: Extract<Expr, { kind: 'pow' }>, base: Laurent): Laurent {
    const exponent = node.args[1];
    if (exponent.kind !== 'num' || exponent.exact === null) return this.kernel(node, { kind: 'call', node });
    if (L.constantValue(base) !== undefined) return this.kernel(node, this.leaf(false)); // a number
    const { num, den } = exponent.exact;
    const k = Number(num < 0n ? -num : num);
    if (k > MAX_INTEGER_POWER) return this.kernel(node, { kind: 'call', node });
    let raised = base;
    if (den !== 1n) {
      const q = Number(den);
      const root = powNode(node.args[0], exactNum(Q.rational(1n, den)));
      // Printing reads a radical's baseExpr and q only; its base as a rational function is the normal
      // form's, for reducing powers, which here stay Laurent monomials.
      raised = this.kernel(root, { kind: 'root', of: base, q }, { kind: 'root', base: fromPoly([]), baseExpr: node.args[0], q });
    }
    return L.pow(num < 0n ? this.reciprocal(raised) : raised, k, this.budget);
  }

  /** 1/e for a converted node: 1/(v^k) is (1/v)^k, so 1/(1 + x)^2 keeps 1 + x whole rather than 1/(x^2 + 2x + 1). */
  private reciprocalOf(e: Expr): Laurent {
    const exponent = e.kind === 'pow' ? e.args[1] : undefined;
    if (e.kind === 'pow' && exponent?.kind === 'num' && exponent.exact !== null && exponent.exact.den === 1n &&
      exponent.exact.num > 1n && exponent.exact.num <= BigInt(MAX_INTEGER_POWER)) {
      return L.pow(this.reciprocal(this.polys.get(e.args[0]) as Laurent), Number(exponent.exact.num), this.budget);
    }
    return this.reciprocal(this.polys.get(e) as Laurent);
  }

  /** 1/p: a monomial's inverse (negative powers), else the kernel 1/p, one per distinct polynomial. */
  private reciprocal(p: Laurent): Laurent {
    const inverse = L.monomialInverse(p);
    if (inverse !== undefined) return inverse;
    const expr = this.toExpr(p);
    return this.kernel(div(one, expr), { kind: 'reciprocal', of: p }, { kind: 'reciprocal', of: expr });
  }

  private leaf(isVariable: boolean): Rule {
    return { kind: 'leaf', derivative: isVariable ? L.constant(Q.ONE) : L.ZERO };
  }

  private kernel(expr: Expr, rule: Rule, role: KernelRole = { kind: 'plain' }): Laurent {
    const v = this.kernels.indexOf(expr, role);
    if (this.rules[v] === undefined) this.rules[v] = rule;
    return L.kernelPower(v);
  }
}
