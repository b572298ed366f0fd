import { problem } from '../errors.js';
import type { OptionSpec } from './spec.js';

/**
 * The options of how the day is laid out: rooms, the order of counselors, changeovers, make-up time and the
 * objective's weights.
 */
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
  {
    key: 'returnCost',
    flags: '--return-cost <minutes>',
    value: { kind: 'whole', min: 0, max: 600, outOfRange: (value, option) => problem('badMinutes', { option, value }) },
    default: '15',
    help: {
      zh: 'optimize：辅导员每多来一次（返场）折合多少分钟空档',
      en: 'optimize: what each return of a counselor costs, in idle minutes',
    },
    commands: ['build', 'whatif'],
    whatifPlace: 8,
    config:
      'What each return of a counselor (a visit after the first) costs, in idle minutes (order optimize and the rooms).',
  },
  {
    key: 'minVisit',
    flags: '--min-visit <minutes>',
    value: { kind: 'whole', min: 0, max: 600, outOfRange: (value, option) => problem('badMinutes', { option, value }) },
    default: '20',
    help: {
      zh: '被拆开的辅导员每次来至少拍这么多分钟，不足算“短暂来访”',
      en: "a split counselor's visit shorter than this is a short visit",
    },
    commands: ['build', 'whatif'],
    whatifPlace: 9,
    config: "A split counselor's visit shorter than this many minutes is a short visit.",
  },
  {
    key: 'shortCost',
    flags: '--short-cost <minutes>',
    value: { kind: 'whole', min: 0, max: 600, outOfRange: (value, option) => problem('badMinutes', { option, value }) },
    default: '60',
    help: { zh: '每个短暂来访另外折合多少分钟空档', en: 'what each short visit costs on top, in idle minutes' },
    commands: ['build', 'whatif'],
    whatifPlace: 10,
    config: 'What each short visit costs on top of its return, in idle minutes.',
  },
  {
    key: 'reorderGain',
    flags: '--reorder-gain <minutes>',
    value: { kind: 'whole', min: 0, max: 600, outOfRange: (value, option) => problem('badMinutes', { option, value }) },
    default: '20',
    help: {
      zh: '新顺序至少省下这么多（折合）分钟才不按名单顺序',
      en: 'keep the roster order unless another saves this many weighted minutes',
    },
    commands: ['build', 'whatif'],
    whatifPlace: 11,
    config: "Keep the roster's order unless another order saves at least this many weighted minutes.",
  },
] as const satisfies readonly OptionSpec[];
