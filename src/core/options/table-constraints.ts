import type { OptionSpec } from './spec.js';

/** The config file's constraints, last in the option table: who can come when, and where classes must go. */
export const CONSTRAINT_OPTIONS = [
  {
    key: 'counselors',
    value: { kind: 'availability' },
    commands: ['build', 'whatif'],
    config:
      'Per counselor, when they can come: {"何芬": {"available": ["13:30-18:00", "2024-04-23 08:30-12:00"]}}; with colleges, "学院/姓名" names one of two same-name counselors.',
  },
  {
    key: 'colleges',
    value: { kind: 'availability' },
    commands: ['build', 'whatif'],
    config: 'Per college, when its teacher can be there: {"计算机学院": {"available": ["2024-04-22 08:30-12:00"]}}.',
  },
  {
    key: 'classes',
    value: { kind: 'pins' },
    commands: ['build', 'whatif'],
    config: 'Per class, the window or date it must be photographed in: {"软件20211": {"pinned": "08:30-12:00"}}.',
  },
] as const satisfies readonly OptionSpec[];
