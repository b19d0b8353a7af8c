// Straight-line JavaScript from the graph (graph.ts), in the code generator's conventions
// (evaluate/codegen.ts: one temporary per node, parameters a0, a1, … or the slots of `p`, values of
// the caller k0, k1, …, text only from the tables and from numbers; long code cut into small
// functions that V8 optimizes one by one). Two things the string-level emitter cannot do:
// - order (graph-schedule.ts): each output's nodes are emitted just before the output is stored, depth
//   first, and a node waiting only on the value just computed follows it, so a value is mostly read
//   near where it is computed, in the same small function (a local in a register), not in a far one
//   through a Float64Array slot (Rosenbrock's Hessian of 1,000 variables: 392 slot accesses instead of 4,231);
// - which temporaries cross from one small function to another is known from the graph's edges,
//   so no pass over the text rewrites them.

import { CONSTANTS, type ConstantName } from '../ast/constants.js';
import type { FunctionName } from '../ast/function-names.js';
import { FUNCTIONS } from '../ast/functions.js';
import { OPERATORS, type OperatorKind } from '../ast/operators.js';
import {
  CHUNKING, LOCALS_LIMIT, numberLiteral, PARAMETERS_IN_ONE_FUNCTION, PARAMETERS_LIMIT, withArrayEntry, type Compiled,
} from '../evaluate/codegen.js';
import type { Graph } from './graph.js';
import { CODE } from './graph-nodes.js';
import { schedule } from './graph-schedule.js';

/** `target = node;` after the node is computed: `target` is code over bound names (`k0[3]`). */
export interface GraphOutput {
  readonly target: string;
  readonly node: number;
}

/** Builds one function of `parameterCount` arguments storing `outputs`, then returning `result`. */
export class GraphCode {
  private readonly bound: unknown[] = [];
  private readonly boundOnce = new Map<unknown, string>();
  /** Operand arrays of 0, 1 and 2 entries, for code(). */
  private readonly scratch: string[][] = [[], [''], ['', '']];
  constructor(private readonly g: Graph, private readonly parameterCount: number) {}

  /** A name under which the generated code sees `value`. */
  bind(value: unknown): string {
    this.bound.push(value);
    return `k${this.bound.length - 1}`;
  }

  build<T>(outputs: readonly GraphOutput[], result: string): Compiled<T> {
    const { statements, temporaries } = schedule(this.g, outputs.map((o) => o.node));
    const oneFunction = statements.length <= CHUNKING.above && this.parameterCount <= PARAMETERS_IN_ONE_FUNCTION
      && temporaries + this.parameterCount <= LOCALS_LIMIT;
    const chunks = this.write(statements, outputs, oneFunction ? Infinity : CHUNKING.size, oneFunction);
    return this.assemble<T>(chunks, result, temporaries, oneFunction);
  }

  /**
   * The statements' text, one string per chunk (`size` statements each): a chunk's lines are joined
   * as soon as it is written, so that 25,000 line strings do not all live until the end (every young
   * collection meanwhile would copy them).
   */
  private write(statements: Int32Array, outputs: readonly GraphOutput[], size: number, oneFunction: boolean): string[] {
    const { g } = this;
    const { temporary, home, shared } = this.place(statements, outputs, size);
    // In chunks, a parameter or another chunk's temporary is read into a local once per chunk, just
    // before its first use there: V8 cannot keep p[i] or s[n] in a register across the stores to the
    // output arrays, which might alias them. Which are loaded: stamped with the chunk's number + 1.
    let lines: string[] = []; // the current chunk's
    let current = -1;
    const loadedTemporary = new Int32Array(statements.length);
    const loadedParameter = new Int32Array(this.parameterCount);
    // Each name and literal made once: a chunked Rosenbrock Hessian of 1,000 variables reads ~50,000 operands.
    const names = new Array<string | undefined>(statements.length).fill(undefined);
    const texts = new Array<string | undefined>(g.size).fill(undefined); // of numbers and variables, by node
    const nameOf = (t: number): string => (names[t] ??= `t${t}`);
    const operand = (id: number): string => {
      const t = temporary[id] as number;
      if (t !== -1) {
        const name = nameOf(t);
        if (home[id] !== current && loadedTemporary[t] !== current + 1) {
          loadedTemporary[t] = current + 1;
          lines.push(`const ${name} = s[${t}];`);
        }
        return name;
      }
      switch (g.kindCode(id)) {
        case CODE.num: return (texts[id] ??= numberLiteral(g.numberAt(id)?.value as number));
        case CODE.const: return CONSTANTS[g.nameOf(id) as ConstantName].js;
        case CODE.var: {
          const i = g.positionOf(id);
          // An unlisted variable is NaN (the caller refuses the list before anything runs).
          if (i < 0) return numberLiteral(NaN);
          const a = (texts[id] ??= `a${i}`);
          if (!oneFunction && loadedParameter[i] !== current + 1) {
            loadedParameter[i] = current + 1;
            lines.push(`const ${a} = p[${i}];`);
          }
          return a;
        }
        default: throw new Error(`node ${id} used before it is computed`);
      }
    };
    const chunks: string[] = [];
    for (let i = 0; i < statements.length; i++) {
      if (Math.floor(i / size) !== current) {
        if (current >= 0) chunks.push(lines.join('\n'));
        current = Math.floor(i / size);
        lines = [];
      }
      const s = statements[i] as number;
      // The operands first, so that their loads come before the statement.
      if (s < 0) {
        const output = outputs[~s] as GraphOutput;
        const code = operand(output.node);
        lines.push(`${output.target} = ${code};`);
      } else {
        const code = this.code(s, operand);
        const t = temporary[s] as number;
        lines.push(`let ${nameOf(t)} = ${shared[s] === 1 ? `s[${t}] = ` : ''}${code};`);
      }
    }
    if (current >= 0) chunks.push(lines.join('\n'));
    return chunks;
  }

