// The public functions of CONTRACT.md that take an expression: each accepts a tree or its text, and
// the text is parsed here, once (coerce.ts). The layers below (evaluate, simplify, diff, ad, numeric)
// take trees only and never import the parser.

import { compileGradient as compileGradientOf } from '../ad/compile-gradient.js';
import { directionalDerivative as directionalDerivativeOf } from '../ad/forward.js';
import { reverseModeTrace as reverseModeTraceOf, valueAndGrad as valueAndGradOf } from '../ad/reverse.js';
import { diff as diffOf } from '../diff/diff.js';
import { differential as differentialOf } from '../diff/differential.js';
import { differentiate as differentiateOf } from '../diff/differentiate.js';
import { gradient as gradientOf } from '../diff/gradient.js';
import { compile as compileOf } from '../evaluate/compile.js';
import { evaluate as evaluateOf } from '../evaluate/evaluate.js';
import { finiteDifference as finiteDifferenceOf, finiteDifferenceSweep as sweepOf } from '../numeric/finite-difference.js';
import {
  compileHessian as compileHessianOf, hessian as hessianOf, hessianVectorProduct as hessianVectorProductOf, jacobian as jacobianOf,
} from '../second/index.js';
import { asParsed } from '../ast/as-parsed.js';
import { describe } from '../ast/names.js';
import { InvalidArgumentError } from '../errors.js';
import { cancel as cancelOf, expand as expandOf, together as togetherOf } from '../normal/rewrites.js';
import { checkDerivative as checkDerivativeOf, type DerivativeCheck } from '../teach/check-derivative.js';
import { derivationSteps as derivationStepsOf } from '../teach/derivation-steps.js';
import { equivalent as equivalentOf, type Equivalence } from '../teach/equivalent.js';
import type { EquivalenceOptions } from '../teach/options.js';
import { taylor as taylorOf, taylorCoefficients as taylorCoefficientsOf } from '../series/taylor.js';
import { simplify as simplifyOf } from '../simplify/simplify.js';
import type { Expr } from '../ast/expr.js';
import { acceptsText, toExpr } from './coerce.js';

export const evaluate = acceptsText(evaluateOf);
export const compile = acceptsText(compileOf);
export const simplify = acceptsText(simplifyOf);
/** D's tree in the parser's shape (as-parsed.ts): D folds numbers into nodes such as -2 that text parses as -(2). */
export const differentiate = acceptsText((expr: Expr, variable: string): Expr => asParsed(differentiateOf(expr, variable)));
export const diff = acceptsText(diffOf);
export const gradient = acceptsText(gradientOf);
export const differential = acceptsText(differentialOf);
export const finiteDifference = acceptsText(finiteDifferenceOf);
export const finiteDifferenceSweep = acceptsText(sweepOf);
export const directionalDerivative = acceptsText(directionalDerivativeOf);
export const valueAndGrad = acceptsText(valueAndGradOf);
export const reverseModeTrace = acceptsText(reverseModeTraceOf);
export const compileGradient = acceptsText(compileGradientOf);

/** The point of a Taylor series: a number, or a constant expression or a symbol (tree or text). */
const pointOf = (at: number | string | Expr): number | Expr => (typeof at === 'number' ? at : toExpr(at));
export const taylor = (expr: Expr | string, variable: string, at: number | string | Expr, order: number): Expr =>
  taylorOf(toExpr(expr), variable, pointOf(at), order);
export const taylorCoefficients = (expr: Expr | string, variable: string, at: number | string | Expr, order: number): Expr[] =>
  taylorCoefficientsOf(toExpr(expr), variable, pointOf(at), order);

export const hessian = acceptsText(hessianOf);
export const hessianVectorProduct = acceptsText(hessianVectorProductOf);
export const compileHessian = acceptsText(compileHessianOf);
/** One row per expression (trees or their texts). */
export const jacobian = (exprs: (Expr | string)[], variables?: string[]): Expr[][] => {
  if (!Array.isArray(exprs)) throw new InvalidArgumentError(`jacobian: expected an array of expressions, got ${describe(exprs)}`);
  return jacobianOf(exprs.map(toExpr), variables);
};

export const expand = acceptsText(expandOf);
export const together = acceptsText(togetherOf);
export const cancel = acceptsText(cancelOf);

export const derivationSteps = acceptsText(derivationStepsOf);
export const equivalent = (a: Expr | string, b: Expr | string, options?: EquivalenceOptions): Equivalence =>
  equivalentOf(toExpr(a), toExpr(b), options);
export const checkDerivative = (answer: Expr | string, expr: Expr | string, variable: string, options?: EquivalenceOptions): DerivativeCheck =>
  checkDerivativeOf(toExpr(answer), toExpr(expr), variable, options);
