// Regenerates every derived fixture under fixtures/ from fixtures/seed-roster.csv (and the generated list of students,
// students-gbk.csv), byte for byte the same each run.
// Run with `npm run fixtures` (it builds first: the zip-time pinning is the tool's own); commit whatever it writes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { pinZipTimes } from './pin-zip-times.mjs';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const FIXED_DATE = new Date('2024-04-07T00:00:00Z');
const HEADER = ['序号', '班级名称', '人数', '辅导员'];
const SEED = readSeed();
const TOTAL = SEED.reduce((sum, c) => sum + c.headcount, 0);

// ---------------------------------------------------------------------------------------------------------------------
// Helpers

/** The seed roster as {seq, name, headcount, counselor}[]; the seed is a plain UTF-8 CSV with no quoting. */
function readSeed() {
  const lines = readFileSync(join(FIXTURES, 'seed-roster.csv'), 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  const header = lines[0].split(',');
  if (header.join(',') !== HEADER.join(',')) throw new Error(`unexpected seed header: ${lines[0]}`);
  return lines.slice(1).map((line) => {
    const [seq, name, headcount, counselor] = line.split(',');
    return { seq: Number(seq), name, headcount: Number(headcount), counselor };
  });
}

/** The clean table as rows of cells, header first. */
function seedRows() {
  return [HEADER, ...SEED.map((c) => [c.seq, c.name, c.headcount, c.counselor])];
}

/** Writes bytes (or a string as UTF-8) to fixtures/<name>, creating folders as needed. */
function write(name, content) {
  const path = join(FIXTURES, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
  console.log(`wrote fixtures/${name}`);
}

/** Joins rows of cells into CSV text (no quoting needed for this data). */
function csv(rows, { sep = ',', eol = '\n' } = {}) {
  return rows.map((cells) => cells.join(sep)).join(eol) + eol;
}

/** A workbook with fixed metadata, so the XML inside does not change between runs. */
function newWorkbook() {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'capture-plan fixtures';
  wb.lastModifiedBy = 'capture-plan fixtures';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return wb;
}

/** The workbook as XLSX bytes, with every zip entry's timestamp pinned (JSZip stamps "now" otherwise). */
async function xlsxBytes(wb) {
  return pinZipTimes(Buffer.from(await wb.xlsx.writeBuffer()), FIXED_DATE);
}

/** Adds a worksheet holding the clean table from A1. */
function addCleanSheet(wb, name) {
  const ws = wb.addWorksheet(name);
  for (const row of seedRows()) ws.addRow(row);
  return ws;
}

/** A small deterministic pseudo-random byte source (mulberry32). */
function randomBytes(seed, length) {
  let a = seed >>> 0;
  const out = Buffer.alloc(length);
  for (let i = 0; i < length; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------------
// Good fixtures: each one holds exactly the seed's 30 classes.

// The clean table as XLSX, on a first sheet named 名单.
async function seedRosterXlsx() {
  const wb = newWorkbook();
  addCleanSheet(wb, '名单');
  const bytes = await xlsxBytes(wb);
  write('seed-roster.xlsx', bytes);
  return bytes;
}

// GBK bytes with CRLF and no BOM, as Excel on Chinese Windows saves "CSV (逗号分隔)".
function gbkCsv() {
  write('messy/gbk.csv', iconv.encode(csv(seedRows(), { eol: '\r\n' }), 'gbk'));
}

// UTF-8 with a BOM and CRLF, as Excel saves "CSV UTF-8".
function utf8BomCsv() {
  write(
    'messy/utf8-bom.csv',
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv(seedRows(), { eol: '\r\n' }), 'utf8')]),
  );
}

// Semicolon-delimited, as Excel writes CSV in locales whose decimal mark is a comma.
function semicolonCsv() {
  write('messy/semicolon.csv', csv(seedRows(), { sep: ';' }));
}

// Tab-delimited text with a .csv name (copied out of a web page or Excel).
function tabCsv() {
  write('messy/tab.csv', csv(seedRows(), { sep: '\t' }));
}

// A CSV saved from a sheet with merged cells: title line, counselor only on each group's first row, spacer, 合计 row.
function mergedExportCsv() {
  const rows = [['2021级本科学历图像采集名单', '', '', ''], HEADER];
  SEED.forEach((c, i) => {
    const first = i === 0 || SEED[i - 1].counselor !== c.counselor;
    if (first && c.counselor === '李永江') rows.push(['', '', '', '']); // spacer before the third group
    rows.push([c.seq, c.name, c.headcount, first ? c.counselor : '']);
  });
  rows.push(['合计', '', TOTAL, '']);
  write('messy/merged-export.csv', csv(rows, { eol: '\r\n' }));
}

// The clean table plus a 合计 row that is off by two (1050 stated, 1052 summed).
function totalMismatchCsv() {
  write('messy/total-mismatch.csv', csv([...seedRows(), ['合计', '', TOTAL - 2, '']]));
}

// A registrar-style export: merged titles, full-width header on row 3, merged counselors, mixed cell shapes, 合计 SUM.
async function registrarXlsx() {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('2021级');
  ws.columns = [{ width: 6 }, { width: 22 }, { width: 10 }, { width: 12 }, { width: 14 }];
  ws.addRow(['计算机科学与工程学院']);
  ws.mergeCells('A1:E1');
  ws.addRow(['2021级本科、2022级专科学历图像采集名单']);
  ws.mergeCells('A2:E2');
  ws.addRow(['序号', '班级名称', '人数（人）', '辅导员姓名', '备注']);
  const groups = []; // [counselor, firstRow, lastRow]
  const rowOf = new Map(); // class name → row number
  SEED.forEach((c, i) => {
    if (c.counselor === '李永江' && SEED[i - 1].counselor !== c.counselor) ws.addRow([]); // blank spacer row
    const row = ws.addRow([
      c.seq,
      c.name,
      i % 2 === 0 ? c.headcount : String(c.headcount),
      c.counselor,
      /专升本/.test(c.name) ? '专升本' : '',
    ]);
    rowOf.set(c.name, row.number);
    const last = groups.at(-1);
    if (last && last[0] === c.counselor) last[2] = row.number;
    else groups.push([c.counselor, row.number, row.number]);
  });
  for (const [, from, to] of groups) if (to > from) ws.mergeCells(`D${from}:D${to}`);
  const cellOf = (name, col) => ws.getRow(rowOf.get(name)).getCell(col);
  cellOf('软件20213', 2).value = { richText: [{ font: { bold: true }, text: '软件' }, { text: '20213' }] };
  cellOf('软件20214', 3).value = { formula: '30+1', result: 31 };
  cellOf('网络20211', 2).value = { text: '网络20211', hyperlink: 'https://example.edu.cn/classes/wl20211' };
  const totalRow = ws.addRow(['合计', '', { formula: `SUM(C4:C${ws.rowCount})`, result: TOTAL }, '', '']);
  ws.mergeCells(`A${totalRow.number}:B${totalRow.number}`);
  const notes = wb.addWorksheet('统计');
  notes.addRow(['辅导员', '班级数']);
  for (const [counselor, from, to] of groups) notes.addRow([counselor, to - from + 1]);
  write('messy/registrar.xlsx', await xlsxBytes(wb));
}

// A first sheet 说明 with only prose; the roster is on the second sheet 名单.
async function secondSheetXlsx() {
  const wb = newWorkbook();
  const about = wb.addWorksheet('说明');
  about.addRow(['本工作簿的第二个工作表“名单”是 2021 级学历图像采集名单。']);
  about.addRow(['人数以教务系统导出为准，如有出入请联系学院办公室。']);
  addCleanSheet(wb, '名单');
  write('messy/second-sheet.xlsx', await xlsxBytes(wb));
}

// A registrar's list of students, one row per student, as Excel on Chinese Windows saves it (GBK, CRLF): a title row,
// then 序号,学号,姓名,性别,学院,班级,辅导员; 118 students in 5 classes of 3 counselors, and a 合计 row.
function studentsGbkCsv() {
  const classes = [
    ['软件20211', 24, '计算机科学与工程学院', '杜宇飞', '20210101'],
    ['软件20212', 23, '计算机科学与工程学院', '杜宇飞', '20210102'],
    ['网络20211', 25, '计算机科学与工程学院', '李永江', '20210301'],
    ['电商20213(专升本)', 22, '经济管理学院', '何芬', '20230513'],
    ['物流20211', 24, '经济管理学院', '何芬', '20210601'],
  ];
  const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐';
  const given = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建文';
  const random = randomBytes(20240422, 118 * 3);
  const rows = [
    ['2024届毕业生名单', '', '', '', '', '', ''],
    ['序号', '学号', '姓名', '性别', '学院', '班级', '辅导员'],
  ];
  let seq = 0;
  for (const [name, count, college, counselor, prefix] of classes) {
    for (let i = 1; i <= count; i++) {
      const [a, b, c] = random.subarray(seq * 3, seq * 3 + 3);
      const student =
        surnames[a % surnames.length] + given[b % given.length] + (c % 3 === 0 ? '' : given[c % given.length]);
      seq++;
      rows.push([
        seq,
        `${prefix}${String(i).padStart(2, '0')}`,
        student,
        c % 2 === 0 ? '女' : '男',
        college,
        name,
        counselor,
      ]);
    }
  }
  rows.push([`合计：${seq}人`, '', '', '', '', '', '']);
  write('students-gbk.csv', iconv.encode(csv(rows, { eol: '\r\n' }), 'gbk'));
}

// ---------------------------------------------------------------------------------------------------------------------
// Campus workbooks: one sheet per college, as a graduation office keeps them (their own classes, not the seed's).

/** Three colleges' classes as [name, headcount, counselor]; the two 王芳 (经济管理学院, 艺术学院) are two people. */
const CAMPUS = [
  {
    college: '计算机学院',
    classes: [
      ['计科2001', 32, '张伟'],
      ['计科2002', 30, '张伟'],
      ['软件2001', 35, '李娜'],
      ['软件2002', 33, '李娜'],
      ['网络2001', 28, '刘洋'],
    ],
  },
  {
    college: '经济管理学院',
    classes: [
      ['会计2001', 40, '王芳'],
      ['会计2002', 38, '王芳'],
      ['市营2001', 29, '陈静'],
      ['电商2001', 31, '陈静'],
    ],
  },
  {
    college: '艺术学院',
    classes: [
      ['视传2001', 24, '王芳'],
      ['环设2001', 22, '王芳'],
      ['音乐2001', 18, '赵磊'],
    ],
  },
];

/**
 * Adds a college's sheet: a merged title row, the header on row 2, one row per class with each counselor's cells
 * merged, and a 合计 row summing the headcounts.
 */
function addCollegeSheet(wb, name, classes, options = {}) {
  const ws = wb.addWorksheet(name, options);
  ws.columns = [{ width: 6 }, { width: 14 }, { width: 8 }, { width: 10 }];
  ws.addRow([`${name} 2024届毕业生学历图像采集名单`]);
  ws.mergeCells('A1:D1');
  ws.addRow(HEADER);
  let groupStart = 0; // row number of the current counselor's first class
  classes.forEach(([className, headcount, counselor], i) => {
    const { number } = ws.addRow([i + 1, className, headcount, counselor]);
    if (i === 0 || classes[i - 1][2] !== counselor) groupStart = number;
    const groupEnds = i === classes.length - 1 || classes[i + 1][2] !== counselor;
    if (groupEnds && number > groupStart) ws.mergeCells(`D${groupStart}:D${number}`);
  });
  // a headcount written as text (the bad fixture's 三十八) adds nothing, as in Excel's SUM
  const sum = classes.reduce((total, c) => total + (typeof c[1] === 'number' ? c[1] : 0), 0);
  const total = ws.addRow(['合计', '', { formula: `SUM(C3:C${ws.rowCount})`, result: sum }]);
  ws.mergeCells(`A${total.number}:B${total.number}`);
  return ws;
}

// A campus workbook: a 汇总 sheet first (学院/班级数/人数, by formulas), one sheet per college, a 说明 sheet of notes,
// and last year's roster on a hidden sheet.
async function campusSheetsXlsx() {
  const wb = newWorkbook();
  const summary = wb.addWorksheet('汇总');
  summary.addRow(['学院', '班级数', '人数']);
  for (const { college, classes } of CAMPUS) {
    const last = 2 + classes.length;
    summary.addRow([
      college,
      { formula: `COUNTA('${college}'!B3:B${last})`, result: classes.length },
      { formula: `SUM('${college}'!C3:C${last})`, result: classes.reduce((sum, c) => sum + c[1], 0) },
    ]);
  }
  summary.addRow([
    '合计',
    { formula: `SUM(B2:B${CAMPUS.length + 1})`, result: CAMPUS.reduce((n, c) => n + c.classes.length, 0) },
    {
      formula: `SUM(C2:C${CAMPUS.length + 1})`,
      result: CAMPUS.reduce((n, c) => n + c.classes.reduce((sum, k) => sum + k[1], 0), 0),
    },
  ]);
  for (const { college, classes } of CAMPUS) addCollegeSheet(wb, college, classes);
  const notes = wb.addWorksheet('说明');
  notes.addRow(['每个学院一张工作表；“汇总”由公式算出，请勿手改。']);
  notes.addRow(['人数以教务系统导出为准，如有出入请联系学院办公室。']);
  addCollegeSheet(
    wb,
    '2023届',
    [
      ['计科1901', 31, '张伟'],
      ['会计1901', 42, '王芳'],
    ],
    { state: 'hidden' },
  );
  write('campus-sheets.xlsx', await xlsxBytes(wb));
}

// ---------------------------------------------------------------------------------------------------------------------
// Bad fixtures: each one must be rejected with a precise problem.

// A legacy Excel 97-2003 file: the OLE magic then padding; and the same bytes renamed to .xlsx.
function legacyXls() {
  const bytes = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504, 0)]);
  write('bad/legacy.xls', bytes);
  write('bad/legacy-renamed.xlsx', bytes);
}

