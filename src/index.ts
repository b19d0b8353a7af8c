// The public surface of symdiff (CONTRACT.md): re-exports only, no logic.

export { MAX_NESTING, parse } from './parser/parse.js';
export { format, MAX_OUTPUT_CHARS, type FormatOptions } from './print/format.js';
export { toLatex } from './print/latex.js';
export { formatTree, MAX_TREE_DEPTH, nodeLabel } from './print/tree.js';
export {
  compile, compileGradient, diff, differential, differentiate, directionalDerivative, evaluate, finiteDifference,
  finiteDifferenceSweep, gradient, reverseModeTrace, simplify, taylor, taylorCoefficients, valueAndGrad,
  compileHessian, hessian, hessianVectorProduct, jacobian, cancel, expand, together,
  checkDerivative, derivationSteps, equivalent,
} from './api/functions.js';
export type { Derivation, DerivationOptions, DerivationStep } from './teach/derivation-step.js';
export type { StepRule } from './teach/step-rule.js';
export type { EquivalenceOptions } from './teach/options.js';
export type { Equivalence, EquivalenceVerdict } from './teach/equivalent.js';
export type { DerivativeCheck } from './teach/check-derivative.js';
export type { Mistake } from './teach/diagnose.js';
export { MISTAKE_KINDS, type MistakeKind } from './teach/mistake-kind.js';
export { simplifyTraced, type SimplificationStep } from './api/simplify-traced.js';
export { sparsity, type HessianResult, type HessianVectorProduct } from './second/index.js';
export { MAX_ORDER as MAX_TAYLOR_ORDER } from './series/expansion.js';
export type { FiniteDifferenceOptions, Scheme, SweepOptions, SweepRow } from './numeric/finite-difference.js';
export type { TraceNode } from './ad/reverse.js';
export type { Compiled } from './evaluate/codegen.js';

export { ExpressionTooLargeError, InvalidArgumentError, ParseError, UnboundVariableError } from './errors.js';

// Builders: the exact constructors, for trees written in code.
export {
  E, PI, abs, acos, acosh, add, asin, asinh, atan, atanh, call, constant, cos, cosh, cot, csc, div, exp, log,
  mul, neg, num, pow, sec, sigmoid, sign, sin, sinh, sqrt, sub, tan, tanh, variable, type ExprLike,
  sech, csch, coth, asec, acsc, acot, asech, acsch, acoth, erf, erfc, erfi, Ei, li, Si, Ci, Shi, Chi,
  fresnels, fresnelc, gamma, digamma, polygamma, lowergamma, uppergamma, polylog, ellipticK, ellipticE, ellipticF,
} from './ast/builders.js';

// The tree itself, for code that walks or inspects it.
export type {
  Add, Call, Const, ConstantName, Div, Expr, Kind, Mul, Neg, Num, Pow, Sub, Var,
} from './ast/expr.js';
export { children, withChildren } from './ast/expr.js';
export { foldAll, postorder } from './ast/walk.js';
export { pack, unpack, type PackedNode, type PackedTree } from './ast/transfer.js';
export { freeVariables } from './ast/variables.js';
export { substitute } from './ast/substitute.js';
export { checkVariableName, isReserved as isReservedName, isVariableName } from './ast/names.js';
export { equals } from './ast/equality.js';
export { dagSize, distinctOperatorCount, operatorCount, treeSize } from './api/sizes.js';
export { FUNCTIONS, FUNCTION_NAMES, type FunctionName, type FunctionRow } from './ast/functions.js';
export { OPERATORS, OPERATOR_KINDS, type OperatorKind, type OperatorRow } from './ast/operators.js';
export { CONSTANTS, CONSTANT_NAMES, type ConstantRow } from './ast/constants.js';
export type { Arithmetic } from './ast/arithmetic.js';
export type { Rational } from './ast/rational.js';

// The lecture's 1/k/1 tanh network, its data set, loss and gradient descent (web page, examples, bench).
export * as neuralNetwork from './network/index.js';
