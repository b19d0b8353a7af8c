// An outcome is what one measured thing came to: `{ result }`, `{ error }` or `{ timeout, capMs }`.
// Tasks wrap each symdiff call in `attempt` so one missing function leaves the others measurable.

/** Runs `fn` and keeps its value or its error message (a stub's "not implemented yet" included). */
export function attempt(fn) {
  try {
    return { result: fn() };
  } catch (error) {
    return { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

/** Like `attempt`, unless `input` already failed: then the failure is passed on unchanged. */
export function attemptWith(input, fn) {
  return ok(input) ? attempt(() => fn(input.result)) : input;
}

export function ok(outcome) {
  return outcome != null && 'result' in outcome;
}

/**
 * The outcome of part `key` of a task's result; a failed or timed-out task fails every part.
 * A part the task set to null does not apply to this case (it prints as `–`).
 */
export function part(outcome, key) {
  if (!ok(outcome)) return outcome;
  const found = outcome.result[key];
  return found === undefined ? { error: `no '${key}' in the task's result` } : found;
}

/** The outcome of field `key` of a task's plain result (a task whose parts succeed or fail together). */
export function field(outcome, key) {
  return ok(outcome) ? { result: outcome.result[key] } : outcome;
}
