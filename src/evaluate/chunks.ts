// Straight-line code too long for one function, as small functions called in order.
//
// V8 optimizes a function only while its bytecode stays under a limit (about 60 KB); a longer one is
// left to the interpreter. The 1/256/1 network's gradient, 4,400 statements in one function, took
// 33 µs a call; cut into chunks of 500 statements, each optimized on its own, it takes 6.3 µs
// (`npm run bench -- ad`, the 1/256/1 row, shows it against a hand-written gradient).
//
// A temporary declared and read in one chunk stays a local there (V8 keeps it in a register). One
// that another chunk or the result reads lives in slot N of the Float64Array `s` (its own number, so
// no table is needed). Parameters are copied once, on entry, into the Float64Array `p`, so a chunk
// takes no arguments: passing the 770 parameters of 1/256/1 to every chunk cost more than it saved.
// Operands are `t<digits>` and `a<digits>` / `a[<digits>]`, names that belong to the emitter alone.

const TEMPORARY = /(let )?\bt(\d+)\b/g;
const PARAMETER = /\ba(?:(\d+)\b|\[(\d+)\])/g;

export interface Chunks {
  /** `function c0() { … }`, … : the declarations, to be placed beside the compiled function. */
  readonly functions: string[];
  /** `c0();`, … : the calls, in order, for the compiled function's body. */
  readonly calls: string[];
  /** The returned expression, its operands rewritten to slots. */
  readonly result: string;
}

/** `lines` (over `temporaries` temporaries) as chunks of `size` statements. */
export function chunked(lines: readonly string[], result: string, temporaries: number, size: number): Chunks {
  const shared = sharedTemporaries(lines, result, temporaries, size);
  const rewrite = (code: string): string => code
    .replace(TEMPORARY, (whole, _let: string | undefined, n: string) => (shared[Number(n)] === 1 ? `s[${n}]` : whole))
    .replace(PARAMETER, (_, plain: string | undefined, rest: string | undefined) => `p[${plain ?? rest}]`);
  const functions: string[] = [];
  const calls: string[] = [];
  for (let start = 0; start < lines.length; start += size) {
    const name = `c${functions.length}`;
    functions.push(`function ${name}() {\n${lines.slice(start, start + size).map(rewrite).join('\n')}\n}`);
    calls.push(`${name}();`);
  }
  return { functions, calls, result: rewrite(result) };
}

/** 1 for each temporary read outside the chunk that declares it (or by the result). */
function sharedTemporaries(lines: readonly string[], result: string, temporaries: number, size: number): Uint8Array {
  const home = new Int32Array(temporaries).fill(-1);
  const shared = new Uint8Array(temporaries);
  lines.forEach((line, i) => {
    const chunk = Math.floor(i / size);
    for (const [, declaration, n] of line.matchAll(TEMPORARY)) {
      const t = Number(n);
      if (declaration !== undefined) home[t] = chunk;
      else if (home[t] !== chunk) shared[t] = 1;
    }
  });
  for (const [, , n] of result.matchAll(TEMPORARY)) shared[Number(n)] = 1;
  return shared;
}
