import { join, resolve as resolvePath } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ConfigValues } from '../../src/core/options/config-values.js';
import type { GivenFlags } from '../../src/core/options/option-reader.js';
import type { BuildRequest } from '../../src/core/options/request.js';
import { formatSessions } from '../../src/core/settings.js';
import { formatThroughput } from '../../src/core/throughput.js';
import { build, problemsOf, requestOf, TODAY } from './resolve-helpers.js';

/** The settings and presentation of a build request, in the words the user writes them. */
function shown(request: BuildRequest) {
  const { settings, presentation } = request;
  return {
    throughput: formatThroughput(settings.throughput),
    sessions: formatSessions(settings.sessions),
    dates: settings.dates,
    rooms: settings.rooms?.map((r) => `${r.name} ${formatThroughput(r.throughput)}`),
    order: settings.order,
    changeover: settings.changeover,
    reserve: settings.reserve,
    sheet: request.roster.sheet,
    maxInputBytes: request.roster.maxInputBytes,
    outputs: request.outputs,
    ...presentation,
  };
}

describe('resolve build: defaults ← config file ← flags', () => {
  it('the defaults, with today as the date and a warning that says so', () => {
    const request = requestOf(build({}));
    expect(shown(request)).toEqual({
      throughput: '20/10min',
      sessions: ['08:30-12:00', '13:30-18:00'],
      dates: ['2024-04-22'],
      rooms: undefined,
      order: 'input',
      changeover: 0,
      reserve: 0,
      sheet: undefined,
      maxInputBytes: 50 * 1024 * 1024,
      outputs: ['timetable.xlsx', 'notice.md'],
      lang: 'zh',
      round: 10,
      gather: 10,
      json: false,
      check: false,
      strict: false,
      commandLine: 'x',
    });
    expect(request.warnings).toEqual([{ key: 'dateDefaulted', params: { date: TODAY } }]);
    expect(request.roster.file).toBe('r.csv');
  });

  it.each<[string, GivenFlags, ConfigValues, Partial<ReturnType<typeof shown>>]>([
    ['config rate', {}, { throughput: '23/10min' }, { throughput: '23/10min' }],
    ['flag rate over config', { throughput: '25/10min' }, { throughput: '23/10min' }, { throughput: '25/10min' }],
    [
      'config sessions as a list',
      {},
      { sessions: ['13:30-18:00', '08:00-12:00'] },
      { sessions: ['08:00-12:00', '13:30-18:00'] },
    ],
    [
      'flag sessions over config',
      { sessions: '09:00-11:00' },
      { sessions: ['08:00-12:00'] },
      { sessions: ['09:00-11:00'] },
    ],
    ['config dates as a list', {}, { date: ['2024-04-22', '2024-04-24'] }, { dates: ['2024-04-22', '2024-04-24'] }],
    ['flag date over config', { date: '2024-05-06' }, { date: '2024-04-22' }, { dates: ['2024-05-06'] }],
    [
      'config numbers',
      {},
      { round: 5, gather: 15, changeover: 2, reserve: 30, maxInputMb: 1 },
      { round: 5, gather: 15, changeover: 120, reserve: 1800, maxInputBytes: 1024 * 1024 },
    ],
    ['flag numbers over config', { round: '15', gather: '0' }, { round: 5, gather: 15 }, { round: 15, gather: 0 }],
    ['config words', {}, { lang: 'en', order: 'optimize' }, { lang: 'en', order: 'optimize' }],
    [
      'flag words over config',
      { lang: 'zh', order: 'input' },
      { lang: 'en', order: 'optimize' },
      { lang: 'zh', order: 'input' },
    ],
    ['a sheet number from the config', {}, { sheet: 2 }, { sheet: '2' }],
    ['a sheet name from a flag', { sheet: '名单' }, { sheet: 2 }, { sheet: '名单' }],
    ['strict from the config', {}, { strict: true }, { strict: true }],
    ['switches from flags', { json: true, check: true, strict: true }, {}, { json: true, check: true, strict: true }],
    ['--json alone writes no file', { json: true }, {}, { outputs: [] }],
    ['outputs from the config', {}, { out: 'a.md' }, { outputs: ['a.md'] }],
    ['flag outputs over config', { out: ['b.html', 'c.ics'] }, { out: ['a.md'] }, { outputs: ['b.html', 'c.ics'] }],
    ['location from the config', {}, { location: '宜宾校区' }, { location: '宜宾校区' }],
    ['rooms from a flag', { rooms: 'A1-108, A1-109' }, {}, { rooms: ['A1-108 20/10min', 'A1-109 20/10min'] }],
    [
      'rooms with their own rate',
      {},
      { rooms: ['A', { name: 'B', throughput: '15/10min' }] },
      { rooms: ['A 20/10min', 'B 15/10min'] },
    ],
    ['flag rooms over config', { rooms: 'C' }, { rooms: ['A', 'B'] }, { rooms: ['C 20/10min'] }],
  ])('%s', (_title, flags, config, expected) => {
    expect(shown(requestOf(build(flags, config)))).toMatchObject(expected);
  });

  it('a list item in the config may itself be a comma list, as before lists were taken as lists', () => {
    const config = { sessions: ['08:30-12:00,13:30-18:00'], date: ['2024-04-22,2024-04-23'] };
    expect(shown(requestOf(build({}, config)))).toMatchObject({
      sessions: ['08:30-12:00', '13:30-18:00'],
      dates: ['2024-04-22', '2024-04-23'],
    });
  });

  it('a date from the config is not today: no warning', () => {
    expect(requestOf(build({}, { date: '2024-04-23' })).warnings).toEqual([]);
  });

  it('constraints come from the config file as written', () => {
    const counselors = { 何芬: { available: ['13:30-18:00'] } };
    const classes = { 软件20211: { pinned: '08:30-12:00' } };
    expect(requestOf(build({}, { counselors, classes })).settings.constraints).toEqual({ counselors, classes });
    expect(requestOf(build({})).settings.constraints).toBeUndefined();
  });
});

