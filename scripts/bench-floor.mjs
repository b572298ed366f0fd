// The exceljs floor for one XLSX (issue 7): exceljs alone reads the file (non-streaming Workbook) and writes one
// worksheet holding the same rows to a buffer. Whatever capture-plan does on that file cannot be cheaper than this.
// Usage: node scripts/bench-floor.mjs roster.xlsx   (prints one JSON timing line on stderr, like CAPTURE_PLAN_TIMINGS)
import ExcelJS from 'exceljs';

const started = performance.now();

/** Milliseconds since `from`, rounded. */
const since = (from) => Math.round(performance.now() - from);

/** Reads the workbook the way a non-streaming user of exceljs would. */
async function read(file) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** Copies the first sheet's rows into a fresh workbook and writes it to a buffer. */
async function writeSameRows(sheet) {
  const workbook = new ExcelJS.Workbook();
  const out = workbook.addWorksheet('Sheet1');
  sheet.eachRow((row) => out.addRow(row.values.slice(1)));
  return workbook.xlsx.writeBuffer();
}

const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/bench-floor.mjs roster.xlsx');
  process.exit(2);
}
let mark = performance.now();
const workbook = await read(file);
const readMs = since(mark);
mark = performance.now();
const buffer = await writeSameRows(workbook.worksheets[0]);
const writeMs = since(mark);
const timings = { read: readMs, write: writeMs };
const line = {
  timings,
  totalMs: since(started),
  maxRssKb: process.resourceUsage().maxRSS,
  rows: workbook.worksheets[0].rowCount,
  bytes: buffer.length,
};
process.stderr.write(`${JSON.stringify(line)}\n`);
