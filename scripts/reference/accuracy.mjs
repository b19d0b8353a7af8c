// Prints, per special function, the largest error over its committed mpmath points: the scaled error
// |f - ref|/max(1, |ref|) that test/special/values.test.ts bounds by 1e-13, and the relative error.
// Usage: npm run build && node scripts/reference/accuracy.mjs
import { readFileSync } from 'node:fs';
import * as special from '../../dist/special/index.js';

const read = (name) => JSON.parse(readFileSync(new URL(`../../test/data/${name}`, import.meta.url), 'utf8')).functions;
const functions = { ...read('special-functions.json'), ...read('special-functions-more.json') };
// The reference's names where they are not the numeric modules' (src/special/index.ts)
const NAMES = {
  elliptic_k: 'ellipticK', elliptic_e: 'ellipticE', elliptic_f: 'ellipticF', elliptic_e_incomplete: 'ellipticEIncomplete',
};
console.log('| function | max scaled error | at | max relative error | at |');
console.log('| --- | --- | --- | --- | --- |');
for (const [name, points] of Object.entries(functions)) {
  let scaled = { error: 0, at: '' };
  let relative = { error: 0, at: '' };
  for (const { args, value } of points) {
    const got = special[NAMES[name] ?? name](...args);
    const want = Number(value);
    const error = Math.abs(got - want);
    const s = error / Math.max(1, Math.abs(want));
    const r = want === 0 ? error : error / Math.abs(want);
    if (!(s <= scaled.error)) scaled = { error: s, at: args.join(', ') };
    if (!(r <= relative.error)) relative = { error: r, at: args.join(', ') };
  }
  const e = (x) => (x === 0 ? '0' : x.toExponential(1));
  console.log(`| ${name} | ${e(scaled.error)} | ${scaled.at} | ${e(relative.error)} | ${relative.at} |`);
}
