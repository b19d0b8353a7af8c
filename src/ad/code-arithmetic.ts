// Arithmetic on generated code: the operator table's numeric `slopes` column emitted as straight-line
// JavaScript, so the generated gradient computes the very partials (and limits) of the interpreter.
// A value is a literal number, folded at generation time (x^2 sends 2·x, a factor 1 disappears), or
// code emitted on first use only, so partials of children that need none cost nothing.

import type { Arithmetic } from '../ast/arithmetic.js';
import { numberLiteral, type Emitter } from '../evaluate/codegen.js';

export type Code = { readonly literal: number } | { readonly literal?: undefined; readonly operand: () => string };

export const literal = (x: number): Code => ({ literal: x });

/** An operand the emitter gave out (a temporary or a parameter). */
export const operand = (text: string): Code => ({ operand: () => text });

/** The operand text of a value (a literal, or the temporary its code was emitted into). */
export const textOf = (c: Code): string => (c.literal !== undefined ? numberLiteral(c.literal) : c.operand());

export function codeArithmetic(em: Emitter): Arithmetic<Code> {
  /** `template` over the operands, emitted (once, value-numbered) when first used. */
  const deferred = (template: (...operands: string[]) => string, ...args: Code[]): Code => {
    let text: string | undefined;
    return { operand: () => (text ??= em.value(template(...args.map(textOf)))) };
  };
  /** f folded now when both operands are literals, else `otherwise`. */
  const fold = (a: Code, b: Code, f: (x: number, y: number) => number, otherwise: () => Code): Code =>
    (a.literal !== undefined && b.literal !== undefined ? literal(f(a.literal, b.literal)) : otherwise());
  return {
    constant: literal,
    add: (a, b) => fold(a, b, (x, y) => x + y, () => (a.literal === 0 ? b : b.literal === 0 ? a : deferred((x, y) => `${x} + ${y}`, a, b))),
    sub: (a, b) => fold(a, b, (x, y) => x - y, () => (b.literal === 0 ? a : deferred((x, y) => `${x} - ${y}`, a, b))),
    mul: (a, b) => fold(a, b, (x, y) => x * y, () => (a.literal === 1 ? b : b.literal === 1 ? a : deferred((x, y) => `${x} * ${y}`, a, b))),
    div: (a, b) => fold(a, b, (x, y) => x / y, () => (b.literal === 1 ? a : deferred((x, y) => `${x} / ${y}`, a, b))),
    neg: (a) => (a.literal !== undefined ? literal(-a.literal) : deferred((x) => `-${x}`, a)),
    // u^1 = u, and u^0 = 1 for every u (NaN included, as Math.pow has it).
    pow: (a, b) => fold(a, b, Math.pow, () => (b.literal === 1 ? a : b.literal === 0 ? literal(1)
      : deferred((x, y) => `Math.pow(${x}, ${y})`, a, b))),
    log: (a) => (a.literal !== undefined ? literal(Math.log(a.literal)) : deferred((x) => `Math.log(${x})`, a)),
    ifZero: (test, then, otherwise) => {
      if (test.literal !== undefined) return test.literal === 0 ? then : otherwise();
      const other = otherwise();
      return deferred((t, x, y) => `${t} === 0 ? ${x} : ${y}`, test, then, other);
    },
  };
}
