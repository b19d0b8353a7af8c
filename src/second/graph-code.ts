// Straight-line JavaScript from the graph (graph.ts), in the code generator's conventions
// (evaluate/codegen.ts: one temporary per node, parameters a0, a1, … or the slots of `p`, values of
// the caller k0, k1, …, text only from the tables and from numbers; long code cut into small
// functions that V8 optimizes one by one). Two things the string-level emitter cannot do:
// - order: each output's nodes are emitted just before the output is stored, depth first, and a node
//   waiting only on the value just computed follows it, so a value is mostly read near where it is
//   computed, in the same small function (a local in a register), not in a far one through a
//   Float64Array slot (Rosenbrock's Hessian of 1,000 variables: 392 slot accesses instead of 4,231);
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

/** `target = node;` after the node is computed: `target` is code over bound names (`k0[3]`). */
export interface GraphOutput {
  readonly target: string;
  readonly node: number;
}

/** Builds one function of `parameterCount` arguments storing `outputs`, then returning `result`. */
export class GraphCode {
  private readonly bound: unknown[] = [];
  private readonly boundOnce = new Map<unknown, string>();
  constructor(private readonly g: Graph, private readonly parameterCount: number) {}

  /** A name under which the generated code sees `value`. */
  bind(value: unknown): string {
    this.bound.push(value);
    return `k${this.bound.length - 1}`;
  }

  build<T>(outputs: readonly GraphOutput[], result: string): Compiled<T> {
    const statements = this.schedule(outputs);
    const temporaries = statements.filter((s) => typeof s === 'number').length;
    const oneFunction = statements.length <= CHUNKING.above && this.parameterCount <= PARAMETERS_IN_ONE_FUNCTION
      && temporaries + this.parameterCount <= LOCALS_LIMIT;
    const chunks = this.write(statements, oneFunction ? Infinity : CHUNKING.size, oneFunction);
    return this.assemble<T>(chunks, result, temporaries, oneFunction);
  }

  /**
   * The statements' text, one string per chunk (`size` statements each): a chunk's lines are joined
   * as soon as it is written, so that 25,000 line strings do not all live until the end (every young
   * collection meanwhile would copy them).
   */
  private write(statements: readonly (number | GraphOutput)[], size: number, oneFunction: boolean): string[] {
    const { g } = this;
    const { temporary, home, shared } = this.place(statements, size);
    // In chunks, a parameter or another chunk's temporary is read into a local once per chunk, just
    // before its first use there: V8 cannot keep p[i] or s[n] in a register across the stores to the
    // output arrays, which might alias them.
    let lines: string[] = []; // the current chunk's
    let current = -1;
    const loaded = new Set<string>();
    // Each name and literal made once: a chunked Rosenbrock Hessian of 1,000 variables reads ~50,000 operands.
    const names: string[] = [];
    const texts = new Map<number, string>(); // of numbers and variables, by node
    const nameOf = (t: number): string => (names[t] ??= `t${t}`);
    /** `name`, loaded from `array[index]` first where this chunk has not loaded it yet. */
    const local = (name: string, array: string, index: number): string => {
      if (!loaded.has(name)) {
        loaded.add(name);
        lines.push(`const ${name} = ${array}[${index}];`);
      }
      return name;
    };
    const cached = (id: number, make: () => string): string => {
      let text = texts.get(id);
      if (text === undefined) texts.set(id, (text = make()));
      return text;
    };
    const operand = (id: number): string => {
      const t = temporary[id] as number;
      if (t !== -1) return home[id] === current ? nameOf(t) : local(nameOf(t), 's', t);
      switch (g.kindOf(id)) {
        case 'num': return cached(id, () => numberLiteral(g.numberAt(id)?.value as number));
        case 'const': return CONSTANTS[g.nameOf(id) as ConstantName].js;
        case 'var': {
          const i = g.positionOf(id);
          // An unlisted variable is NaN (the caller refuses the list before anything runs).
          if (i < 0) return numberLiteral(NaN);
          const a = cached(id, () => `a${i}`);
          return oneFunction ? a : local(a, 'p', i);
        }
        default: throw new Error(`node ${id} used before it is computed`);
      }
    };
    const chunks: string[] = [];
    statements.forEach((s, i) => {
      if (Math.floor(i / size) !== current) {
        if (current >= 0) chunks.push(lines.join('\n'));
        current = Math.floor(i / size);
        lines = [];
        loaded.clear();
      }
      // The operands first, so that their loads come before the statement.
      const code = typeof s === 'number' ? this.code(s, operand) : operand(s.node);
      const t = typeof s === 'number' ? (temporary[s] as number) : -1;
      lines.push(typeof s !== 'number' ? `${s.target} = ${code};`
        : `let t${t} = ${shared[s] === 1 ? `s[${t}] = ` : ''}${code};`);
    });
    if (current >= 0) chunks.push(lines.join('\n'));
    return chunks;
  }

