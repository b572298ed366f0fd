import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/read/decode.js';

describe('decodeText', () => {
  it('decodes UTF-8 first, so ASCII and UTF-8 text are UTF-8', () => {
    expect(decodeText(Buffer.from('序号,班级名称\n', 'utf8'))).toEqual({ text: '序号,班级名称\n', encoding: 'utf-8' });
    expect(decodeText(Buffer.from('a,b\n'))).toEqual({ text: 'a,b\n', encoding: 'utf-8' });
  });

  it('decodes GBK and four-byte GB18030 sequences', () => {
    const text = '计科20211(专升本),33,朱银先；唐小淋 😀 䶮';
    const bytes = iconv.encode(text, 'gb18030');
    expect(bytes.includes(0xff)).toBe(false);
    expect(decodeText(bytes)).toEqual({ text, encoding: 'gb18030' });
  });

  it('honours UTF-8, UTF-16LE and UTF-16BE byte order marks and drops them', () => {
    expect(decodeText(Buffer.from('\uFEFF序号', 'utf8'))).toEqual({ text: '序号', encoding: 'utf-8' });
    const le = Buffer.from('\uFEFF序号\t人数', 'utf16le');
    expect(decodeText(le)).toEqual({ text: '序号\t人数', encoding: 'utf-16le' });
    expect(decodeText(Buffer.from(le).swap16())).toEqual({ text: '序号\t人数', encoding: 'utf-16be' });
  });

  it('gives undefined for invalid bytes, never U+FFFD', () => {
    expect(decodeText(Uint8Array.from([0x61, 0xff, 0x62]))).toBeUndefined(); // 0xFF is valid in neither
    expect(decodeText(Uint8Array.from([0x61, 0x81]))).toBeUndefined(); // a GB18030 lead byte cut off at the end
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, 0xc3, 0x28]))).toBeUndefined(); // BOM says UTF-8, bytes are not
  });
});
