// The lecture's 1/k/1 network as one module, exported from the package root as `neuralNetwork`.

export { constant, dataset, initialParameters, loss, network, parameterNames, type DataPoint } from './model.js';
export { gaussian, random } from '../random.js';
export { train, type TrainOptions } from './train.js';
export { newton, type NewtonOptions } from './newton.js';
export { solvePositiveDefinite } from './cholesky.js';
