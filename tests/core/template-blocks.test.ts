import { describe, expect, it } from 'vitest';
import { CapturePlanError } from '../../src/core/errors.js';
import { type TemplateBlock, type TextPlaceholder, templateBlocks } from '../../src/core/notice/template-blocks.js';

const values: Record<TextPlaceholder, string> = {
  title: '拍摄安排',
  date: '2024年4月22日',
  location: 'A1-108',
  throughput: '每10分钟20人',
  classes: '30',
  people: '1052',
  counselors: '5',
  start: '8:30',
  end: '18:52',
  summary: '共 30 个班。',
  fee: '',
  feeTotal: '',
};
const text = (t: string, bold = false) => ({ text: t, bold });

describe('templateBlocks', () => {
  it.each<[string, TemplateBlock[]]>([
    ['# {{title}}', [{ kind: 'heading', level: 1, runs: [text('拍摄安排')] }]],
    ['## 一、时间 ##', [{ kind: 'heading', level: 2, runs: [text('一、时间')] }]],
    ['- 日期：{{date}}', [{ kind: 'bullet', runs: [text('日期：2024年4月22日')] }]],
    ['1. 穿着整洁', [{ kind: 'numbered', number: '1.', runs: [text('穿着整洁')] }]],
    ['> 请注意', [{ kind: 'quote', runs: [text('请注意')] }]],
    ['日期：**{{date}}**。', [{ kind: 'paragraph', runs: [text('日期：'), text('2024年4月22日', true), text('。')] }]],
    ['a **b', [{ kind: 'paragraph', runs: [text('a **b')] }]],
    ['\\*\\*not bold\\*\\*', [{ kind: 'paragraph', runs: [text('**not bold**')] }]],
    ['{{table}}', [{ kind: 'table' }]],
    [
      '见下表：{{table}}以上。',
      [
        { kind: 'paragraph', runs: [text('见下表：')] },
        { kind: 'table' },
        { kind: 'paragraph', runs: [text('以上。')] },
      ],
    ],
    ['- {{warning}}', [{ kind: 'warning' }]],
    ['{{fee}}\n\n  \n{{colleges}}', [{ kind: 'colleges' }]],
    [
      '第一行\r\n第二行',
      [
        { kind: 'paragraph', runs: [text('第一行')] },
        { kind: 'paragraph', runs: [text('第二行')] },
      ],
    ],
  ])('%j', (template, expected) => {
    expect(templateBlocks(template, values, 't.md')).toEqual(expected);
  });

  it('puts values in as plain text, never read as Markdown', () => {
    const blocks = templateBlocks('地点：{{location}}', { ...values, location: '**A1** {{table}}' }, 't.md');
    expect(blocks).toEqual([{ kind: 'paragraph', runs: [text('地点：**A1** {{table}}')] }]);
  });

  it('refuses unknown placeholders with their lines', () => {
    expect(() => templateBlocks('ok\n{{tabel}}', values, 't.md')).toThrow(CapturePlanError);
  });
});
