import { afterEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { main } from '../../src/cli.js';
import { fixture } from '../helpers.js';

const savedZone = process.env.TZ;
afterEach(() => {
  if (savedZone === undefined) delete process.env.TZ;
  else process.env.TZ = savedZone;
});

/** Runs `build` with no date at the instant `now`, in time zone `zone`: the plan's dates and what stderr said. */
async function buildWithoutDate(now: string, zone: string): Promise<{ dates: string[]; stderr: string }> {
  process.env.TZ = zone;
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    cwd: process.cwd(),
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env: { NO_COLOR: '1' },
    now: new Date(now),
  };
  expect(await main(['build', fixture('seed-roster.csv'), '--json'], io)).toBe(0);
  return { dates: JSON.parse(stdout).settings.dates, stderr };
}

describe('the date defaults to today, in the time zone the command runs in', () => {
  it.each([
    ['2024-04-21T16:30:00Z', 'Asia/Shanghai', '2024-04-22'],
    ['2024-04-21T16:30:00Z', 'UTC', '2024-04-21'],
    ['2024-04-22T09:59:00Z', 'Pacific/Honolulu', '2024-04-21'],
    ['2024-12-31T10:00:00Z', 'Pacific/Kiritimati', '2025-01-01'],
    ['2024-02-29T03:29:00Z', 'America/St_Johns', '2024-02-28'],
    ['2024-02-29T03:30:00Z', 'America/St_Johns', '2024-02-29'],
    // Chile's clocks went from 24:00 on 7 September 2024 to 01:00 on the 8th
    ['2024-09-08T03:59:00Z', 'America/Santiago', '2024-09-07'],
    ['2024-09-08T04:00:00Z', 'America/Santiago', '2024-09-08'],
  ])('%s in %s is %s', async (now, zone, today) => {
    const { dates, stderr } = await buildWithoutDate(now, zone);
    expect(dates).toEqual([today]);
    expect(stderr).toContain(`按今天（${today}）排`);
  });
});
