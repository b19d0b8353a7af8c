// After `tsc`: the two things it cannot do.
import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

// 1. tsc drops the executable bit of the CLI entry point; put it back so `npx symdiff` runs it.
chmodSync(join(dist, 'cli/main.js'), 0o755);

// 2. Point the parser's door to Chevrotain (src/parser/chevrotain.ts) at Chevrotain's single-file
// bundle, copied from the installed package with its licence. The bundle is not in the package's
// `exports`, so it is found from the entry's path (`lib/src/api.js` → `lib/chevrotain.mjs`), and
// the copy is checked to be the same version as the package.
const entry = createRequire(import.meta.url).resolve('chevrotain');
const lib = dirname(dirname(entry));
const installed = JSON.parse(readFileSync(join(lib, '../package.json'), 'utf8')).version;
const bundle = readFileSync(join(lib, 'chevrotain.mjs'), 'utf8');
const bundled = /var VERSION = "([^"]+)"/.exec(bundle)?.[1];
if (bundled !== installed) throw new Error(`chevrotain bundle is ${bundled}, the package ${installed}`);
mkdirSync(join(dist, 'vendor'), { recursive: true });
// The bundle names a source map that the package does not ship: drop the comment, or tools that
// follow it (vite, in the tests) complain that it is missing.
writeFileSync(join(dist, 'vendor/chevrotain.js'), bundle.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n'));
copyFileSync(join(lib, '../LICENSE.txt'), join(dist, 'vendor/chevrotain.LICENSE.txt'));

const door = join(dist, 'parser/chevrotain.js');
const code = readFileSync(door, 'utf8');
const pointed = code.replaceAll("from 'chevrotain'", "from '../vendor/chevrotain.js'");
if (!pointed.includes('../vendor/chevrotain.js') || pointed.includes("'chevrotain'")) {
  throw new Error(`cannot point ${door} at the bundle:\n${code}`);
}
writeFileSync(door, pointed);

// 3. Bundle stdlib's special functions (src/special/stdlib.ts imports ~200 small CommonJS modules)
// into one ES module, dist/vendor/stdlib.js, with stdlib's licence, and point the door at it.
const { build } = await import('vite');
const stdlibDoor = join(dist, 'special/stdlib.js');
await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    lib: { entry: stdlibDoor, formats: ['es'], fileName: () => 'stdlib.js' },
    outDir: join(dist, 'vendor'),
    emptyOutDir: false,
    minify: true, // stdlib's long JSDoc comments are most of its text: 548 kB unminified
    sourcemap: false,
  },
});
copyFileSync(join(dirname(createRequire(import.meta.url).resolve('@stdlib/math-base-special-erf/package.json')), 'LICENSE'),
  join(dist, 'vendor/stdlib.LICENSE.txt'));
writeFileSync(stdlibDoor, "export * from '../vendor/stdlib.js';\n");
