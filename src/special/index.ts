// The numeric values of the special functions, one module per family, gathered for the function table.

export { acot, acoth, acsc, acsch, asec, asech, coth, csch, sech } from './reciprocal-functions.js';
export { erf, erfc, erfi } from './error-functions.js';
export { Chi, Ei, Shi } from './exponential-integrals.js';
export { li } from './logarithmic-integral.js';
export { Ci, Si } from './trigonometric-integrals.js';
export { fresnelc, fresnels } from './fresnel.js';
export { digamma, gamma, polygamma } from './gamma.js';
export { lowergamma, uppergamma } from './incomplete-gamma.js';
export { polylog } from './polylog.js';
export { ellipticE, ellipticEIncomplete, ellipticF, ellipticK } from './elliptic.js';
