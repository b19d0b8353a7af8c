// The reverse-mode stepper: the order in which the page fills in values and adjoints, and how a drawn
// node finds its entry in the trace.

import { describe, expect, it } from 'vitest';
import { parse, reverseModeTrace, type Expr } from '../../src/index.js';
import { nodeLabel } from '../../web/labels.js';
import { traceIndex } from '../../web/trace-index.js';
import { stepView } from '../../web/trace-steps.js';
import { layoutTree } from '../../web/tree-layout.js';

describe('stepView', () => {
  it('walks the forward pass in trace order, then the backward pass in reverse order', () => {
    const { nodes } = reverseModeTrace('cos(x)*exp(x^2)', { x: 0.5 });
    const n = nodes.length;
    const lines = Array.from({ length: 2 * n + 1 }, (_, step) => {
      const v = stepView(n, step);
      const known = nodes.map((node, i) => `${nodeLabel(node.expr)}${i < v.valuesKnown ? '=' : ''}${i >= v.adjointsFrom ? 'ā' : ''}`);
      return `${String(step).padStart(2)} ${v.phase.padEnd(8)} ${v.current ?? '-'} ${known.join(' ')}${v.last ? '  (last)' : ''}`;
    });
    expect(lines.join('\n')).toMatchInlineSnapshot(`
      " 0 start    - x cos 2 ^ exp ×
       1 forward  0 x= cos 2 ^ exp ×
       2 forward  1 x= cos= 2 ^ exp ×
       3 forward  2 x= cos= 2= ^ exp ×
       4 forward  3 x= cos= 2= ^= exp ×
       5 forward  4 x= cos= 2= ^= exp= ×
       6 forward  5 x= cos= 2= ^= exp= ×=
       7 backward 5 x= cos= 2= ^= exp= ×=ā
       8 backward 4 x= cos= 2= ^= exp=ā ×=ā
       9 backward 3 x= cos= 2= ^=ā exp=ā ×=ā
      10 backward 2 x= cos= 2=ā ^=ā exp=ā ×=ā
      11 backward 1 x= cos=ā 2=ā ^=ā exp=ā ×=ā
      12 backward 0 x=ā cos=ā 2=ā ^=ā exp=ā ×=ā  (last)"
    `);
  });

  it.each([[-3, 0], [2.7, 2], [99, 6]])('clamps step %d to %d', (step, clamped) => {
    expect(stepView(3, step)).toEqual(stepView(3, clamped));
  });

  it('has nothing to step through for an empty trace', () => {
    expect(stepView(0, 5)).toEqual({ phase: 'start', current: null, valuesKnown: 0, adjointsFrom: 0, last: true });
  });
});

describe('traceIndex', () => {
  it('finds every drawn occurrence of a repeated subtree at its one trace entry', () => {
    const e = parse('sin(x*y) + x*y*sin(x*y)');
    const { nodes } = reverseModeTrace(e, { x: 1, y: 2 });
    const find = traceIndex(nodes);
    const drawn = layoutTree(e).nodes.map((node) => {
      const i = find(node.expr) as number;
      return `${nodeLabel(node.expr)}→${i}:${nodeLabel((nodes[i] as { expr: Expr }).expr)}`;
    });
    expect(drawn.join(' ')).toMatchInlineSnapshot(`"+→5:+ sin→3:sin ×→4:× ×→2:× ×→2:× sin→3:sin x→0:x y→1:y x→0:x y→1:y ×→2:× x→0:x y→1:y"`);
  });

  it('finds nothing for a subtree the trace does not hold', () => {
    const { nodes } = reverseModeTrace('x + 1', { x: 1 });
    expect(traceIndex(nodes)(parse('x + 2'))).toBeUndefined();
  });
});
