import { pushAll } from '../arrays.js';
import { CapturePlanError, fail, type Problem, problem } from '../errors.js';
import type { SkippedSheetReason } from '../i18n/messages-zh.js';
import { classesOnTwoSheets, type SheetRead } from './across-sheets.js';
import { failNoHeader, findHeader, type Header } from './header.js';
import type { ClassEntry, Roster } from './model.js';
import { parseTable } from './parse-table.js';
import type { RawTable, RawWorkbook } from './raw-table.js';

/** A worksheet with a roster header. */
interface RosterSheet {
  table: RawTable;
  header: Header;
}

/** Sheets passed over, by why; each non-empty list becomes one warning. */
type Skipped = Record<SkippedSheetReason, string[]>;

/**
 * Every sheet with a roster header, in workbook order, as one roster; the others (a 汇总 sheet, notes, an empty
 * sheet) are named in a warning. Hidden sheets are passed over too, and named, unless no visible sheet is a roster.
 * One roster sheet reads as it would alone; several each name their sheet in every problem, give their classes the
 * sheet's name as college when they have no college column, and skip (and name) a sheet with a header and no classes.
 */
export function parseWorkbook(workbook: RawWorkbook): Roster {
  const found = workbook.sheets.map((table) => ({ table, header: findHeader(table) }));
  const rosters = found.filter((s): s is RosterSheet => s.header !== undefined);
  const visible = rosters.filter((s) => !s.table.hidden);
  const read = visible.length > 0 ? visible : rosters;
  if (read.length === 0) return failNoHeader(workbook.sheets[0]!);
  const skipped: Skipped = {
    noHeader: found.filter((s) => s.header === undefined).map((s) => nameOf(s.table)),
    noClasses: [],
    hidden: rosters.filter((s) => !read.includes(s)).map((s) => nameOf(s.table)),
  };
  if (read.length > 1) return parseSheets(workbook.file, read, skipped);
  const roster = parseTable(read[0]!.table, read[0]!.header);
  roster.warnings = pushAll(skippedWarnings(workbook.file, skipped), roster.warnings);
  return roster;
}

/** Several roster sheets read one by one, every sheet's problems and the classes on two sheets thrown together. */
function parseSheets(file: string, sheets: readonly RosterSheet[], skipped: Skipped): Roster {
  const problems: Problem[] = [];
  const read: SheetRead[] = [];
  for (const { table, header } of sheets) {
    const sheet = nameOf(table);
    try {
      const roster = parseTable(table, header, { nameSheet: true, college: sheet.trim(), mayBeEmpty: true });
      if (roster.classes.length === 0) skipped.noClasses.push(sheet);
      else read.push({ sheet, header, roster });
    } catch (error) {
      if (!(error instanceof CapturePlanError)) throw error;
      pushAll(problems, error.problems);
    }
  }
  pushAll(problems, classesOnTwoSheets(read, file));
  if (problems.length > 0) throw new CapturePlanError(problems);
  if (read.length === 0) {
    const { table, header } = sheets[0]!;
    fail('headerOnly', {}, { file, sheet: nameOf(table), row: table.rows[header.rowIndex]!.row });
  }
  const classes: ClassEntry[] = [];
  const skippedRows: Roster['skippedRows'] = [];
  const warnings = skippedWarnings(file, skipped);
  for (const { sheet, roster } of read) {
    for (const c of roster.classes) {
      c.seq = classes.length + 1;
      classes.push(c);
    }
    for (const s of roster.skippedRows) skippedRows.push({ ...s, sheet });
    pushAll(warnings, roster.warnings);
  }
  return { file, classes, warnings, skippedRows };
}

/** One warning per reason sheets were passed over, naming them. */
function skippedWarnings(file: string, skipped: Skipped): Problem[] {
  return (Object.entries(skipped) as [SkippedSheetReason, string[]][])
    .filter(([, sheets]) => sheets.length > 0)
    .map(([reason, sheets]) => problem('sheetsSkipped', { sheets, reason }, { file }));
}

/** A worksheet's name; every sheet of a workbook has one (only a CSV's single table has none). */
function nameOf(table: RawTable): string {
  return table.sheet ?? '';
}
