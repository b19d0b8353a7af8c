// The teaching panels in Debian's Chromium: the derivation stepped one rule at a time (its node
// highlighted, a hint before each step on request) down to `diff`'s answer, and an answer checked with
// the mistake named on the tree. What the page must show is what the library computes.

import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDerivative, derivationSteps, diff, format, parse } from '../../src/index.js';
import { openPage } from './harness.mjs';

const SHOTS = 'test-output/e2e';
const LECTURE = parse('cos(x)*exp(x^2)');
const STEPS = derivationSteps(LECTURE, 'x').steps;
// The inner derivative of exp(x^2) forgotten, as students write it.
const FORGOTTEN = '-sin(x)*exp(x^2) + cos(x)*exp(x^2)';

let opened: Awaited<ReturnType<typeof openPage>>;
let browser: Awaited<ReturnType<typeof openPage>>['browser'];
let page: Page;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  opened = await openPage('#expr=cos%28x%29*exp%28x%5E2%29&var=x&at=x:0.5', '#steps-next');
  ({ browser, page } = opened);
});

afterAll(async () => opened?.close());

const text = (selector: string) => page.locator(selector).first().textContent();

describe('the derivation, step by step', () => {
  it('reveals one rule at a time, highlighting its node, and ends at diff', async () => {
    await page.locator('#steps-next').click();
    expect(await page.locator('#steps-list li').count()).toBe(1);
    expect(await page.locator('#steps-list li').first().getAttribute('data-rule')).toBe(STEPS[0]?.rule);
    // The first step applies at the root: the product node of the tree is the highlighted one.
    expect(await page.locator('#steps-tree g.node.current').first().getAttribute('data-label')).toBe('×');
    await page.locator('#steps-all').click();
    expect(await page.locator('#steps-list li').count()).toBe(STEPS.length);
    expect(await page.locator('#steps-list li .formula').last().getAttribute('data-text')).toBe(format(diff(LECTURE, 'x')));
    await page.locator('#steps-section').screenshot({ path: `${SHOTS}/steps.png` });
  });

  it('with hints, names the rule before showing the step', async () => {
    await page.locator('#steps-restart').click();
    await page.locator('#steps-hint').check();
    await page.locator('#steps-next').click();
    expect(await text('#steps-status')).toContain('Hint');
    expect(await page.locator('#steps-list li').count()).toBe(0);
    await page.locator('#steps-next').click();
    expect(await page.locator('#steps-list li').count()).toBe(1);
  });
});

describe('check my answer', () => {
  it('names a forgotten inner derivative and points at its node', async () => {
    const expected = checkDerivative(parse(FORGOTTEN), LECTURE, 'x');
    await page.locator('#check-answer').fill(FORGOTTEN);
    await page.locator('#check-go').click();
    await expect.poll(() => text('#check-verdict')).toContain('Not the derivative');
    expect(await page.locator('#check-mistake').getAttribute('data-kind')).toBe(expected.mistake?.kind);
    expect(await page.locator('#check-result g.node.current').count()).toBeGreaterThan(0);
    expect(await text('#check-counterexample')).toMatch(/^At x = /);
    await page.locator('#check-section').screenshot({ path: `${SHOTS}/check.png` });
  });

  it('accepts a correct answer written another way', async () => {
    await page.locator('#check-answer').fill('exp(x^2)*(2*x*cos(x) - sin(x))');
    await page.locator('#check-go').click();
    await expect.poll(() => text('#check-verdict')).toContain('Correct');
  });

  it('made no request off localhost and threw no error', () => {
    expect({ offsite: browser.offsite, errors: browser.errors }).toEqual({ offsite: [], errors: [] });
  });
});
