/** The roster columns the tool understands. */
export type ColumnRole =
  | 'seq'
  | 'college'
  | 'class'
  | 'headcount'
  | 'counselor'
  | 'student'
  | 'window'
  | 'date'
  | 'room'
  | 'ignored';

/** Header aliases, in one place. Matching uses {@link normalizeForMatch} on both sides. */
export const COLUMN_ALIASES: Record<ColumnRole, readonly string[]> = {
  seq: ['序号', '编号', 'no', 'no.', '#', 'seq'],
  college: [
    '学院',
    '院系',
    '系',
    '二级学院',
    '系(院)',
    '院(系)',
    '所在学院',
    '学院名称',
    'college',
    'school',
    'faculty',
    'department',
  ],
  class: ['班级', '班级名称', '班级名', '班名', '行政班', '行政班级', 'class', 'class name', 'classname'],
  headcount: [
    '人数',
    '学生人数',
    '人数(人)',
    '应拍人数',
    '拍摄人数',
    '班级人数',
    '学生数',
    '应到人数',
    '毕业生人数',
    '应拍摄人数',
    'students',
    'headcount',
    'size',
  ],
  counselor: [
    '辅导员',
    '辅导员姓名',
    '班主任',
    '年级辅导员',
    '辅导老师',
    'counselor',
    'counsellor',
    'advisor',
    'adviser',
  ],
  student: ['学号', '姓名', '学生姓名', '学生学号', 'student id', 'studentid', 'student', 'name', 'student name'],
  // a published timetable's columns (audit): the time window of a row and the rows below it, and its date
  window: [
    '时间安排',
    '拍摄时间',
    '时间段',
    '拍摄时段',
    '拍摄时间安排',
    '时间',
    'time',
    'time slot',
    'timeslot',
    'window',
  ],
  date: ['日期安排', '日期', '拍摄日期', 'date'],
  // the room a window is photographed in (build writes 拍摄教室 / Room when it plans several)
  room: ['拍摄教室', '教室', '拍摄地点', '地点', '拍摄场地', 'room', 'classroom', 'venue', 'location'],
  ignored: ['备注', 'note', 'notes', 'remark', 'remarks'],
};

/** The columns a roster must have. */
export const REQUIRED_ROLES = ['class', 'headcount', 'counselor'] as const;

/**
 * Text NFKC leaves as it is and with nothing to strip: only case may need folding (the common class name, 计科2021(1)).
 */
const PLAIN = /^[\u4e00-\u9fff0-9A-Za-z_.()-]*$/;

/** Folds full-width forms, white space and case, so 人数（人） matches 人数(人) and "Class Name" matches classname. */
export function normalizeForMatch(text: string): string {
  if (PLAIN.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKC')
    .replace(/[\s*:：]+/g, '')
    .toLowerCase();
}

const ROLE_BY_ALIAS = new Map<string, ColumnRole>(
  (Object.entries(COLUMN_ALIASES) as [ColumnRole, readonly string[]][]).flatMap(([role, aliases]) =>
    aliases.map((alias) => [normalizeForMatch(alias), role] as const),
  ),
);

/** The role a header cell names, if any. */
export function roleOfHeader(text: string): ColumnRole | undefined {
  return ROLE_BY_ALIAS.get(normalizeForMatch(text));
}

/** The student headers that name a student number (学号) rather than a name. */
const STUDENT_ID_ALIASES = new Set(['学号', '学生学号', 'student id', 'studentid'].map(normalizeForMatch));

/** True when a header cell names a student number (学号) column. */
export function isStudentIdHeader(text: string): boolean {
  return STUDENT_ID_ALIASES.has(normalizeForMatch(text));
}
