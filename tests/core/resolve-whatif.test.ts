import { describe, expect, it } from 'vitest';
import type { ConfigValues } from '../../src/core/options/config-values.js';
import type { GivenFlags } from '../../src/core/options/option-reader.js';
import type { WhatifRequest } from '../../src/core/options/request.js';
import { formatSessions } from '../../src/core/settings.js';
import { formatThroughput } from '../../src/core/throughput.js';
import { build, problemsOf, requestOf, whatif } from './resolve-helpers.js';

describe('resolve whatif: several values each', () => {
  const scenarios = (request: WhatifRequest) =>
    request.scenarios.map(
      (s) =>
        `${formatThroughput(s.throughput)} ${formatSessions(s.sessions).join(',')} ${s.dates.join(',')} ${s.rooms?.map((r) => r.name).join(',') ?? '-'}`,
    );

  it.each<[string, GivenFlags, ConfigValues, string[]]>([
    ['the defaults: one scenario', {}, {}, ['20/10min 08:30-12:00,13:30-18:00 2024-04-22 -']],
    [
      'rates split on ; and ,',
      { throughput: '20/10min;23/10min，25/10min' },
      {},
      [
        '20/10min 08:30-12:00,13:30-18:00 2024-04-22 -',
        '23/10min 08:30-12:00,13:30-18:00 2024-04-22 -',
        '25/10min 08:30-12:00,13:30-18:00 2024-04-22 -',
      ],
    ],
    [
      'session layouts split on ;',
      { sessions: '08:00-12:00;13:00-17:00' },
      {},
      ['20/10min 08:00-12:00 2024-04-22 -', '20/10min 13:00-17:00 2024-04-22 -'],
    ],
    [
      'a list in the config is one layout',
      {},
      { sessions: ['08:00-12:00', '13:00-17:00'] },
      ['20/10min 08:00-12:00,13:00-17:00 2024-04-22 -'],
    ],
    [
      'dates split on ;',
      { date: '2024-04-22;2024-04-22..2024-04-23' },
      {},
      ['20/10min 08:30-12:00,13:30-18:00 2024-04-22 -', '20/10min 08:30-12:00,13:30-18:00 2024-04-22,2024-04-23 -'],
    ],
    [
      'room sets split on ;, rooms outermost',
      { rooms: 'A;A,B', throughput: '20/10min,23/10min' },
      {},
      [
        '20/10min 08:30-12:00,13:30-18:00 2024-04-22 A',
        '23/10min 08:30-12:00,13:30-18:00 2024-04-22 A',
        '20/10min 08:30-12:00,13:30-18:00 2024-04-22 A,B',
        '23/10min 08:30-12:00,13:30-18:00 2024-04-22 A,B',
      ],
    ],
  ])('%s', (_title, flags, config, expected) => {
    expect(scenarios(requestOf(whatif(flags, config)))).toEqual(expected);
  });

  it('collects every problem, of every value', () => {
    expect(
      problemsOf(
        whatif({ throughput: 'fast;20/10min;slow', date: '2024-04-22;2024-13-01', changeover: '2.5', rooms: 'A;B,B' }),
      ),
    ).toEqual([
      ['badThroughput', { value: 'fast' }],
      ['badThroughput', { value: 'slow' }],
      ['dateNotReal', { value: '2024-13-01' }],
      ['badRooms', { value: 'B' }],
      ['badMinutes', { option: '--changeover', value: '2.5' }],
    ]);
  });

  it("ignores the config file's build-only keys, as whatif takes none of them", () => {
    expect(problemsOf(whatif({}, { round: 7, out: 'x.pdf' }))).toEqual([]);
    expect(problemsOf(build({}, { round: 7, out: 'x.pdf' }))).toEqual([
      ['badRound', { value: '7' }],
      ['badOutput', { file: 'x.pdf' }],
    ]);
  });

  it('shares order, changeover, make-up time and constraints with every scenario', () => {
    const counselors = { 何芬: { available: ['13:30-18:00'] } };
    const request = requestOf(
      whatif({ throughput: '20/10min;23/10min', order: 'optimize', reserve: '30' }, { counselors }),
    );
    expect(request.scenarios.map((s) => [s.order, s.changeover, s.reserve, s.constraints])).toEqual([
      ['optimize', 0, 1800, { counselors }],
      ['optimize', 0, 1800, { counselors }],
    ]);
    expect(request.presentation).toEqual({ lang: 'zh', json: false });
  });
});
