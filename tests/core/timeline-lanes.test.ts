import { describe, expect, it } from 'vitest';
import { labelsFor } from '../../src/core/i18n/labels-for.js';
import { timeline } from '../../src/core/notice/timeline.js';
import { schedule } from '../../src/core/schedule/schedule.js';
import { collegeRosterOf, settingsOf } from '../helpers.js';

const lanes = (rows: readonly (readonly [string, number, string, string])[]) =>
  timeline(schedule(collegeRosterOf(rows), settingsOf()), labelsFor('zh'))[0]!.rows.map((r) => r.label);

describe('the timeline names a counselor by name, and by college only when two colleges share the name', () => {
  it.each([
    [
      'names unique across colleges: the name alone, so a short lane is not cut to “何芬 · 经”',
      [
        ['软件1', 40, '杜宇飞', '计算机科学与工程学院'],
        ['电商1', 30, '何芬', '经济管理学院'],
      ],
      ['杜宇飞', '何芬'],
    ],
    [
      'two colleges each with a 王芳: both followed by their college',
      [
        ['软件1', 40, '王芳', '计算机科学与工程学院'],
        ['电商1', 30, '王芳', '经济管理学院'],
        ['电商2', 30, '何芬', '经济管理学院'],
      ],
      ['王芳 · 计算机科学与工程学院', '王芳 · 经济管理学院', '何芬'],
    ],
  ] as const)('%s', (_, rows, expected) => {
    expect(lanes(rows)).toEqual(expected);
  });
});
