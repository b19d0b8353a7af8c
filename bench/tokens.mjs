// The size of a printed expression, exactly as bench/ANCHORS.md "Output size, defined" says: one for
// each `+ - * / ^` (`**` once), each function call, and each implicit multiplication (a number, name
// or `)` directly followed by a number, name or `(` that is not a call). Used on symdiff's `format`
// output and on math.js's `toString()` output alike, so both are counted by the same rule.

const TOKEN = /\s*(?:(\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)|([A-Za-z_]\w*)|(\*\*|[-+*/^])|(.))/gy;

/** Operator tokens of one printed expression. */
export function operatorTokens(text) {
  let count = 0;
  let previous = 'start'; // 'operand' (number or name), 'name', 'close' or 'other'
  for (const [, number, name, operator, other] of text.trimEnd().matchAll(TOKEN)) {
    const current = number !== undefined ? 'operand' : name !== undefined ? 'name' : operator !== undefined ? 'operator' : other;
    if (operator !== undefined) count++;
    else if (current === '(' && previous === 'name') count++; // a call: `sin(`
    else if (startsOperand(current) && endsOperand(previous)) count++; // implicit: `2x`, `2(`, `)(`, `x 2`
    previous = current;
  }
  return count;
}

/** Summed over the partials of a gradient (ANCHORS.md: "for a gradient, sum over the partials"). */
export function totalOperatorTokens(texts) {
  return texts.reduce((sum, text) => sum + operatorTokens(text), 0);
}

function startsOperand(token) {
  return token === 'operand' || token === 'name' || token === '(';
}

function endsOperand(token) {
  return token === 'operand' || token === 'name' || token === ')';
}
