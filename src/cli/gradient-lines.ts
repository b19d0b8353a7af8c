// The gradient as lines `x: ∂f/∂x`, one per variable, with its value at the point when one is given.

import { freeVariables, gradient, valueAndGrad, type Expr } from '../index.js';
import { numberText, show, type Printing } from './notation.js';

export interface GradientView {
  /** The partials' variables: the free variables in order of appearance, then the point's others. */
  readonly names: string[];
  readonly partials: Record<string, Expr>;
  /** The partials' values at the point (reverse-mode AD), when a point is given. */
  readonly values?: Record<string, number>;
  readonly value?: number;
}

export function gradientView(e: Expr, point?: Record<string, number>): GradientView {
  const names = [...new Set([...freeVariables(e), ...Object.keys(point ?? {})])];
  const partials = gradient(e, names);
  if (point === undefined) return { names, partials };
  const { value, gradient: values } = valueAndGrad(e, point);
  return { names, partials, values, value };
}

/** `x: y + cos(x) = 2.54…`; a partial printed on several lines (a tree, shared text) goes below `x:`. */
export function gradientLines(view: GradientView, printing: Printing): string {
  return view.names.map((name) => {
    const text = show(view.partials[name] as Expr, printing);
    const at = view.values === undefined ? '' : numberText(view.values[name] as number);
    if (text.includes('\n')) return `${name}:${at === '' ? '' : ` (= ${at})`}\n${text}`;
    return `${name}: ${text}${at === '' ? '' : ` = ${at}`}`;
  }).join('\n');
}
