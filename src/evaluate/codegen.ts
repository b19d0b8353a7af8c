// Straight-line JavaScript: one statement per temporary, never a nested expression (V8 refuses deeply
// nested source), and never user text: parameters are `a0, a1, …`, temporaries `t0, t1, …`, values
// of the caller `k0, k1, …`, and the only other text comes from the function table and from numbers.
//
// Temporaries are `let` locals (fastest: V8 keeps them in registers). Long code is cut into small
// functions over shared slots (chunks.ts), which V8 optimizes where it would leave one huge function
// to the interpreter; so is code with more than LOCALS_LIMIT temporaries, whatever its length
// (200,000 locals in one function overflow V8's stack). Names `t<digits>` belong to the emitter alone.

import { describe } from '../ast/names.js';
import { InvalidArgumentError } from '../errors.js';
import { chunked } from './chunks.js';

/** Past this many temporaries and parameters, code is always cut into chunks. */
export const LOCALS_LIMIT = 50_000;
/** Past this many parameters, the arguments arrive as one rest array (V8 caps parameter lists). */
export const PARAMETERS_LIMIT = 1_000;
/**
 * Past this many parameters, code is cut into chunks however short, so that the arguments are read
 * in one loop: V8's optimizing compiler keeps every parameter at every point that may deoptimize, so
 * its work grows as parameters × statements, and meanwhile the code runs unoptimized. Measured on
 * 1/k/1 values (Node 20.20): at 386 parameters one function is as fast as chunks (3.5 against 3.7 µs
 * a call), at 578 it is not yet optimized where chunks are (13.5 against 5.9 µs).
 */
export const PARAMETERS_IN_ONE_FUNCTION = 400;

/** When code is cut into chunks (more statements than `above`), and how long each is. */
export interface Chunking {
  readonly above: number;
  readonly size: number;
}

/**
 * Measured on the 1/k/1 networks' gradients (Node 20.20): as one function, 1/64/1 (1,100 statements)
 * takes 1.38 µs against 1.51 µs in chunks, and 1/128/1 (2,200) 3.27 µs against 3.25 µs; 1/256/1 (4,400)
 * is no longer optimized, 33 µs against 6.3 µs in chunks. Chunks of 250 to 1,000 statements do
 * equally well; chunks of 2,000 were not optimized.
 */
export const CHUNKING: Chunking = { above: 2_000, size: 500 };

/** A compiled straight-line function. */
/**
 * A compiled function: its arguments in order, as the contract has it; and `fromArray(x)`, the same
 * function reading its arguments from an array (x[i] the i-th), for callers that hold a point as an
 * array, as an optimizer does: spreading 1,000 arguments into a call costs more than a sparse Hessian.
 */
export type Compiled<T> = ((...args: number[]) => T) & { readonly fromArray: (x: ArrayLike<number>) => T };

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
  private readonly boundOnce = new Map<unknown, string>();
  private temporaries = 0;

  constructor(readonly parameterCount: number, private readonly chunking: Chunking = CHUNKING) {
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

  /** The same, bound once however often asked (a function table row's `value`, called at many sites). */
  bindOnce(value: unknown): string {
    let name = this.boundOnce.get(value);
    if (name === undefined) this.boundOnce.set(value, (name = this.bind(value)));
    return name;
  }

  /** The function: the statements so far, then `return ${result};`. */
  build<T = number>(result: string): Compiled<T> {
    const n = this.parameterCount;
    const names = Array.from({ length: n }, (_, i) => `a${i}`);
    const parameters = this.restParameters ? '...a' : names.join(', ');
    const bound = this.bound.map((_, i) => `k${i}`);
    // Convert each argument once, on entry: `+a` costs nothing on numbers and keeps `'2' + 1` from concatenating.
    const oneFunction = this.lines.length <= this.chunking.above && n <= PARAMETERS_IN_ONE_FUNCTION
      && this.temporaries + n <= LOCALS_LIMIT;
    if (oneFunction) {
      const entry = names.map((a) => `${a} = +${a};`); // (never a rest array: PARAMETERS_LIMIT is larger)
      const fromArray = names.map((a, i) => `const ${a} = +x[${i}];`);
      const source = ["'use strict';",
        `function compiled(${parameters}) {`, ...entry, ...this.lines, `return ${result};`, '}',
        'function fromArray(x) {', ...fromArray, ...this.lines, `return ${result};`, '}',
        'return [compiled, fromArray];'];
      const [compiled, array] = new Function(...bound, source.join('\n'))(...this.bound) as [Compiled<T>, (x: ArrayLike<number>) => T];
      return withArrayEntry(compiled, array, n);
    }
    const chunks = chunked(this.lines, result, this.temporaries, this.chunking.size);
    // A loop, not one statement per parameter (see PARAMETERS_IN_ONE_FUNCTION): with 770 conversions
    // that may each deoptimize, 1/256/1's gradient took 40,000 calls to reach 7 µs a call; with the
    // loop it reaches 9 µs in 4,000.
    const entry = [`for (let i = 0; i < ${n}; i++) p[i] = +${this.restParameters ? 'a[i]' : 'arguments[i]'};`];
    const source = [
      "'use strict';", ...chunks.functions,
      `function compiled(${parameters}) {`, ...entry, ...chunks.calls, `return ${chunks.result};`, '}',
      'function fromArray(x) {', `for (let i = 0; i < ${n}; i++) p[i] = +x[i];`, ...chunks.calls, `return ${chunks.result};`, '}',
      'return [compiled, fromArray];',
    ];
    const factory = new Function('s', 'p', ...bound, source.join('\n'));
    const [compiled, array] = factory(new Float64Array(this.temporaries), new Float64Array(n), ...this.bound) as
      [Compiled<T>, (x: ArrayLike<number>) => T];
    return withArrayEntry(compiled, array, n);
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

/** `compiled` with its `fromArray`, which checks that it is given an array of the right length. */
export function withArrayEntry<T>(compiled: Compiled<T>, array: (x: ArrayLike<number>) => T, n: number): Compiled<T> {
  const fromArray = (x: ArrayLike<number>): T => {
    if (x === null || typeof x !== 'object' || x.length !== n) {
      throw new InvalidArgumentError(`fromArray: expected an array of ${n} numbers, got ${describe(x)}`);
    }
    return array(x);
  };
  return Object.defineProperty(compiled, 'fromArray', { value: fromArray, enumerable: false });
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
