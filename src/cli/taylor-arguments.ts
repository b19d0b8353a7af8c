// The words of `taylor`: the variable, the point `at` (any constant expression: 0, pi/4, -1) and the
// order (decimal digits; the library judges the range).

import { parse, type Expr } from '../index.js';
import { UserError } from './cli-errors.js';

export interface TaylorArguments {
  readonly variable: string;
  readonly at: Expr;
  readonly atText: string;
  readonly order: number;
}

export function taylorArguments(words: readonly string[], usage: string): TaylorArguments {
  const [variable, atText, orderText] = words;
  if (variable === undefined || atText === undefined || orderText === undefined || words.length > 3) {
    throw new UserError(`taylor needs the variable, the point and the order: ${usage}`);
  }
  if (!/^\d+$/.test(orderText.trim())) throw new UserError(`the order must be a non-negative integer, got '${orderText}'`);
  return { variable, at: parse(atText), atText, order: Number(orderText) };
}
