import { describe, expect, it } from 'vitest';
import { type Difference, SHOWN_CHANGES, staleOutput, unshownChanges } from '../../src/core/stale.js';

const cell = (n: number): Difference => ({ kind: 'cell', sheet: 's', cell: `A${n}`, was: `${n}`, now: '' });
const lines = (was: number, now: number): Difference => ({
  kind: 'lines',
  line: 1,
  was: Array.from({ length: was }, (_, i) => `old ${i}`),
  now: Array.from({ length: now }, (_, i) => `new ${i}`),
});

describe('staleOutput: the first changes of a stale output, and how many in all', () => {
  it.each([
    ['three cells', [cell(1), cell(2), cell(3)], 3, 3, 0],
    ['twelve cells', Array.from({ length: 12 }, (_, i) => cell(i + 1)), 12, SHOWN_CHANGES, 2],
    ['a changed line counts once', [lines(1, 1)], 1, 1, 0],
    ['a run of 4 removed and 6 added lines counts 6', [lines(4, 6), cell(1)], 7, 2, 0],
    ['a run of 15 changed lines is cut inside it', [lines(15, 15), cell(1)], 16, 1, 6],
    ['a run past the tenth change is cut, what follows left out', [lines(8, 8), lines(3, 1), cell(1)], 12, 2, 2],
  ])('%s', (_, all, changes, shown, unshown) => {
    const output = staleOutput('f', all);
    expect(output.changes).toBe(changes);
    expect(output.differences).toHaveLength(shown);
    expect(unshownChanges(output)).toBe(unshown);
  });

  it('a cut run keeps its first old and new lines', () => {
    const [run] = staleOutput('f', [lines(15, 12)]).differences;
    expect(run).toEqual({ ...lines(10, 10), line: 1 });
  });
});
