// A test-local structural printer: every node spelled out, so a table of `input => shape` shows the
// exact tree the parser built (grouping, kinds, exact or float numbers), which `format` would hide.

import type { Expr } from '../../src/ast/expr.js';
import { fold } from '../../src/ast/walk.js';

/**
 * `add(1, mul(2, x))`; exact numbers as digits, floats with a point or exponent (`2.0`, `1e-7`),
 * constants as `π` and `ℯ`, variables by name.
 */
export function shape(e: Expr): string {
  return fold<string>(e, (node, kids) => {
    switch (node.kind) {
      case 'num':
        if (node.exact !== null) return String(node.exact.num); // the parser makes integers only
        return Number.isInteger(node.value) && Math.abs(node.value) < 1e21 ? `${node.value}.0` : `${node.value}`;
      case 'var':
        return node.name;
      case 'const':
        return node.name === 'pi' ? 'π' : 'ℯ';
      case 'call':
        return `${node.fn}(${kids.join(', ')})`;
      default:
        return `${node.kind}(${kids.join(', ')})`;
    }
  });
}
