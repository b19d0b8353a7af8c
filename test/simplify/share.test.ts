// Results written through one another's subproducts (share.ts) print as a person writes them.

import { describe, expect, it } from 'vitest';
import { format, gradient, hessian, parse } from '../../src/index.js';

describe('shared subproducts', () => {
  it('a -1 left after the shared subproduct prints as a sign, not as a factor 1', () => {
    const g = gradient('1/sqrt(1 - b*c^2)');
    expect(format(g.b as never)).toBe('c^2/(2*(1 - b*c^2)^(3/2))'); // was …sqrt(1 - b*c^2*1), then (1 - b*c^2)*sqrt(1 - b*c^2)
    expect(hessian(parse('1/sqrt(1 - b*c^2)')).flat().map((e) => format(e)).join(' ; ')).not.toMatch(/\*1\b/);
  });
});
