import { problem } from '../errors.js';
import type { OptionSpec } from './spec.js';

/** The options only `audit` takes: the published timetable it checks, and how far a window may run over. */
export const AUDIT_OPTIONS = [
  {
    key: 'timetable',
    argument: '<timetable>',
    value: { kind: 'path' },
    help: {
      zh: '已有的时间表（.xlsx、.csv，或本工具写出的 notice.md、notice.html）',
      en: 'a published timetable (.xlsx, .csv, or a notice.md or notice.html this tool wrote)',
    },
    commands: ['audit'],
  },
  {
    key: 'tolerance',
    flags: '--tolerance <minutes>',
    value: { kind: 'whole', min: 0, max: 600, outOfRange: (value, option) => problem('badMinutes', { option, value }) },
    default: '0',
    help: {
      zh: '每段时间允许超出的分钟数，不超过就算够用',
      en: 'minutes a window may run over and still hold',
    },
    commands: ['audit'],
  },
] as const satisfies readonly OptionSpec[];
