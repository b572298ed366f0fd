// Packs the project, installs the tarball into an empty folder and runs the installed command there: proves the
// published files are complete (run by .ci/run after the tests; `npm run check-package`).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

const [packed] = JSON.parse(run(npm, ['pack', '--json', '--pack-destination', tmpdir()], root));
const files = packed.files.map((f) => f.path);
const required = [
  'bin/capture-plan.js',
  'dist/cli.js',
  'schema/capture-plan.config.schema.json',
  'fixtures/notice-template.md',
  'README.md',
  'package.json',
];
const missing = required.filter((f) => !files.includes(f));
const unwanted = files.filter(
  (f) =>
    /^(tests|src|scripts|examples)\//.test(f) || (f.startsWith('fixtures/') && f !== 'fixtures/notice-template.md'),
);
if (missing.length > 0 || unwanted.length > 0) {
  console.error(
    `package files wrong: missing ${missing.join(', ') || 'none'}; unwanted ${unwanted.join(', ') || 'none'}`,
  );
  process.exit(1);
}
console.log(`package: ${files.length} files, ${(packed.size / 1024).toFixed(0)} KiB packed`);

const dir = mkdtempSync(join(tmpdir(), 'capture-plan-install-'));
writeFileSync(join(dir, 'package.json'), '{"name":"install-check","private":true}\n');
run(npm, ['install', '--no-audit', '--no-fund', '--omit=dev', join(tmpdir(), packed.filename)], dir);
const bin = join(dir, 'node_modules', '.bin', process.platform === 'win32' ? 'capture-plan.cmd' : 'capture-plan');
const version = run(bin, ['--version'], dir).trim();
if (version !== JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version)
  throw new Error(`--version printed ${version}`);
copyFileSync(join(root, 'fixtures', 'seed-roster.xlsx'), join(dir, '名单.xlsx'));
run(
  bin,
  [
    'build',
    '名单.xlsx',
    '-d',
    '2024-04-22',
    '-o',
    'timetable.xlsx',
    'notice.md',
    'notice.html',
    'notice.docx',
    'schedule.ics',
  ],
  dir,
);
if (!readFileSync(join(dir, 'notice.md'), 'utf8').includes('| 1 | 软件20211 | 31 | 杜宇飞 |'))
  throw new Error('the installed build wrote a wrong notice');
// the Word notice needs the docx package from the installed dependencies
if (readFileSync(join(dir, 'notice.docx')).toString('latin1', 0, 2) !== 'PK')
  throw new Error('the installed build wrote no Word notice');
console.log(`installed ${packed.filename} in an empty folder: --version ${version}, build OK`);
