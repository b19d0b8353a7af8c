// Targets from the issues, judged: PASS, FAIL, or n/a while the function is not there yet.
import os from 'node:os';
import { markdownTable } from './table.mjs';

/** One judged target; `pass` is true, false, or null (could not be measured). */
export function check(target, measured, pass) {
  return { target, measured, pass };
}

export function verdictText(pass) {
  return pass === null ? 'n/a' : pass ? 'PASS' : 'FAIL';
}

/** The verdict on a symdiff outcome with no figure: n/a while it is a stub, FAIL for a timeout or a crash. */
export function verdictWithoutFigure(outcome) {
  return outcome == null || /not implemented yet/.test(outcome.error ?? '') ? null : false;
}

/** Several results judged as one: FAIL if any fails, n/a if any is missing, else PASS. */
export function allPass(passes) {
  if (passes.some((p) => p === false)) return false;
  return passes.length > 0 && passes.every((p) => p === true) ? true : null;
}

export function checksTable(checks) {
  return markdownTable(['target', 'measured', 'verdict'], checks.map((c) => [c.target, c.measured, verdictText(c.pass)]), { left: 1 });
}

/** The closing summary: machine, command, and every target of every section that ran. */
export function summary(config, checks) {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const lines = [
    '## Summary',
    '',
    `Machine: ${cpu}, ${os.cpus().length} cores, Node ${process.version}, ${os.platform()} ${os.arch()}.`,
    `Command: \`npm run build && ${config.command}\` (cap ${config.capMs / 1000} s per case${config.quick ? ', quick mode' : ''}).`,
    '',
    markdownTable(['section', 'target', 'measured', 'verdict'],
      checks.map((c) => [c.section, c.target, c.measured, verdictText(c.pass)]), { left: 2 }),
  ];
  const count = (p) => checks.filter((c) => c.pass === p).length;
  lines.push('', `${count(true)} PASS, ${count(false)} FAIL, ${count(null)} n/a.`);
  return lines.join('\n');
}
