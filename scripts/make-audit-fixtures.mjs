// Writes the published timetables `audit` is tested on, from the reference notice's table (its section 五): the 30
// classes of fixtures/seed-roster.csv with the times the notice gave each counselor. Byte for byte the same each run.
// Run with `npm run fixtures`; commit whatever it writes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { pinZipTimes } from './pin-zip-times.mjs';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const FIXED_DATE = new Date('2024-04-07T00:00:00Z');
const HEADER = ['序号', '班级名称', '人数', '辅导员', '日期安排', '时间安排'];
const DATE = '2024年4月22日';
/** The window the notice printed on a class's row (the rows below it until the next window share it). */
const WINDOWS = {
  软件20211: '8:30-10:10',
  '电商20213(专升本)': '10:10-11:40',
  电商20211: '11:40-12:00',
  电商20212: '13:30-15:30',
  物联20211: '15:30-16:40',
  '计科202110(专升本)': '16:40-18:00',
};

/** The seed roster as [seq, name, headcount, counselor][]. */
const SEED = readFileSync(join(FIXTURES, 'seed-roster.csv'), 'utf8')
  .replace(/^\uFEFF/, '')
  .split(/\r?\n/)
  .slice(1)
  .filter((l) => l.trim() !== '')
  .map((line) => line.split(','))
  .map(([seq, name, headcount, counselor]) => [Number(seq), name, Number(headcount), counselor]);

function write(name, content) {
  const path = join(FIXTURES, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
  console.log(`wrote fixtures/${name}`);
}

/** The table as published: the counselor on every row, the date on the first, each window on its first row only. */
function publishedRows() {
  return SEED.map(([seq, name, headcount, counselor], i) => [
    seq,
    name,
    headcount,
    counselor,
    i === 0 ? DATE : '',
    WINDOWS[name] ?? '',
  ]);
}

/** A CSV as Excel on Chinese Windows saves it: GBK, CRLF, a title line above the header, a 合计 line below. */
function referenceCsv() {
  const total = SEED.reduce((sum, c) => sum + c[2], 0);
  const rows = [
    ['宜宾校区：地点：A1-108教室', '', '', '', '', ''],
    HEADER,
    ...publishedRows(),
    ['合计', '', total, '', '', ''],
  ];
  write('audit/reference-timetable.csv', iconv.encode(`${rows.map((r) => r.join(',')).join('\r\n')}\r\n`, 'gbk'));
}

/** The same table as a workbook: a merged title, the counselor, date and time cells merged over their rows, 合计. */
async function referenceXlsx() {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'capture-plan fixtures';
  wb.lastModifiedBy = 'capture-plan fixtures';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  const ws = wb.addWorksheet('拍摄安排');
  ws.addRow(['五、拍摄时间、地点安排（宜宾校区 A1-108教室）']);
  ws.mergeCells('A1:F1');
  ws.addRow(HEADER);
  const first = 3;
  const rows = publishedRows();
  for (const row of rows) ws.addRow(row);
  const last = first + rows.length - 1;
  /** Merges a column over each run that starts at a filled cell. */
  const mergeRuns = (col, startsAt) => {
    let start = first;
    for (let r = first + 1; r <= last + 1; r++) {
      if (r > last || startsAt(r - first)) {
        if (r - 1 > start) ws.mergeCells(`${col}${start}:${col}${r - 1}`);
        start = r;
      }
    }
  };
  mergeRuns('D', (i) => rows[i][3] !== rows[i - 1][3]);
  mergeRuns('E', () => false);
  mergeRuns('F', (i) => rows[i][5] !== '');
  ws.addRow(['合计', '', { formula: `SUM(C${first}:C${last})`, result: SEED.reduce((s, c) => s + c[2], 0) }]);
  write('audit/reference-timetable.xlsx', await pinZipTimes(Buffer.from(await wb.xlsx.writeBuffer()), FIXED_DATE));
}

referenceCsv();
await referenceXlsx();
