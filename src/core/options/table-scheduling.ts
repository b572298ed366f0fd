import { problem } from '../errors.js';
import type { OptionSpec } from './spec.js';

/** The options of how the day is laid out: rooms, the order of counselors, changeovers and make-up time. */
export const SCHEDULING_OPTIONS = [
  {
    key: 'rooms',
    flags: '--rooms <names>',
    value: { kind: 'rooms' },
    help: {
      zh: '同时拍摄的教室，逗号分隔：A1-108,A1-109（每间一个摄影师）',
      en: 'rooms photographing in parallel, comma separated: A1-108,A1-109',
    },
    commands: ['build', 'whatif'],
    whatifPlace: 4,
    whatifHelp: {
      zh: '教室安排，多个用 ; 分隔（加引号）："A1-108;A1-108,A1-109"',
      en: 'room sets to compare, separated by ; (quote them): "A1-108;A1-108,A1-109"',
    },
    config: 'Rooms working in parallel: "A1-108,A1-109", or a list of names or {"name", "throughput"}.',
  },
  {
    key: 'order',
    flags: '--order <policy>',
    value: { kind: 'choice', values: ['input', 'optimize'], invalid: (value) => problem('badOrder', { value }) },
    default: 'input',
    help: {
      zh: '辅导员顺序：input 按名单，optimize 自动找最好的顺序',
      en: 'counselor order: input (as in the roster) or optimize',
    },
    commands: ['build', 'whatif'],
    whatifPlace: 5,
    config: 'Counselor order: as in the roster, or optimized.',
  },
  {
    key: 'changeover',
    flags: '--changeover <minutes>',
    value: { kind: 'whole', min: 0, max: 600, outOfRange: (value, option) => problem('badMinutes', { option, value }) },
    default: '0',
    help: { zh: '两位辅导员之间留出的分钟数', en: 'minutes between two counselors in a room' },
    commands: ['build', 'whatif'],
    whatifPlace: 6,
    config: 'Minutes between two counselors in a room.',
  },
  {
    key: 'reserve',
    flags: '--reserve <minutes>',
    value: { kind: 'whole', min: 0, max: 600, outOfRange: (value, option) => problem('badMinutes', { option, value }) },
    default: '0',
    help: { zh: '每天最后留出补拍的分钟数', en: 'minutes kept free at the end of each day for make-up photos' },
    commands: ['build', 'whatif'],
    whatifPlace: 7,
    config: 'Minutes kept free at the end of each day for make-up photos.',
  },
] as const satisfies readonly OptionSpec[];
