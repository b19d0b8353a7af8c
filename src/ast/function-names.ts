// The names of the functions of the table (functions.ts), kept apart so types can name a function
// without depending on the table's rows (which themselves build calls).

export const FUNCTION_NAMES = [
  'sin', 'cos', 'tan', 'sec', 'csc', 'cot', 'asin', 'acos', 'atan',
  'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh',
  'exp', 'log', 'sqrt', 'abs', 'sign', 'sigmoid',
  'sech', 'csch', 'coth', 'asec', 'acsc', 'acot', 'asech', 'acsch', 'acoth',
  'erf', 'erfc', 'erfi', 'Ei', 'li', 'Si', 'Ci', 'Shi', 'Chi', 'fresnels', 'fresnelc',
  'gamma', 'digamma', 'polygamma', 'lowergamma', 'uppergamma', 'polylog',
  'elliptic_k', 'elliptic_e', 'elliptic_f',
] as const;

export type FunctionName = (typeof FUNCTION_NAMES)[number];

/** Other spellings the parser accepts. */
export const FUNCTION_ALIASES: Readonly<Record<string, FunctionName>> = { ln: 'log' };

/** What an alias takes where it takes less than its function: `ln` is the natural log alone (CONTRACT.md). */
export const ALIAS_ARITIES: Readonly<Record<string, readonly number[]>> = { ln: [1] };

const NAMES: ReadonlySet<string> = new Set(FUNCTION_NAMES);

export function isFunctionName(name: string): name is FunctionName {
  return NAMES.has(name);
}
