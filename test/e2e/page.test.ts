// The page in Debian's Chromium: typing an expression, its derivative, its tree, reverse mode stepped
// with the keyboard, a parse error with its caret, a shared link, the capped deep tree, training the
// network, and a phone-sized viewport; no request off localhost and no error in the page throughout.

import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dagSize, diff, differentiate, format, parse, toLatex, treeSize } from '../../src/index.js';
import { launchBrowser, servePage } from './harness.mjs';

const SHOTS = 'test-output/e2e';
// What the page must show is what the library computes.
const LECTURE = parse('cos(x)*exp(x^2)');
const RAW = differentiate(LECTURE, 'x');
const SIMPLIFIED = diff(LECTURE, 'x');
const DERIVATIVE = format(SIMPLIFIED);

let server: Awaited<ReturnType<typeof servePage>>;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await servePage();
  browser = await launchBrowser();
  page = browser.page;
  await page.goto(`${server.url}#expr=x%5E3&var=x&at=x:0.5`);
  await page.locator('#trace svg.tree').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Replaces the expression field's text by typing, as a user would. */
async function typeExpression(text: string): Promise<void> {
  await page.locator('#expr').fill('');
  await page.locator('#expr').pressSequentially(text);
}

const text = (selector: string) => page.locator(selector).first().textContent();

describe('the page', () => {
  it('shows the derivative of a typed expression, raw and simplified', async () => {
    await typeExpression('cos(x)*exp(x^2)');
    await expect.poll(() => text('#derivative-text')).toBe(DERIVATIVE);
    const annotation = page.locator('#derivative-simplified annotation');
    expect(await annotation.textContent()).toContain(toLatex(SIMPLIFIED));
    expect(await page.locator('#derivative-raw annotation').textContent()).toContain(toLatex(RAW));
    const sizes = await page.locator('#derivative-sizes td').allTextContents();
    expect(sizes.map(Number)).toEqual([treeSize(RAW), dagSize(RAW), treeSize(SIMPLIFIED), dagSize(SIMPLIFIED)]);
  });

  it('draws the evaluation tree with one labelled box per node', async () => {
    const nodes = page.locator('#trace svg.tree g.node');
    expect(await nodes.count()).toBe(7);
    const labels = await nodes.evaluateAll((gs) => gs.map((g) => g.getAttribute('data-label')));
    expect(labels.sort()).toEqual(['2', 'cos', 'exp', 'x', 'x', '^', '×'].sort());
    await page.screenshot({ path: `${SHOTS}/desktop.png`, fullPage: true });
  });

  it('steps the backward pass with the keyboard down to the adjoint of x, the derivative', async () => {
    await expect.poll(() => text('#trace-status')).toMatch(/^Step 6 of 12\. Forward pass/);
    await page.locator('#trace-next').focus();
    await page.keyboard.press('Enter');
    expect(await text('#trace-status')).toContain('Backward pass: node 6 (×: cos(x)*exp(x^2)) has adjoint 1 (the root');
    for (let i = 0; i < 5; i++) await page.keyboard.press('Enter');
    const exact = Math.exp(0.25) * (Math.cos(0.5) - Math.sin(0.5));
    const status = (await text('#trace-status')) ?? '';
    expect(status).toMatch(/^Step 12 of 12\. Backward pass: node 1 \(x: x\) has adjoint /);
    expect(Number(/adjoint (\S+) /.exec(status)?.[1])).toBeCloseTo(exact, 14);
    expect(Number(await text('#trace td[data-node="1"]'))).toBeCloseTo(exact, 14);
    const xBoxes = page.locator('#trace svg.tree g.node[data-label="x"] text.adjoint');
    expect(await xBoxes.allTextContents()).toEqual(['ā 0.5112', 'ā 0.5112']);
    await page.screenshot({ path: `${SHOTS}/backward-pass.png` });
  });

  it('keeps the state in the URL hash, so a link reopens the same expression', async () => {
    await expect.poll(() => page.evaluate('location.hash')).toContain('expr=cos%28x%29*exp%28x%5E2%29');
    const shared = await browser.context.newPage();
    await shared.goto(page.url());
    await expect.poll(() => shared.locator('#derivative-text').textContent()).toBe(DERIVATIVE);
    await shared.close();
  });

  it('shows a parse error inline with a caret, and keeps the last drawing', async () => {
    await typeExpression('2*(x+');
    await page.keyboard.press('Enter');
    // Enter applies at once: no wait for the typing pause.
    expect(await text('#input-error .reason')).toBe('ParseError: expected an expression (column 6)');
    expect(await text('#input-error pre.caret')).toBe('2*(x+\n     ^');
    expect(await page.locator('#trace svg.tree g.node').count()).toBe(7);
    await page.screenshot({ path: `${SHOTS}/parse-error.png` });
    await typeExpression('sin(x)');
    await expect.poll(() => page.locator('#input-error').textContent()).toBe('');
  });

  it('draws a 250-level nesting capped, and says so', async () => {
    await page.locator('#preset').selectOption({ label: 'Deep: 250 nested sin' });
    await expect.poll(() => text('#trace figcaption')).toContain('41 of 251 nodes drawn');
    expect(await page.locator('#trace svg.tree g.node.hidden').count()).toBe(1);
  });

  it('trains the 1/2/1 network: the loss falls', async () => {
    await page.locator('#train').click();
    await expect.poll(() => text('#train-status'), { timeout: 30_000 }).toMatch(/^Trained/);
    const [before, after] = ((await text('#train-status')) ?? '').match(/\d+\.\d+(e-?\d+)?/g)?.map(Number) ?? [];
    expect(after).toBeLessThan((before as number) / 10);
    await page.locator('#network-section').screenshot({ path: `${SHOTS}/network.png` });
  });

  it('fits a phone-sized viewport without sideways scrolling of the page', async () => {
    const phone = await browser.context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(server.url);
    await phone.locator('#trace svg.tree').waitFor();
    expect(await phone.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await phone.screenshot({ path: `${SHOTS}/phone.png`, fullPage: true });
    await phone.close();
  });

  it('made no request off localhost and threw no error', () => {
    expect({ offsite: browser.offsite, errors: browser.errors }).toEqual({ offsite: [], errors: [] });
  });
});
