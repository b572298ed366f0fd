import { CapturePlanError } from '../core/errors.js';
import type { Lang } from '../core/i18n/labels.js';
import type { GivenFlags } from '../core/options/option-reader.js';
import type { RequestOf } from '../core/options/request.js';
import { type ResolveContext, resolve } from '../core/options/resolve.js';
import type { CommandName } from '../core/options/spec.js';
import { loadConfig } from '../read/config.js';

/** What the CLI knows before the config file is read. */
export interface RequestSource<C extends CommandName> extends ResolveContext<C> {
  /** The options typed, and `roster`: the roster named on the command line. */
  flags: GivenFlags;
  /** The language of the config file's problems (its own `lang` cannot be read before it is checked). */
  lang: Lang;
}

/** Reads the config file (`--config`, or the one in the current folder) and resolves the command's options. */
export async function resolveRequest<C extends CommandName>(source: RequestSource<C>): Promise<RequestOf<C>> {
  const { flags, lang, ...context } = source;
  const config = await loadConfig(context.cwd, typeof flags.config === 'string' ? flags.config : undefined, lang);
  const resolution = resolve(flags, config, context);
  if ('problems' in resolution) throw new CapturePlanError(resolution.problems);
  if (config && 'outputs' in resolution.request) resolution.request.config = config.file;
  return resolution.request;
}