describe('resolve build: paths in the config file are relative to the file', () => {
  it.each<[string, string, Partial<ConfigValues>, Partial<Record<string, unknown>>]>([
    ['a config in a subfolder', 'plan', { roster: 'roster.csv' }, { roster: join('plan', 'roster.csv') }],
    [
      'its outputs',
      'plan',
      { out: ['out/notice.md', 'a.md'] },
      { outputs: [join('plan', 'out', 'notice.md'), join('plan', 'a.md')] },
    ],
    ['one output as text', 'plan', { out: 'a.md' }, { outputs: [join('plan', 'a.md')] }],
    [
      'the template and calendar folder',
      'plan',
      { template: 't.md', icsPerCounselor: 'cal' },
      { template: join('plan', 't.md'), icsPerCounselor: join('plan', 'cal') },
    ],
    ['a config in the parent folder', '..', { roster: 'r.csv' }, { roster: join('..', 'r.csv') }],
    ['a config here', '.', { roster: './r.csv' }, { roster: 'r.csv' }],
    [
      'an absolute path stays where it is',
      'plan',
      { roster: resolvePath('/', 'data', 'r.csv') },
      { roster: join('..', 'data', 'r.csv') },
    ],
  ])('%s', (_title, dir, config, expected) => {
    const request = requestOf(build(config.roster === undefined ? {} : { roster: undefined }, config, dir));
    expect({ roster: request.roster.file, ...shown(request) }).toMatchObject(expected);
  });

  it('paths on the command line are taken as typed', () => {
    const request = requestOf(
      build({ roster: 'a/r.csv', out: ['b/n.md'], template: 't.md' }, { roster: 'x.csv' }, 'plan'),
    );
    expect([request.roster.file, request.outputs, request.presentation.template]).toEqual([
      'a/r.csv',
      ['b/n.md'],
      't.md',
    ]);
  });
});