// seed-roster.xlsx cut to half its length, as an interrupted download leaves it.
function truncatedXlsx(seedXlsx) {
  write('bad/truncated.xlsx', seedXlsx.subarray(0, Math.floor(seedXlsx.length / 2)));
}

// Plain text that only has an .xlsx name.
function notAZipXlsx() {
  write('bad/not-a-zip.xlsx', 'This is not a workbook: it is a text file that was given an .xlsx name.\n');
}

// A valid XLSX zip whose workbook has zero worksheets (exceljs writes one when no sheet is added).
async function noWorksheetsXlsx() {
  write('bad/no-worksheets.xlsx', await xlsxBytes(newWorkbook()));
}

// Random-looking bytes with NULs, named .csv.
function binaryCsv() {
  const bytes = randomBytes(20240407, 1024);
  for (let i = 0; i < bytes.length; i += 97) bytes[i] = 0;
  write('bad/binary.csv', bytes);
}

// A zero-byte file.
function emptyCsv() {
  write('bad/empty.csv', Buffer.alloc(0));
}

// A header and no classes.
function headerOnlyCsv() {
  write('bad/header-only.csv', csv([HEADER]));
}

// A student list, not a class roster: none of the required columns.
function noHeaderCsv() {
  write(
    'bad/no-header.csv',
    csv([
      ['姓名', '学号', '专业'],
      ['张三', '2021010101', '软件工程'],
      ['李四', '2021010102', '计算机科学与技术'],
    ]),
  );
}

