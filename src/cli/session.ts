// The REPL's meaning, apart from any terminal: one statement in, one reply out. A statement is an
// expression, a definition `name = …`, a point `… at x=2`, a Leibniz derivative `d/dx …` or a
// command `:diff …` (repl-help.ts says it for users). Used in-process for piped input and inside
// the worker thread behind the terminal.

import {
  diff, evaluate, ExpressionTooLargeError, format, freeVariables, isReservedName, simplify, substitute, type Expr,
} from '../index.js';
import { UserError } from './cli-errors.js';
import { numberText, unprintedDefinition } from './notation.js';
import { assignmentsIn, treePoint } from './point.js';
import { runReplCommand } from './repl-commands.js';
import { problemOf, type Problem } from './report.js';
import { parseSlice, subSlice, wholeSlice, type Slice } from './slice.js';

export interface Reply {
  /** What to print on stdout ('' for nothing). */
  readonly output: string;
  readonly problem?: Problem;
  readonly defined?: { readonly name: string; readonly tree: Expr };
  readonly forgotten?: readonly string[];
  /** The new `:share` setting. */
  readonly share?: boolean;
  readonly quit?: boolean;
}

/** `name =` at the start of a statement. */
const DEFINITION = /^\s*([A-Za-z_]\w*)\s*=/;
/** `at` before a point's first `name=`. */
const AT = /(?<!\w)at\s+(?=[A-Za-z_]\w*\s*=)/;
/** `d/dx` or `d^n/dx^n`, followed by a space, `(` or the end. */
const LEIBNIZ = /^\s*d(?:\^(\d+))?\/d([A-Za-z_]\w*)(?:\^(\d+))?(?=[\s(]|$)/;

export class Session {
  /** Each defined name with its tree, expanded when it was defined. */
  readonly definitions = new Map<string, Expr>();
  share = false;

  run(statement: string): Reply {
    try {
      return this.statement(statement);
    } catch (e) {
      return { output: '', problem: problemOf(e, ':share on') };
    }
  }

  private statement(source: string): Reply {
    const trimmed = source.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return { output: '' };
    const whole = wholeSlice(source);
    if (trimmed.startsWith(':')) return runReplCommand(this, whole);
    const definition = DEFINITION.exec(source);
    if (definition !== null) return this.define(definition[1] as string, subSlice(whole, definition[0].length));
    return { output: this.present(this.value(whole)) };
  }

  private define(name: string, rhs: Slice): Reply {
    if (isReservedName(name)) throw new UserError(`'${name}' cannot be defined: it is the name of a function or a constant`);
    const tree = this.value(rhs);
    this.definitions.set(name, tree);
    const defined = { name, tree };
    try {
      // With :share on, the shared lines come first and the definition is the last line.
      const lines = format(tree, { share: this.share }).split('\n');
      lines.push(`${name} = ${lines.pop() as string}`);
      return { output: lines.join('\n'), defined };
    } catch (e) {
      if (!(e instanceof ExpressionTooLargeError)) return { output: '', defined, problem: problemOf(e, ':share on') };
      // Too long to print is no failure: the definition is made, and shown by its size.
      const how = this.share ? 'too long to print even with :share on' : 'too long to print; :share on prints it';
      return { output: unprintedDefinition(name, tree, how), defined };
    }
  }

  /** A statement's expression: Leibniz prefixes, the expression, an optional point; simplified. */
  value(slice: Slice): Expr {
    const at = AT.exec(slice.text);
    const e = this.term(at === null ? slice : subSlice(slice, 0, at.index));
    if (at === null) return simplify(e);
    const point = treePoint(assignmentsIn(subSlice(slice, at.index + at[0].length)), (v) => this.expand(v));
    return simplify(substitute(e, point));
  }

  /** An expression with Leibniz prefixes (`d/dx d/dy f`), the definitions substituted. */
  term(slice: Slice): Expr {
    const steps: { variable: string; order: number }[] = [];
    let rest = slice;
    for (let m = LEIBNIZ.exec(rest.text); m !== null; m = LEIBNIZ.exec(rest.text)) {
      if (m[1] !== m[3]) throw new UserError(`write d/dx or d^n/dx^n with the same n twice, not '${m[0].trim()}'`);
      steps.push({ variable: m[2] as string, order: m[1] === undefined ? 1 : Number(m[1]) });
      rest = subSlice(rest, m[0].length);
    }
    let e = this.expand(parseSlice(rest));
    // The innermost derivative (the last written) is taken first.
    for (const { variable, order } of steps.reverse()) e = diff(e, variable, order);
    return e;
  }

  expand(e: Expr): Expr {
    return substitute(e, this.definitions);
  }

  /** The printed form, and ` = value` when no variable is left and the value says more. */
  present(e: Expr): string {
    const text = format(e, { share: this.share });
    if (freeVariables(e).length > 0) return text;
    const value = numberText(evaluate(e));
    return value === text ? text : `${text} = ${value}`;
  }
}
