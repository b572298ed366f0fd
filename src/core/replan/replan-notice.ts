import { formatDate, formatMinutes } from '../format.js';
import type { Labels } from '../i18n/labels.js';
import type { NoticeTable, TableModel } from '../notice/notice-table.js';
import { rowOrder } from '../schedule/rows.js';
import { clock, isoDateOf, secondsOfDay } from '../time.js';
import type { Replanned } from './replan.js';

/** What the terminal and the notice say about the re-plan: the rate measured, and from when what rate is used. */
export function replanSentences(
  replanned: Replanned,
  labels: Labels,
): { measured?: string; planned: string; now: string } {
  const { measured, plan, now } = replanned;
  const time = clock(secondsOfDay(now));
  const nowText = plan.settings.dates.length > 1 ? `${formatDate(labels, isoDateOf(now))} ${time}` : time;
  return {
    ...(measured
      ? {
          measured: labels.replan.measured(
            labels.rate(measured.rate),
            measured.people,
            formatMinutes(measured.seconds),
          ),
        }
      : {}),
    planned: labels.replan.planned(nowText, labels.rate(replanned.rate)),
    now: nowText,
  };
}

/**
 * The notice of a re-plan: its headline (the top of each printed sheet) ends with 调整 10:40, its facts say when and at what rate it was adjusted, and each done or absent class is
 * marked in the tables that list classes (the notice's, the exact times, the sign-in sheet).
 */
export function markNotice(notice: NoticeTable, replanned: Replanned, labels: Labels): NoticeTable {
  const order = rowOrder(replanned.plan.classes);
  const mark = (table: TableModel): TableModel => {
    const column = table.columns.findIndex((c) => c.key === 'class');
    if (column < 0) return table;
    return {
      ...table,
      rows: table.rows.map((row, r) => {
        const i = order[r];
        if (i === undefined) return row;
        const suffix = replanned.done[i] ? labels.replan.doneMark : replanned.absent[i] ? labels.replan.absentMark : '';
        if (!suffix) return row;
        return { ...row, cells: row.cells.map((c, k) => (k === column ? { ...c, text: `${c.text}${suffix}` } : c)) };
      }),
    };
  };
  const sentences = replanSentences(replanned, labels);
  return {
    ...notice,
    headline: `${notice.headline} · ${labels.replan.factLabel} ${sentences.now}`,
    facts: [...notice.facts, { label: labels.replan.factLabel, value: sentences.planned }],
    table: mark(notice.table),
    detail: mark(notice.detail),
    signIn: mark(notice.signIn),
  };
}
