import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, runBin, workdir } from './run-cli.js';

// A cold start pays for every Node module it loads: a CSV run with --json needs none of these.
const NOT_ON_A_CSV_RUN = ['zlib', 'crypto', 'child_process', 'perf_hooks'];

/** Prints the Node built-ins a process loaded, as its last line on stderr. */
const LIST_MODULES = `process.on('exit', () => process.stderr.write('MODULES ' + process.moduleLoadList.join(',') + '\\n'));`;

describe('cold start', () => {
  it('a CSV run with --json loads neither zlib, crypto, child_process nor perf_hooks', async () => {
    const dir = workdir('seed-roster.csv');
    writeFileSync(join(dir, 'list-modules.mjs'), LIST_MODULES);
    const run = await runBin(['build', 'seed-roster.csv', '-d', '2024-04-22', '--json'], {
      cwd: dir,
      env: { NODE_OPTIONS: `--import ${join(dir, 'list-modules.mjs')}` },
    });
    expect(run.code).toBe(0);
    const loaded = /MODULES (.*)/.exec(run.stderr)?.[1]?.split(',') ?? [];
    expect(loaded.length).toBeGreaterThan(10);
    expect(loaded.filter((m) => NOT_ON_A_CSV_RUN.includes(m.replace(/^NativeModule /, '')))).toEqual([]);
  });

  it('an XLSX run reads the workbook without loading exceljs (nor any file of the bundle importing it)', async () => {
    const dir = workdir('seed-roster.xlsx');
    // CommonJS packages imported from ESM land in require.cache
    writeFileSync(
      join(dir, 'list-packages.mjs'),
      `import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);
process.on('exit', () => process.stderr.write('PACKAGES ' + Object.keys(require.cache).map((f) => f.replace(/\\\\/g, '/')).filter((f) => f.includes('/node_modules/')).map((f) => f.split('/node_modules/').pop().split('/')[0]).join(',') + '\\n'));`,
    );
    const run = await runBin(['build', 'seed-roster.xlsx', '-d', '2024-04-22..2024-04-23', '--json'], {
      cwd: dir,
      env: { NODE_OPTIONS: `--import ${join(dir, 'list-packages.mjs')}` },
    });
    expect(run.code).toBe(0);
    const packages = /PACKAGES (.*)/.exec(run.stderr)?.[1]?.split(',') ?? [];
    expect(packages).toContain('saxes');
    expect(packages).not.toContain('exceljs');
    const dist = join(dirname(BIN), '..', 'dist');
    const bundled = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
    expect(bundled.filter((f) => /["']exceljs["']/.test(readFileSync(join(dist, f), 'utf8')))).toEqual([]);
  });

  it('the bundle reaches the Word writer (and the docx package) only through a dynamic import', () => {
    const dist = join(dirname(BIN), '..', 'dist');
    const statically = new Set<string>();
    const visit = (file: string) => {
      if (statically.has(file)) return;
      statically.add(file);
      const code = readFileSync(file, 'utf8');
      for (const m of code.matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+)"/g)) visit(join(dirname(file), m[1]!));
    };
    visit(join(dist, 'cli.js'));
    const importsDocx = (file: string) => /from\s*"docx"/.test(readFileSync(file, 'utf8'));
    expect(statically.size).toBeGreaterThan(5);
    expect([...statically].filter(importsDocx)).toEqual([]);
    // the dynamic import sits in whichever statically loaded file holds the renderer (a chunk when build is shared)
    const lazy = [...statically].flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/import\("(\.{1,2}\/(?:chunks\/)?docx-[A-Z0-9]+\.js)"\)/g)].map((m) =>
        join(dirname(file), m[1]!),
      ),
    );
    expect(lazy.map(importsDocx)).toEqual([true]);
  });
});
