import type { Problem } from '../errors.js';
import type { GivenConfig } from './config-values.js';
import { type GivenFlags, OptionReader } from './option-reader.js';
import type { RequestOf } from './request.js';
import { auditRequest } from './resolve-audit.js';
import { buildRequest } from './resolve-build.js';
import { replanRequest } from './resolve-replan.js';
import { whatifRequest } from './resolve-whatif.js';
import type { CommandName } from './spec.js';

/** What resolving needs besides the flags and the config file, passed in so that resolving stays pure. */
export interface ResolveContext<C extends CommandName> {
  command: C;
  /** The folder the command runs in (absolute): the config file's paths are re-expressed from it. */
  cwd: string;
  /** Today's date (YYYY-MM-DD), read once by the CLI: the default capture date. */
  today: string;
  /** The command line, for messages that tell the user what to run. */
  commandLine: string;
}

/** A command's request, or every problem found on the way to it. */
export type Resolution<R> = { request: R } | { problems: Problem[] };

/**
 * defaults ← config file ← flags, each option read and checked as the option table says, every problem collected:
 * the caller throws them as one error. `flags.roster` is the roster named on the command line.
 */
export function resolve<C extends CommandName>(
  flags: GivenFlags,
  config: GivenConfig | undefined,
  context: ResolveContext<C>,
): Resolution<RequestOf<C>> {
  const reader = new OptionReader(flags, config, context.cwd);
  const request =
    context.command === 'build'
      ? buildRequest(reader, flags, context)
      : context.command === 'audit'
        ? auditRequest(reader, flags, context)
        : context.command === 'replan'
          ? replanRequest(reader, flags, context)
          : whatifRequest(reader, flags, context);
  // the command decides which request was made
  return request && reader.problems.length === 0 ? { request: request as RequestOf<C> } : { problems: reader.problems };
}
