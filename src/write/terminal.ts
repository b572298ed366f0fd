import type { NoticeTable } from '../core/notice-table.js';

/** Colour functions; identity functions when colour is off. */
export interface Paint {
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  bold(text: string): string;
  dim(text: string): string;
}

/** The terminal summary of a build: the headline figures, then fits or, loudly, the overflow and its fix. */
export function renderSummary(notice: NoticeTable, written: readonly string[], paint: Paint): string {
  const lines = [paint.bold(notice.headline), notice.summarySentence];
  if (notice.warning) lines.push(paint.bold(paint.red(`✗ ${notice.warning}`)));
  else lines.push(paint.green(`✓ ${notice.lang === 'zh' ? '所有班级都排得下。' : 'Every class fits.'}`));
  if (written.length > 0) lines.push(paint.dim(`${notice.lang === 'zh' ? '已写入' : 'Wrote'} ${written.join(', ')}`));
  return `${lines.join('\n')}\n`;
}
