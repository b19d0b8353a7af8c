// The free variables of a tree, in the order they first appear when read left to right.

import type { Expr } from './expr.js';
import { postorder } from './walk.js';

export function freeVariables(...roots: Expr[]): string[] {
  const names = new Set<string>();
  for (const node of postorder(roots)) if (node.kind === 'var') names.add(node.name);
  return [...names];
}
