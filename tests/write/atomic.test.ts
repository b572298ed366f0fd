import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replaceAll, writeOutputsAtomically, writeProblem } from '../../src/write/atomic.js';
import { tempDir } from '../helpers.js';

const errno = (code: string) => Object.assign(new Error(code), { code });

describe('writeProblem', () => {
  it.each([
    ['EBUSY', 'outputBusy'],
    ['EPERM', 'outputDenied'],
    ['EACCES', 'outputDenied'],
    ['EROFS', 'outputDenied'],
    ['ENOENT', 'outputDirMissing'],
    ['ENOSPC', 'outputFailed'],
  ])('%s → %s', (code, key) => {
    expect(writeProblem(errno(code), 'timetable.xlsx')).toMatchObject({ key, params: { file: 'timetable.xlsx' } });
  });
});

describe('writeOutputsAtomically', () => {
  it('replaces every target and leaves no temporary file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.md'), 'old');
    await writeOutputsAtomically([
      { path: join(dir, 'a.md'), shownAs: 'a.md', contents: 'new a' },
      { path: join(dir, 'b.json'), shownAs: 'b.json', contents: Buffer.from('new b') },
    ]);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe('new a');
    expect(readFileSync(join(dir, 'b.json'), 'utf8')).toBe('new b');
    expect(readdirSync(dir).sort()).toEqual(['a.md', 'b.json']);
  });

  it('changes nothing when any target cannot be replaced', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.md'), 'old');
    mkdirSync(join(dir, 'b.xlsx'));
    await expect(
      writeOutputsAtomically([
        { path: join(dir, 'a.md'), shownAs: 'a.md', contents: 'new a' },
        { path: join(dir, 'b.xlsx'), shownAs: 'b.xlsx', contents: 'new b' },
      ]),
    ).rejects.toMatchObject({ problems: [{ key: 'outputIsFolder', params: { file: 'b.xlsx' } }] });
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe('old');
    expect(readdirSync(dir).sort()).toEqual(['a.md', 'b.xlsx']);
  });

  it('refuses a target whose folder does not exist', async () => {
    const dir = tempDir();
    await expect(
      writeOutputsAtomically([{ path: join(dir, 'no', 'a.md'), shownAs: 'no/a.md', contents: 'x' }]),
    ).rejects.toMatchObject({
      problems: [{ key: 'outputDirMissing', params: { file: 'no/a.md' } }],
    });
  });
});

describe('replaceAll', () => {
  it('puts back the targets already replaced when a later rename fails, and leaves no backup', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.md'), 'old a');
    mkdirSync(join(dir, 'b.md'));
    writeFileSync(join(dir, 'b.md', 'inside'), 'x');
    writeFileSync(join(dir, 'ta'), 'new a');
    writeFileSync(join(dir, 'tb'), 'new b');
    expect(() =>
      replaceAll(
        [
          { path: join(dir, 'a.md'), shownAs: 'a.md', contents: '' },
          { path: join(dir, 'b.md'), shownAs: 'b.md', contents: '' },
        ],
        [join(dir, 'ta'), join(dir, 'tb')],
      ),
    ).toThrow(
      expect.objectContaining({
        problems: [expect.objectContaining({ params: expect.objectContaining({ file: 'b.md' }) })],
      }),
    );
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe('old a');
    expect(readdirSync(dir).filter((f) => f.endsWith('.bak'))).toEqual([]);
  });
});
