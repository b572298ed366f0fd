import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { runCli, workdir } from './run-cli.js';

const SEED = ['build', 'seed-roster.csv', '-d', '2024-04-22'];
const S = '<!-- capture-plan:start -->';
const E = '<!-- capture-plan:end -->';
const HEAD = '# 毕业生图像采集通知\r\n\r\n各位辅导员：请按下表时间到场。\r\n';
const TAIL = '\r\n学生处（盖章）\r\n2024年4月\r\n';
const REPLACEMENT = Buffer.from('\uFFFD', 'utf8');

/** A notice with markers in `encoding`, and the bytes before the section and from its end marker on. */
function notice(encoding: string, head = HEAD): { bytes: Buffer; before: Buffer; after: Buffer } {
  const before = iconv.encode(`${head}${S}`, encoding);
  const after = iconv.encode(`${E}${TAIL}`, encoding);
  return { bytes: Buffer.concat([before, iconv.encode('\r\n旧的表格\r\n', encoding), after]), before, after };
}

describe('a notice in its own encoding', () => {
  it('a GBK notice.md keeps every byte outside its markers, and its new table is GBK too', async () => {
    const dir = workdir('seed-roster.csv');
    const { bytes, before, after } = notice('gbk');
    writeFileSync(join(dir, 'notice.md'), bytes);
    const run = await runCli([...SEED, '-o', 'notice.md'], { cwd: dir });
    expect(run.code).toBe(0);
    const written = readFileSync(join(dir, 'notice.md'));
    expect(written.subarray(0, before.length).equals(before)).toBe(true);
    expect(written.subarray(written.length - after.length).equals(after)).toBe(true);
    const text = iconv.decode(written, 'gbk');
    expect(text).toContain('\r\n| 1 | 软件20211 | 31 | 杜宇飞 |');
    expect(text).not.toContain('\uFFFD');
    expect(written.includes(REPLACEMENT)).toBe(false);
    expect(iconv.encode(text, 'gbk').equals(written)).toBe(true);
    expect((await runCli([...SEED, '-o', 'notice.md', '--check'], { cwd: dir })).code).toBe(0);
  });

  it('a GBK notice.html too', async () => {
    const dir = workdir('seed-roster.csv');
    const { bytes, before, after } = notice('gbk', '<html><body><h1>拍摄通知</h1>\r\n');
    writeFileSync(join(dir, 'notice.html'), bytes);
    expect((await runCli([...SEED, '-o', 'notice.html'], { cwd: dir })).code).toBe(0);
    const written = readFileSync(join(dir, 'notice.html'));
    expect(written.subarray(0, before.length).equals(before)).toBe(true);
    expect(written.subarray(written.length - after.length).equals(after)).toBe(true);
    expect(iconv.decode(written, 'gbk')).toContain('软件20211');
  });

  it('a GBK notice that cannot hold a name of the new table is refused and left as it was', async () => {
    const dir = workdir();
    writeFileSync(join(dir, 'r.csv'), '班级名称,人数,辅导员\n软件𠀀1,30,张三\n');
    const { bytes } = notice('gbk');
    writeFileSync(join(dir, 'notice.md'), bytes);
    const run = await runCli(['build', 'r.csv', '-d', '2024-04-22', '-o', 'notice.md'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'capture-plan: notice.md：这份通知是 GBK 编码，新内容里的“𠀀”（U+20000）用 GBK 写不出来，没有改动它；请用记事本“另存为”，编码选 UTF-8，再运行。\n',
    );
    expect(readFileSync(join(dir, 'notice.md')).equals(bytes)).toBe(true);
  });

  it('a GB18030 notice (it already has a character beyond GBK) takes any name', async () => {
    const dir = workdir();
    writeFileSync(join(dir, 'r.csv'), '班级名称,人数,辅导员\n软件𠀀1,30,张三\n');
    const { bytes, before, after } = notice('gb18030', `# 通知 𠀀\r\n`);
    writeFileSync(join(dir, 'notice.md'), bytes);
    expect((await runCli(['build', 'r.csv', '-d', '2024-04-22', '-o', 'notice.md'], { cwd: dir })).code).toBe(0);
    const written = readFileSync(join(dir, 'notice.md'));
    expect(written.subarray(0, before.length).equals(before)).toBe(true);
    expect(written.subarray(written.length - after.length).equals(after)).toBe(true);
    expect(iconv.decode(written, 'gb18030')).toContain('| 1 | 软件𠀀1 | 30 | 张三 |');
  });

  it('a UTF-16 notice with its byte order mark stays UTF-16', async () => {
    const dir = workdir('seed-roster.csv');
    const head = Buffer.from([0xff, 0xfe]);
    const before = Buffer.concat([head, Buffer.from(`${HEAD}${S}`, 'utf16le')]);
    const after = Buffer.from(`${E}${TAIL}`, 'utf16le');
    writeFileSync(join(dir, 'notice.md'), Buffer.concat([before, Buffer.from('old', 'utf16le'), after]));
    expect((await runCli([...SEED, '-o', 'notice.md'], { cwd: dir })).code).toBe(0);
    const written = readFileSync(join(dir, 'notice.md'));
    expect(written.subarray(0, before.length).equals(before)).toBe(true);
    expect(written.subarray(written.length - after.length).equals(after)).toBe(true);
    expect(written.subarray(2).toString('utf16le')).toContain('| 1 | 软件20211 | 31 | 杜宇飞 |');
  });

  it('a notice with markers in no known encoding is refused, not filled with U+FFFD', async () => {
    const dir = workdir('seed-roster.csv');
    const bytes = Buffer.concat([Buffer.from([0x81, 0x20, 0xff]), Buffer.from(`\n${S}\nold\n${E}\n`)]);
    writeFileSync(join(dir, 'notice.md'), bytes);
    const run = await runCli([...SEED, '-o', 'notice.md'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('notice.md：无法识别文件编码');
    expect(readFileSync(join(dir, 'notice.md')).equals(bytes)).toBe(true);
  });
});

describe('a GBK template or config', () => {
  it('a GBK template and a GBK config put their Chinese text into the notice as it is', async () => {
    const dir = workdir('seed-roster.csv');
    writeFileSync(join(dir, 't.md'), iconv.encode('# {{title}}\r\n\r\n请各班按时到达。\r\n\r\n{{table}}\r\n', 'gbk'));
    writeFileSync(
      join(dir, 'capture-plan.config.json'),
      iconv.encode('{"title": "2025届毕业生图像采集", "location": "宜宾校区 A1-108教室"}', 'gbk'),
    );
    const run = await runCli([...SEED, '--template', 't.md', '-o', 'n.md', 'n.html'], { cwd: dir });
    expect(run.code).toBe(0);
    const md = readFileSync(join(dir, 'n.md'), 'utf8');
    expect(md.startsWith('# 2025届毕业生图像采集\r\n\r\n请各班按时到达。\r\n')).toBe(true);
    expect(md).not.toContain('\uFFFD');
    expect(readFileSync(join(dir, 'n.html'), 'utf8')).toContain('<p>请各班按时到达。</p>');
  });

  it.each([
    ['--template', 't.md'],
    ['--config', 'c.json'],
  ])('%s in no known encoding is refused with a line naming it', async (flag, file) => {
    const dir = workdir('seed-roster.csv');
    writeFileSync(join(dir, file), Buffer.from([0x7b, 0x81, 0x20, 0xff, 0x7d]));
    const run = await runCli([...SEED, flag, file, '-o', 'n.md'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `capture-plan: ${file}：无法识别文件编码（既不是 UTF-8 也不是 GBK/GB18030），没有读取；请用记事本“另存为”，编码选 UTF-8。\n`,
    );
  });
});
