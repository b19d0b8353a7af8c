// Harmonic addition (SymPy's fu TR10i): a·sin u + b·cos u = R·sin(u + φ), R = √(a² + b²) and
// φ = atan2(b, a), where a and b are constants and φ is an angle the table knows (atan(b/a) folds to a
// multiple of π). The code is harmonic-addition.ts; a candidate form, kept only where smaller.

import type { Described } from './rule.js';

export const HARMONIC_ADDITION: Described = {
  name: 'harmonic-addition', formula: 'a·sin u + b·cos u = √(a² + b²)·sin(u + φ), tan φ = b/a (and the terms may share a factor m)',
  guard: 'a, b constants with atan(b/a) a known multiple of π (φ in the quadrant of (a, b)); kept only where smaller',
  examples: {
    fires: ['sin(x)/2 + sqrt(3)*cos(x)/2', 'sin(x + pi/3)'],
    not: ['3*sin(x) + 4*cos(x)', '4*cos(x) + 3*sin(x)'],
  },
};
