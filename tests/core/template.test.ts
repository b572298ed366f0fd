import { describe, expect, it } from 'vitest';
import { CapturePlanError } from '../../src/core/errors.js';
import { fillTemplate, PLACEHOLDERS, type Placeholder } from '../../src/core/notice/template.js';

const values = { ...Object.fromEntries(PLACEHOLDERS.map((p) => [p, `<${p}>`])), warning: '' } as Record<
  Placeholder,
  string
>;

describe('fillTemplate', () => {
  it.each([
    ['日期：{{date}}', '日期：<date>'],
    ['{{ table }}', '<table>'],
    ['{{classes}} 个班 {{people}} 人', '<classes> 个班 <people> 人'],
    ['no placeholders', 'no placeholders'],
    ['a\r\n{{end}}\r\n', 'a\r\n<end>\r\n'],
    ['a\n\n{{warning}}\n\nb', 'a\n\n\nb'],
    ['a\r\n  {{warning}}\r\nb', 'a\r\nb'],
    ['x {{warning}} y', 'x  y'],
  ])('%j → %j', (text, expected) => {
    expect(fillTemplate(text, values, 't.md')).toBe(expected);
  });

  it('reports every unknown placeholder with its line', () => {
    let caught: unknown;
    try {
      fillTemplate('ok {{date}}\n{{tabel}}\n\n{{ 日期 }}', values, 't.md');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CapturePlanError);
    expect((caught as CapturePlanError).problems.map((p) => [p.params, p.where])).toEqual([
      [expect.objectContaining({ name: '{{tabel}}' }), { file: 't.md', row: 2 }],
      [expect.objectContaining({ name: '{{ 日期 }}' }), { file: 't.md', row: 4 }],
    ]);
  });
});
