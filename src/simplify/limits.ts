// Every threshold of the simplifier in one place, each with what it bounds and the measurement that
// set it. A limit only ever skips a candidate form or an identity: results stay equal, at worst larger.

/**
 * Terms a multiplied-out sum may reach before the expanded form is not tried (expand.ts): a product
 * of sums multiplies out to the product of their lengths. 256 keeps the 8th derivative of exp(sin x)
 * (26 operators, SymPy + simplify: 39) and the corpus sizes of bench/ANCHORS.md, and stops
 * (x + 1)^10·(y + 1)^10 before it is built.
 */
export const MAX_EXPANDED_TERMS = 256;

/**
 * Powers of sums multiplied out, (a + b)^n for 2 ≤ n ≤ this (expand.ts). 4 is what the even
 * derivatives of exp(sin x) need (cos²·sin², squared twice) to meet their like terms; (x + 1)^10 is
 * left grouped (test/simplify).
 */
export const MAX_EXPANDED_POWER = 4;

/**
 * |n| up to which (u·v)^n = u^n·v^n is distributed (rules/power.ts): (2x)^2 = 4x^2 joins like
 * factors; a higher power of a product stays grouped, as 10^400·x^400 overflows where (10x)^400 at
 * x = 0.01 does not.
 */
export const MAX_DISTRIBUTED_POWER = 4;

/**
 * Terms past which a factor is not pulled out of some of them (factor.ts, the Horner step): each try
 * builds two new sums, so a sum of n terms costs O(n²) here. 48 takes exp(sin x)'s 8th derivative
 * from 70 to 47 operators, and the 64-unit network's sums (65 terms) are not tried.
 */
export const MAX_TERMS_FOR_PARTIAL_FACTORING = 48;

/**
 * Sums shorter than this are not rewritten with cos² = 1 - sin² (square-substitution.ts):
 * cos²u - sin u has nothing to collect with 1 - sin²u - sin u, so two-term sums would only grow.
 */
export const MIN_TERMS_FOR_SUBSTITUTION = 3;

/**
 * Candidate subproducts looked at per product when results share them (share.ts), so a factor
 * common to thousands of products stays linear. 1,000 finds every sharing of the 1/64/1 network
 * gradient (448 distinct operators, SymPy's cse figure).
 */
export const MAX_SHARED_PRODUCT_CANDIDATES = 1000;

/**
 * The weight of a degree in variables over the degree in every other factor when terms are ordered
 * for display (display-order.ts): x^3·y before sin(x)^5. Exact while other degrees stay under it.
 */
export const VARIABLE_DEGREE_WEIGHT = 1024;