describe('resolve build: every problem at once', () => {
  it('collects a problem from each option', () => {
    const result = build({
      throughput: 'fast',
      sessions: '12:00-08:00',
      date: '2024-02-30',
      rooms: 'A,A',
      order: 'best',
      changeover: '-5',
      reserve: '1.5',
      maxInputMb: '0',
      lang: 'fr',
      round: '7',
      gather: 'abc',
      out: ['notice.pdf'],
    });
    expect(problemsOf(result)).toEqual([
      ['badMaxInput', { value: '0' }],
      ['badThroughput', { value: 'fast' }],
      ['badSession', { value: '12:00-08:00' }],
      ['dateNotReal', { value: '2024-02-30' }],
      ['badRooms', { value: 'A' }],
      ['badOrder', { value: 'best' }],
      ['badMinutes', { option: '--changeover', value: '-5' }],
      ['badMinutes', { option: '--reserve', value: '1.5' }],
      ['badLang', { value: 'fr' }],
      ['badRound', { value: '7' }],
      ['badNumber', { option: '--gather', value: 'abc' }],
      ['badOutput', { file: 'notice.pdf' }],
    ]);
  });

  it.each<[string, GivenFlags, ConfigValues, [string, unknown][]]>([
    ['no roster', { roster: undefined }, {}, [['rosterMissing', {}]]],
    [
      'a roster after -o, not also a bad output',
      { roster: undefined, out: ['n.md', 'r.csv'] },
      {},
      [['rosterLooksLikeOutput', { file: 'r.csv' }]],
    ],
    ['the roster as an output is left to the output plan', { out: ['r.csv'] }, {}, []],
    [
      'a template without a notice output',
      { template: 't.md', out: ['t.xlsx', 's.ics'] },
      {},
      [['templateNeedsMarkdown', {}]],
    ],
    ['a template for a Word notice alone', { template: 't.md', out: ['n.docx'] }, {}, []],
    ['a template with --json alone', { template: 't.md', json: true }, {}, [['templateNeedsMarkdown', {}]]],
    [
      'a bad room rate in the config',
      {},
      { rooms: [{ name: 'A', throughput: 'fast' }] },
      [['badThroughput', { value: 'fast' }]],
    ],
    ['a round from the config that does not divide an hour', {}, { round: 7 }, [['badRound', { value: '7' }]]],
    ['a bad rate from the config', {}, { throughput: '20' }, [['badThroughput', { value: '20' }]]],
    [
      'overlapping config sessions',
      {},
      { sessions: ['08:00-12:00', '11:00-13:00'] },
      [['sessionsOverlap', { value: '08:00-12:00,11:00-13:00' }]],
    ],
  ])('%s', (_title, flags, config, expected) => {
    expect(problemsOf(build(flags, config))).toEqual(expected);
  });
});

describe('resolve build: whole numbers', () => {
  it.each<[GivenFlags | ConfigValues, string, unknown]>([
    [{ round: '2.5' }, 'badRound', { value: '2.5' }],
    [{ round: '1.0' }, 'badRound', { value: '1.0' }],
    [{ round: '0' }, 'badRound', { value: '0' }],
    [{ round: 'ten' }, 'badNumber', { option: '--round', value: 'ten' }],
    [{ round: '1e1' }, 'badNumber', { option: '--round', value: '1e1' }],
    [{ gather: '1.5' }, 'badGather', { value: '1.5' }],
    [{ gather: '121' }, 'badGather', { value: '121' }],
    [{ gather: '' }, 'badNumber', { option: '--gather', value: '' }],
    [{ changeover: '0.5' }, 'badMinutes', { option: '--changeover', value: '0.5' }],
    [{ reserve: '601' }, 'badMinutes', { option: '--reserve', value: '601' }],
    [{ maxInputMb: '1.5' }, 'badMaxInput', { value: '1.5' }],
    [{ maxInputMb: '2049' }, 'badMaxInput', { value: '2049' }],
  ])('%j → %s', (flags, key, params) => {
    expect(problemsOf(build(flags as GivenFlags))).toEqual([[key, params]]);
  });

  it.each<[string, number]>([
    ['60', 60],
    [' 5 ', 5],
    ['+15', 15],
  ])('--round %j is %i', (round, expected) => {
    expect(requestOf(build({ round })).presentation.round).toBe(expected);
  });

  it('a decimal from the config (which its schema refuses) is refused here too', () => {
    expect(problemsOf(build({}, { gather: 1.5 }))).toEqual([['badGather', { value: '1.5' }]]);
  });
});
