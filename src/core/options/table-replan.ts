import type { OptionSpec } from './spec.js';

/** The options of `replan` besides build's: how far the day has got, who is missing, the rate, whom to tell. */
export const REPLAN_OPTIONS = [
  {
    key: 'now',
    flags: '--now <time>',
    value: { kind: 'text' },
    help: {
      zh: '现在的时间：10:40（第一个拍摄日），多天时 2024-04-23T10:40',
      en: 'the time now: 10:40 (the first capture date), or 2024-04-23T10:40',
    },
    commands: ['replan'],
  },
  {
    key: 'done',
    flags: '--done <class>',
    value: { kind: 'text' },
    help: {
      zh: '刚拍完的班级：计划里它和它之前的班级都算已拍',
      en: 'the class just finished: it and every class planned before it are done',
    },
    commands: ['replan'],
  },
  {
    key: 'absent',
    flags: '--absent <classes>',
    value: { kind: 'text' },
    help: {
      zh: '没按时到的班级，逗号分隔：改到其他班级之后拍',
      en: 'classes not there on time, comma separated: photographed after every other class',
    },
    commands: ['replan'],
  },
  {
    key: 'rate',
    flags: '--rate <rate>',
    value: { kind: 'text' },
    default: 'measured',
    help: {
      zh: '其余班级的速度：measured 按实际速度，planned 按计划速度，或一个速度如 18/10min',
      en: 'the rate of the rest: measured, planned, or a rate such as 18/10min',
    },
    commands: ['replan'],
  },
  {
    key: 'tell',
    flags: '--tell <file>',
    value: { kind: 'path' },
    help: {
      zh: '把要发给辅导员的通知写进这个文件（.txt 或 .md）',
      en: 'write the lines to send to counselors into this file (.txt or .md)',
    },
    commands: ['replan'],
  },
] as const satisfies readonly OptionSpec[];
