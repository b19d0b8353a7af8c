// What a number or a name means: exact or float numbers, constants, variables and the function table's
// names (with their aliases), and how many arguments a call takes. The grammar asks; the table answers.

import { constNode, varNode, type Expr, type Num } from '../ast/expr.js';
import { FUNCTIONS } from '../ast/functions.js';
import { ALIAS_ARITIES, FUNCTION_ALIASES, FUNCTION_NAMES, type FunctionName } from '../ast/function-names.js';
import { exactNum, floatNum } from '../ast/numbers.js';
import { CONSTANT_NAMES, isConstantName } from '../ast/constants.js';
import { rational } from '../ast/rational.js';

/** The number an integer literal (digits only) stands for: exact, of any size. */
export const integerValue = (digits: string): Num => exactNum(rational(BigInt(digits)));

/** The number a decimal literal stands for, or undefined when it overflows to Infinity (`1e999`). */
export function decimalValue(text: string): Num | undefined {
  const value = Number(text);
  return Number.isFinite(value) ? floatNum(value) : undefined;
}

// A Map, not an object, so that `constructor` or `__proto__` can never look like a function.
const CALLABLE: ReadonlyMap<string, FunctionName> = new Map<string, FunctionName>([
  ...FUNCTION_NAMES.map((name) => [name, name] as const),
  ...Object.entries(FUNCTION_ALIASES),
]);

// Most names are variables: their first letter alone usually says so, without hashing the name.
const INITIALS: ReadonlySet<number> = new Set([...CALLABLE.keys()].map((name) => name.charCodeAt(0)));

/** The function of the table a name calls (`ln` calls `log`), or undefined for any other name. */
export const functionNamed = (name: string): FunctionName | undefined =>
  (INITIALS.has(name.charCodeAt(0)) ? CALLABLE.get(name) : undefined);

/** A name that is not a function: the constant `pi` or `e`, or a variable. */
// Most names are variables: their first letter alone usually says they are no constant either.
const CONSTANT_INITIALS: ReadonlySet<number> = new Set(CONSTANT_NAMES.map((name) => name.charCodeAt(0)));

export const nameValue = (name: string): Expr =>
  (CONSTANT_INITIALS.has(name.charCodeAt(0)) && isConstantName(name) ? constNode(name) : varNode(name));

/** How many arguments `fn` takes under the name typed (the table's row, or less for an alias such as `ln`). */
export const aritiesOf = (typed: string, fn: FunctionName): readonly number[] =>
  (Object.hasOwn(ALIAS_ARITIES, typed) ? ALIAS_ARITIES[typed] as readonly number[] : FUNCTIONS[fn].arities);

/** True when `fn`, called by the name typed, accepts that many arguments. */
export const acceptsArity = (typed: string, fn: FunctionName, count: number): boolean => aritiesOf(typed, fn).includes(count);
