// Every threshold of the simplifier in one place, each with what it bounds and the measurement that
// set it. A limit only ever skips a candidate form or an identity: results stay equal, at worst larger.

/**
 * Terms a multiplied-out sum may reach, counted before any is built (expand.ts): a product of sums
 * multiplies out to the product of their lengths, nested sums included. At 256 the 8th derivative of
 * exp(sin x) is 26 operators (SymPy + simplify: 39; measured with `diff`, operatorCount), and
 * simplify of the chain ((…x)^2 + x)^2 + x, whose count squares at each level, stops trying past the
 * fourth level: 1,000 levels in ~0.14 s CPU (31 s when the terms were built until 256 was passed).
 */
export const MAX_EXPANDED_TERMS = 256;

/**
 * Powers of sums multiplied out, (a + b)^n for 2 ≤ n ≤ this (expand.ts). 4 is what the even
 * derivatives of exp(sin x) need (cos²·sin², squared twice) to meet their like terms; (x + 1)^10 is
 * left grouped (test/simplify).
 */
export const MAX_EXPANDED_POWER = 4;

/**
 * Like terms that multiplying out must make meet, judged ahead on signatures (expand.ts), before a sum
 * that would multiply out to more than SMALL_EXPANSION terms is tried. With one meeting enough, every
 * level of the chain tanh(tanh(…x) + x) + x multiplied (1 - t²)·(u + 1) + 1 out to up to 256 terms
 * because its two 1s meet: about 40 ms at any depth, before the first level past the size cap; the
 * 10-level chain now takes 3 ms instead of 45. Smaller expansions are tried on one meeting, as before:
 * requiring two everywhere made 6 of the quality corpus's results larger (rat1's derivative 6 -> 7).
 */
export const MIN_LIKE_TERM_MEETINGS = 2;
/**
 * …and the terms a sum may multiply out to for the split Pythagorean collapse (candidates.ts), which
 * has no meetings to count: without this bound every level of the chain tanh(tanh(…) + x) + x was
 * multiplied out to 256 terms looking for 1 - tanh²u = sech²u (depth 160: 4 s, depth 1,000: over 20 s).
 */
export const SMALL_EXPANSION = 16;

/**
 * |n| up to which (u·v)^n = u^n·v^n is distributed (rules/power.ts): (10x)^3 = 1000x^3 joins like
 * factors; a higher power of a product stays grouped, as its parts can overflow where the whole does
 * not: (1e100·x)^5 is 1 at x = 1e-100, while 1e500·x^5 is ∞·0 there in floating point.
 */
export const MAX_DISTRIBUTED_POWER = 4;

/**
 * Terms past which a factor is not pulled out of some of them (factor.ts, the Horner step): each try
 * builds two new sums, so a sum of n terms costs O(n²) here. Set with the step itself (commit
 * 1be9dc6: exp(sin x)'s 8th derivative 70 -> 47 operators); longer sums, such as a sum over the units
 * of a 64-unit network, are left to the other candidates.
 */
export const MAX_TERMS_FOR_PARTIAL_FACTORING = 48;

/**
 * Sums shorter than this are not rewritten with cos² = 1 - sin² (square-substitution.ts):
 * cos²u - sin u has nothing to collect with 1 - sin²u - sin u, so two-term sums would only grow.
 */
export const MIN_TERMS_FOR_SUBSTITUTION = 3;

/**
 * Candidate subproducts looked at per product when results share them (share.ts), so a factor
 * common to thousands of products stays linear. Set with sharing itself (commit 33ef047): the 1/64/1
 * network gradient holds 448 distinct operators, SymPy's cse figure (bench/ANCHORS.md).
 */
export const MAX_SHARED_PRODUCT_CANDIDATES = 1000;

/**
 * The weight of a degree in variables over the degree in every other factor when terms are ordered
 * for display (display-order.ts): x^3·y before sin(x)^5. Exact while other degrees stay under it.
 */
export const VARIABLE_DEGREE_WEIGHT = 1024;

/**
 * The rational normal form (cancel, src/normal) is tried on a result with a quotient in it only up to
 * this many distinct nodes: it costs about 0.2 ms per level on deep trees (a 100,000-deep tree took
 * 20 s), and the issue-10 rows it is for (derivatives of log(1 + exp(x)), atan(y/x), …) have under 100.
 */
export const MAX_NODES_FOR_NORMAL_FORM = 400;

/**
 * …and only with up to this many kernels (calls and non-integer powers): its cost grows with them
 * faster than with the size. Measured on the corpus's products of functions: 8 factors (about 12
 * kernels in the derivative) took 32 ms, 16 factors 1 s; the issue-10 rows have 1 to 3 kernels.
 */
export const MAX_KERNELS_FOR_NORMAL_FORM = 6;

/**
 * Terms of an argument up to which sin, cos, sinh, cosh of a sum are expanded by the addition formulas
 * (trig-addition.ts): each term doubles the expansion's terms. The corpus's cases (SymPy's trigsimp
 * tests: sin(x + y) + sin(x - y)) have two; 4 keeps the expansion under 16 terms per call.
 */
export const MAX_ADDITION_TERMS = 4;

/**
 * Integers up to this under a square root have their square factor taken out (√12 = 2·√3,
 * numeric-radicals.ts) by trial division, at most √(10^8) = 10^4 steps; larger ones stay whole.
 * SymPy's radsimp tests have radicands under 10^4.
 */
export const MAX_RADICAND_FACTORED = 100_000_000n;

/**
 * Terms a rationalized product may multiply out to (product.ts): (a + b√m)·(c + d√n)·… with the
 * conjugate; SymPy's radsimp cases make 4. Past it the product stays a product.
 */
export const MAX_RATIONALIZED_TERMS = 16;

/**
 * Terms up to which a sum is multiplied out to find a Pythagorean pair split between a term and a sum
 * inside another (candidates.ts: 1/2 + (sin²u - cos²u)/2 = sin²u). The corpus's cases (derivatives
 * of x/2 ± sin(x)·cos(x)/2 and their kin, SymPy's integration tests) have 2 to 4; the product rule's
 * sums over 8 or 16 factors would be multiplied out for nothing. A term without calls is required
 * too (candidates.ts): without that gate prod8's derivative built 2.7× the nodes, prod16's 6×.
 */
export const MAX_TERMS_FOR_SPLIT_COLLAPSE = 4;

/**
 * Terms up to which a sum's pairs are tried as the expansion of sin(u ± v), cos(u ± v) (trig-contraction.ts):
 * every pair is looked at, n² of them. SymPy's trigsimp cases have 2 or 3 terms.
 */
export const MAX_TERMS_FOR_CONTRACTION = 8;
