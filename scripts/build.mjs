// Builds dist/ for the bin: type-checks src with tsc, then bundles it with esbuild (ESM, Node 20, packages left
// external) so a cold start loads a handful of files instead of one per module. Dynamic imports (exceljs writers,
// the config schema, HTML, calendars) become chunks loaded only when a run needs them. The extra entry points are
// the modules scripts import directly (fixtures, schema, benchmark).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', 'tsconfig.build.json', '--noEmit'], { cwd: root, stdio: 'inherit' });
rmSync(`${root}dist`, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: ['src/cli.ts', 'src/core/schedule.ts', 'src/core/settings.ts', 'src/core/config.ts', 'src/write/zip-times.ts'],
  outdir: 'dist',
  outbase: 'src',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
});
