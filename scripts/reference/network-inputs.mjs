// The inputs of the 1/2/1 network's reference Hessian, as JSON on stdout: the data set, the initial
// parameters (examples/network-model.mjs) and a fixed direction for the Hessian-vector product.
// Run by network-hessian.py (needs `npm run build`: the model imports the built package).

import { dataset, initialParameters, parameterNames } from '../../examples/network-model.mjs';

const names = parameterNames(2);
const point = initialParameters(2);
const direction = Object.fromEntries(names.map((name, i) => [name, ((i % 3) - 1) * 0.5 + 0.25 * (i + 1)]));
process.stdout.write(JSON.stringify({ names, data: dataset(), point, direction }));
