import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sniffDelimiter } from '../../src/read/csv.js';
import { decodeText } from '../../src/read/decode.js';
import { fixture } from '../helpers.js';

describe('sniffDelimiter', () => {
  it.each([
    ['comma', '序号,班级名称,人数,辅导员\n1,软件20211,31,杜宇飞\n', ','],
    ['semicolon', '序号;班级名称;人数;辅导员\n1;软件20211;31;杜宇飞\n', ';'],
    ['tab', '序号\t班级名称\t人数\t辅导员\n1\t软件20211\t31\t杜宇飞\n', '\t'],
    ['commas inside quotes do not count', '"a,b,c,d";x;y\n"e,f,g,h";z;w\n', ';'],
    ['a semicolon file with a comma in a name', '班级名称;人数;辅导员\n计科,专升本;31;朱银先\n', ';'],
    ['no delimiter at all falls back to comma', '班级名称\n软件20211\n', ','],
    ['an empty text', '', ','],
  ])('%s', (_, text, expected) => {
    expect(sniffDelimiter(text)).toBe(expected);
  });

  it('looks only at the first 20 lines', () => {
    const text = 'a;b\n'.repeat(20) + 'a,b,c,d,e\n'.repeat(100);
    expect(sniffDelimiter(text)).toBe(';');
  });

  it('agrees with each messy fixture', () => {
    const first = (name: string) => decodeText(readFileSync(fixture(name)))!.text;
    expect(sniffDelimiter(first('messy/semicolon.csv'))).toBe(';');
    expect(sniffDelimiter(first('messy/tab.csv'))).toBe('\t');
    expect(sniffDelimiter(first('messy/gbk.csv'))).toBe(',');
    expect(sniffDelimiter(first('messy/merged-export.csv'))).toBe(',');
  });
});