  /** Each node's temporary and chunk, and whether another chunk reads it (then it is kept in slot s[t] too). */
  private place(statements: Int32Array, outputs: readonly GraphOutput[], size: number) {
    const { g } = this;
    const temporary = new Int32Array(g.size).fill(-1);
    const home = new Int32Array(g.size);
    const shared = new Uint8Array(g.size);
    let count = 0;
    const read = (r: number, chunk: number) => {
      if (temporary[r] !== -1 && home[r] !== chunk) shared[r] = 1;
    };
    for (let i = 0; i < statements.length; i++) {
      const s = statements[i] as number;
      const chunk = Math.floor(i / size);
      if (s < 0) {
        read((outputs[~s] as GraphOutput).node, chunk);
        continue;
      }
      for (let j = 0, n = g.arity(s); j < n; j++) read(g.arg(s, j), chunk);
      temporary[s] = count++;
      home[s] = chunk;
    }
    return { temporary, home, shared };
  }

  /** A node's value as a JavaScript expression over its children's operands. */
  private code(id: number, operand: (id: number) => string): string {
    const { g } = this;
    const n = g.arity(id);
    // The tables' `js` only read the array they are given: one per arity, reused (a new one per
    // statement was 29,000 arrays at Rosenbrock's 1,000 variables).
    const args = n < this.scratch.length ? this.scratch[n] as string[] : new Array<string>(n);
    for (let j = 0; j < n; j++) args[j] = operand(g.arg(id, j));
    const kind = g.kindOf(id);
    if (kind !== 'call') return OPERATORS[kind as OperatorKind].js(args);
    const row = FUNCTIONS[g.nameOf(id) as FunctionName];
    // A row without `js` is called through its own `value`, bound into the function.
    if (row.js) return row.js(args);
    let name = this.boundOnce.get(row.value);
    if (name === undefined) this.boundOnce.set(row.value, (name = this.bind(row.value)));
    return `${name}(${args.join(', ')})`;
  }

  private assemble<T>(chunks: readonly string[], result: string, temporaries: number, oneFunction: boolean): Compiled<T> {
    const n = this.parameterCount;
    const rest = n > PARAMETERS_LIMIT;
    const names = Array.from({ length: n }, (_, i) => `a${i}`);
    const parameters = rest ? '...a' : names.join(', ');
    const bound = this.bound.map((_, i) => `k${i}`);
    if (oneFunction) {
      // Convert each argument once, on entry: `+a` keeps `'2' + 1` from concatenating.
      const code = chunks.length > 0 && chunks[0] !== '' ? [chunks[0] as string] : [];
      const body = [...names.map((a) => `${a} = +${a};`), ...code, `return ${result};`];
      const arrayBody = [...names.map((a, i) => `const ${a} = +x[${i}];`), ...code, `return ${result};`];
      const source = ["'use strict';", `function compiled(${parameters}) {`, ...body, '}',
        'function fromArray(x) {', ...arrayBody, '}', 'return [compiled, fromArray];'];
      const [compiled, array] = new Function(...bound, source.join('\n'))(...this.bound) as [Compiled<T>, (x: ArrayLike<number>) => T];
      return withArrayEntry(compiled, array, n);
    }
    const functions = chunks.map((chunk, i) => `function c${i}() {\n${chunk}\n}`);
    const calls = chunks.map((_, i) => `c${i}();`);
    // A loop, not one statement per argument (see PARAMETERS_IN_ONE_FUNCTION in codegen.ts).
    const entry = `for (let i = 0; i < ${n}; i++) p[i] = +${rest ? 'a[i]' : 'arguments[i]'};`;
    const source = ["'use strict';", ...functions, `function compiled(${parameters}) {`, entry, ...calls, `return ${result};`, '}',
      'function fromArray(x) {', `for (let i = 0; i < ${n}; i++) p[i] = +x[i];`, ...calls, `return ${result};`, '}',
      'return [compiled, fromArray];'];
    const factory = new Function('s', 'p', ...bound, source.join('\n'));
    const [compiled, array] = factory(new Float64Array(temporaries), new Float64Array(n), ...this.bound) as
      [Compiled<T>, (x: ArrayLike<number>) => T];
    return withArrayEntry(compiled, array, n);
  }
}
