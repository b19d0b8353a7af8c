// The two binary levels of the ladder, `+ -` (loosest) and `* /` with implicit products (tighter),
// folded left to right as the operands arrive. The grammar reads `a - b*c + d` as a flat list and this
// builds ((a - b*c) + d), left-nested as typed, with no rule (and no stack frame) per level.

import { addNode, divNode, mulNode, subNode, type Expr } from '../ast/expr.js';

/** A binary operator as typed; an implicit multiplication is '*'. */
export type BinaryOperator = '+' | '-' | '*' | '/';

export class SumOfProducts {
  /** The sum of the terms before `term`, and whether `term` is subtracted from it. */
  private sum: Expr | undefined = undefined;
  private subtract = false;

  /** `term`: the product being built, which any `*` or `/` extends. */
  constructor(private term: Expr) {}

  push(operator: BinaryOperator, operand: Expr): void {
    switch (operator) {
      case '*':
        this.term = mulNode([this.term, operand]);
        return;
      case '/':
        this.term = divNode(this.term, operand);
        return;
      case '+':
      case '-':
        this.sum = this.result();
        this.subtract = operator === '-';
        this.term = operand;
    }
  }

  result(): Expr {
    if (this.sum === undefined) return this.term;
    return this.subtract ? subNode(this.sum, this.term) : addNode([this.sum, this.term]);
  }
}
