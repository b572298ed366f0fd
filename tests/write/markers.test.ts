import { describe, expect, it } from 'vitest';
import { replaceBetweenMarkers } from '../../src/write/markers.js';

const S = '<!-- capture-plan:start -->';
const E = '<!-- capture-plan:end -->';

describe('replaceBetweenMarkers', () => {
  it.each([
    ['no markers', 'plain text\n', undefined],
    ['LF', `before\n${S}\nold\n${E}\nafter\n`, `before\n${S}\nnew 1\nnew 2\n${E}\nafter\n`],
    [
      'CRLF keeps CRLF',
      `before\r\n${S}\r\nold\r\n${E}\r\nafter\r\n`,
      `before\r\n${S}\r\nnew 1\r\nnew 2\r\n${E}\r\nafter\r\n`,
    ],
    ['empty region', `${S}${E}`, `${S}\nnew 1\nnew 2\n${E}`],
    ['text on the marker lines stays', `x ${S} y\nold\nz ${E} w`, `x ${S}\nnew 1\nnew 2\n${E} w`],
  ])('%s', (_, existing, expected) => {
    expect(replaceBetweenMarkers(existing, 'new 1\nnew 2\n', 'n.md')).toBe(expected);
  });

  it('keeps the bytes outside the markers exactly, odd whitespace and all', () => {
    const before = '\uFEFF  标题\t\r\n\r\n  * 列表  \n';
    const after = '\n\n尾部 \u00A0\r\n';
    const result = replaceBetweenMarkers(`${before}${S}old${E}${after}`, 'x', 'n.md')!;
    expect(result.startsWith(`${before}${S}`)).toBe(true);
    expect(result.endsWith(`${E}${after}`)).toBe(true);
  });

  it.each([
    ['end before start', `${E}\n${S}`, 'end before start'],
    ['start twice', `${S}\n${S}\n${E}`, 'start ×2, end ×1'],
    ['end twice', `${S}\n${E}\n${E}`, 'start ×1, end ×2'],
    ['start only', `${S}\n`, 'start ×1, end ×0'],
  ])('%s is an error', (_, existing, detail) => {
    expect(() => replaceBetweenMarkers(existing, 'x', 'n.md')).toThrow(
      expect.objectContaining({
        problems: [expect.objectContaining({ key: 'markersBroken', params: { file: 'n.md', detail } })],
      }),
    );
  });
});
