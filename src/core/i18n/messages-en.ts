import type { Messages } from './messages.js';
import type { SkippedSheetReason, ZipRule } from './messages-zh.js';

/** Every problem's message in English. */
export const en: Messages = {
  fileMissing: () => 'file not found; check the path.',
  fileUnreadable: (p) => `cannot read the file (${p.reason}).`,
  fileEmpty: () => 'the file is empty.',
  headerOnly: () => 'the file has a header but no classes.',
  noHeader: (p) =>
    `no header row found: the class, headcount and counselor columns are needed; ${p.found ? `found ${p.found}, missing ${p.missing}` : 'none was recognised'}. Accepted headers: ${p.accepted} (or class, headcount, counselor).`,
  noWorksheets: () => 'the workbook has no worksheets.',
  sheetNotFound: (p) => `no worksheet named or numbered "${p.sheet}"; the workbook has: ${p.available}.`,
  legacyXls: () => 'this is a legacy Excel 97-2003 (.xls) file: open it in Excel, "Save As" .xlsx, and run again.',
  notSpreadsheet: () => 'this is not a spreadsheet (an .xlsx or .csv file is needed).',
  inputTooLarge: (p) =>
    `the file is ${p.sizeMb} MB, over the ${p.limitMb} MB limit, so it was not read. A roster is usually a few dozen KB; if this one really is this big, raise the limit with --max-input-mb.`,
  xlsxTooLarge: (p) =>
    `the XLSX is too big to open safely, so it was not opened: ${enZipRule(p)}. This does not look like a roster (it may be a deliberate "zip bomb"); remove what is not needed in Excel and save it again.`,
  csvTooLarge: (p) =>
    `the CSV has ${p.lines} lines and up to ${p.cells} cells, over the limits (${p.maxLines} lines, ${p.maxCells} cells), so it was not read. A roster is usually a few hundred lines; remove the empty lines or whatever else is not needed and save it again.`,
  csvLineTooLong: (p) =>
    `this line has ${p.chars} characters, over the limit (${p.limit} a line), so the file was not read. A roster's line is a few dozen characters; check for missing line breaks, or remove the overlong text, and save it again.`,
  csvTooManyColumns: (p) =>
    `this line has ${p.columns} columns, over the limit (${p.limit} a line), so the file was not read. A roster has a dozen columns or so; remove the extra delimiters and save it again.`,
  corruptXlsx: (p) => `the XLSX file is damaged or incomplete; open it in Excel and save it again (${p.reason}).`,
  undecodable: () => 'the text encoding is neither UTF-8 nor GBK/GB18030; save it from Excel as "CSV UTF-8".',
  unclosedQuote: () => 'unclosed quote: a cell starting on this row has no closing double quote.',
  csvInvalid: (p) => `the CSV is malformed (${p.reason}).`,
  headcountMissing: () => 'the headcount is empty.',
  headcountNotWhole: (p) => `the headcount must be a whole number, not "${p.value}".`,
  headcountNotPositive: (p) => `the headcount must be more than 0, not ${p.value}.`,
  headcountTooLarge: (p) =>
    `a headcount of ${p.value} is not believable (the limit is ${p.limit} a class); check for a typo.`,
  classNameEmpty: () => 'the class name is empty.',
  controlCharacter: (p) =>
    `holds the control character ${p.code}, which is not text (the file may be damaged or tampered with); delete it in Excel and save again.`,
  controlInSheetName: (p) =>
    `the sheet name holds the control character ${p.code}, which is not text; rename the sheet in Excel.`,
  counselorEmpty: () => 'the counselor is empty (and there is none above to carry down).',
  collegeEmpty: () => 'the college is empty (and there is none above to carry down).',
  duplicateClass: (p) => `the class "${p.name}" appears twice; row ${p.otherRow} has the same name.`,
  classInTwoSheets: (p) =>
    `the class "${p.name}" is also on the sheet "${p.otherSheet}", row ${p.otherRow}; a class can be on one sheet only.`,
  sheetRepeats: (p) =>
    `the sheets "${p.sheet}" and "${p.otherSheet}" repeat each other: all ${p.count} classes of one are on the other too, as if one roster was copied. Delete the extra sheet, or hide it in Excel.`,
  extraCells: (p) =>
    `this row has ${p.count} more cell(s) than the ${p.width} header columns: ${p.values}. Add a header or delete them.`,
  moreProblems: (p) => `… and ${p.count} more problem(s) not listed.`,
  badThroughput: (p) =>
    `cannot read the throughput "${p.value}"; write it as 20/10min, 20 per 10 min, 2.5/min or 120/h.`,
  badSession: (p) => `cannot read the session "${p.value}"; write sessions as 08:30-12:00,13:30-18:00.`,
  sessionsOverlap: (p) => `the sessions "${p.value}" overlap.`,
  badDate: (p) => `cannot read the date "${p.value}"; write 2024-04-22, a comma list, or 2024-04-22..2024-04-26.`,
  dateDefaulted: (p) =>
    `no -d given: planned for today (${p.date}); give the capture date for a real notice, e.g. -d 2024-04-22.`,
  unknownOption: (p) =>
    `there is no option ${p.option}${p.suggestion ? `; did you mean ${p.suggestion}?` : '.'} Run ${p.help} for the options.`,
  unknownCommand: (p) =>
    `there is no command ${p.command}${p.suggestion ? `; did you mean ${p.suggestion}?` : '.'} The commands are build, whatif, audit and replan.`,
  optionNeedsValue: (p) => `the option ${p.option} needs a value.`,
  tooManyArguments: () => 'too many arguments: give one roster file (outputs go after -o).',
  usage: (p) => `the command is not right: ${p.text}`,
  dateNotReal: (p) => `the date "${p.value}" does not exist.`,
  rangeReversed: (p) => `the date range "${p.value}" ends before it starts.`,
  badNumber: (p) => `${p.option} takes a whole number, not "${p.value}".`,
  templateNeedsMarkdown: () =>
    '--template applies to notices (.md, .html, .docx), and this run writes none: add one to -o, or drop --template.',
  rosterLooksLikeOutput: (p) =>
    `no roster given: "${p.file}" came after -o and was taken as an output. Put the roster before -o, e.g. capture-plan build ${p.file} -o notice.md.`,
  rosterIsFolder: () => 'this is a folder, not a roster file.',
  unsupportedFormat: (p) => `${p.format} files are not supported: save it as .xlsx or .csv.`,
  notAFolder: (p) => `"${p.file}" is a file; it cannot be the folder for the calendars.`,
  outputIsFolder: (p) => `cannot write "${p.file}": a folder of that name exists.`,
  datesNotAscending: (p) => `dates must be in order with no repeats: ${p.value}.`,
  tooManyDates: (p) => `too many dates in "${p.value}" (at most ${p.limit} days).`,
  badRound: (p) =>
    `--round takes minutes that divide an hour (1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30, 60), not "${p.value}".`,
  badLang: (p) => `--lang takes zh or en, not "${p.value}".`,
  badOutput: (p) =>
    `cannot tell how to write "${p.file}": an output must end in .xlsx, .md, .html, .docx, .ics or .json.`,
  outputIsInput: (p) => `the output "${p.file}" is the input roster; it will not be overwritten.`,
  duplicateOutput: (p) => `the output "${p.file}" is named twice.`,
  outputDirMissing: (p) => `cannot write "${p.file}": its folder does not exist.`,
  outputBusy: (p) => `cannot write "${p.file}": another program (Excel?) has it open; close it and run again.`,
  outputDenied: (p) =>
    `cannot write "${p.file}": permission denied (the file or its folder is read-only, or another program such as Excel has it open; close it and run again).`,
  outputFailed: (p) => `cannot write "${p.file}" (${p.reason}).`,
  outputIsRead: (p) =>
    `the output "${p.file}" is the ${p.kind === 'template' ? 'notice template' : 'config file'} this run reads; it will not be overwritten: name another output.`,
  outputNameTooLong: (p) =>
    `cannot write "${p.file}": the file name or path is too long; choose a shorter name or folder.`,
  outputNoSpace: (p) => `cannot write "${p.file}": the disk is full (or over quota); make room and run again.`,
  leftoversRemoved: (p) => `removed ${p.count} temporary file(s) left by an interrupted run: ${p.names}.`,
  classTooLong: (p) =>
    `the class "${p.name}" takes ${p.minutes} minutes at this rate, longer than the longest session (${p.longest} minutes): raise the rate, lengthen a session, or split the class.`,
  unknownPlaceholder: (p) => `the template placeholder ${p.name} is unknown; the known ones are: ${p.known}.`,
  templateUnreadable: (p) => `cannot read the template (${p.reason}).`,
  textUndecodable: () =>
    'cannot tell the text encoding (neither UTF-8 nor GBK/GB18030), so it was not read; save it again as UTF-8.',
  noticeEncodingCannotHold: (p) =>
    `this notice is in ${p.encoding}, which cannot hold "${p.char}" (${p.code}) of the new text, so it was left as it is; save it again as UTF-8 and rerun.`,
  badGather: (p) => `--gather takes whole minutes from 0 to 120, not "${p.value}".`,
  badMaxInput: (p) => `--max-input-mb takes a whole number from 1 to 2048, not "${p.value}".`,
  badRooms: (p) =>
    `cannot read the rooms "${p.value}": write distinct names separated by commas, such as A1-108,A1-109.`,
  badOrder: (p) => `--order takes input or optimize, not "${p.value}".`,
  badMinutes: (p) => `${p.option} takes whole minutes from 0 to 600, not "${p.value}".`,
  badFee: (p) =>
    `${p.option} takes the fee per person in yuan, from 0 to ${p.max} with at most two decimals (15 or 15.5), not "${p.value}".`,
  badWindow: (p) =>
    `cannot read ${p.owner}'s time "${p.value}"; write 13:30-18:00, 2024-04-23 or 2024-04-23 08:30-12:00.`,
  windowOutsideDates: (p) => `${p.owner}'s time "${p.value}" is not on a capture date.`,
  unknownCounselor: (p) => `the counselor "${p.name}" in the config is not in the roster.`,
  badSplit: (p) => `--split takes college (one notice per college), not "${p.value}".`,
  splitWithoutColleges: () =>
    '--split college needs colleges in the roster: a 学院 (college) column, or one worksheet per college.',
  unknownCollege: (p) => `the college "${p.name}" in the config is not in the roster.`,
  ambiguousCounselor: (p) =>
    `the roster has ${p.colleges.length} counselors named "${p.name}" (${p.colleges.join(', ')}); write "college/name" in the config, such as "${p.colleges[0]}/${p.name}".`,
  unknownClass: (p) => `the class "${p.name}" in the config is not in the roster.`,
  neverAvailable: (p) => `the counselor "${p.name}" is never available during the sessions (${p.windows}).`,
  collegeNeverAvailable: (p) => `the college "${p.name}" is never available during the sessions (${p.windows}).`,
  pinImpossible: (p) =>
    `the class "${p.name}" is pinned outside the sessions, or when its counselor "${p.counselor}" is not available.`,
  counselorUnplaceable: (p) =>
    `the classes of the counselor "${p.name}" need ${p.minutes} minutes and the times they are available cover ${p.available} minutes of the sessions: ${p.available < p.minutes ? 'not enough' : 'every counselor order and class order was tried and none fits (taken by other classes, or the classes cannot be divided between the sessions)'}.`,
  classUnplaceable: (p) =>
    `the class "${p.name}" cannot be placed in a time both it and its counselor "${p.counselor}" allow: too short, or taken by other classes.`,
  reserveTooLong: (p) => `--reserve ${p.minutes} minutes is longer than the last session of the day.`,
  configInvalid: (p) => `the config key ${p.path} is wrong: ${p.expected}`,
  configNotJson: (p) => `the config file is not valid JSON (${p.reason}).`,
  configUnknownKey: (p) =>
    `the config has no key ${p.path}${p.suggestion ? `; did you mean ${p.suggestion}?` : '.'} The keys are listed in the README and schema/capture-plan.config.schema.json.`,
  rosterMissing: () => 'no roster given: name it on the command line or as "roster" in the config file.',
  markersBroken: (p) =>
    `the capture-plan markers in "${p.file}" are wrong (${p.detail}): there must be one <!-- capture-plan:start --> followed by one <!-- capture-plan:end -->.`,
  counselorsFilled: (p) =>
    `${p.count} row(s) had no counselor and took the one above (usual for a CSV saved from merged cells).`,
  totalMismatch: (p) => `the total row says ${p.stated} but the classes add up to ${p.sum}.`,
  rowsJoined: (p) =>
    `${rowsWord(p.rows)} (${p.classes.join(', ')}) joined ${p.counselor}${p.college ? ` (${p.college})` : ''}'s classes (${rowsWord(p.joins)}) and are photographed right after them (a counselor's classes always run together).`,
  collegeRowsJoined: (p) =>
    `${rowsWord(p.rows)} (${p.classes.join(', ')}) joined the classes of ${p.college} (${rowsWord(p.joins)}) and are photographed right after them (a college's classes always run together).`,
  collegesFilled: (p) =>
    `${p.count} row(s) had no college and took the one above (usual for a CSV saved from merged cells).`,
  moreRowsJoined: (p) => `… and ${p.count} more run(s) of rows joined their counselors' or colleges' classes.`,
  sheetsSkipped: (p) => {
    const one = p.sheets.length === 1;
    const names = p.sheets.map((s) => `"${s}"`).join(', ');
    return `the ${p.reason === 'hidden' ? 'hidden ' : ''}${one ? 'sheet' : 'sheets'} ${names} ${one ? 'was' : 'were'} not read: ${EN_SKIPPED[p.reason]}.`;
  },
  studentsCounted: (p) =>
    `counted from a list of students: ${p.students} student${p.students === 1 ? '' : 's'} in ${p.classes} class${p.classes === 1 ? '' : 'es'}.`,
  classRespelled: (p) =>
    `the class "${p.variant}" differs from "${p.name}" on row ${p.otherRow} only in width, spaces or case; counted as the same class.`,
  classCounselorsFilled: (p) =>
    `${p.count} student row(s) had no counselor and took the one the other rows of their class give.`,
  classCollegesFilled: (p) =>
    `${p.count} student row(s) had no college and took the one the other rows of their class give.`,
  studentRepeated: (p) => `${p.student} (${p.name}) is listed again, as on row ${p.otherRow}; counted once.`,
  moreStudentsRepeated: (p) => `… and ${p.count} more row(s) listing a student again, each counted once.`,
  studentWithoutClass: (p) =>
    `${p.student} has no class, so cannot be scheduled: fill in the class (if the class cells were merged, unmerge and fill them in Excel, then save again).`,
  studentMissing: (p) =>
    `this row has the class "${p.name}" but no student (the student number and name are empty): fill them in or delete the row.`,
  studentIdConflict: (p) =>
    `the student number ${p.id} is ${p.other} on row ${p.otherRow} but ${p.here} here: one number is one student in one class; check which is right.`,
  classCounselorEmpty: (p) =>
    `none of the ${p.rows} row(s) of the class "${p.name}" names its counselor; fill in at least one.`,
  classCollegeEmpty: (p) =>
    `none of the ${p.rows} row(s) of the class "${p.name}" names its college; fill in at least one.`,
  classCounselorConflict: (p) =>
    `the class "${p.name}" has two counselors: "${p.first}" on row ${p.firstRow}, "${p.value}" here${p.count > 1 ? ` (on ${p.count} rows)` : ''}. A class has one counselor; make the rows agree.`,
  classCollegeConflict: (p) =>
    `the class "${p.name}" is in two colleges: "${p.first}" on row ${p.firstRow}, "${p.value}" here${p.count > 1 ? ` (on ${p.count} rows)` : ''}. A class belongs to one college; make the rows agree.`,
  // audit: a published timetable
  auditNoWindow: (p) =>
    `this table has no time-window column to check: name the column of the times in its header (${p.accepted}).`,
  auditBadWindow: (p) =>
    `cannot read the time "${p.value}": write a start and an end such as 8:30-10:10 (8:30—10:10, 8:30至10:10 and 上午8:30-10:10 are read too).`,
  auditWindowReversed: (p) => `the time "${p.value}" ends at or before it starts.`,
  auditNoWindowAbove: () => 'this class has no time: the time cells of this row and the rows above are empty.',
  auditNoDate: () => 'this table has no date column: give the capture date with -d, such as -d 2024-04-22.',
  auditNoDateAbove: () =>
    'this window has no date: the date cells of this row and the rows above are empty; fill one in or give -d.',
  auditBadDate: (p) => `cannot read the date "${p.value}": write it as 2024-04-22 or 22 April 2024.`,
  auditRoomsMoved: (p) =>
    `the re-timed plan keeps the timetable's ${p.rooms.length} rooms (${p.rooms.join(', ')}) but assigns counselors to them afresh, for the earliest end, not as published: ${p.moves.map((m) => `${m.counselor} ${m.from} → ${m.to}`).join('; ')}.`,
  replanNowMissing: () => 'replan needs --now: the time now, such as --now 10:40.',
  replanBadTell: (p) => `the --tell file must be a .txt or .md file, not "${p.file}".`,
  replanBadNow: (p) => `--now must be a time (10:40) or a date and time (2024-04-23T10:40), not "${p.value}".`,
  replanNowOutside: (p) => `--now ${p.value} is outside the plan (it starts at ${p.start} and ends at ${p.end}).`,
  replanUnknownClass: (p) =>
    `the class "${p.name}" of ${p.option} is not in the roster${p.suggestion ? `; did you mean "${p.suggestion}"?` : '.'}`,
  replanDoneAndAbsent: (p) =>
    `the class "${p.name}" is done by --done (it comes before it, or is it), so it cannot be --absent too.`,
  replanBadRate: (p) => `--rate must be measured, planned or a rate such as 18/10min, not "${p.value}".`,
  replanNothingMeasured: () =>
    'no class is done yet today, so no rate can be measured; the remaining classes are planned at the planned rate.',
};

