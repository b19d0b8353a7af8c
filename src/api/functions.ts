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
import { simplify as simplifyOf } from '../simplify/simplify.js';
import { acceptsText } from './coerce.js';

export const evaluate = acceptsText(evaluateOf);
export const compile = acceptsText(compileOf);
export const simplify = acceptsText(simplifyOf);
export const differentiate = acceptsText(differentiateOf);
export const diff = acceptsText(diffOf);
export const gradient = acceptsText(gradientOf);
export const differential = acceptsText(differentialOf);
export const finiteDifference = acceptsText(finiteDifferenceOf);
export const finiteDifferenceSweep = acceptsText(sweepOf);
export const directionalDerivative = acceptsText(directionalDerivativeOf);
export const valueAndGrad = acceptsText(valueAndGradOf);
export const reverseModeTrace = acceptsText(reverseModeTraceOf);
export const compileGradient = acceptsText(compileGradientOf);
