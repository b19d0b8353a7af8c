// The derivation's printed size, counted as it is written: a derivation is inherently larger than its
// input (one line per rule), so it stops with ExpressionTooLargeError rather than exhausting memory.

import { ExpressionTooLargeError } from '../errors.js';
import { MAX_OUTPUT_CHARS } from '../print/format.js';

export class OutputBudget {
  private spent = 0;

  constructor(private readonly limit = MAX_OUTPUT_CHARS) {}

  /** Counts `text` and returns it; throws once the whole derivation passes the limit. */
  spend(text: string): string {
    this.spent += text.length;
    this.check(0);
    return text;
  }

  /** Throws now if `chars` more are sure to come: a 100,000-deep tree fails before any line is printed. */
  check(chars: number): void {
    if (this.spent + chars > this.limit) {
      throw new ExpressionTooLargeError('the derivation steps', this.limit, 'ask for a lower order or a smaller expression');
    }
  }
}
