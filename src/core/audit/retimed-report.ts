import type { Lang } from '../i18n/labels.js';
import { labelsFor } from '../i18n/labels-for.js';
import type { NoticeTable } from '../notice/notice-table.js';
import type { Audit } from './audit.js';
import { sideBySide } from './retimed.js';
import type { Timetable } from './timetable.js';

/** The re-timed plan beside the published one, as the terminal shows it (the shape `renderAudit` takes). */
export function retimedReport(
  audit: Audit,
  retimed: { notice: NoticeTable; windows: Timetable; written: string[] },
  lang: Lang,
) {
  const labels = labelsFor(lang);
  const words = labels.audit;
  const c = words.retimedColumns;
  const rows = sideBySide(audit.timetable.windows, retimed.windows, lang);
  return {
    heading: words.retimedHeading(labels.rate(audit.settings.throughput)),
    header: [c.counselor, c.old, c.new],
    rows: rows.map((r) => [r.counselor, r.published, r.retimed]),
    summary: retimed.notice.summarySentence,
    ...(retimed.notice.warning ? { warning: retimed.notice.warning } : {}),
    written: `${retimed.notice.writtenLabel} ${retimed.written.join(', ')}`,
  };
}
