// Derivatives not yet taken, d/dx[u]: while a derivation is written out, each is a placeholder
// variable in the line (a fresh name, so the printers take it as an atom), then spelled `d/dx[u]`
// or `\frac{d}{dx}\left[u\right]` in the printed line.

import { varNode, type Expr, type Var } from '../ast/expr.js';
import { freeVariables } from '../ast/variables.js';
import { format } from '../print/format.js';
import { toLatex } from '../print/latex.js';

/** 0 → a, 25 → z, 26 → ba: letters only, so the LaTeX printer writes the name as one \mathit word. */
function letters(i: number): string {
  let s = '';
  do {
    s = String.fromCharCode(97 + (i % 26)) + s;
    i = Math.floor(i / 26);
  } while (i > 0);
  return s;
}

export class Placeholders {
  private readonly byNode = new Map<Expr, Var>();
  private readonly nodes: Expr[] = [];
  private readonly prefix: string;
  private readonly inText: RegExp;
  private readonly inLatex: RegExp;

  constructor(root: Expr, private readonly variable: string) {
    // An upper-case prefix (never a function name) that no variable of the input starts with.
    let prefix = 'Zd';
    const names = freeVariables(root);
    while (names.some((n) => n.startsWith(prefix))) prefix += 'Z';
    this.prefix = prefix;
    this.inText = new RegExp(`\\b${prefix}([a-z]+)\\b`, 'g');
    this.inLatex = new RegExp(`\\\\mathit\\{${prefix}([a-z]+)\\}`, 'g');
  }

  /** The placeholder standing for d/dx[node] (one per distinct node). */
  of(node: Expr): Var {
    let p = this.byNode.get(node);
    if (p === undefined) {
      p = varNode(this.prefix + letters(this.nodes.length));
      this.byNode.set(node, p);
      this.nodes.push(node);
    }
    return p;
  }

  /** A line with placeholders, as text: `cos(x)*d/dx[exp(x^2)]`. */
  text(line: Expr): string {
    return format(line).replace(this.inText, (_, i: string) => `d/d${this.variable}[${format(this.node(i))}]`);
  }

  /** The same line in LaTeX: `\cos\left(x\right) \cdot \frac{d}{dx}\left[e^{x^{2}}\right]`. */
  latex(line: Expr): string {
    const dx = `\\frac{d}{d${toLatex(varNode(this.variable))}}`;
    return toLatex(line).replace(this.inLatex, (_, i: string) => `${dx}\\left[${toLatex(this.node(i))}\\right]`);
  }

  private node(i: string): Expr {
    let n = 0;
    for (const c of i) n = n * 26 + (c.charCodeAt(0) - 97);
    return this.nodes[n] as Expr;
  }
}
