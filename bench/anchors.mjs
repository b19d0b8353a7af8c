// Published peer figures, copied by hand from bench/ANCHORS.md (2-core machine, Node 20.20,
// SymPy 1.11.1, math.js 15.2.0). Data only: the bars our targets are measured against.

/** ANCHORS.md "SymPy's raw `diff` output, counted this way": operator tokens, summed over partials. */
export const SYMPY_RAW_SIZE = {
  seed: 11, poly4: 6, poly_pow10: 3, rat1: 9, sigmoid: 7,
  nest_sin5: 19, nest_sin10: 64, nest_sin20: 229,
  prod4: 29, prod8: 129, prod16: 505,
  tower2: 4, tower3: 12, multi_dx: 6, multi_dy: 5,
  nn121: 32, mlp16: 256, mlp64: 1024,
  hexpsin1: 4, hexpsin2: 8, hexpsin3: 12, hexpsin4: 21,
  hexpsin5: 25, hexpsin6: 43, hexpsin7: 47, hexpsin8: 70,
};

/** ANCHORS.md: the 1/64/1 gradient after SymPy's `cse`, in distinct operators. */
export const SYMPY_CSE_MLP64 = 448;

/** ANCHORS.md: a hand-written JS gradient of the 1/k/1 network, in ms, by k. */
export const HANDWRITTEN_GRADIENT_MS = { 2: 85e-6, 16: 530e-6, 64: 2.3e-3 };

/** ANCHORS.md: math.js parses the 1/64/1 network text about 860 times a second. */
export const MATHJS_PARSE_PER_SECOND = 860;

/** ANCHORS.md timing table, math.js derivative + simplify in ms (null: over 20 s), by corpus id. */
export const MATHJS_SIMPLIFIED_MS = {
  seed: 4.8, nest_sin20: 6149, prod16: null, nn121: 24, mlp16: 6658, mlp64: null, hexpsin8: null,
};
