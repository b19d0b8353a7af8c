// Tab completion in the REPL: command names after `:`, then function names, constants and the
// names the user has defined.

import { FUNCTION_ALIASES, FUNCTION_NAMES } from '../ast/function-names.js';
import { REPL_COMMANDS } from './repl-help.js';

const FUNCTIONS = [...FUNCTION_NAMES, ...Object.keys(FUNCTION_ALIASES)].map((name) => `${name}(`);

/** A readline completer: the candidates for the word before the cursor, and that word. */
export function completer(definedNames: () => Iterable<string>): (line: string) => [string[], string] {
  return (line) => {
    const command = /^\s*(:\w*)$/.exec(line)?.[1];
    if (command !== undefined) return [REPL_COMMANDS.map((c) => `:${c.name}`).filter((c) => c.startsWith(command)), command];
    const word = /[A-Za-z_]\w*$/.exec(line)?.[0];
    if (word === undefined) return [[], ''];
    const names = new Set([...FUNCTIONS, 'pi', 'e', ...definedNames()]);
    return [[...names].filter((name) => name.startsWith(word)).sort(), word];
  };
}
