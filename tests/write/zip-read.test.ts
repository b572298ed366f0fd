import { describe, expect, it } from 'vitest';
import { unzip } from '../../src/zip/read.js';
import { zip } from '../../src/zip/write.js';

describe('unzip', () => {
  const entries = [
    { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
    { name: 'word/document.xml', data: Buffer.from(`${'<w:p/>'.repeat(2000)}何芬`) },
    { name: 'empty', data: Buffer.alloc(0) },
  ];

  it('reads back what the zip writer packs, in order', () => {
    const read = unzip(zip(entries, new Date('2024-04-22T00:00:00Z'), 6));
    expect(read?.map((e) => [e.name, e.data.toString('utf8')])).toEqual(
      entries.map((e) => [e.name, e.data.toString('utf8')]),
    );
  });

  it.each<[string, (bytes: Buffer) => Buffer]>([
    ['not a zip at all', () => Buffer.from('hello, world')],
    ['cut short', (bytes) => bytes.subarray(0, bytes.length - 30)],
    [
      'an entry not of its declared size',
      (bytes) => {
        const copy = Buffer.from(bytes);
        const central = copy.indexOf(Buffer.from([0x50, 0x4b, 1, 2]));
        copy.writeUInt32LE(10, central + 24);
        return copy;
      },
    ],
  ])('%s is no archive', (_, damage) => {
    expect(unzip(damage(zip(entries, new Date('2024-04-22T00:00:00Z'))))).toBeUndefined();
  });
});
