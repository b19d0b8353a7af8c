import { describe, expect, it } from 'vitest';
import {
  InvalidArgumentError, UnboundVariableError, format, parse, reverseModeTrace, valueAndGrad,
} from '../../src/index.js';
import { add, mul, sin, variable } from '../../src/ast/builders.js';
import { children } from '../../src/ast/expr.js';

const { cos, exp, log, sin: sine } = Math;

/** The trace as a table a reviewer reads: one node a line, children first. */
function traceTable(text: string, point: Record<string, number>): string {
  return reverseModeTrace(text, point).nodes
    .map(({ expr, value, adjoint }) => `${format(expr).padEnd(16)} value ${String(value).padEnd(20)} adjoint ${adjoint}`)
    .join('\n');
}

describe('valueAndGrad', () => {
  it.each([
    ['x*y + sin(x)', { x: 2, y: 3 }, { x: 3 + cos(2), y: 2 }],
    ['x/y', { x: 2, y: 4 }, { x: 1 / 4, y: -2 / 16 }],
    ['x^y', { x: 2, y: 3 }, { x: 12, y: 8 * log(2) }],
    ['x - -y', { x: 1, y: 1 }, { x: 1, y: 1 }],
    ['cos(x)*exp(x^2)', { x: 0.7 }, { x: -sine(0.7) * exp(0.49) + cos(0.7) * 1.4 * exp(0.49) }],
    ['log(x, y)', { x: 8, y: 2 }, { x: 1 / (8 * log(2)), y: -log(8) / (2 * log(2) ** 2) }],
  ])('∇ %s at %o', (text, point, expected) => {
    const { gradient } = valueAndGrad(text, point);
    expect(Object.keys(gradient)).toEqual(Object.keys(expected));
    for (const [name, want] of Object.entries(expected)) expect(gradient[name]).toBeCloseTo(want, 12);
  });

  it('differentiates wrt every variable of the point, 0 for one the expression does not use', () => {
    expect(valueAndGrad('x^2', { x: 3, unused: 7 })).toEqual({ value: 9, gradient: { x: 6, unused: 0 } });
  });

  it('keeps __proto__ and constructor as ordinary own keys of the gradient', () => {
    const point = JSON.parse('{"__proto__": 2, "constructor": 3}') as Record<string, number>;
    for (let call = 0; call < 3; call++) { // the first call interprets, later ones run compiled code
      const { gradient } = valueAndGrad('__proto__ * constructor', point);
      expect(JSON.stringify(gradient)).toBe('{"__proto__":3,"constructor":2}');
      expect(Object.getPrototypeOf(gradient)).toBe(Object.prototype);
    }
  });

  it('keeps __proto__ as an own key among many keys too (a record past 32 keys is built another way)', () => {
    const point = JSON.parse(`{${Array.from({ length: 40 }, (_, i) => `"p${i}": ${i}`).join(', ')}, "__proto__": 2}`) as Record<string, number>;
    for (let call = 0; call < 3; call++) {
      const { gradient } = valueAndGrad('__proto__ * p3', point);
      expect([gradient.__proto__, gradient.p3, gradient.p4, Object.keys(gradient).length]).toEqual([3, 2, 0, 41]);
      expect(Object.getPrototypeOf(gradient)).toBe(Object.prototype);
    }
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'return', 'this', 'eval'])(
    'takes %s as an ordinary variable, interpreted, compiled and in the trace', (name) => {
      const v = variable(name);
      const f = mul(v, add(v, variable('x'))); // v² + v·x
      const point = JSON.parse(`{"${name}": 3, "x": 2}`) as Record<string, number>;
      for (let call = 0; call < 3; call++) {
        expect(JSON.stringify(valueAndGrad(f, point))).toBe(`{"value":15,"gradient":{"${name}":8,"x":3}}`);
      }
      const entry = reverseModeTrace(f, point).nodes.find((n) => n.expr.kind === 'var' && n.expr.name === name);
      expect(entry?.adjoint).toBe(8);
    });

  it('gives a shared subtree the contributions of all its parents', () => {
    const s = add(variable('x'), variable('y'));
    const f = mul(s, mul(s, s)); // (x+y)^3, s one object used three times
    expect(valueAndGrad(f, { x: 1, y: 2 }).gradient).toEqual({ x: 27, y: 27 });
  });

  it('gives the same result interpreted (first call) and compiled (later calls)', () => {
    const tree = parse('x^y * tanh(x - y) / (1 + exp(-x*y)) + log(x, 3) * sigmoid(y)');
    const point = { x: 1.3, y: 0.4 };
    const first = valueAndGrad(tree, point);
    const later = valueAndGrad(tree, point);
    expect(later.value).toBeCloseTo(first.value, 14);
    expect(later.gradient.x).toBeCloseTo(first.gradient.x as number, 14);
    expect(later.gradient.y).toBeCloseTo(first.gradient.y as number, 14);
  });

  it('follows the point from call to call, whatever its keys', () => {
    const tree = parse('x*y');
    expect(valueAndGrad(tree, { x: 2, y: 3 }).gradient).toEqual({ x: 3, y: 2 });
    expect(valueAndGrad(tree, { x: 4, y: 5 }).gradient).toEqual({ x: 5, y: 4 });
    expect(valueAndGrad(tree, { y: 1, z: 0, x: 2 }).gradient).toEqual({ y: 2, z: 0, x: 1 });
    const hidden = Object.defineProperty({ y: 1 }, 'x', { value: 5, enumerable: false });
    expect(valueAndGrad(tree, hidden)).toEqual({ value: 5, gradient: { y: 5 } });
  });

  it.each([0, 1, 2])('throws the named errors on call %i (interpreted, then compiled)', (warmups) => {
    const tree = parse('x + y');
    for (let i = 0; i < warmups; i++) valueAndGrad(tree, { x: 1, y: 2 });
    expect(() => valueAndGrad(tree, { x: 1 })).toThrow(UnboundVariableError);
    expect(() => valueAndGrad(tree, { x: 1, y: '2' } as never)).toThrow(InvalidArgumentError);
    expect(() => valueAndGrad(tree, 5 as never)).toThrow(InvalidArgumentError);
  });

  it('reads own properties only: `constructor` is unbound in {}', () => {
    expect(() => valueAndGrad('constructor', {})).toThrow(expect.objectContaining({ variable: 'constructor' }));
  });

  it('rejects a forged tree with InvalidArgumentError', () => {
    const forged = { kind: 'num', value: '1); evil(', exact: null, hash: 1 };
    expect(() => valueAndGrad(forged as never, {})).toThrow(InvalidArgumentError);
  });
});

