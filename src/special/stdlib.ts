// The door to stdlib's special functions: the one file that imports @stdlib packages. The build
// (scripts/postbuild.mjs) bundles what it imports into dist/vendor/stdlib.js and points this file
// there, so that dist runs without the packages and loads one module rather than ~200 small ones
// (430 ms at every start of the CLI, measured on Node 20).

export { default as erf } from '@stdlib/math-base-special-erf';
export { default as erfc } from '@stdlib/math-base-special-erfc';
export { default as gamma } from '@stdlib/math-base-special-gamma';
export { default as digamma } from '@stdlib/math-base-special-digamma';
export { default as polygamma } from '@stdlib/math-base-special-polygamma';
export { default as sici } from '@stdlib/math-base-special-sici';
export { default as fresnel } from '@stdlib/math-base-special-fresnel';
export { default as gammainc } from '@stdlib/math-base-special-gammainc';
