// Builds dist/ for the bin: type-checks src with tsc (unless --no-typecheck: `npm test` has just checked src and
// tests together), then bundles it with esbuild (ESM, Node 20) so a cold start
// loads a handful of files instead of one per module. Dynamic imports (the XLSX reader, the config schema, HTML, calendars)
// become chunks loaded only when a run needs them. The extra entry points are the modules scripts import directly
// (fixtures, schema, benchmark).
//
// commander, csv-parse and luxon, which every run loads, are bundled in (devDependencies): loaded from node_modules
// commander and csv-parse cost ~30 ms of a cold start in module resolution and the CJS loader; luxon (ESM) saves
// little that way, but goes with them so a run resolves nothing in node_modules before it reads the roster.
// iconv-lite (with safer-buffer) is bundled too, as a chunk of its own loaded only to rewrite a GBK notice. Their
// licences go to dist/LICENSES.txt.
// The runtime dependencies in package.json stay external, loaded from node_modules when needed: saxes and docx
// only by the runs that read a workbook or write a Word notice, so bundling them would save no cold start;
// kept as dependencies, they are what `npm audit --omit=dev` checks and what users' installs update.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const BUNDLED = ['commander', 'csv-parse', 'luxon', 'iconv-lite', 'safer-buffer'];
const { dependencies } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
if (!process.argv.includes('--no-typecheck')) {
  execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', 'tsconfig.build.json', '--noEmit'], {
    cwd: root,
    stdio: 'inherit',
  });
}
/**
 * commander requires node:child_process on load, only to run executable subcommands (`git-foo` style), which
 * capture-plan never declares; loading it (with net, dgram and the streams) cost ~3 ms of every cold start. Inside
 * commander it is a stub that refuses.
 */
const withoutSubcommandProcesses = {
  name: 'without-subcommand-processes',
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer)
        ? { path: 'child_process', namespace: 'stub' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      contents: "module.exports = { spawn() { throw new Error('capture-plan has no executable subcommands'); } };",
      loader: 'js',
    }));
  },
};

rmSync(`${root}dist`, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: [
    'src/cli.ts',
    'src/core/schedule/schedule.ts',
    'src/core/schedule/fix.ts',
    'src/core/settings.ts',
    'src/core/config.ts',
    'src/zip/dos-date.ts',
    'src/zip/signatures.ts',
  ],
  outdir: 'dist',
  outbase: 'src',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: Object.keys(dependencies),
  // commander is CommonJS: inside an ES module bundle its require() of node: built-ins needs a real require
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  chunkNames: 'chunks/[name]-[hash]',
  plugins: [withoutSubcommandProcesses],
  logLevel: 'warning',
});

const licences = BUNDLED.map((name) => {
  const dir = `${root}node_modules/${name}`;
  const { version, license } = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
  const file = readdirSync(dir).find((f) => /^licen[cs]e(\.md|\.txt)?$/i.test(f));
  if (!file) throw new Error(`${name} has no licence file to ship in dist/LICENSES.txt`);
  return `${name} ${version} (${license})\n\n${readFileSync(`${dir}/${file}`, 'utf8').trim()}\n`;
});
writeFileSync(
  `${root}dist/LICENSES.txt`,
  `Bundled into dist/ (see scripts/build.mjs):\n\n${licences.join('\n---\n\n')}`,
);
