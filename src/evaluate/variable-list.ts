// The variable list of a compiled function (`compile`, `compileGradient`): names of variables, each
// once, covering every variable the expression uses. Checked at compile time, in the caller's name.

import { checkVariableName, describe } from '../ast/names.js';
import { InvalidArgumentError } from '../errors.js';

/** The list as an array of variable names, each listed once; otherwise an InvalidArgumentError. */
export function checkVariableList(variables: unknown, caller: string): string[] {
  if (!Array.isArray(variables)) {
    throw new InvalidArgumentError(`${caller}: variables must be an array of names, got ${describe(variables)}`);
  }
  const seen = new Set<string>();
  for (const name of variables as unknown[]) {
    checkVariableName(name, `${caller}: a variable`);
    if (seen.has(name as string)) throw new InvalidArgumentError(`${caller}: the variable '${name}' is listed twice`);
    seen.add(name as string);
  }
  return [...seen];
}

/** An InvalidArgumentError naming every used variable missing from the list. */
export function checkListed(used: Iterable<string>, listed: readonly string[], caller: string): void {
  const names = new Set(listed);
  const missing = [...used].filter((name) => !names.has(name));
  if (missing.length > 0) {
    const list = missing.map((n) => `'${n}'`).join(', ');
    throw new InvalidArgumentError(`${caller}: the expression uses ${list}, missing from the variables [${listed.join(', ')}]`);
  }
}
