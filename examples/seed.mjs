// The lecture's running example u(x) = cos(x)·e^(x²), differentiated the four ways at x = 0.5.
// Build first (`npm run build`), then run `node examples/seed.mjs`.

import {
  diff, directionalDerivative, evaluate, finiteDifferenceSweep, format, formatTree, parse, reverseModeTrace,
} from 'symdiff';

const u = parse('cos(x)*exp(x^2)');
const point = { x: 0.5 };
console.log(`u(x) = ${format(u)}, evaluated from its tree:\n${formatTree(u)}\nu(0.5) = ${evaluate(u, point)}\n`);

console.log('Finite differences (central): the error falls with h, then rounding makes it rise again');
for (const { h, estimate, error } of finiteDifferenceSweep(u, point, 'x')) {
  console.log(`  h = ${h.toExponential(0).padEnd(6)} estimate ${estimate.toPrecision(17).padEnd(20)} error ${error.toExponential(2)}`);
}

const du = diff(u, 'x');
console.log(`\nSymbolic: u'(x) = ${format(du)}, u'(0.5) = ${evaluate(du, point)}`);
console.log(`Forward mode (dual numbers): u'(0.5) = ${directionalDerivative(u, point, { x: 1 }).derivative}`);

console.log('\nReverse mode: values on the forward pass, adjoints on the backward pass');
for (const { expr, value, adjoint } of reverseModeTrace(u, point).nodes) {
  console.log(`  ${format(expr).padEnd(16)} value ${value.toPrecision(10).padEnd(14)} adjoint ${adjoint.toPrecision(10)}`);
}
