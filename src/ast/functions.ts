// THE function table: one row per function, the single source of truth that the parser, evaluator,
// compiler, printers, symbolic D, forward and reverse mode all read. The rows live by family in
// functions/ (the columns are described in functions/row.ts). Adding `erf` is one row in a family
// file, its name in function-names.ts and one builder line in builders.ts; the table's type makes a
// missing row a compile error.

import type { FunctionName } from './function-names.js';
import { ELLIPTIC } from './functions/elliptic.js';
import { ERROR_FUNCTIONS } from './functions/error-functions.js';
import { EXPONENTIAL } from './functions/exponential.js';
import { GAMMA } from './functions/gamma.js';
import { HYPERBOLIC } from './functions/hyperbolic.js';
import { INCOMPLETE_GAMMA } from './functions/incomplete-gamma.js';
import { INTEGRALS } from './functions/integrals.js';
import { PIECEWISE } from './functions/piecewise.js';
import { POLYLOG } from './functions/polylog.js';
import { RECIPROCAL } from './functions/reciprocal.js';
import type { FunctionRow } from './functions/row.js';
import { TRIGONOMETRIC } from './functions/trigonometric.js';

export const FUNCTIONS: Readonly<Record<FunctionName, FunctionRow>> = {
  ...TRIGONOMETRIC, ...HYPERBOLIC, ...EXPONENTIAL, ...PIECEWISE,
  ...RECIPROCAL, ...ERROR_FUNCTIONS, ...INTEGRALS, ...GAMMA, ...INCOMPLETE_GAMMA, ...POLYLOG, ...ELLIPTIC,
};

export type { FunctionRow } from './functions/row.js';
export { FUNCTION_ALIASES, FUNCTION_NAMES, isFunctionName, type FunctionName } from './function-names.js';
