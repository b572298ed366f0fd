import type { TooLargeRule } from '../../zip/guard.js';

/** A value shown in a message. */
type Text = string | number;

/** A counselor the re-timed plan puts in other rooms than the timetable did (rooms joined by 、). */
export interface RoomMove {
  counselor: string;
  from: string;
  to: string;
}

/** Every problem's message in Chinese; its parameter types define every message's parameters. */
export const zh = {
  fileMissing: (_: Record<string, never>) => '找不到这个文件，请检查路径。',
  fileUnreadable: (p: { reason: string }) => `无法读取文件（${p.reason}）。`,
  fileEmpty: (_: Record<string, never>) => '文件是空的。',
  headerOnly: (_: Record<string, never>) => '只有表头，没有任何班级。',
  noHeader: (p: { found: string; missing: string; accepted: string }) =>
    `找不到表头：需要班级、人数、辅导员三列，${p.found ? `找到了 ${p.found}，缺少 ${zhRoles(p.missing)}` : '一列也没认出来'}。表头可以写作：${p.accepted}。`,
  noWorksheets: (_: Record<string, never>) => '这个工作簿里没有工作表。',
  sheetNotFound: (p: { sheet: Text; available: string }) =>
    `没有名为或序号为“${p.sheet}”的工作表；现有：${p.available}。`,
  legacyXls: (_: Record<string, never>) => '这是旧版 Excel 97-2003（.xls）文件，请在 Excel 中“另存为” .xlsx 后再运行。',
  notSpreadsheet: (_: Record<string, never>) => '这不是表格文件（需要 .xlsx 或 .csv）。',
  inputTooLarge: (p: { sizeMb: Text; limitMb: Text }) =>
    `文件有 ${p.sizeMb} MB，超过 ${p.limitMb} MB 的上限，没有读取。名单通常只有几十 KB；如果确实这么大，可以用 --max-input-mb 提高上限。`,
  xlsxTooLarge: (p: ZipRule) =>
    `XLSX 文件过大，没有打开：${zhZipRule(p)}。这不像是一份名单（可能是有意构造的“压缩炸弹”）；请在 Excel 中删去多余的内容后另存。`,
  csvTooLarge: (p: { lines: number; cells: number; maxLines: number; maxCells: number }) =>
    `CSV 有 ${p.lines} 行、最多 ${p.cells} 个单元格，超过上限（${p.maxLines} 行、${p.maxCells} 个单元格），没有读取。名单通常只有几百行；请删去多余的空行或内容后另存。`,
  csvLineTooLong: (p: { chars: number; limit: number }) =>
    `这一行有 ${p.chars} 个字符，超过上限（每行 ${p.limit} 个字符），没有读取。名单的一行通常只有几十个字符；请检查是否缺了换行，或把过长的内容删去后另存。`,
  csvTooManyColumns: (p: { columns: number; limit: number }) =>
    `这一行有 ${p.columns} 列，超过上限（每行 ${p.limit} 列），没有读取。名单通常只有十来列；请删去多余的分隔符后另存。`,
  corruptXlsx: (p: { reason: string }) => `XLSX 文件已损坏或不完整，请在 Excel 中打开后重新保存（${p.reason}）。`,
  undecodable: (_: Record<string, never>) =>
    '无法识别文件编码（既不是 UTF-8 也不是 GBK/GB18030），请在 Excel 中另存为“CSV UTF-8”。',
  unclosedQuote: (_: Record<string, never>) => '引号没有闭合：这一行开始的单元格缺少结尾的双引号。',
  csvInvalid: (p: { reason: string }) => `CSV 格式有误（${p.reason}）。`,
  headcountMissing: (_: Record<string, never>) => '人数为空。',
  headcountNotWhole: (p: { value: Text }) => `人数应为整数，这里是“${p.value}”。`,
  headcountNotPositive: (p: { value: Text }) => `人数应大于 0，这里是 ${p.value}。`,
  headcountTooLarge: (p: { value: Text; limit: number }) =>
    `人数 ${p.value} 不合常理（一个班最多 ${p.limit} 人），请检查是否多打了数字。`,
  classNameEmpty: (_: Record<string, never>) => '班级名称为空。',
  controlCharacter: (p: { code: string }) =>
    `有控制字符 ${p.code}，不是能显示的文字（文件可能已损坏或被改过）；请在 Excel 里删掉这个字符后另存。`,
  controlInSheetName: (p: { code: string }) =>
    `工作表名里有控制字符 ${p.code}，不是能显示的文字；请在 Excel 里重命名这张工作表。`,
  counselorEmpty: (_: Record<string, never>) => '辅导员为空（上面也没有可沿用的辅导员）。',
  collegeEmpty: (_: Record<string, never>) => '学院为空（上面也没有可沿用的学院）。',
  duplicateClass: (p: { name: string; otherRow: number }) => `班级“${p.name}”重复，第 ${p.otherRow} 行已有同名班级。`,
  classInTwoSheets: (p: { name: string; otherSheet: string; otherRow: number }) =>
    `班级“${p.name}”在工作表“${p.otherSheet}”第 ${p.otherRow} 行已有，同一个班只能在一个工作表里。`,
  sheetRepeats: (p: { sheet: string; otherSheet: string; count: number }) =>
    `工作表“${p.sheet}”和“${p.otherSheet}”重复：其中一张的 ${p.count} 个班级在另一张里全都有，像是同一份名单复制了一份。请删去多余的那张，或在 Excel 里把它隐藏。`,
  extraCells: (p: { count: number; width: number; values: string }) =>
    `这一行多出 ${p.count} 个单元格（表头只有 ${p.width} 列）：${p.values}。请补上表头或删掉多余内容。`,
  moreProblems: (p: { count: number }) => `……另有 ${p.count} 处问题未列出。`,
  badThroughput: (p: { value: string }) =>
    `拍摄速度“${p.value}”看不懂，请写成 20/10min、每10分钟20人、2.5/min 或 120/h。`,
  badSession: (p: { value: string }) => `时段“${p.value}”看不懂，请写成 08:30-12:00,13:30-18:00。`,
  sessionsOverlap: (p: { value: string }) => `时段“${p.value}”互相重叠。`,
  badDate: (p: { value: string }) =>
    `日期“${p.value}”看不懂，请写成 2024-04-22、用逗号分隔多个日期，或 2024-04-22..2024-04-26。`,
  dateDefaulted: (p: { date: string }) =>
    `没有用 -d 指定拍摄日期，按今天（${p.date}）排；正式通知请写上日期，如 -d 2024-04-22。`,
  unknownOption: (p: { option: string; suggestion: string; help: string }) =>
    `没有 ${p.option} 这个选项${p.suggestion ? `，是不是 ${p.suggestion}？` : '。'}运行 ${p.help} 查看全部选项。`,
  unknownCommand: (p: { command: string; suggestion: string }) =>
    `没有 ${p.command} 这个命令${p.suggestion ? `，是不是 ${p.suggestion}？` : '。'}可用的命令：build、whatif、audit、replan。`,
  optionNeedsValue: (p: { option: string }) => `选项 ${p.option} 后面要写一个值。`,
  tooManyArguments: (_: Record<string, never>) => '多写了参数：只能给一个名单文件（输出文件写在 -o 后面）。',
  usage: (p: { text: string }) => `命令写法有误：${p.text}`,
  dateNotReal: (p: { value: string }) => `日期“${p.value}”不存在（没有这一天）。`,
  rangeReversed: (p: { value: string }) => `日期范围“${p.value}”的结束早于开始。`,
  badNumber: (p: { option: string; value: string }) => `${p.option} 应为整数，这里是“${p.value}”。`,
  templateNeedsMarkdown: (_: Record<string, never>) =>
    '--template 只用于通知（.md、.html、.docx），但这次没有写通知：请在 -o 里加上通知文件，或去掉 --template。',
  rosterLooksLikeOutput: (p: { file: string }) =>
    `没有指定名单文件：“${p.file}”写在了 -o 后面，被当成了输出文件。请把名单写在 -o 之前，例如 capture-plan build ${p.file} -o notice.md。`,
  rosterIsFolder: (_: Record<string, never>) => '这是一个文件夹，不是名单文件。',
  unsupportedFormat: (p: { format: string }) => `不支持 ${p.format} 文件，请在表格软件中“另存为” .xlsx 或 .csv。`,
  notAFolder: (p: { file: string }) => `“${p.file}”已经是一个文件，不能用作存放日历的文件夹。`,
  outputIsFolder: (p: { file: string }) => `无法写入“${p.file}”：同名的文件夹已经存在。`,
  datesNotAscending: (p: { value: string }) => `日期须按先后顺序且不重复：${p.value}。`,
  tooManyDates: (p: { value: string; limit: number }) => `日期“${p.value}”太多（最多 ${p.limit} 天）。`,
  badRound: (p: { value: string }) =>
    `--round 应为能整除 60 的分钟数（1、2、3、4、5、6、10、12、15、20、30、60），这里是“${p.value}”。`,
  badLang: (p: { value: string }) => `--lang 只能是 zh 或 en，这里是“${p.value}”。`,
  badOutput: (p: { file: string }) =>
    `不知道如何写出“${p.file}”：输出文件的扩展名须是 .xlsx、.md、.html、.docx、.ics 或 .json。`,
  outputIsInput: (p: { file: string }) => `输出文件“${p.file}”就是输入的名单，不能覆盖它。`,
  duplicateOutput: (p: { file: string }) => `输出文件“${p.file}”指定了两次。`,
  outputDirMissing: (p: { file: string }) => `无法写入“${p.file}”：所在文件夹不存在。`,
  outputBusy: (p: { file: string }) => `无法写入“${p.file}”：文件正被其他程序（如 Excel）打开，请关闭后重新运行。`,
  outputDenied: (p: { file: string }) =>
    `无法写入“${p.file}”：没有写入权限（文件或文件夹是只读的，或正被 Excel 等程序打开，请关闭后重新运行）。`,
  outputFailed: (p: { file: string; reason: string }) => `无法写入“${p.file}”（${p.reason}）。`,
  outputIsRead: (p: { file: string; kind: 'template' | 'config' }) =>
    `输出文件“${p.file}”就是这次读取的${p.kind === 'template' ? '通知模板' : '配置文件'}，不能覆盖它：请换一个输出文件名。`,
  outputNameTooLong: (p: { file: string }) => `无法写入“${p.file}”：文件名或路径太长，请换一个短一些的名字或文件夹。`,
  outputNoSpace: (p: { file: string }) => `无法写入“${p.file}”：磁盘已满（或超出配额），请腾出空间后重新运行。`,
  leftoversRemoved: (p: { count: number; names: string }) =>
    `已删除上次运行被中断时留下的 ${p.count} 个临时文件：${p.names}。`,
  classTooLong: (p: { name: string; minutes: number; longest: number }) =>
    `班级“${p.name}”按当前速度需要 ${p.minutes} 分钟，比最长的时段（${p.longest} 分钟）还长，无法安排：请提高拍摄速度、加长时段或把这个班拆开。`,
  unknownPlaceholder: (p: { name: string; known: string }) => `模板里的占位符 ${p.name} 不认识；可用的有：${p.known}。`,
  templateUnreadable: (p: { reason: string }) => `无法读取模板文件（${p.reason}）。`,
  textUndecodable: (_: Record<string, never>) =>
    '无法识别文件编码（既不是 UTF-8 也不是 GBK/GB18030），没有读取；请用记事本“另存为”，编码选 UTF-8。',
  noticeEncodingCannotHold: (p: { encoding: string; char: string; code: string }) =>
    `这份通知是 ${p.encoding} 编码，新内容里的“${p.char}”（${p.code}）用 ${p.encoding} 写不出来，没有改动它；请用记事本“另存为”，编码选 UTF-8，再运行。`,
  badGather: (p: { value: string }) => `--gather 应为 0 到 120 之间的整数分钟，这里是“${p.value}”。`,
  badMaxInput: (p: { value: string }) => `--max-input-mb 应为 1 到 2048 之间的整数，这里是“${p.value}”。`,
  badRooms: (p: { value: string }) => `教室“${p.value}”有误：请写成用逗号分隔、互不重复的名称，如 A1-108,A1-109。`,
  badOrder: (p: { value: string }) => `--order 只能是 input 或 optimize，这里是“${p.value}”。`,
  badMinutes: (p: { option: string; value: string }) =>
    `${p.option} 应为 0 到 600 之间的整数分钟，这里是“${p.value}”。`,
  badFee: (p: { option: string; value: string; max: number }) =>
    `${p.option} 应为每人的拍摄费用（元），0 到 ${p.max} 之间、最多两位小数，如 15 或 15.5，这里是“${p.value}”。`,
  badWindow: (p: { value: string; owner: string }) =>
    `${p.owner} 的时间“${p.value}”看不懂，请写成 13:30-18:00、2024-04-23 或 2024-04-23 08:30-12:00。`,
  windowOutsideDates: (p: { value: string; owner: string }) => `${p.owner} 的时间“${p.value}”不在拍摄日期之内。`,
  unknownCounselor: (p: { name: string }) => `配置里的辅导员“${p.name}”不在名单中。`,
  badSplit: (p: { value: string }) => `--split 只能是 college（每个学院一份），这里是“${p.value}”。`,
  splitWithoutColleges: (_: Record<string, never>) =>
    '--split college 需要名单里有学院：加一列“学院”，或每个学院一个工作表。',
  unknownCollege: (p: { name: string }) => `配置里的学院“${p.name}”不在名单中。`,
  ambiguousCounselor: (p: { name: string; colleges: readonly string[] }) =>
    `配置里的辅导员“${p.name}”在名单中有 ${p.colleges.length} 位（${p.colleges.join('、')}），请写成“学院/姓名”，如“${p.colleges[0]}/${p.name}”。`,
  unknownClass: (p: { name: string }) => `配置里的班级“${p.name}”不在名单中。`,
  neverAvailable: (p: { name: string; windows: string }) =>
    `辅导员“${p.name}”的可到时间（${p.windows}）与拍摄时段没有交集。`,
  collegeNeverAvailable: (p: { name: string; windows: string }) =>
    `学院“${p.name}”的可到时间（${p.windows}）与拍摄时段没有交集。`,
  pinImpossible: (p: { name: string; counselor: string }) =>
    `班级“${p.name}”指定的时间不在拍摄时段内，或辅导员“${p.counselor}”那时不在。`,
  counselorUnplaceable: (p: { name: string; minutes: number; available: number }) =>
    `辅导员“${p.name}”的班级共需 ${p.minutes} 分钟，其可到的时间在拍摄时段内共 ${p.available} 分钟，${p.available < p.minutes ? '不够' : '但试过所有辅导员顺序和班级顺序仍排不进（被其他班占满，或各班人数分不进午休前后）'}。`,
  classUnplaceable: (p: { name: string; counselor: string }) =>
    `班级“${p.name}”无法排进它和辅导员“${p.counselor}”都允许的时间：时间太短，或被其他班占满。`,
  reserveTooLong: (p: { minutes: number }) => `--reserve ${p.minutes} 分钟比每天最后一段还长。`,
  configInvalid: (p: { path: string; expected: string }) => `配置项 ${p.path} 有误：${p.expected}`,
  configNotJson: (_: { reason: string }) => '配置文件不是有效的 JSON（检查这一行附近：多余或缺少的逗号、引号、括号）。',
  configUnknownKey: (p: { path: string; suggestion: string }) =>
    `配置里没有 ${p.path} 这一项${p.suggestion ? `，是不是 ${p.suggestion}？` : '。'}可用的项见 README 或 schema/capture-plan.config.schema.json。`,
  rosterMissing: (_: Record<string, never>) => '没有指定名单文件：请在命令里写上名单，或在配置文件里写 "roster"。',
  markersBroken: (p: { file: string; detail: string }) =>
    `“${p.file}”里的 capture-plan 标记有误（${p.detail}）：应为一对 <!-- capture-plan:start --> 和 <!-- capture-plan:end -->，先 start 后 end，各一次。`,
  counselorsFilled: (p: { count: number }) =>
    `有 ${p.count} 行辅导员为空，已沿用上一行的辅导员（合并单元格导出的 CSV 常见这种情况）。`,
  totalMismatch: (p: { stated: number; sum: number }) =>
    `合计行写的是 ${p.stated} 人，但各班人数加起来是 ${p.sum} 人。`,
  rowsJoined: (p: { rows: string; classes: readonly string[]; counselor: string; college: string; joins: string }) =>
    `第${p.rows}行 ${p.classes.join('、')} 已并入 ${p.college ? `${p.college} ` : ''}${p.counselor} 的班级（第${p.joins}行），紧接着拍摄（同一位辅导员的班级总是连在一起）。`,
  collegeRowsJoined: (p: { rows: string; classes: readonly string[]; college: string; joins: string }) =>
    `第${p.rows}行 ${p.classes.join('、')} 已并入 ${p.college} 的班级（第${p.joins}行），紧接着拍摄（同一学院的班级总是连在一起）。`,
  collegesFilled: (p: { count: number }) =>
    `有 ${p.count} 行学院为空，已沿用上一行的学院（合并单元格导出的 CSV 常见这种情况）。`,
  moreRowsJoined: (p: { count: number }) => `……另有 ${p.count} 处不相邻的行已并入各自辅导员或学院的班级。`,
  sheetsSkipped: (p: { sheets: readonly string[]; reason: SkippedSheetReason }) =>
    `没有读取${p.reason === 'hidden' ? '隐藏的' : ''}工作表${p.sheets.map((s) => `“${s}”`).join('、')}${ZH_SKIPPED[p.reason]}`,
  studentsCounted: (p: { students: number; classes: number }) =>
    `按学生名单统计：${p.students} 名学生，${p.classes} 个班。`,
  classRespelled: (p: { name: string; variant: string; otherRow: number }) =>
    `班级“${p.variant}”和第 ${p.otherRow} 行的“${p.name}”只差全角半角、空格或大小写，算作同一个班。`,
  classCounselorsFilled: (p: { count: number }) => `有 ${p.count} 名学生的辅导员为空，已按同班其他学生的辅导员补上。`,
  classCollegesFilled: (p: { count: number }) => `有 ${p.count} 名学生的学院为空，已按同班其他学生的学院补上。`,
  studentRepeated: (p: { student: string; name: string; otherRow: number }) =>
    `学生 ${p.student}（${p.name}）在第 ${p.otherRow} 行已经出现过，只算一次。`,
  moreStudentsRepeated: (p: { count: number }) => `……另有 ${p.count} 行是重复出现的学生，也都只算一次。`,
  studentWithoutClass: (p: { student: string }) =>
    `学生 ${p.student} 没有班级，排不进时间表：请填上班级（班级单元格是合并的，就在 Excel 里取消合并、填满后再另存）。`,
  studentMissing: (p: { name: string }) =>
    `这一行有班级“${p.name}”，但学号、姓名都是空的，不知道是哪位学生：请填上或删掉这一行。`,
  studentIdConflict: (p: { id: string; otherRow: number; other: string; here: string }) =>
    `学号 ${p.id} 在第 ${p.otherRow} 行是 ${p.other}，这里是 ${p.here}：一个学号只能是一名学生、在一个班，请核对。`,
  classCounselorEmpty: (p: { name: string; rows: number }) =>
    `班级“${p.name}”的 ${p.rows} 行都没有填辅导员，请至少在一行填上。`,
  classCollegeEmpty: (p: { name: string; rows: number }) =>
    `班级“${p.name}”的 ${p.rows} 行都没有填学院，请至少在一行填上。`,
  classCounselorConflict: (p: ClassConflict) =>
    `班级“${p.name}”的辅导员不一致：第 ${p.firstRow} 行是“${p.first}”，这里是“${p.value}”${p.count > 1 ? `（共 ${p.count} 行这样写）` : ''}。一个班只能有一位辅导员，请改成一致。`,
  classCollegeConflict: (p: ClassConflict) =>
    `班级“${p.name}”的学院不一致：第 ${p.firstRow} 行是“${p.first}”，这里是“${p.value}”${p.count > 1 ? `（共 ${p.count} 行这样写）` : ''}。一个班只属于一个学院，请改成一致。`,
  // audit: a published timetable
  auditNoWindow: (p: { accepted: string }) =>
    `这份表格没有时间安排列，无法检查：请在表头写明每段时间所在的列（${p.accepted}）。`,
  auditBadWindow: (p: { value: Text }) =>
    `认不出时间“${p.value}”：请写成 8:30-10:10 这样的开始和结束时间（也认 8:30—10:10、8:30至10:10、上午8:30-10:10）。`,
  auditWindowReversed: (p: { value: Text }) => `时间“${p.value}”的结束时间不晚于开始时间，请检查。`,
  auditNoWindowAbove: (_: Record<string, never>) => '这个班没有时间：本行和上面各行的时间安排都是空的。',
  auditNoDate: (_: Record<string, never>) => '这份表格没有日期列，请用 -d 给出拍摄日期，如 -d 2024-04-22。',
  auditNoDateAbove: (_: Record<string, never>) =>
    '这段时间没有日期：本行和上面各行的日期都是空的，请填上或用 -d 给出。',
  auditBadDate: (p: { value: Text }) => `认不出日期“${p.value}”：请写成 2024年4月22日 或 2024-04-22。`,
  auditRoomsMoved: (p: { rooms: string[]; moves: RoomMove[] }) =>
    `重新排的时间仍用原表的 ${p.rooms.length} 个教室（${p.rooms.join('、')}），但辅导员按最早结束重新分到各教室，没有沿用原表：${p.moves.map((m) => `${m.counselor} ${m.from} → ${m.to}`).join('；')}。`,
  replanNowMissing: (_: Record<string, never>) => 'replan 需要 --now：现在的时间，如 --now 10:40。',
  replanBadTell: (p: { file: string }) => `--tell 的文件应是 .txt 或 .md，这里是“${p.file}”。`,
  replanBadNow: (p: { value: string }) =>
    `--now 应是时间（如 10:40）或日期和时间（如 2024-04-23T10:40），这里是“${p.value}”。`,
  replanNowOutside: (p: { value: string; start: string; end: string }) =>
    `--now ${p.value} 不在计划的时间之内（${p.start} 开始，${p.end} 结束）。`,
  replanUnknownClass: (p: { option: string; name: string; suggestion: string }) =>
    `${p.option} 的班级“${p.name}”不在名单中${p.suggestion ? `，是不是“${p.suggestion}”？` : '。'}`,
  replanDoneAndAbsent: (p: { name: string }) =>
    `班级“${p.name}”在 --done 之前已拍完（或就是它），不能同时写在 --absent 里。`,
  replanBadRate: (p: { value: string }) =>
    `--rate 应是 measured（实际速度）、planned（计划速度）或一个速度（如 18/10min），这里是“${p.value}”。`,
  replanNothingMeasured: (_: Record<string, never>) => '今天还没有拍完的班级，量不出实际速度，其余班级按计划速度重排。',
};

