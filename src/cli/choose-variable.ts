// The variable to differentiate by: the one named, or else the expression's only variable.

import { freeVariables, type Expr } from '../index.js';
import { UserError } from './cli-errors.js';

export function chooseVariable(e: Expr, named: string | undefined): string {
  if (named !== undefined) return named;
  const names = freeVariables(e);
  if (names.length === 1) return names[0] as string;
  throw new UserError(names.length === 0
    ? 'the expression has no variable: name the one to differentiate by'
    : `the expression has several variables (${names.join(', ')}): name the one to differentiate by`);
}