const EN_SKIPPED: Record<SkippedSheetReason, string> = {
  noHeader: 'no roster header (class, headcount and counselor columns)',
  noClasses: 'a header but no classes',
  hidden: 'unhide it in Excel, or name it with --sheet, to read it',
};

function enZipRule(p: ZipRule): string {
  switch (p.rule) {
    case 'entries':
      return `it holds ${p.value} entries, the limit is ${p.limit}`;
    case 'entrySize':
      return `"${p.entry}" unpacks to ${p.value}, the limit for one entry is ${p.limit}`;
    case 'totalSize':
      return `its entries unpack to ${p.value} in all, the limit is ${p.limit}`;
    case 'ratio':
      return `"${p.entry}" is compressed ${p.value}, a large entry may be at most ${p.limit}`;
    case 'zip64':
      return 'it uses ZIP64 (a size or position beyond 4 GB), which this tool does not read';
    case 'merges':
      return `"${p.entry}" has ${p.value} merged ranges, the limit is ${p.limit}`;
    case 'mergedCells':
      return `merged ranges cover ${p.value} cells, the limit is ${p.limit} (see "${p.entry}")`;
    case 'validationCells':
      return `data validations (drop-down lists and the like) cover ${p.value} cells, the limit is ${p.limit} (see "${p.entry}")`;
    case 'namedCells':
      return `defined names (print areas and the like) cover ${p.value} cells, the limit is ${p.limit}`;
    case 'columns':
      return `"${p.entry}" sets column ${p.value}, but Excel stops at column ${p.limit}`;
    case 'rows':
      return `"${p.entry}" has row ${p.value}, but Excel stops at row ${p.limit}`;
    case 'cells':
      return `the sheet "${p.entry}" spans ${p.value} (rows × columns), the limit for reading is ${p.limit} cells`;
    case 'sheetsSize':
      return `by the sheet "${p.entry}" its sheets unpack to more than ${p.limit}, the limit for all sheets together is ${p.limit}`;
    case 'cellCount':
      return `by the sheet "${p.entry}" it holds more than ${p.limit} cells (empty ones too), the limit for all sheets together is ${p.limit}`;
    case 'rowCount':
      return `by the sheet "${p.entry}" it holds more than ${p.limit} rows (empty ones too), the limit for all sheets together is ${p.limit}`;
    case 'styleCount':
      return `"${p.entry}" holds more than ${p.limit} style records (number formats, fonts, fills, borders, cell formats), the limit is ${p.limit}`;
    case 'stringCount':
      return `by "${p.entry}" it holds more than ${p.limit} pieces of text (shared strings and rich-text runs), the limit for the whole file is ${p.limit}`;
  }
}

/** "row 7" or "rows 5–6". */
function rowsWord(rows: string): string {
  return `${rows.includes('–') ? 'rows' : 'row'} ${rows}`;
}
