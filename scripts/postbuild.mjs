// tsc drops the executable bit of the CLI entry point; put it back so `npx symdiff` runs it.
import { chmodSync } from 'node:fs';

chmodSync(new URL('../dist/cli/main.js', import.meta.url), 0o755);