  /** Each node's temporary and chunk, and whether another chunk reads it (then it is kept in slot s[t] too). */
  private place(statements: readonly (number | GraphOutput)[], size: number) {
    const { g } = this;
    const temporary = new Int32Array(g.size).fill(-1);
    const home = new Int32Array(g.size);
    const shared = new Uint8Array(g.size);
    let count = 0;
    statements.forEach((s, i) => {
      const chunk = Math.floor(i / size);
      const n = typeof s === 'number' ? g.arity(s) : 1;
      for (let j = 0; j < n; j++) {
        const r = typeof s === 'number' ? g.arg(s, j) : s.node;
        if (temporary[r] !== -1 && home[r] !== chunk) shared[r] = 1;
      }
      if (typeof s === 'number') {
        temporary[s] = count++;
        home[s] = chunk;
      }
    });
    return { temporary, home, shared };
  }

  /**
   * Statement order: each output's nodes depth first, children before parents, then the output; and
   * as soon as a node is computed, every node waiting only on it (of any output) is computed too, so
   * a value is used while it is fresh: the terms of a sum are added in as they appear, as a loop
   * written by hand would, not read back from slots at the end.
   */
  private schedule(outputs: readonly GraphOutput[]): (number | GraphOutput)[] {
    const { g } = this;
    const leaves = new Uint8Array(g.size);
    for (let id = 0; id < g.size; id++) leaves[id] = g.isLeaf(id) ? 1 : 0;
    const isLeaf = (id: number) => leaves[id] === 1;
    const { waiting, parents, parentsOf } = this.dependencies(outputs, isLeaf);
    const done = new Uint8Array(g.size);
    const statements: (number | GraphOutput)[] = [];
    const ready: number[] = [];
    const computed = (id: number) => {
      done[id] = 1;
      statements.push(id);
      for (let k = parentsOf[id] as number; k < (parentsOf[id + 1] as number); k++) {
        const parent = parents[k] as number;
        if (--(waiting[parent] as number) === 0 && done[parent] === 0) ready.push(parent);
      }
    };
    for (const output of outputs) {
      const stack = done[output.node] === 1 || isLeaf(output.node) ? [] : [output.node];
      const next = stack.map(() => 0);
      while (stack.length > 0) {
        const top = stack.length - 1;
        const id = stack[top] as number;
        const i = next[top] as number;
        if (done[id] === 1) {
          stack.pop();
          next.pop();
        } else if (i < g.arity(id)) {
          next[top] = i + 1;
          const kid = g.arg(id, i);
          if (done[kid] === 0 && !isLeaf(kid)) {
            stack.push(kid);
            next.push(0);
          }
        } else {
          stack.pop();
          next.pop();
          computed(id);
          while (ready.length > 0) {
            const r = ready.pop() as number;
            if (done[r] === 0) computed(r);
          }
        }
      }
      statements.push(output);
    }
    return statements;
  }

  /** The nodes the outputs need: how many children each waits for, and each one's parents (CSR). */
  private dependencies(outputs: readonly GraphOutput[], isLeaf: (id: number) => boolean) {
    const { g } = this;
    const needed = new Uint8Array(g.size);
    const stack = outputs.map((o) => o.node).filter((id) => !isLeaf(id));
    for (const id of stack) needed[id] = 1;
    while (stack.length > 0) {
      const id = stack.pop() as number;
      for (let j = 0, n = g.arity(id); j < n; j++) {
        const kid = g.arg(id, j);
        if (needed[kid] === 0 && !isLeaf(kid)) {
          needed[kid] = 1;
          stack.push(kid);
        }
      }
    }
    const waiting = new Int32Array(g.size);
    const parentsOf = new Int32Array(g.size + 1);
    for (let id = 0; id < g.size; id++) {
      if (needed[id] === 0) continue;
      for (let j = 0, n = g.arity(id); j < n; j++) {
        const kid = g.arg(id, j);
        if (isLeaf(kid)) continue;
        waiting[id] = (waiting[id] as number) + 1;
        parentsOf[kid + 1] = (parentsOf[kid + 1] as number) + 1;
      }
    }
    for (let id = 0; id < g.size; id++) parentsOf[id + 1] = (parentsOf[id + 1] as number) + (parentsOf[id] as number);
    const parents = new Int32Array(parentsOf[g.size] as number);
    const filled = parentsOf.slice(0, g.size);
    for (let id = 0; id < g.size; id++) {
      if (needed[id] === 0) continue;
      for (let j = 0, n = g.arity(id); j < n; j++) {
        const kid = g.arg(id, j);
        if (!isLeaf(kid)) parents[(filled[kid] as number)++] = id;
      }
    }
    return { waiting, parents, parentsOf };
  }

  /** A node's value as a JavaScript expression over its children's operands. */
  private code(id: number, operand: (id: number) => string): string {
    const { g } = this;
    const args = new Array<string>(g.arity(id));
    for (let j = 0; j < args.length; j++) args[j] = operand(g.arg(id, j));
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
