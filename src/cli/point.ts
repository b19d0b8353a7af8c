// Points written as `name=value`: on the command line one argument each (`x=1 y=2`), in the REPL
// after `at` or a command's expression (`x=1, y=pi/4`). A value is an expression: `x=-1`, `x=pi/4`.

import { checkVariableName, evaluate, UnboundVariableError, type Expr } from '../index.js';
import { UserError } from './cli-errors.js';
import { isBlank, parseSlice, subSlice, type Slice } from './slice.js';

export interface Assignment {
  readonly name: string;
  readonly value: Slice;
}

/** `name =` (an identifier not preceded by a letter or digit), where a point's assignments start. */
const ASSIGNMENT_START = /(?<![\w.])[A-Za-z_]\w*\s*=/;

/** Where the first `name=` of `text` starts, or -1. */
export function firstAssignment(text: string): number {
  return ASSIGNMENT_START.exec(text)?.index ?? -1;
}

/** The assignments `slice` holds, separated by spaces or commas; anything before the first is an error. */
export function assignmentsIn(slice: Slice): Assignment[] {
  const starts = [...slice.text.matchAll(new RegExp(ASSIGNMENT_START, 'g'))];
  const first = starts[0]?.index ?? slice.text.length;
  if (!isBlank(subSlice(slice, 0, first))) throw new UserError(`expected name=value, got '${slice.text.slice(0, first).trim()}'`);
  return starts.map((match, i) => {
    const end = starts[i + 1]?.index ?? slice.text.length;
    const valueStart = (match.index as number) + match[0].length;
    // `x=1, y=2`: the comma belongs to neither value.
    const value = subSlice(slice, valueStart, end);
    const trailingComma = /,\s*$/.exec(value.text);
    return {
      name: match[0].slice(0, -1).trim(),
      value: trailingComma === null ? value : subSlice(value, 0, trailingComma.index),
    };
  });
}

/** The point as trees (`f at x=y+1` substitutes), each value passed through `prepare`. */
export function treePoint(assignments: readonly Assignment[], prepare: (e: Expr) => Expr): Map<string, Expr> {
  const point = new Map<string, Expr>();
  for (const { name, value } of assignments) {
    checkVariableName(name, 'a point variable');
    if (point.has(name)) throw new UserError(`'${name}' is given twice in the point`);
    point.set(name, prepare(parseSlice(value)));
  }
  return point;
}

/** The point as numbers: each value must be constant (`x=pi/4`; a REPL definition may be used in it). */
export function numericPoint(assignments: readonly Assignment[], prepare: (e: Expr) => Expr = (e) => e): Record<string, number> {
  const entries = [...treePoint(assignments, prepare)].map(([name, tree]): [string, number] => {
    try {
      return [name, evaluate(tree)];
    } catch (e) {
      if (!(e instanceof UnboundVariableError)) throw e;
      throw new UserError(`the value of '${name}' must be a number, not an expression in '${e.variable}'`);
    }
  });
  // Object.fromEntries makes own data properties, `__proto__` included.
  return Object.fromEntries(entries);
}