describe('reverseModeTrace', () => {
  it('has one entry per distinct node, structurally equal subtrees merged, children first', () => {
    expect(traceTable('sin(x)*sin(x)', { x: 1 })).toMatchInlineSnapshot(`
      "x                value 1                    adjoint 0.9092974268256818
      sin(x)           value 0.8414709848078965   adjoint 1.682941969615793
      sin(x)*sin(x)    value 0.7080734182735712   adjoint 1"
    `);
  });

  it('shows the lecture example u(x) = cos(x) e^(x^2), forward values then backward adjoints', () => {
    expect(traceTable('cos(x)*exp(x^2)', { x: 0.5 })).toMatchInlineSnapshot(`
      "x                value 0.5                  adjoint 0.5112437377321748
      cos(x)           value 0.8775825618903728   adjoint 1.2840254166877414
      2                value 2                    adjoint -0.19526620019689736
      x^2              value 0.25                 adjoint 1.1268383147091814
      exp(x^2)         value 1.2840254166877414   adjoint 0.8775825618903728
      cos(x)*exp(x^2)  value 1.1268383147091814   adjoint 1"
    `);
  });

  it('lists every child before its parent', () => {
    const { nodes } = reverseModeTrace('x*y + sin(x*y) - x^2/(x*y)', { x: 2, y: 3 });
    const seen = new Set<string>();
    for (const { expr } of nodes) {
      for (const kid of children(expr)) expect(seen.has(format(kid))).toBe(true);
      seen.add(format(expr));
    }
    expect(seen.size).toBe(nodes.length);
  });

  it("gives each variable one entry whose adjoint is the gradient's entry", () => {
    const x = variable('x');
    const trace = reverseModeTrace(mul(sin(x), add(x, variable('y'))), { x: 0.3, y: 2 });
    const vars = trace.nodes.filter((n) => n.expr.kind === 'var');
    expect(vars.map((n) => [format(n.expr), n.adjoint])).toEqual([['x', trace.gradient.x], ['y', trace.gradient.y]]);
  });
});
