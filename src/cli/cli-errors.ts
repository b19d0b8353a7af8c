// The two failures the command line tells apart: bad usage (exit code 2) and bad input (exit code 1).
// Library errors (ParseError, UnboundVariableError, ...) are bad input too.

/** The command line itself is wrong: an unknown command or option, a missing or extra argument. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The input is wrong in a way the library does not name: no variable to differentiate by, a point given twice. */
export class UserError extends Error {
  override readonly name = 'UserError';
}
