// The order of the generated code's statements (graph-code.ts): each output's nodes depth first,
// children before parents, then the output; and as soon as a node is computed, every node waiting only
// on it (of any output) is computed too, so that a value is used while it is fresh: the terms of a sum
// are added in as they appear, as a loop written by hand would, not read back from slots at the end.
//
// The statements are one Int32Array: a node's number (≥ 0) for its temporary, ~k (< 0) for output k.
// An array mixing numbers and output objects held 36,000 entries at Rosenbrock's 1,000 variables, and
// every pass over it asked each entry its type.

import type { Graph } from './graph.js';

export interface Schedule {
  readonly statements: Int32Array;
  /** How many statements are nodes (each a temporary). */
  readonly temporaries: number;
}

/** The statements computing the nodes `outputs` holds (leaves are read in place), each output after its node. */
export function schedule(g: Graph, outputs: readonly number[]): Schedule {
  const leaves = new Uint8Array(g.size);
  for (let id = 0; id < g.size; id++) leaves[id] = g.isLeaf(id) ? 1 : 0;
  const { waiting, parents, parentsOf } = dependencies(g, outputs, leaves);
  const done = new Uint8Array(g.size);
  const statements = new Int32Array(parentsOf.length - 1 + outputs.length);
  let count = 0;
  let temporaries = 0;
  const ready: number[] = [];
  const computed = (id: number) => {
    done[id] = 1;
    statements[count++] = id;
    temporaries++;
    for (let k = parentsOf[id] as number; k < (parentsOf[id + 1] as number); k++) {
      const parent = parents[k] as number;
      if (--(waiting[parent] as number) === 0 && done[parent] === 0) ready.push(parent);
    }
  };
  // One stack for all the outputs' walks: each ends empty.
  const stack: number[] = [];
  const next: number[] = [];
  for (let o = 0; o < outputs.length; o++) {
    const node = outputs[o] as number;
    if (done[node] === 0 && leaves[node] === 0) {
      stack.push(node);
      next.push(0);
    }
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
        if (done[kid] === 0 && leaves[kid] === 0) {
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
    statements[count++] = ~o;
  }
  return { statements: statements.subarray(0, count), temporaries };
}

/** The nodes the outputs need: how many children each waits for, and each one's parents (CSR). */
function dependencies(g: Graph, outputs: readonly number[], leaves: Uint8Array) {
  const needed = new Uint8Array(g.size);
  const stack: number[] = [];
  for (const id of outputs) {
    if (leaves[id] === 0) {
      needed[id] = 1;
      stack.push(id);
    }
  }
  while (stack.length > 0) {
    const id = stack.pop() as number;
    for (let j = 0, n = g.arity(id); j < n; j++) {
      const kid = g.arg(id, j);
      if (needed[kid] === 0 && leaves[kid] === 0) {
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
      if (leaves[kid] === 1) continue;
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
      if (leaves[kid] === 0) parents[(filled[kid] as number)++] = id;
    }
  }
  return { waiting, parents, parentsOf };
}
