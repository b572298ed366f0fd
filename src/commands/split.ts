import { basename, dirname, extname, join } from 'node:path';
import { fail } from '../core/errors.js';
import { collegeNotices } from '../core/notice/college-notices.js';
import type { NoticeOptions } from '../core/notice/notice-table.js';
import { hasColleges } from '../core/schedule/colleges.js';
import type { Plan } from '../core/schedule/plan.js';
import type { OutputFile } from '../write/atomic.js';
import { fittedFileName, safeFileName } from '../write/file-name.js';
import type { PlannedOutput } from './outputs.js';
import { type Made, render } from './render.js';

/** Formats written once per college with --split college: what is posted or sent to each college. */
const SPLIT_FORMATS: ReadonlySet<PlannedOutput['format']> = new Set(['md', 'html', 'docx', 'ics']);

/**
 * With --split college: beside each .md, .html, .docx and .ics output, one file per college (notice.md →
 * notice-计算机学院.md) holding only that college's rows, its own figures and the campus notice's times. A roster
 * without colleges is refused.
 */
export async function collegeOutputs(
  outputs: readonly PlannedOutput[],
  plan: Plan,
  options: NoticeOptions,
  made: Made,
): Promise<OutputFile[]> {
  if (!hasColleges(plan)) fail('splitWithoutColleges', {});
  const targets = outputs.filter((o) => SPLIT_FORMATS.has(o.format));
  if (targets.length === 0) return [];
  const notices = collegeNotices(plan, options);
  const files: OutputFile[] = [];
  for (const output of targets) {
    for (const { college, notice } of notices) {
      const extension = extname(output.shownAs);
      const name = fittedFileName(`${basename(output.shownAs, extension)}-${safeFileName(college)}`, extension);
      const planned: PlannedOutput = {
        format: output.format,
        path: join(dirname(output.path), name),
        shownAs: join(dirname(output.shownAs), name),
      };
      files.push(await render(planned, { ...made, notice: () => notice }));
    }
  }
  return files;
}
