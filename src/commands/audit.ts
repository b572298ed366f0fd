import { resolve } from 'node:path';
import { type Audit, auditTimetable } from '../core/audit/audit.js';
import { auditJson } from '../core/audit/audit-json.js';
import { noticeWindows, roomMoves, timetableDates, timetableRoster } from '../core/audit/retimed.js';
import { readTimetable, type Timetable, timetableRooms } from '../core/audit/timetable.js';
import { fail, type Problem, problem } from '../core/errors.js';
import type { NoticeTable } from '../core/notice/notice-table.js';
import type { AuditRequest } from '../core/options/request.js';
import { dateToLocalSeconds, isoDateTime } from '../core/time.js';
import { readTimetableFile } from '../read/read-timetable.js';
import { build } from './build.js';

/** The classes planned again at the rate (with `-o`): the notice written, its windows, the files. */
export interface Retimed {
  notice: NoticeTable;
  windows: Timetable;
  written: string[];
  /** The counselors build put in other rooms than the timetable did, when it has rooms. */
  warnings: Problem[];
}

/** What `audit` reports back to the CLI. */
export interface AuditResult {
  audit: Audit;
  retimed?: Retimed;
  json?: string;
  warnings: Problem[];
  /** 0 when every window holds, 1 when one is short. */
  exitCode: number;
}

/** timetable file → its windows → each checked at the rate → (with -o) the same classes re-timed and written. */
export async function audit(request: AuditRequest, run: { cwd: string; sourceDateEpoch?: string | undefined }) {
  const { timetable: source, presentation } = request;
  const workbook = await readTimetableFile(resolve(run.cwd, source.file), source.file, source);
  const timetable = readTimetable(workbook, {
    ...(request.date === undefined ? {} : { date: request.date }),
    ...(source.sheet === undefined ? {} : { sheet: source.sheet }),
  });
  const checked = auditTimetable(timetable, request);
  const retimed = request.outputs.length > 0 ? await retime(request, checked, run) : undefined;
  const result: AuditResult = {
    audit: checked,
    warnings: [...timetable.warnings, ...(retimed?.warnings ?? [])],
    exitCode: checked.summary.fits ? 0 : 1,
    ...(retimed ? { retimed } : {}),
  };
  if (presentation.json) result.json = `${JSON.stringify(jsonOf(checked, retimed), null, 2)}\n`;
  return result;
}

/**
 * The timetable's classes in its order, planned at the rate on its dates through build's writers, in its rooms (as
 * `--rooms` names them); build assigns the counselors to the rooms, and a warning names those it moved.
 */
async function retime(
  request: AuditRequest,
  checked: Audit,
  run: { cwd: string; sourceDateEpoch?: string | undefined },
) {
  const dates = timetableDates(checked.timetable);
  if (dates.length === 0) fail('auditNoDate', {}, { file: request.timetable.file });
  const rooms = timetableRooms(checked.timetable);
  const built = await build(
    {
      roster: request.timetable,
      settings: {
        throughput: request.throughput,
        sessions: request.sessions,
        dates,
        order: 'input',
        ...(rooms.length === 0 ? {} : { rooms: rooms.map((name) => ({ name, throughput: request.throughput })) }),
      },
      outputs: request.outputs,
      presentation: { ...request.presentation, json: false, check: false, strict: false },
      warnings: [],
      ...(request.config === undefined ? {} : { config: request.config }),
    },
    { cwd: run.cwd, sourceDateEpoch: run.sourceDateEpoch, roster: timetableRoster(checked.timetable) },
  );
  const notice = built.notice!;
  const windows = noticeWindows(notice, request.timetable.file);
  const moves = roomMoves(checked.timetable, windows);
  const warnings = moves.length === 0 ? [] : [problem('auditRoomsMoved', { rooms, moves })];
  return { notice, windows, written: built.written, warnings };
}

/** The audit's JSON, and with -o the re-timed windows and the files written. */
function jsonOf(checked: Audit, retimed: Retimed | undefined) {
  const json = auditJson(checked);
  if (!retimed) return json;
  const at = (date: string, s: number) => isoDateTime(dateToLocalSeconds(date)! + s);
  return {
    ...json,
    retimed: {
      fits: retimed.notice.fits,
      written: retimed.written,
      windows: retimed.windows.windows.map((w) => ({
        counselor: w.counselors.join('、'),
        ...(w.room === undefined ? {} : { room: w.room }),
        date: w.date,
        start: at(w.date, w.start),
        end: at(w.date, w.end),
        classes: w.classes.map((c) => c.name),
      })),
      unscheduled: retimed.windows.unscheduled.map((c) => c.name),
    },
  };
}
