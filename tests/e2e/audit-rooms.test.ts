import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, workdir } from './run-cli.js';

/** The seed built into two rooms at 20/10min, as the timetable audit is asked about. */
async function twoRooms(): Promise<string> {
  const dir = workdir('seed-roster.csv');
  const built = await runCli(
    ['build', 'seed-roster.csv', '-d', '2024-04-22', '--rooms', 'A1-108,A1-109', '-o', 'timetable.xlsx'],
    { cwd: dir },
  );
  expect(built.code).toBe(0);
  return dir;
}

interface RetimedJson {
  windows: { room?: string; counselor: string }[];
  problems: { kind: string }[];
  retimed: { fits: boolean; windows: { room?: string; counselor: string }[]; unscheduled: string[] };
}

describe('audit -o of a two-room timetable re-times it in the same two rooms', () => {
  it('at the rate it was built with: both rooms, every class placed, each counselor where they were', async () => {
    const dir = await twoRooms();
    const run = await runCli(['audit', 'timetable.xlsx', '--tolerance', '10', '-o', 're.md', '--json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as RetimedJson;
    expect(json.problems).toEqual([]);
    expect(json.retimed.fits).toBe(true);
    expect(json.retimed.unscheduled).toEqual([]);
    expect(new Set(json.retimed.windows.map((w) => w.room))).toEqual(new Set(['A1-108', 'A1-109']));
    const where = (ws: RetimedJson['windows']) => ws.map((w) => `${w.counselor} ${w.room}`);
    expect(new Set(where(json.retimed.windows))).toEqual(new Set(where(json.windows)));
    const notice = readFileSync(join(dir, 're.md'), 'utf8');
    expect(notice).toContain('拍摄教室：A1-108、A1-109');
    expect(notice).toContain('| A1-109 |');
    expect(notice).not.toContain('未排入');
  });

  it('at another rate: still both rooms, and a warning names the counselors build moved to the other room', async () => {
    const dir = await twoRooms();
    const run = await runCli(['audit', 'timetable.xlsx', '-t', '25/10min', '-o', 're.md'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('杜宇飞  A1-108 8:30-10:20');
    expect(run.stderr).toContain('重新排的时间仍用原表的 2 个教室（A1-108、A1-109），但辅导员按最早结束重新分到各教室');
    expect(run.stderr).toMatch(/何芬 A1-109 → A1-108/);
    const notice = readFileSync(join(dir, 're.md'), 'utf8');
    expect(notice).toContain('拍摄教室：A1-108、A1-109');
    expect(notice).not.toContain('未排入');
  });
});
