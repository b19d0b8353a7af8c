// Axes of the page's plots: whole decades on a log axis, 1-2-5 steps on a linear one, and the pixels.

import { describe, expect, it } from 'vitest';
import { axisFor, plottable, powerOfTen, project } from '../../web/plot-scale.js';

const ticks = (axis: { ticks: readonly { label: string }[] }) => axis.ticks.map((t) => t.label).join(' ');

describe('axisFor', () => {
  it.each([
    [[1e-16, 1e-1], '10⁻¹⁶ 10⁻¹⁴ 10⁻¹² 10⁻¹⁰ 10⁻⁸ 10⁻⁶ 10⁻⁴ 10⁻² 10⁰'],
    [[3e-11, 0.02], '10⁻¹¹ 10⁻⁹ 10⁻⁷ 10⁻⁵ 10⁻³ 10⁻¹'],
    [[2e-9, 3e-3], '10⁻⁹ 10⁻⁸ 10⁻⁷ 10⁻⁶ 10⁻⁵ 10⁻⁴ 10⁻³ 10⁻²'],
    [[5, 5], '10⁰ 10¹'],
    [[0, -1, NaN, Infinity], '10⁰ 10¹'],
  ])('log %j', (values, labels) => {
    expect(ticks(axisFor('log', values))).toBe(labels);
  });

  it.each([
    [[0, 2000], '0 500 1000 1500 2000'],
    [[-1.07, 1.2], '−1.5 −1 −0.5 0 0.5 1 1.5'],
    [[3, 3], '2 2.5 3 3.5 4'],
    [[], '0 0.2 0.4 0.6 0.8 1'],
  ])('linear %j', (values, labels) => {
    expect(ticks(axisFor('linear', values))).toBe(labels);
  });

  it('covers every plottable value', () => {
    const axis = axisFor('log', [2.5e-13, 7, 0]);
    expect([axis.min <= 2.5e-13, axis.max >= 7]).toEqual([true, true]);
  });
});

describe('project', () => {
  it('maps min and max to the ends and a log axis by exponent', () => {
    const axis = axisFor('log', [1e-4, 1]);
    expect([project(axis, 1e-4, 0, 400), project(axis, 1e-2, 0, 400), project(axis, 1, 0, 400)]).toEqual([0, 200, 400]);
  });
});

describe('small pieces', () => {
  it.each([[-16, '10⁻¹⁶'], [0, '10⁰'], [21, '10²¹']])('powerOfTen(%i)', (k, text) => {
    expect(powerOfTen(k)).toBe(text);
  });
  it.each([['log', 0, false], ['log', 1e-300, true], ['linear', 0, true], ['linear', NaN, false], ['log', Infinity, false]] as const)(
    'plottable(%s, %d) is %s', (kind, value, ok) => {
      expect(plottable(kind, value)).toBe(ok);
    });
});
