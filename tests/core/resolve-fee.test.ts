import { describe, expect, it } from 'vitest';
import { build, problemsOf, requestOf } from './resolve-helpers.js';

describe('resolve build: --fee', () => {
  it.each([
    [{}, undefined, undefined],
    [{ fee: '15' }, undefined, 1500],
    [{ fee: '15.5元' }, undefined, 1550],
    [{}, { fee: 15 }, 1500],
    [{}, { fee: 0.5 }, 50],
    [{ fee: '20' }, { fee: 15 }, 2000],
    [{ fee: '0' }, undefined, undefined],
    [{ fee: '0' }, { fee: 15 }, undefined],
  ])('flags %j, config %j → %s fen per person', (flags, config, fen) => {
    expect(requestOf(build(flags, config)).presentation.fee).toBe(fen);
  });

  it('a refused fee is one problem among the others, never a settings value', () => {
    expect(problemsOf(build({ fee: '-3', gather: 'x' }))).toEqual([
      ['badNumber', { option: '--gather', value: 'x' }],
      ['badFee', { option: '--fee', value: '-3', max: 1000 }],
    ]);
    expect(problemsOf(build({}, { fee: 15.555 }))).toEqual([
      ['badFee', { option: '--fee', value: '15.555', max: 1000 }],
    ]);
    expect(Object.keys(requestOf(build({ fee: '15' })).settings)).not.toContain('fee');
  });
});
