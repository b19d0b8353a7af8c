// The README's quick tour, checked: what it says each call returns is what the call returns.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as symdiff from '../src/index.js';

const { parse, format, formatTree, toLatex, evaluate, compile, diff, differentiate, gradient, differential } = symdiff;
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

/** The README must show `call` with the result `shown`, on one line of its quick tour. */
function documented(call: string, shown: string): void {
  const line = readme.split('\n').find((l) => l.startsWith(call));
  expect(line, `README line starting with ${call}`).toBeDefined();
  expect(line).toContain(shown);
}

describe('the quick tour', () => {
  const u = parse('cos(x)*exp(x^2)');

  it.each([
    ["format(diff(u, 'x'));", format(diff(u, 'x'))],
    ["format(diff(u, 'x', 2));", format(diff(u, 'x', 2))],
    ["format(differentiate(u, 'x'));", format(differentiate(u, 'x'))],
    ["toLatex(diff(u, 'x'));", toLatex(diff(u, 'x'))],
    ["format(differential('x*y + sin(x)'));", format(differential('x*y + sin(x)'))],
    ["evaluate(u, { x: 0.5 });", String(evaluate(u, { x: 0.5 }))],
    ['f(1, 2);', String(compile('x*y + sin(x)', ['x', 'y'])(1, 2))],
  ])('%s shows what it returns', (call, result) => {
    documented(call, `${result}`);
  });

  it('shows the 8th derivative of exp(sin(x)) as diff writes it', () => {
    expect(readme).toContain(`\`${format(diff('exp(sin(x))', 'x', 8))}\``);
  });

  it('shows the gradient of the network unit and the tree of u as they are', () => {
    const g = gradient('v1*tanh(w1*x + b1) + c', ['w1', 'b1']);
    documented("gradient('v1*tanh(w1*x + b1) + c', ['w1', 'b1']);",
      `{ w1: ${format(g.w1 as symdiff.Expr)}, b1: ${format(g.b1 as symdiff.Expr)} }`);
    for (const line of formatTree(u).split('\n')) expect(readme).toContain(`// ${line}\n`);
  });
});
