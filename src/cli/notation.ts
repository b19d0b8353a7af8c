// How a result tree is printed: text in the input language (optionally with shared subexpressions
// named once), LaTeX, or the drawn tree; and how a number is printed.

import { dagSize, format, formatTree, toLatex, type Expr } from '../index.js';

export type Notation = 'text' | 'latex' | 'tree';

export interface Printing {
  readonly notation: Notation;
  /** With `text`: each repeated subexpression printed once, as a line `t1 = …`. */
  readonly share: boolean;
}

export const TEXT: Printing = { notation: 'text', share: false };

export function show(e: Expr, printing: Printing): string {
  switch (printing.notation) {
    case 'text':
      return format(e, { share: printing.share });
    case 'latex':
      return toLatex(e);
    case 'tree':
      return formatTree(e);
  }
}

/** JavaScript's shortest round-trip digits (`0.1`, `1e-7`, `NaN`, `Infinity`). */
export const numberText = (v: number): string => String(v);

/** A definition too long to print, shown by its size: `f = … (73 distinct nodes, too long to print)`. */
export const unprintedDefinition = (name: string, tree: Expr, why: string): string =>
  `${name} = … (${dagSize(tree).toLocaleString('en-US')} distinct nodes, ${why})`;
