// Section "evaluate": a compiled function's call vs math.js compile().evaluate(scope) vs the same
// formula written by hand in JS, on the seed and the 1/2/1 network.
import { firstMismatch } from '../agreement.mjs';
import { failure, formatFactor, speedup, timeCell } from '../cells.mjs';
import { argumentLists, corpusCase, network } from '../corpus.mjs';
import { load } from '../libraries.mjs';
import { attempt, attemptWith, ok, part } from '../outcome.mjs';
import { markdownTable } from '../table.mjs';
import { spreadCall, timePaired, timePerCall } from '../timing.mjs';
import { check, checksTable, verdictWithoutFigure } from '../verdict.mjs';

export const title = 'Evaluate: a compiled function, called';
const TARGET = 1.5; // symdiff's compiled call within 1.5x of the hand-written function

function cases() {
  const seed = corpusCase('seed');
  const net = network(2);
  return [
    { id: 'seed', handwritten: 'seed', expr: seed.expr, variables: ['x'], points: seed.points },
    { id: 'nn121', handwritten: 'nn121', expr: net.text, variables: net.variables, points: net.points },
  ];
}

// Worker side. Every library is called with the same argument lists, cycling over the points.
function timeCalls(fn, lists, timing) {
  const call = spreadCall(fn, lists[0].length);
  return { time: attempt(() => timePerCall((i) => call(lists[i % lists.length]), timing)),
    values: attempt(() => lists.map(call)) };
}

export async function symdiff({ expr, variables, points, timing }) {
  const { compile } = await load('symdiff');
  const compiled = attempt(() => compile(expr, variables));
  const lists = argumentLists(variables, points);
  const calls = ok(compiled) ? timeCalls(compiled.result, lists, timing) : { time: compiled, values: compiled };
  return { compileTime: attemptWith(compiled, () => timePerCall(() => compile(expr, variables), timing)), ...calls };
}

export async function mathjs({ expr, points, timing }) {
  const { compile } = await load('mathjs');
  const code = compile(expr);
  return timeCalls((scope) => code.evaluate(scope), points.map((p) => [p]), timing);
}

export async function js({ handwritten, variables, points, timing }) {
  const fn = (await load('js'))[handwritten];
  return timeCalls(fn, argumentLists(variables, points), timing);
}

/**
 * The compiled call against the hand-written function, in turns in this worker (timePaired): the
 * ratio the target reads. Each alone in its own lane is timed too, for the table's columns.
 */
export async function paired({ expr, variables, handwritten, points, timing }) {
  const { compile } = await load('symdiff');
  const hand = (await load('js'))[handwritten];
  const lists = argumentLists(variables, points);
  const ours = spreadCall(compile(expr, variables), variables.length);
  const theirs = spreadCall(hand, variables.length);
  const { ratio, rounds } = timePaired((i) => ours(lists[i % lists.length]), (i) => theirs(lists[i % lists.length]), timing);
  return { ratio, rounds };
}

export async function run({ run: runTask }) {
  const rows = [];
  const checks = [];
  const notes = [];
  for (const c of cases()) {
    const outcomes = {};
    for (const library of ['symdiff', 'mathjs', 'js']) outcomes[library] = await runTask(library, new URL(import.meta.url), library, c);
    const time = (library) => part(outcomes[library], 'time');
    const inTurns = await runTask('symdiff', new URL(import.meta.url), 'paired', c);
    const slowdown = ok(inTurns) ? inTurns.result.ratio : null;
    rows.push([c.id, timeCell(part(outcomes.symdiff, 'compileTime')), timeCell(time('symdiff')), timeCell(time('mathjs')),
      timeCell(time('js')), slowdown === null ? '–' : `${formatFactor(slowdown)}x`, speedup(time('symdiff'), time('mathjs'))]);
    checks.push(check(`compiled ${c.id} within ${TARGET}x of hand-written JS`,
      slowdown === null ? failure(inTurns) : `${formatFactor(slowdown)}x`,
      slowdown === null ? verdictWithoutFigure(inTurns) : slowdown <= TARGET));
    notes.push(...valueNotes(c, outcomes));
  }
  const table = markdownTable(['case', 'symdiff compile (from text)', 'symdiff call', 'math.js evaluate', 'hand-written JS',
    'symdiff / hand-written (in turns)', 'symdiff vs math.js'], rows);
  const how = 'Each library is timed alone in its own worker; "symdiff / hand-written" is measured apart from those, the two ' +
    'called in turns in one worker, batch after batch (timePaired in bench/timing.mjs), the median of the rounds\' ratios: ' +
    'timed apart, the ratio of two 10-50 ns calls moved with the machine\'s load between the two timings.';
  return { text: [table, how, notes.join('\n'), checksTable(checks)].filter(Boolean).join('\n\n'), checks };
}

// The three libraries must compute the same numbers; a mismatch is printed loudly.
function valueNotes(c, outcomes) {
  const reference = part(outcomes.js, 'values');
  return ['symdiff', 'mathjs'].flatMap((library) => {
    const values = part(outcomes[library], 'values');
    if (!ok(values) || !ok(reference)) return [];
    const bad = firstMismatch(values.result, reference.result);
    return bad === null ? [] : [`**VALUE MISMATCH** ${library} ${c.id} at ${JSON.stringify(c.points[bad.index])}: ` +
      `${bad.ours} vs hand-written ${bad.theirs}`];
  });
}
