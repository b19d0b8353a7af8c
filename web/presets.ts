// The examples offered beside the expression field: the lecture's function, the 1/2/1 network's F(x)
// (printed from the example's model, so it is the same tree), a few classics and a stress case.

import { format, variable } from '../src/index.js';
import { neuralNetwork } from '../src/index.js';

const { initialParameters, network } = neuralNetwork;

export interface Preset {
  readonly label: string;
  readonly expr: string;
  readonly variable: string;
  /** Starting values for some variables (the rest start at the default). */
  readonly point?: Readonly<Record<string, number>>;
}

/** Nesting depth of the stress case: within the parser's limit, deep enough that drawings are capped. */
export const DEEP = 250;

export const PRESETS: readonly Preset[] = [
  { label: 'Lecture: cos(x)·exp(x²)', expr: 'cos(x)*exp(x^2)', variable: 'x' },
  { label: '1/2/1 network F(x)', expr: format(network(2, variable('x'))), variable: 'w1', point: { x: 0.5, ...initialParameters(2) } },
  { label: 'Two variables: x·y + sin(x·y)', expr: 'x*y + sin(x*y)', variable: 'x' },
  { label: 'x^x', expr: 'x^x', variable: 'x' },
  { label: 'sin(x)/x', expr: 'sin(x)/x', variable: 'x' },
  { label: 'Sigmoid and logs: sigmoid(2x) + log(x, 2)', expr: 'sigmoid(2x) + log(x, 2)', variable: 'x' },
  { label: `Deep: ${DEEP} nested sin`, expr: `${'sin('.repeat(DEEP)}x${')'.repeat(DEEP)}`, variable: 'x' },
];
