import { yuanNumber } from '../money.js';
import { formatSessions } from '../settings.js';
import { formatThroughput } from '../throughput.js';
import { isoDateTime } from '../time.js';
import { collegeSummaries } from './colleges.js';
import type { PlanFees } from './fees.js';
import type { PlanFix } from './fix.js';
import { weightsOf } from './objective.js';
import type { Plan } from './plan.js';
import { roomEnds, roomGapMinutes } from './room-ends.js';
import { isScheduled, unscheduledFigures } from './unscheduled.js';

/** Version of the `--json` contract: fields may be added, never renamed or dropped. */
const SCHEMA_VERSION = 1;

/**
 * The plan as the public JSON contract (schemaVersion 1); with `fix`, what would make a plan that does not fit fit;
 * with `fees`, what each class owes and the total, in yuan. Classes past the last session keep their exact run-on
 * times and say `"scheduled": false`.
 */
export function planJson(plan: Plan, fix?: PlanFix, fees?: PlanFees): object {
  const { settings, summary } = plan;
  const withRooms = plan.rooms.length > 1;
  const colleges = collegeSummaries(plan);
  return {
    schemaVersion: SCHEMA_VERSION,
    settings: {
      throughput: formatThroughput(settings.throughput),
      sessions: formatSessions(settings.sessions),
      dates: settings.dates,
      ...(withRooms
        ? { rooms: plan.rooms.map((r) => ({ name: r.name, throughput: formatThroughput(r.throughput) })) }
        : {}),
      ...(settings.order === 'optimize' ? { order: settings.order } : {}),
      ...(settings.changeover ? { changeoverMinutes: settings.changeover / 60 } : {}),
      ...(settings.reserve ? { reserveMinutes: settings.reserve / 60 } : {}),
      ...(fees ? { feePerPerson: yuanNumber(fees.perPerson) } : {}),
    },
    summary: {
      classes: summary.classes,
      people: summary.people,
      counselors: summary.counselors,
      fits: summary.fits,
      overflowMinutes: summary.overflowSeconds / 60,
      start: isoDateTime(summary.start),
      end: isoDateTime(summary.end),
      ...(summary.fits ? {} : { unscheduled: unscheduledFigures(plan) }),
      ...(colleges.length > 0
        ? {
            colleges: colleges.map((c) => ({
              name: c.name,
              classes: c.classes,
              people: c.people,
              counselors: c.counselors,
              runs: c.runs.map((r) => ({
                ...(withRooms ? { room: plan.rooms[r.room]!.name } : {}),
                date: r.date,
                start: isoDateTime(r.start),
                end: isoDateTime(r.end),
                classes: r.classes,
                people: r.people,
              })),
              ...(fees ? { fee: yuanNumber(collegeFen(fees, c.runs)) } : {}),
            })),
          }
        : {}),
      ...(fix && (fix.rate || fix.dates || fix.rooms)
        ? {
            fix: {
              ...(fix.rate
                ? { throughput: formatThroughput(fix.rate.throughput), end: isoDateTime(fix.rate.end) }
                : {}),
              ...(fix.dates ? { extraDays: fix.dates.length, extraDates: fix.dates } : {}),
              ...(fix.rooms ? { rooms: fix.rooms } : {}),
            },
          }
        : {}),
      ...(fees ? { feeTotal: yuanNumber(fees.total) } : {}),
      ...(withRooms && plan.roomSearch
        ? {
            rooms: roomEnds(plan).map((end, r) => ({
              name: plan.rooms[r]!.name,
              ...(end === undefined ? {} : { end: isoDateTime(end) }),
            })),
            roomAssignment: {
              search: plan.roomSearch.exact ? 'exact' : 'local',
              roomsEvaluated: plan.roomSearch.evaluated,
              lowerBoundEnd: isoDateTime(plan.roomSearch.lowerBound),
              gapMinutes: roomGapMinutes(plan),
            },
          }
        : {}),
      ...(plan.optimization
        ? {
            optimization: plan.optimization.map((o) => ({
              optimal: o.optimal,
              ordersTried: o.tried,
              overflowMinutes: o.objective.overflow / 60,
              splitCounselors: o.objective.splits,
              idleMinutes: o.objective.idle / 60,
              lowerBound: { overflowMinutes: o.lowerBound.overflow / 60, splitCounselors: o.lowerBound.splits },
              // what was searched: every counselor order and every class order within each, or a local search
              search: o.optimal ? 'exact' : 'local',
              gapMinutes: (o.objective.overflow - o.lowerBound.overflow) / 60,
              returns: o.objective.returns,
              shortVisits: o.objective.shortVisits,
              costMinutes: o.objective.cost / 60,
              keptRosterOrder: o.keptRoster,
              ...(o.keptRoster ? { savingMinutes: o.saving / 60 } : {}),
            })),
            optimal: plan.optimization.every((o) => o.optimal),
          }
        : {}),
      // the weights the order and the rooms were chosen by, once
      ...(plan.optimization || plan.roomSearch ? { objectiveWeights: weightsOf(plan.settings) } : {}),
    },
    classes: plan.classes.map((c, i) => {
      const start = isoDateTime(c.start);
      const end = isoDateTime(c.end);
      // two literal shapes rather than a spread: a province-sized plan builds one object per class
      const json =
        c.college === undefined
          ? { seq: c.seq, name: c.name, headcount: c.headcount, counselor: c.counselor, start, end, source: c.source }
          : {
              seq: c.seq,
              name: c.name,
              headcount: c.headcount,
              counselor: c.counselor,
              college: c.college,
              start,
              end,
              source: c.source,
            };
      const shown = isScheduled(plan, c) ? json : { ...json, scheduled: false };
      const placed = withRooms ? { ...shown, room: plan.rooms[c.room]!.name } : shown;
      return fees ? { ...placed, fee: yuanNumber(fees.classes[i]!) } : placed;
    }),
    blocks: plan.blocks.map((b) => ({
      counselor: b.counselor,
      ...(b.college === undefined ? {} : { college: b.college }),
      ...(withRooms ? { room: plan.rooms[b.room]!.name } : {}),
      classes: b.segments.flatMap((s) => plan.classes.slice(s.first, s.last + 1).map((c) => c.name)),
      segments: b.segments.map((s) => ({ start: isoDateTime(s.start), end: isoDateTime(s.end) })),
    })),
  };
}

/** What a college's classes owe, in fen: its runs' classes. */
function collegeFen(fees: PlanFees, runs: readonly { first: number; last: number }[]): number {
  let sum = 0;
  for (const run of runs) for (let i = run.first; i <= run.last; i++) sum += fees.classes[i]!;
  return sum;
}
