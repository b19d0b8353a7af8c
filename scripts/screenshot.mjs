// Refreshes the README's screenshot, docs/screenshot.png: the page built and served locally, opened in
// Debian's Chromium at 1280 px wide on the lecture's cos(x)·exp(x²), the backward pass half done, and
// the page captured from the top through the evaluation tree. Run with `npm run screenshot`.

import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchBrowser, servePage } from '../test/e2e/harness.mjs';

const OUT = fileURLToPath(new URL('../docs/screenshot.png', import.meta.url));
const HASH = '#expr=cos%28x%29*exp%28x%5E2%29&var=x&at=x%3A0.5';
const BACKWARD_STEPS = 3;

const server = await servePage();
const browser = await launchBrowser({ width: 1280, height: 800 });
try {
  const { page } = browser;
  await page.goto(server.url + HASH);
  await page.locator('#trace svg.tree').waitFor();
  await page.locator('#derivative-simplified .katex').waitFor();
  for (let i = 0; i < BACKWARD_STEPS; i++) await page.locator('#trace-next').click();
  // Let the fonts settle, then capture down to the end of the evaluation tree's drawing.
  await page.evaluate('document.fonts.ready');
  await page.evaluate('window.scrollTo(0, 0)');
  const bottom = await page.evaluate("document.querySelector('#trace figure').getBoundingClientRect().bottom + window.scrollY");
  const height = Math.min(1400, Math.ceil(bottom + 16));
  mkdirSync(fileURLToPath(new URL('../docs/', import.meta.url)), { recursive: true });
  await page.screenshot({ path: OUT, fullPage: true, clip: { x: 0, y: 0, width: 1280, height } });
  if (browser.offsite.length > 0 || browser.errors.length > 0) {
    throw new Error(`the page went off localhost or failed: ${JSON.stringify({ offsite: browser.offsite, errors: browser.errors })}`);
  }
  console.log(`wrote ${OUT} (1280×${height})`);
} finally {
  await browser.close();
  await server.close();
}
