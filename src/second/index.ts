// Second order: matrices of partials (symbolic), the Hessian-vector product (tape) and the compiled
// Hessian, for the package root to re-export (with text coerced to trees there).

export { hessian, jacobian } from './hessian.js';
export { sparsity } from './sparsity.js';
export { hessianVectorProduct, type HessianVectorProduct } from './hessian-vector.js';
export { compileHessian, type HessianResult } from './hessian-code.js';
