// The second-order panel in Debian's Chromium: the Hessian of the 1/2/1 network's loss at the
// starting point as the library computes it, and Newton's loss curve against gradient descent's.

import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileHessian, neuralNetwork } from '../../src/index.js';
import { openPage } from './harness.mjs';

const SHOTS = 'test-output/e2e';
const { dataset, initialParameters, loss, newton, parameterNames } = neuralNetwork;
const names = parameterNames(2);
const start = initialParameters(2);
const J = loss(2, dataset());
const H = compileHessian(J, names)(...names.map((n) => start[n] as number)).hessian;

let opened: Awaited<ReturnType<typeof openPage>>;
let browser: Awaited<ReturnType<typeof openPage>>['browser'];
let page: Page;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  opened = await openPage('#expr=x%5E2&var=x&k=2', '#hessian table');
  ({ browser, page } = opened);
});

afterAll(async () => opened?.close());

describe('second order on the network', () => {
  it('shows the Hessian of the loss, symmetric, as compileHessian computes it', async () => {
    const d = names.length;
    expect(await page.locator('#hessian td').count()).toBe(d * d);
    // Shown to 4 significant digits, with a typographic minus.
    const shown = Number(((await page.locator('#hessian td[data-entry="0,0"]').textContent()) ?? '').replaceAll('−', '-'));
    expect(Math.abs(shown - (H[0] as number))).toBeLessThanOrEqual(1e-3 * Math.abs(H[0] as number));
    expect(await page.locator('#hessian td[data-entry="0,1"]').textContent()).toBe(await page.locator('#hessian td[data-entry="1,0"]').textContent());
  });

  it('runs Newton against gradient descent: Newton ends lower in 40 steps than descent in 2,000', async () => {
    await page.locator('#newton-run').click();
    await expect.poll(() => page.locator('#newton-status').textContent(), { timeout: 30_000 }).toMatch(/^Newton: J = /);
    const [newtonJ, descentJ] = ((await page.locator('#newton-status').textContent()) ?? '').match(/\d+(\.\d+)?(e-?\d+)?/g)?.filter((_, i) => i % 2 === 0).map(Number) ?? [];
    expect(newtonJ).toBeCloseTo(newton(J, start, { steps: 40 }).losses.at(-1) as number, 3);
    expect(newtonJ).toBeLessThan(descentJ as number);
    expect(await page.locator('#newton-plot svg.plot').count()).toBe(1);
    await page.locator('#second-section').screenshot({ path: `${SHOTS}/second-order.png` });
  });

  it('made no request off localhost and threw no error', () => {
    expect({ offsite: browser.offsite, errors: browser.errors }).toEqual({ offsite: [], errors: [] });
  });
});