// Several bad rows at once: not whole, zero, negative, too large, empty class name, duplicate class name.
function badHeadcountsCsv() {
  write(
    'bad/bad-headcounts.csv',
    csv([
      HEADER,
      [1, '软件20211', 31, '杜宇飞'],
      [2, '软件20212', 'abc', '杜宇飞'],
      [3, '软件20213', '31.5', '杜宇飞'],
      [4, '软件20214', 0, '杜宇飞'],
      [5, '软件20215', -3, '何芬'],
      [6, '软件20216', 5000, '何芬'],
      [7, '', 30, '何芬'],
      [8, '软件20211', 29, '何芬'],
    ]),
  );
}

// A quote opened on row 3 that never closes.
function unclosedQuoteCsv() {
  write(
    'bad/unclosed-quote.csv',
    csv([HEADER, [1, '软件20211', 31, '杜宇飞'], [2, '"软件20212', 28, '杜宇飞'], [3, '软件20213', 36, '杜宇飞']]),
  );
}

// A data row (row 3) with two cells more than the header.
function extraCellsCsv() {
  write(
    'bad/extra-cells.csv',
    csv([
      HEADER,
      [1, '软件20211', 31, '杜宇飞'],
      [2, '软件20212', 28, '杜宇飞', '多余1', '多余2'],
      [3, '软件20213', 36, '杜宇飞'],
    ]),
  );
}

