import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { abandonWrites, replaceAll, writeOutputsAtomically, writeProblem } from '../../src/write/atomic.js';
import { tempDir } from '../helpers.js';

const errno = (code: string) => Object.assign(new Error(code), { code });

describe('writeProblem', () => {
  it.each([
    ['EBUSY', 'outputBusy'],
    ['EPERM', 'outputDenied'],
    ['EACCES', 'outputDenied'],
    ['EROFS', 'outputDenied'],
    ['ENOENT', 'outputDirMissing'],
    ['ENOTDIR', 'outputDirMissing'],
    ['EISDIR', 'outputIsFolder'],
    ['ENAMETOOLONG', 'outputNameTooLong'],
    ['ENOSPC', 'outputNoSpace'],
    ['EDQUOT', 'outputNoSpace'],
    ['EIO', 'outputFailed'],
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

  it('writes a target whose name leaves no room for a suffix (its temporary file has a name of its own)', async () => {
    const dir = tempDir();
    const name = `${'n'.repeat(245)}.md`;
    await writeOutputsAtomically([{ path: join(dir, name), shownAs: name, contents: 'x' }]);
    expect(readdirSync(dir)).toEqual([name]);
  });

  it('makes a missing folder, and takes it away again when the write fails', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'taken.md'));
    const write = (folder: string) =>
      writeOutputsAtomically(
        [
          { path: join(dir, folder, 'sub', 'a.ics'), shownAs: 'a.ics', contents: 'a' },
          { path: join(dir, 'taken.md'), shownAs: 'taken.md', contents: 'b' },
        ],
        [{ path: join(dir, folder, 'sub'), shownAs: folder }],
      );
    await expect(write('cal')).rejects.toMatchObject({ problems: [{ key: 'outputIsFolder' }] });
    expect(readdirSync(dir)).toEqual(['taken.md']);
    mkdirSync(join(dir, 'mine'));
    writeFileSync(join(dir, 'mine', 'keep'), '');
    await expect(write('mine')).rejects.toMatchObject({ problems: [{ key: 'outputIsFolder' }] });
    expect(readdirSync(join(dir, 'mine'))).toEqual(['keep']);
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

describe('leftovers of a killed run', () => {
  it('are removed by the next write there: its temporary files, and backups of files still there', async () => {
    const dir = tempDir();
    const gone = spawnSync(process.execPath, ['-e', '0']).pid;
    const planted = [
      `.a.md.capture-plan-${gone}-0123abcd.tmp`,
      `.b.md.capture-plan-${gone}-0123abcd.bak`,
      `.${'n'.repeat(100)}.capture-plan-${gone}-ffffffff.tmp`,
    ];
    const kept = [
      `.c.md.capture-plan-${gone}-0123abcd.bak`, // its target is gone: maybe the only copy
      `.a.md.capture-plan-${process.pid}-0123abcd.tmp`, // a run still going
      '.a.md.0123456789ab.tmp', // not this tool's pattern
      `.a.md.capture-plan-${gone}-0123abcd.tmp.keep`,
      'a.md.tmp',
      'b.md',
    ];
    for (const name of [...planted, ...kept]) writeFileSync(join(dir, name), 'x');
    const { removedLeftovers } = await writeOutputsAtomically([
      { path: join(dir, 'a.md'), shownAs: join('out', 'a.md'), contents: 'new' },
    ]);
    expect(removedLeftovers.sort()).toEqual(planted.map((name) => join('out', name)).sort());
    expect(readdirSync(dir).sort()).toEqual([...kept, 'a.md'].sort());
  });
});

describe('a new calendar folder (written whole beside it, then renamed in one step)', () => {
  const calendars = (dir: string, count: number) =>
    Array.from({ length: count }, (_, i) => ({
      path: join(dir, 'cal', `c${i}.ics`),
      shownAs: `cal/c${i}.ics`,
      contents: `calendar ${i}`,
    }));
  const folder = (dir: string) => [{ path: join(dir, 'cal'), shownAs: 'cal' }];

  it('holds every calendar, and nothing temporary is left beside it', async () => {
    const dir = tempDir();
    await writeOutputsAtomically(calendars(dir, 300), folder(dir));
    expect(readdirSync(dir)).toEqual(['cal']);
    expect(readdirSync(join(dir, 'cal'))).toHaveLength(300);
    expect(readFileSync(join(dir, 'cal', 'c299.ics'), 'utf8')).toBe('calendar 299');
  });

  it('interrupted while its files are written, leaves nothing at all', async () => {
    const dir = tempDir();
    const write = writeOutputsAtomically(calendars(dir, 2000), folder(dir));
    // the temporary folder exists until the one synchronous rename: seen here, that rename has not happened yet
    while (!readdirSync(dir).some((name) => name.endsWith('.tmp')))
      await new Promise((resolve) => setImmediate(resolve));
    abandonWrites();
    await expect(write).rejects.toBeDefined();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('is not made when another output fails, and neither is its temporary folder', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'taken.md'));
    const files = [...calendars(dir, 50), { path: join(dir, 'taken.md'), shownAs: 'taken.md', contents: 'x' }];
    await expect(writeOutputsAtomically(files, folder(dir))).rejects.toMatchObject({
      problems: [{ key: 'outputIsFolder' }],
    });
    expect(readdirSync(dir)).toEqual(['taken.md']);
  });

  it('an existing folder: the calendars named are replaced one by one, the others are left as they were', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'cal'));
    writeFileSync(join(dir, 'cal', 'c1.ics'), 'old 1');
    writeFileSync(join(dir, 'cal', 'other.ics'), 'not ours');
    await writeOutputsAtomically(calendars(dir, 3), folder(dir));
    expect(readdirSync(join(dir, 'cal')).sort()).toEqual(['c0.ics', 'c1.ics', 'c2.ics', 'other.ics']);
    expect(readFileSync(join(dir, 'cal', 'c1.ics'), 'utf8')).toBe('calendar 1');
    expect(readFileSync(join(dir, 'cal', 'other.ics'), 'utf8')).toBe('not ours');
  });

  it('a temporary folder a killed run left is removed by the next run writing there', async () => {
    const dir = tempDir();
    const gone = spawnSync(process.execPath, ['-e', '0']).pid;
    const left = `.cal.capture-plan-${gone}-0123abcd.tmp`;
    mkdirSync(join(dir, left));
    writeFileSync(join(dir, left, 'c0.ics'), 'half');
    const { removedLeftovers } = await writeOutputsAtomically(calendars(dir, 2), folder(dir));
    expect(removedLeftovers).toEqual([left]);
    expect(readdirSync(dir)).toEqual(['cal']);
  });
});
