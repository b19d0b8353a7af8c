// A piece of what the user typed, with where it starts, so a parse error in the piece points at the
// character in the whole line (after a `d/dx ` prefix, a `:diff ` command, a `name=` of a point).

import { parse, ParseError, type Expr } from '../index.js';

export interface Slice {
  /** The whole text the user typed (a command-line argument, a REPL statement). */
  readonly source: string;
  readonly text: string;
  /** Where `text` starts in `source`. */
  readonly offset: number;
}

export const wholeSlice = (source: string): Slice => ({ source, text: source, offset: 0 });

/** The part of `slice` from `start` to `end` (offsets within `slice.text`). */
export function subSlice(slice: Slice, start: number, end = slice.text.length): Slice {
  return { source: slice.source, text: slice.text.slice(start, end), offset: slice.offset + start };
}

export const isBlank = (slice: Slice): boolean => slice.text.trim() === '';

/** The tree the slice spells; a ParseError located in the whole source. */
export function parseSlice(slice: Slice): Expr {
  try {
    return parse(slice.text);
  } catch (e) {
    if (!(e instanceof ParseError) || slice.offset === 0 && slice.text === slice.source) throw e;
    throw new ParseError(e.reason, slice.source, slice.offset + e.offset);
  }
}

/** The slice cut at the commas outside parentheses (`log(x, 2), x=1` is two pieces). */
export function splitTopLevel(slice: Slice): Slice[] {
  const pieces: Slice[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < slice.text.length; i++) {
    const c = slice.text[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ',' && depth === 0) {
      pieces.push(subSlice(slice, start, i));
      start = i + 1;
    }
  }
  pieces.push(subSlice(slice, start));
  return pieces;
}
