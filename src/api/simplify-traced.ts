// simplifyTraced at the package root: simplify with the rules that fired, for a tree or its text.

import { simplifyTraced as simplifyTracedOf } from '../simplify/simplify.js';
import { acceptsText } from './coerce.js';

export type { SimplificationStep } from '../simplify/simplify.js';
export const simplifyTraced = acceptsText(simplifyTracedOf);