// A campus workbook whose 计算机学院 sheet was copied (Excel names the copy "计算机学院 (2)") and left in.
async function repeatedSheetXlsx() {
  const wb = newWorkbook();
  const [computing, business] = CAMPUS;
  addCollegeSheet(wb, computing.college, computing.classes);
  addCollegeSheet(wb, `${computing.college} (2)`, computing.classes);
  addCollegeSheet(wb, business.college, business.classes);
  write('bad/repeated-sheet.xlsx', await xlsxBytes(wb));
}

// A campus workbook with a bad cell on its second sheet (经济管理学院 C4) and a class on two sheets (数媒2001, the
// abbreviation of 数字媒体技术 in 计算机学院 and of 数字媒体艺术 in 艺术学院).
async function campusProblemsXlsx() {
  const wb = newWorkbook();
  const [computing, business, arts] = CAMPUS;
  addCollegeSheet(wb, computing.college, [...computing.classes, ['数媒2001', 27, '刘洋']]);
  addCollegeSheet(
    wb,
    business.college,
    business.classes.map((c, i) => (i === 1 ? [c[0], '三十八', c[2]] : c)),
  );
  addCollegeSheet(wb, arts.college, [...arts.classes, ['数媒2001', 20, '赵磊']]);
  write('bad/campus-problems.xlsx', await xlsxBytes(wb));
}

// ---------------------------------------------------------------------------------------------------------------------

const seedXlsx = await seedRosterXlsx();
gbkCsv();
utf8BomCsv();
semicolonCsv();
tabCsv();
mergedExportCsv();
totalMismatchCsv();
await registrarXlsx();
await secondSheetXlsx();
await campusSheetsXlsx();
studentsGbkCsv();
legacyXls();
truncatedXlsx(seedXlsx);
notAZipXlsx();
await noWorksheetsXlsx();
binaryCsv();
emptyCsv();
headerOnlyCsv();
noHeaderCsv();
badHeadcountsCsv();
unclosedQuoteCsv();
extraCellsCsv();
await repeatedSheetXlsx();
await campusProblemsXlsx();
