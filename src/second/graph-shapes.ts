// Shapes (shapes/shape.ts) of graph nodes, read from the graph: a Hessian entry whose shape was met
// before is never turned into a tree, only its simplified first is renamed. The key spells the
// entry's distinct nodes in post-order, each as its kind, its payload (a number's or a function's
// index in the graph, a variable's rank among the entry's variables by name) and its operands' places
// in that order, as UTF-16 code units.

import { compareNames, type Shape } from '../shapes/shape.js';
import type { Graph } from './graph.js';

export class GraphShapes {
  /** place[id]: the node's index in the current walk's order, valid where walked[id] === walk. */
  private place: Int32Array = new Int32Array(0);
  private walked: Int32Array = new Int32Array(0);
  private walk = 0;
  private readonly order: number[] = [];
  private readonly stack: number[] = [];
  private readonly next: number[] = [];
  /** The key's UTF-16 code units, written in place for each entry. */
  private codes = new Uint16Array(256);

  constructor(private readonly g: Graph) {}

  /** The shape of the graph below `root`, or undefined when it has more than `limit` distinct nodes. */
  of(root: number, limit: number): Shape | undefined {
    const { g, order } = this;
    if (!this.postorder(root, limit)) return undefined;
    const variables: string[] = [];
    for (const id of order) if (g.isVariable(id)) variables.push(g.nameOf(id));
    variables.sort(compareNames);
    let count = 0;
    for (const id of order) {
      const n = g.arity(id);
      if (count + 4 + n > this.codes.length) this.growCodes(count + 4 + n);
      const { codes } = this;
      const payload = g.isVariable(id) ? variables.indexOf(g.nameOf(id)) : g.payloadOf(id) + 1;
      codes[count++] = g.kindCode(id);
      codes[count++] = payload >>> 16;
      codes[count++] = payload & 0xffff;
      codes[count++] = n;
      for (let j = 0; j < n; j++) codes[count++] = this.place[g.arg(id, j)] as number;
    }
    const key = String.fromCharCode.apply(null, this.codes.subarray(0, count) as unknown as number[]);
    return { key, names: variables };
  }

  private growCodes(needed: number): void {
    const grown = new Uint16Array(Math.max(needed, 2 * this.codes.length));
    grown.set(this.codes);
    this.codes = grown;
  }

  /** The distinct nodes below `root` into `order`, children first; false past `limit`. */
  private postorder(root: number, limit: number): boolean {
    const { g, order, stack, next } = this;
    if (this.place.length < g.size) {
      this.place = new Int32Array(2 * g.size);
      this.walked = new Int32Array(2 * g.size);
    }
    const { place, walked } = this;
    const walk = ++this.walk;
    order.length = 0;
    stack.length = 0;
    next.length = 0;
    walked[root] = walk;
    stack.push(root);
    next.push(0);
    while (stack.length > 0) {
      const top = stack.length - 1;
      const id = stack[top] as number;
      const i = next[top] as number;
      if (i < g.arity(id)) {
        next[top] = i + 1;
        const kid = g.arg(id, i);
        if (walked[kid] === walk) continue;
        walked[kid] = walk;
        stack.push(kid);
        next.push(0);
      } else {
        stack.pop();
        next.pop();
        place[id] = order.length;
        order.push(id);
        if (order.length > limit) return false;
      }
    }
    return true;
  }
}
