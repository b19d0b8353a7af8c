// The build (scripts/postbuild.mjs): the CLI entry stays executable, and the built parser loads
// Chevrotain from the single-file bundle copied into dist/vendor, not from the package entry and
// its 700 lodash-es modules (half a second at every CLI start).

import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, MAIN } from './cli/spawn.js';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

beforeAll(assertBuilt);

function builtModules(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.js') && !file.startsWith('vendor'))
    .map((file) => join(dir, file));
}

describe('the build', () => {
  it('keeps the CLI entry executable', () => {
    expect(statSync(MAIN).mode & 0o111).toBe(0o111);
  });

  it('points the one import of Chevrotain at the vendored bundle of the installed version', () => {
    const importing = (pattern: RegExp): string[] => builtModules(DIST)
      .filter((file) => pattern.test(readFileSync(file, 'utf8'))).map((file) => file.slice(DIST.length));
    expect(importing(/from 'chevrotain[/']/)).toEqual([]);
    expect(importing(/from '[^']*vendor\/chevrotain\.js'/)).toEqual(['parser/chevrotain.js']);
    const entry = createRequire(import.meta.url).resolve('chevrotain'); // …/chevrotain/lib/src/api.js
    const installed = JSON.parse(readFileSync(join(dirname(entry), '../../package.json'), 'utf8')) as { version: string };
    expect(readFileSync(join(DIST, 'vendor/chevrotain.js'), 'utf8')).toContain(`var VERSION = "${installed.version}";`);
    expect(readFileSync(join(DIST, 'vendor/chevrotain.LICENSE.txt'), 'utf8')).toContain('Apache License');
  });

  it("loads stdlib's special functions from one vendored bundle, with its licence", () => {
    const importing = (pattern: RegExp): string[] => builtModules(DIST)
      .filter((file) => pattern.test(readFileSync(file, 'utf8'))).map((file) => file.slice(DIST.length));
    expect(importing(/from '@stdlib\//)).toEqual([]);
    expect(importing(/from '[^']*vendor\/stdlib\.js'/)).toEqual(['special/stdlib.js']);
    expect(readFileSync(join(DIST, 'vendor/stdlib.LICENSE.txt'), 'utf8')).toContain('Apache License');
  });

  it('runs with no chevrotain package to be found: a copy of dist alone parses and differentiates', () => {
    const dir = mkdtempSync(join(tmpdir(), 'symdiff-dist-'));
    try {
      cpSync(DIST, join(dir, 'dist'), { recursive: true });
      writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
      const script = "const s = await import('./dist/index.js'); console.log(s.format(s.diff('cos(x)*exp(x^2)', 'x')), s.evaluate('gamma(5) + erf(0)'));";
      const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: dir, encoding: 'utf8' });
      expect(result.stderr).toBe('');
      expect(result.stdout).toBe('(2*x*cos(x) - sin(x))*exp(x^2) 24\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
