// The inputs of the 1/2/1 network's reference Hessian, as JSON on stdout: the data set, the initial
// parameters (src/network, the package's `neuralNetwork`) and a fixed direction for the Hessian-vector product.
// Run by network-hessian.py (needs `npm run build`: the model imports the built package).

import { neuralNetwork } from '../../dist/index.js';

const { dataset, initialParameters, parameterNames } = neuralNetwork;

const names = parameterNames(2);
const point = initialParameters(2);
const direction = Object.fromEntries(names.map((name, i) => [name, ((i % 3) - 1) * 0.5 + 0.25 * (i + 1)]));
process.stdout.write(JSON.stringify({ names, data: dataset(), point, direction }));
