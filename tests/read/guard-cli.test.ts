import { closeSync, openSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRoster } from '../../src/read/read-roster.js';
import { runCli, workdir } from '../e2e/run-cli.js';
import { buildZip, zerosDeflated } from './zip-builder.js';

const MB = 1024 * 1024;

/** A sparse file of `bytes` bytes (no disk used, nothing written): reading it would take the whole size in memory. */
function sparseFile(dir: string, name: string, bytes: number): string {
  const path = join(dir, name);
  closeSync(openSync(path, 'w'));
  truncateSync(path, bytes);
  return path;
}

describe('size guard (readRoster)', () => {
  it('refuses a file over the limit without reading it', async () => {
    const dir = workdir();
    const path = sparseFile(dir, 'huge.csv', 50 * MB + 1);
    const start = performance.now();
    await expect(readRoster(path, 'huge.csv')).rejects.toMatchObject({
      exitCode: 2,
      problems: [{ key: 'inputTooLarge', params: { sizeMb: '50.1', limitMb: '50' }, where: { file: 'huge.csv' } }],
    });
    expect(performance.now() - start).toBeLessThan(200);
  });

  it('takes a file exactly at the limit, and a smaller limit when given one', async () => {
    const dir = workdir('seed-roster.csv');
    const size = readFileSync(join(dir, 'seed-roster.csv')).length;
    await expect(
      readRoster(join(dir, 'seed-roster.csv'), 'seed-roster.csv', { maxInputBytes: size }),
    ).resolves.toMatchObject({ file: 'seed-roster.csv' });
    await expect(
      readRoster(join(dir, 'seed-roster.csv'), 'seed-roster.csv', { maxInputBytes: size - 1 }),
    ).rejects.toMatchObject({
      problems: [{ key: 'inputTooLarge' }],
    });
  });

  it.skipIf(process.platform === 'win32')(
    'stops reading a file with no size (a device) once past the limit',
    async () => {
      await expect(readRoster('/dev/zero', 'zero.csv', { maxInputBytes: MB })).rejects.toMatchObject({
        problems: [{ key: 'inputTooLarge', params: { sizeMb: '> 1', limitMb: '1' } }],
      });
    },
  );

  it('a missing file is still fileMissing, a folder is named as one', async () => {
    const dir = workdir();
    await expect(readRoster(join(dir, 'nope.csv'), 'nope.csv')).rejects.toMatchObject({
      problems: [{ key: 'fileMissing' }],
    });
    await expect(readRoster(dir, 'dir')).rejects.toMatchObject({ problems: [{ key: 'rosterIsFolder', params: {} }] });
  });
});

describe('guards through the CLI', () => {
  it('a 60 MB roster exits 2 with the size, the limit and the option to raise it, fast', async () => {
    const dir = workdir();
    sparseFile(dir, 'huge.xlsx', 60 * MB);
    writeFileSync(join(dir, 'notice.md'), 'keep me');
    const start = performance.now();
    const run = await runCli(['build', 'huge.xlsx', '-d', '2024-04-22', '-o', 'notice.md', '--lang', 'en'], {
      cwd: dir,
    });
    const ms = performance.now() - start;
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('huge.xlsx: the file is 60 MB, over the 50 MB limit, so it was not read.');
    expect(run.stderr).toContain('--max-input-mb');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(dir, 'notice.md'), 'utf8')).toBe('keep me');
    expect(ms).toBeLessThan(5000); // reading 60 MB is not the slow part, but it is not done at all
  });

  it('a zip bomb exits 2 with the zip-bomb message', async () => {
    const dir = workdir();
    writeFileSync(
      join(dir, 'bomb.xlsx'),
      buildZip([{ name: 'xl/worksheets/sheet1.xml', method: 8, data: zerosDeflated(1024), declaredSize: 1024 * MB }]),
    );
    const run = await runCli(['build', 'bomb.xlsx', '-d', '2024-04-22', '--json'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'bomb.xlsx：XLSX 文件过大，没有打开：“xl/worksheets/sheet1.xml”解压后有 1024 MB，单个条目的上限是 32 MB。',
    );
    expect(run.stdout).toBe('');
  });
});
