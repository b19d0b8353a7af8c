// Straight-line JavaScript: one statement per temporary, never a nested expression (V8 refuses deeply
// nested source), and never user text: parameters are `a0, a1, …`, temporaries `t0, t1, …`, values
// of the caller `k0, k1, …`, and the only other text comes from the function table and from numbers.
//
// Temporaries are `let` locals (fastest: V8 keeps them in registers) up to LOCALS_LIMIT; past it, the
// finished code is rewritten once to keep them in slots of one preallocated Float64Array
// (200,000 locals overflow V8's stack). Names `t<digits>` belong to the emitter alone.

import { InvalidArgumentError } from '../errors.js';

/** Past this many temporaries and parameters, temporaries live in a Float64Array, not in locals. */
export const LOCALS_LIMIT = 50_000;
/** Statements per function once temporaries are in slots. */
const CHUNK = 5_000;
/** Past this many parameters, the arguments arrive as one rest array (V8 caps parameter lists). */
export const PARAMETERS_LIMIT = 1_000;

// A temporary's declaration or use: `t<digits>` standing alone, which no table `js` text or number contains.
const TEMPORARY = /(?:let )?\bt(\d+)\b/g;

/** A compiled straight-line function. */
export type Compiled<T> = (...args: number[]) => T;

/**
 * Collects straight-line code over `parameterCount` numeric arguments, then builds the function.
 * `compile` emits a tree's values and returns the root's; `compileGradient` can emit values, then
 * adjoints (`accumulator` + `statement(`${adjoint} += …`)`), write them into a bound output array
 * and return a bound result object.
 */
export class Emitter {
  private readonly lines: string[] = [];
  private readonly pure = new Map<string, string>();
  private readonly bound: unknown[] = [];
  private temporaries = 0;

  constructor(readonly parameterCount: number) {
    if (!Number.isSafeInteger(parameterCount) || parameterCount < 0) {
      throw new RangeError(`Emitter: a parameter count must be a non-negative integer, got ${parameterCount}`);
    }
  }

  /** The text of argument `i` (converted to a number on entry; a missing one is NaN). */
  parameter(i: number): string {
    if (!Number.isSafeInteger(i) || i < 0 || i >= this.parameterCount) throw new RangeError(`Emitter: no parameter ${i}`);
    return this.restParameters ? `a[${i}]` : `a${i}`;
  }

  /**
   * A temporary holding the pure expression `code` over operands this emitter gave out: the same
   * code twice gives the same temporary (value numbering), so each distinct value is computed once.
   * An accumulator may appear in `code` only once it is final (no `+=` after).
   */
  value(code: string): string {
    let name = this.pure.get(code);
    if (name === undefined) {
      name = this.declare(code);
      this.pure.set(code, name);
    }
    return name;
  }

  /** A fresh temporary starting at `code` that later statements may update (an adjoint's `+=`). */
  accumulator(code: string): string {
    return this.declare(code);
  }

  /** A statement written by the caller from operands this emitter gave out, e.g. `${g}[0] = ${t};`. */
  statement(code: string): void {
    this.lines.push(code);
  }

  /** A name under which the generated code sees `value` (an output array, a reused result object). */
  bind(value: unknown): string {
    this.bound.push(value);
    return `k${this.bound.length - 1}`;
  }

  /** The function: the statements so far, then `return ${result};`. */
  build<T = number>(result: string): Compiled<T> {
    const n = this.parameterCount;
    const names = Array.from({ length: n }, (_, i) => `a${i}`);
    const parameters = this.restParameters ? 'a' : names.join(', ');
    // Convert each argument once, on entry: `+a` costs nothing on numbers and keeps `'2' + 1` from concatenating.
    const entry = this.restParameters ? [`for (let i = 0; i < ${n}; i++) a[i] = +a[i];`] : names.map((a) => `${a} = +${a};`);
    const inArray = this.temporaries + n > LOCALS_LIMIT;
    const [functions, body] = inArray ? chunked(this.lines, parameters) : [[], this.lines];
    const toSlots = (code: string) => (inArray ? code.replace(TEMPORARY, 't[$1]') : code);
    const source = [
      "'use strict';",
      ...functions.map(toSlots),
      `return function compiled(${this.restParameters ? '...a' : parameters}) {`,
      ...entry, ...body.map(toSlots), toSlots(`return ${result};`), '};',
    ].join('\n');
    const factory = new Function('t', ...this.bound.map((_, i) => `k${i}`), source);
    return factory(inArray ? new Float64Array(this.temporaries) : undefined, ...this.bound) as Compiled<T>;
  }

  private get restParameters(): boolean {
    return this.parameterCount > PARAMETERS_LIMIT;
  }

  private declare(code: string): string {
    const name = `t${this.temporaries++}`;
    this.lines.push(`let ${name} = ${code};`);
    return name;
  }
}

/**
 * A number as JavaScript source. Only a number primitive gets here (a forged `'1); evil('` does not),
 * and `String` of a number is always a numeric literal; negatives and -0 are parenthesised so that
 * `-` and `**` next to them parse as meant.
 */
export function numberLiteral(x: number): string {
  if (typeof x !== 'number') throw new InvalidArgumentError(`numberLiteral: not a number: ${typeof x}`);
  if (Number.isNaN(x)) return '(0 / 0)';
  if (x === Infinity) return '(1 / 0)';
  if (x === -Infinity) return '(-1 / 0)';
  if (Object.is(x, -0)) return '(-0)';
  return x < 0 ? `(${String(x)})` : String(x);
}

/**
 * Long code as functions of CHUNK statements each, called in order (V8 compiles, and optimizes, small
 * functions where it leaves one huge one to the interpreter). Temporaries must be in slots by then.
 */
function chunked(lines: readonly string[], parameters: string): [functions: string[], calls: string[]] {
  const functions: string[] = [];
  const calls: string[] = [];
  for (let i = 0; i < lines.length; i += CHUNK) {
    const name = `c${functions.length}`;
    functions.push(`function ${name}(${parameters}) {\n${lines.slice(i, i + CHUNK).join('\n')}\n}`);
    calls.push(`${name}(${parameters});`);
  }
  return [functions, calls];
}
