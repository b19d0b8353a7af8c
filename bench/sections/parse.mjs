// Section "parse": symdiff `parse` vs math.js `parse` on the 1,254-character 1/64/1 network text.
import { MATHJS_PARSE_PER_SECOND } from '../anchors.mjs';
import { formatFactor, speedup, speedupFactor, timeCell } from '../cells.mjs';
import { corpusCase } from '../corpus.mjs';
import { load } from '../libraries.mjs';
import { ok } from '../outcome.mjs';
import { markdownTable } from '../table.mjs';
import { timePerCall } from '../timing.mjs';
import { check, checksTable } from '../verdict.mjs';

export const title = 'Parse: the 1/64/1 network text (mlp64)';
const TARGET = 4;

// Worker side: one task per library, both timing `parse(text)` on the same text.
export async function symdiff({ text, timing }) {
  const { parse } = await load('symdiff');
  return timePerCall(() => parse(text), timing);
}

export async function mathjs({ text, timing }) {
  const { parse } = await load('mathjs');
  return timePerCall(() => parse(text), timing);
}

export async function run({ run: runTask }) {
  const text = corpusCase('mlp64').expr;
  const ours = await runTask('symdiff', new URL(import.meta.url), 'symdiff', { text });
  const theirs = await runTask('mathjs', new URL(import.meta.url), 'mathjs', { text });
  const rate = (o) => (ok(o) ? `${Math.round(1000 / o.result.ms).toLocaleString('en-US')}/s` : '–');
  const table = markdownTable(['library', 'time per parse', 'parses per second', 'vs math.js'], [
    ['symdiff `parse`', timeCell(ours), rate(ours), speedup(ours, theirs)],
    ['math.js `parse`', timeCell(theirs), rate(theirs), '1x'],
  ]);
  const factor = speedupFactor(ours, theirs);
  const checks = [check(`parse mlp64 >= ${TARGET}x faster than math.js`,
    factor === null ? timeCell(ours) : `${formatFactor(factor)}x`, factor === null ? null : factor >= TARGET)];
  const note = `Text: ${text.length} characters. ANCHORS.md: math.js parses it about ${MATHJS_PARSE_PER_SECOND} times a second.`;
  return { text: `${table}\n\n${note}\n\n${checksTable(checks)}`, checks };
}
