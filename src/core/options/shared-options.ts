import { problem } from '../errors.js';
import type { ObjectiveWeights } from '../schedule/weights.js';
import type { ConstraintSpec, Settings } from '../settings.js';
import type { GivenFlags, OptionReader } from './option-reader.js';
import type { RosterSource } from './request.js';

/** The settings every scenario of a command shares: order, changeover, make-up time, constraints and weights. */
export type SharedSettings = Omit<Settings, 'throughput' | 'sessions' | 'dates' | 'rooms'>;

/** Where the roster is, and how much of it may be read; a missing roster is a problem. */
export function rosterSource(reader: OptionReader, flags: GivenFlags): RosterSource | undefined {
  const file = reader.text('roster');
  const sheet = reader.text('sheet');
  const maxInputMb = reader.whole('maxInputMb');
  if (file === undefined) {
    const swallowed = swallowedRoster(flags);
    return reader.refuse(
      swallowed ? problem('rosterLooksLikeOutput', { file: swallowed }) : problem('rosterMissing', {}),
    );
  }
  if (maxInputMb === undefined) return undefined;
  return { file, ...(sheet === undefined ? {} : { sheet }), maxInputBytes: maxInputMb * 1024 * 1024 };
}

/** A roster-like file named after `-o`, which took it as an output (`build -o notice.md roster.csv`). */
export function swallowedRoster(flags: GivenFlags): string | undefined {
  const out = flags.out;
  return (Array.isArray(out) ? out : []).find((f: string) => /\.(csv|xlsx|xls|txt)$/i.test(f));
}

/** Order, changeover and make-up time from their options, in seconds; constraints from the config file; weights. */
export function sharedSettings(reader: OptionReader): SharedSettings | undefined {
  const order = reader.choice('order');
  const changeover = reader.whole('changeover');
  const reserve = reader.whole('reserve');
  const counselors = reader.configValue('counselors');
  const colleges = reader.configValue('colleges');
  const classes = reader.configValue('classes');
  const weights = weightsOf(reader);
  if (order === undefined || changeover === undefined || reserve === undefined || !weights) return undefined;
  const constraints: ConstraintSpec = {
    ...(counselors ? { counselors } : {}),
    ...(colleges ? { colleges } : {}),
    ...(classes ? { classes } : {}),
  };
  return {
    order,
    changeover: changeover * 60,
    reserve: reserve * 60,
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
    weights,
  };
}

/** The objective's weights, in minutes as given. */
function weightsOf(reader: OptionReader): ObjectiveWeights | undefined {
  const returnCost = reader.whole('returnCost');
  const minVisit = reader.whole('minVisit');
  const shortCost = reader.whole('shortCost');
  const reorderGain = reader.whole('reorderGain');
  if (returnCost === undefined || minVisit === undefined) return undefined;
  if (shortCost === undefined || reorderGain === undefined) return undefined;
  return { returnCost, minVisit, shortCost, reorderGain };
}
