// The cost bound every polynomial operation runs under: a candidate that would pass it (expanding
// (a+b+…)^n, a GCD of huge degree) stops with PolynomialTooLarge instead of exhausting time or memory.

/** Thrown inside src/poly and src/normal when a budget is spent; the public entries translate it. */
export class PolynomialTooLarge extends Error {
  override readonly name = 'PolynomialTooLarge';
}

export class Budget {
  private workLeft: number;

  /**
   * `maxTerms`: terms in any one polynomial; `maxDegree`: the power of any one variable;
   * `work`: term operations in all (a product of m and n terms costs m·n);
   * `maxBits`: coefficient size the heuristic GCD may reach before it leaves the work to the PRS.
   */
  constructor(
    readonly maxTerms: number,
    readonly maxDegree: number,
    work: number,
    readonly maxBits = 4096,
  ) {
    this.workLeft = work;
  }

  /** Spends `steps` of work; throws when the budget is gone. */
  charge(steps: number): void {
    this.workLeft -= steps;
    if (this.workLeft < 0) throw new PolynomialTooLarge('the work budget is spent');
  }

  checkTerms(count: number): void {
    if (count > this.maxTerms) throw new PolynomialTooLarge(`more than ${this.maxTerms} terms`);
  }

  checkDegree(degree: number): void {
    if (degree > this.maxDegree) throw new PolynomialTooLarge(`a degree over ${this.maxDegree}`);
  }

}

/** For tests and small inputs known to be harmless. */
export const generous = (): Budget => new Budget(1_000_000, 100_000, 1e12, 1 << 16);
