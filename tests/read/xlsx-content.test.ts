import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { diffWorkbooks, shownText, xlsxContent } from '../../src/read/xlsx-content.js';
import { WorkbookXml } from '../../src/write/spreadsheet/workbook.js';
import { guardedParts } from '../../src/zip/guard.js';
import { zip } from '../../src/zip/write.js';

/** A timetable-like sheet: a merged title, a header, and the counselor merged down two classes. */
function timetable(edit: { headcount?: number; mergeCounselor?: boolean } = {}): Buffer {
  const book = new WorkbookXml('SimSun');
  const sheet = book.addSheet('拍摄安排', { widths: [12, 8, 10], frozenRows: 2, repeatedRow: 2 });
  sheet.addRow(['2024年4月22日 拍摄安排']);
  sheet.merge(1, 1, 1, 3);
  sheet.addRow(['班级', '人数', '辅导员']);
  sheet.addRow(['软件20211', 31, '杜宇飞']);
  sheet.addRow(['软件20212', edit.headcount ?? 28, null], book.style({ border: true }));
  if (edit.mergeCounselor ?? true) sheet.merge(3, 3, 4, 3);
  return book.toZip(new Date('2024-04-22T00:00:00Z'), 'capture-plan');
}

/**
 * The same timetable as another program saves it: the title and a class name as rich text runs in two fonts (as
 * LibreOffice splits CJK from Latin), strings inline instead of shared, a headcount stored as text, another as a
 * formula with its cached result.
 */
async function resaved(sharedStrings: boolean): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('拍摄安排');
  const run = (text: string, name: string) => ({ text, font: { name, bold: true } });
  ws.getCell('A1').value = {
    richText: [run('2024', 'SimSun'), run('年', 'Noto Sans CJK SC'), run('4月22日 拍摄安排', 'SimSun')],
  };
  ws.addRow(['班级', '人数', '辅导员']);
  ws.addRow([{ richText: [run('软件', 'Noto Sans CJK SC'), run('20211', 'SimSun')] }, '31', '杜宇飞']);
  ws.addRow(['软件20212', { formula: '20+8', result: 28 }]);
  ws.mergeCells('A1:C1');
  ws.mergeCells('C3:C4');
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  return sharedStrings ? bytes : inlined(bytes);
}

/** A workbook whose shared strings are written into the cells instead (`t="inlineStr"`), as some programs save. */
function inlined(bytes: Buffer): Buffer {
  const { parts } = guardedParts(bytes, () => undefined);
  const text = (name: string) => Buffer.from(parts.find((p) => p.name === name)!.content).toString('utf8');
  const strings = [...text('xl/sharedStrings.xml').matchAll(/<si>(.*?)<\/si>/gs)].map((m) => m[1]!);
  const sheet = text('xl/worksheets/sheet1.xml').replace(
    /<c ([^>]*?)t="s"([^>]*)><v>(\d+)<\/v><\/c>/g,
    (_, before: string, after: string, index: string) =>
      `<c ${before}t="inlineStr"${after}><is>${strings[Number(index)]}</is></c>`,
  );
  expect(sheet).toContain('t="inlineStr"');
  return zip(
    parts.map((p) => ({
      name: p.name,
      data: Buffer.from(p.name === 'xl/worksheets/sheet1.xml' ? sheet : Buffer.from(p.content)),
    })),
    new Date('2024-04-22T00:00:00Z'),
  );
}

describe('xlsxContent and diffWorkbooks (build --check)', () => {
  it('reads the text of cells and the merges, and finds no difference between the same workbooks', async () => {
    const content = (await xlsxContent(timetable()))!;
    expect(
      content.sheets.map((s) => [s.name, s.merges, s.cells.get('C3'), s.cells.get('C4'), s.cells.get('B4')]),
    ).toEqual([['拍摄安排', ['A1:C1', 'C3:C4'], '杜宇飞', undefined, '28']]);
    expect(diffWorkbooks(content, (await xlsxContent(timetable()))!)).toEqual([]);
  });

  it.each([
    ['shared', true],
    ['inline', false],
  ])(
    'rich text runs, %s strings, a number stored as text and a formula’s result are the same text',
    async (_, shared) => {
      const ours = (await xlsxContent(timetable()))!;
      const theirs = (await xlsxContent(await resaved(shared)))!;
      expect(theirs.sheets[0]!.cells.get('A1')).toBe('2024年4月22日 拍摄安排');
      expect(diffWorkbooks(theirs, ours)).toEqual([]);
    },
  );

  it('names each changed cell with its old and new text, in row order, then the merges', async () => {
    const before = (await xlsxContent(timetable()))!;
    const after = (await xlsxContent(timetable({ headcount: 29, mergeCounselor: false })))!;
    const edited = structuredClone(before);
    edited.sheets[0]!.cells.set('C3', '王芳');
    edited.sheets[0]!.cells.set('AA1', 'note');
    edited.sheets[0]!.cells.delete('A3');
    expect(diffWorkbooks(edited, after)).toEqual([
      { kind: 'cell', sheet: '拍摄安排', cell: 'AA1', was: 'note', now: '' },
      { kind: 'cell', sheet: '拍摄安排', cell: 'A3', was: '', now: '软件20211' },
      { kind: 'cell', sheet: '拍摄安排', cell: 'C3', was: '王芳', now: '杜宇飞' },
      { kind: 'cell', sheet: '拍摄安排', cell: 'B4', was: '28', now: '29' },
      { kind: 'merge', sheet: '拍摄安排', range: 'C3:C4', added: false },
    ]);
  });

  it('a sheet only one workbook has is one difference', async () => {
    const content = (await xlsxContent(timetable()))!;
    const renamed = { sheets: [{ ...content.sheets[0]!, name: '汇总' }] };
    expect(diffWorkbooks(content, renamed)).toEqual([
      { kind: 'sheet', sheet: '拍摄安排', added: false },
      { kind: 'sheet', sheet: '汇总', added: true },
    ]);
  });

  it.each([
    [28, '28'],
    ['28', '28'],
    [0.1 + 0.2, '0.3'],
    ['#REF!', '#REF!'],
    ['第一行\r\n第二行', '第一行\n第二行'],
    ['', ''],
  ])('the text of %j is %j', (value, text) => {
    expect(shownText(value)).toBe(text);
  });

  it('is undefined for bytes that are not a workbook', async () => {
    expect(await xlsxContent(Buffer.from('not a zip'))).toBeUndefined();
  });
});
