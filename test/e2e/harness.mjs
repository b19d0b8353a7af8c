// The page in a real browser, for the browser tests and the README's screenshot: build it with Vite,
// serve the build on a free localhost port (Vite's preview server), and drive Debian's Chromium with
// playwright-core (no browser download) in a fresh profile, every request off localhost refused and
// recorded (the page must need no network).

import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CONFIG = fileURLToPath(new URL('../../web/vite.config.ts', import.meta.url));
const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-sync', '--disable-background-networking',
  '--disable-component-update', '--no-first-run',
];

/** A port nobody listens on now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Builds the page into web-dist/ and serves it; `url` is the page's address. */
export async function servePage() {
  await build({ configFile: CONFIG, logLevel: 'warn' });
  const port = await freePort();
  const server = await preview({ configFile: CONFIG, logLevel: 'warn', preview: { port, strictPort: true, open: false } });
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}

/**
 * Chromium in a fresh empty profile. `offsite` lists the requests for anything but the page's server
 * (refused); `errors` the page's uncaught errors and console errors.
 */
export async function launchBrowser({ width = 1280, height = 800 } = {}) {
  const profile = await mkdtemp(join(tmpdir(), 'symdiff-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width, height },
  });
  const offsite = [];
  const errors = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.hostname === 'localhost') return route.continue();
    offsite.push(url.href);
    return route.abort();
  });
  const page = context.pages()[0] ?? await context.newPage();
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  const close = async () => {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  };
  return { context, page, offsite, errors, close };
}

/**
 * The page served and opened in Chromium at `hash`, once `ready` (a selector) is on it; `close` ends
 * both. What a browser test file's beforeAll needs.
 */
export async function openPage(hash, ready) {
  const server = await servePage();
  const browser = await launchBrowser();
  await browser.page.goto(`${server.url}${hash}`);
  await browser.page.locator(ready).first().waitFor();
  const close = async () => {
    await browser.close();
    await server.close();
  };
  return { server, browser, page: browser.page, close };
}
