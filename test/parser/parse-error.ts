// The ParseError that parsing a text throws, for tests that look inside it.

import { ParseError } from '../../src/errors.js';
import { parse } from '../../src/parser/parse.js';

/** Fails the test when parsing throws nothing, or anything but a ParseError. */
export function parseError(text: unknown): ParseError {
  try {
    parse(text as string);
  } catch (e) {
    if (e instanceof ParseError) return e;
    throw e;
  }
  throw new Error(`no ParseError for ${JSON.stringify(text)}`);
}
