// Types of harness.mjs, for the TypeScript browser tests.
import type { BrowserContext, Page } from 'playwright-core';

export const CHROMIUM: string;
export function servePage(): Promise<{ url: string; close: () => Promise<void> }>;
export function launchBrowser(options?: { width?: number; height?: number }): Promise<{
  context: BrowserContext;
  page: Page;
  offsite: string[];
  errors: string[];
  close: () => Promise<void>;
}>;
export function openPage(hash: string, ready: string): Promise<{
  server: Awaited<ReturnType<typeof servePage>>;
  browser: Awaited<ReturnType<typeof launchBrowser>>;
  page: Page;
  close: () => Promise<void>;
}>;