/** Why a worksheet was not read: no roster header, a header without classes, or hidden in Excel. */
export type SkippedSheetReason = 'noHeader' | 'noClasses' | 'hidden';

const ZH_SKIPPED: Record<SkippedSheetReason, string> = {
  noHeader: '（没有班级名单的表头：班级名称、人数、辅导员）。',
  noClasses: '（只有表头，没有班级）。',
  hidden: '；要读取，请在 Excel 里取消隐藏，或用 --sheet 指定。',
};

/** Two values on the rows of one class: the first, and another one, with its row (the problem's) and count. */
type ClassConflict = { name: string; first: string; firstRow: number; value: string; count: number };

/**
 * Which size rule refused an XLSX (src/zip/guard.ts, src/read/sheet-guard.ts, src/read/xlsx.ts), with the figures to
 * show.
 */
export type ZipRule = {
  rule: TooLargeRule;
  value: string;
  limit: string;
  /** The zip entry or worksheet concerned; '' when the rule is about the whole file. */
  entry: string;
};

function zhZipRule(p: ZipRule): string {
  switch (p.rule) {
    case 'entries':
      return `压缩包里有 ${p.value} 个条目，上限是 ${p.limit} 个`;
    case 'entrySize':
      return `“${p.entry}”解压后有 ${p.value}，单个条目的上限是 ${p.limit}`;
    case 'totalSize':
      return `全部条目解压后共 ${p.value}，上限是 ${p.limit}`;
    case 'ratio':
      return `“${p.entry}”的压缩比是 ${p.value}，大条目最多允许 ${p.limit}`;
    case 'zip64':
      return '它使用 ZIP64 格式（声明的大小或位置超过 4 GB），本工具不支持';
    case 'merges':
      return `“${p.entry}”里有 ${p.value} 处合并单元格，上限是 ${p.limit} 处`;
    case 'mergedCells':
      return `合并单元格共覆盖 ${p.value} 个单元格，上限是 ${p.limit} 个（见“${p.entry}”）`;
    case 'validationCells':
      return `数据验证（下拉列表等）共覆盖 ${p.value} 个单元格，上限是 ${p.limit} 个（见“${p.entry}”）`;
    case 'namedCells':
      return `名称（打印区域等）共覆盖 ${p.value} 个单元格，上限是 ${p.limit} 个`;
    case 'columns':
      return `“${p.entry}”设置了第 ${p.value} 列，而 Excel 最多只有 ${p.limit} 列`;
    case 'rows':
      return `“${p.entry}”里有第 ${p.value} 行，而 Excel 最多只有 ${p.limit} 行`;
    case 'cells':
      return `工作表“${p.entry}”用到 ${p.value}（行 × 列），读取上限是 ${p.limit} 个单元格`;
    case 'sheetsSize':
      return `读到工作表“${p.entry}”时，全部工作表解压后已超过 ${p.limit}，上限是 ${p.limit}`;
    case 'cellCount':
      return `读到工作表“${p.entry}”时，单元格（含空单元格）已超过 ${p.limit} 个，全部工作表合计上限是 ${p.limit} 个`;
    case 'rowCount':
      return `读到工作表“${p.entry}”时，行（含空行）已超过 ${p.limit} 行，全部工作表合计上限是 ${p.limit} 行`;
    case 'styleCount':
      return `“${p.entry}”里的样式记录（数字格式、字体、填充、边框、单元格格式）超过 ${p.limit} 条，上限是 ${p.limit} 条`;
    case 'stringCount':
      return `读到“${p.entry}”时，文字（共享字符串和富文本片段）已超过 ${p.limit} 段，全部合计上限是 ${p.limit} 段`;
  }
}

const ZH_ROLES: Record<string, string> = { class: '班级名称', headcount: '人数', counselor: '辅导员' };

function zhRoles(list: string): string {
  return list
    .split(', ')
    .map((r) => ZH_ROLES[r] ?? r)
    .join('、');
}
