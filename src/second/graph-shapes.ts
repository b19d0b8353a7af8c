// Shapes (shapes/shape.ts) of graph nodes, read from the graph: a Hessian entry whose shape was met
// before is never turned into a tree, only its simplified first is renamed. The key spells the
// entry's distinct nodes in post-order, each as its kind, its payload (a number's or a function's
// index in the graph, a variable's rank among the entry's variables by name) and its operands' places
// in that order, as UTF-16 code units. A key met before is not spelled again: the code units are
// hashed and compared with those of the keys made so far, and the key made the first time is returned
// (at Rosenbrock's 1,000 variables, 2,000 entries have five keys; making each entry's string from its
// code units was most of the time spent on shapes).

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
  /** The keys made so far, by the hash of their code units. */
  private readonly keys = new Map<number, KnownKey[]>();

  constructor(private readonly g: Graph) {}

  /** The shape of the graph below `root`, or undefined when it has more than `limit` distinct nodes. */
  of(root: number, limit: number): Shape | undefined {
    const { g, order } = this;
    if (!this.postorder(root, limit)) return undefined;
    const variables: string[] = [];
    for (const id of order) if (g.isVariable(id)) variables.push(g.nameOf(id));
    sortNames(variables);
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
    return { key: this.keyOf(this.codes.subarray(0, count)), names: variables };
  }

  /** The string of `codes`: the one made before for the same code units, else a new one. */
  private keyOf(codes: Uint16Array): string {
    const hash = hashOf(codes);
    let known = this.keys.get(hash);
    if (known === undefined) this.keys.set(hash, (known = []));
    for (const k of known) if (sameCodes(k.codes, codes)) return k.key;
    const key = String.fromCharCode.apply(null, codes as unknown as number[]);
    known.push({ codes: codes.slice(), key });
    return key;
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

interface KnownKey {
  readonly codes: Uint16Array;
  readonly key: string;
}

function hashOf(codes: Uint16Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < codes.length; i++) h = Math.imul(h ^ (codes[i] as number), 0x01000193);
  return h | 0;
}

function sameCodes(a: Uint16Array, b: Uint16Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * `names` sorted in place as compareNames sorts them, by insertion: an entry has a few variables, and
 * the built-in sort with a comparator allocates its work arrays on every call (0.85 MB per Rosenbrock
 * Hessian of 1,000 variables).
 */
function sortNames(names: string[]): void {
  for (let i = 1; i < names.length; i++) {
    const name = names[i] as string;
    let j = i - 1;
    for (; j >= 0 && compareNames(names[j] as string, name) > 0; j--) names[j + 1] = names[j] as string;
    names[j + 1] = name;
  }
}
