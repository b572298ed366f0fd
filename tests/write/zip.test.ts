import { crc32, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { zip } from '../../src/zip/write.js';

/** Every entry of a zip read back through its central directory: name, DOS date, and the inflated bytes. */
function unzip(bytes: Buffer): { name: string; date: number; time: number; data: Buffer; crcOk: boolean }[] {
  const end = bytes.length - 22;
  expect(bytes.readUInt32LE(end)).toBe(0x06054b50);
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    expect(bytes.readUInt32LE(at)).toBe(0x02014b50);
    const nameLength = bytes.readUInt16LE(at + 28);
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const local = bytes.readUInt32LE(at + 42);
    expect(bytes.readUInt32LE(local)).toBe(0x04034b50);
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = inflateRawSync(bytes.subarray(start, start + bytes.readUInt32LE(at + 20)));
    expect(data.length).toBe(bytes.readUInt32LE(at + 24));
    entries.push({
      name,
      time: bytes.readUInt16LE(at + 12),
      date: bytes.readUInt16LE(at + 14),
      data,
      crcOk: crc32(data) === bytes.readUInt32LE(at + 16),
    });
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}

const dos = (y: number, m: number, d: number) => ((y - 1980) << 9) | (m << 5) | d;

describe('zip', () => {
  const entries = [
    { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
    { name: 'xl/sharedStrings.xml', data: Buffer.from(`${'<sst>'.repeat(5000)}何芬 宜宾校区`) },
    { name: 'empty.txt', data: Buffer.alloc(0) },
  ];

  it('holds every entry, inflating to its bytes with a matching checksum, dated the stamp’s UTC day at midnight', () => {
    const read = unzip(zip(entries, new Date('2024-04-22T23:30:00Z')));
    expect(read.map((e) => e.name)).toEqual(entries.map((e) => e.name));
    read.forEach((e, i) => {
      expect(e.data.equals(entries[i]!.data)).toBe(true);
      expect(e.crcOk).toBe(true);
      expect([e.date, e.time]).toEqual([dos(2024, 4, 22), 0]);
    });
  });

  it('deflates an entry given as chunks into one stream of their bytes', () => {
    const chunks = [
      Buffer.from('<row r="1">'.repeat(3000)),
      Buffer.alloc(0),
      Buffer.from('宜宾校区'.repeat(2000)),
      Buffer.from('</sheetData>'),
    ];
    const [sheet, empty] = unzip(
      zip(
        [
          { name: 'sheet.xml', data: chunks },
          { name: 'empty.xml', data: [] },
        ],
        new Date('2024-04-22T00:00:00Z'),
      ),
    );
    expect(sheet!.data.equals(Buffer.concat(chunks))).toBe(true);
    expect(sheet!.crcOk).toBe(true);
    expect(empty!.data.length).toBe(0);
  });

  it('gives the same bytes for the same entries and stamp, and compresses', () => {
    const a = zip(entries, new Date('2024-04-22T00:00:00Z'));
    expect(a.equals(zip(entries, new Date('2024-04-22T12:00:00Z')))).toBe(true);
    expect(a.length).toBeLessThan(entries[1]!.data.length / 10);
  });

  it.each([
    ['1970-01-01T00:00:00Z', dos(1980, 1, 1)],
    ['2200-06-15T00:00:00Z', dos(2107, 1, 1)],
  ])('clamps a stamp outside the DOS range: %s', (stamp, date) => {
    expect(unzip(zip(entries, new Date(stamp)))[0]!.date).toBe(date);
  });
});
