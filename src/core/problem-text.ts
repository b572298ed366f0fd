import type { Problem, Where } from './errors.js';
import type { Lang } from './i18n/labels.js';
import type { Messages } from './i18n/messages.js';
import { en } from './i18n/messages-en.js';
import { zh } from './i18n/messages-zh.js';

/** Where a problem is, in words: "roster.csv 第5行 C列（人数）" / "roster.csv, row 5, column C (人数)". */
function formatWhere(where: Where, lang: Lang): string {
  const parts: string[] = [];
  if (where.file) parts.push(where.file);
  if (lang === 'zh') {
    if (where.sheet !== undefined) parts.push(`工作表“${where.sheet}”`);
    if (where.row !== undefined) parts.push(`第${where.row}行`);
    if (where.column) parts.push(`${where.column}列${where.header ? `（${where.header}）` : ''}`);
    return parts.join(' ');
  }
  if (where.sheet !== undefined) parts.push(`sheet "${where.sheet}"`);
  if (where.row !== undefined) parts.push(`row ${where.row}`);
  if (where.column) parts.push(`column ${where.column}${where.header ? ` (${where.header})` : ''}`);
  return parts.join(', ');
}

/** One problem as one line in the user's language. */
export function formatProblem(p: Problem, lang: Lang): string {
  const table: Messages = lang === 'en' ? en : zh;
  const text = (table[p.key] as (params: unknown) => string)(p.params);
  const where = p.where ? formatWhere(p.where, lang) : '';
  return where ? `${where}${lang === 'zh' ? '：' : ': '}${text}` : text;
}
