import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { phases } from '../../src/cli/phases.js';

/** An io whose stderr is (or is not) a terminal, recording what is written. */
function ioWith(isTTY: boolean): { io: CliIo; written: string[] } {
  const written: string[] = [];
  const stream = { write: (text: string) => written.push(text), isTTY };
  return { io: { cwd: '.', stdout: stream, stderr: stream, env: {}, now: new Date(0) }, written };
}

/** A clock that moves by the given milliseconds on each reading. */
function steppingClock(steps: number[]): () => number {
  let t = 0;
  let i = 0;
  return () => (t += steps[i++] ?? 0);
}

describe('progress on stderr', () => {
  it('shows the stage and rows on a terminal once a run has taken a second, and clears the line at the end', () => {
    const { io, written } = ioWith(true);
    const mark = phases(io, false, steppingClock([0, 300, 900, 50]));
    mark('read', 100_000);
    mark('parse', 100_000);
    mark('save');
    expect(written).toEqual(['\r\u001b[2K… parse (100000)', '\r\u001b[2K… save', '\r\u001b[2K']);
  });

  it.each([
    ['on a pipe', false, false],
    ['with --json', true, true],
  ])('never %s', (_, isTTY, json) => {
    const { io, written } = ioWith(isTTY as boolean);
    const mark = phases(io, json as boolean, steppingClock([0, 5000, 5000]));
    mark('read', 1);
    mark('save');
    expect(written).toEqual([]);
  });

  it('stays quiet on a quick run', () => {
    const { io, written } = ioWith(true);
    const mark = phases(io, false, steppingClock([0, 100, 100]));
    mark('read', 30);
    mark('save');
    expect(written).toEqual([]);
  });
});
