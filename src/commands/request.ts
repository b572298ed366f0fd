import { relative, resolve } from 'node:path';
import { fail } from '../core/errors.js';
import type { Lang } from '../core/i18n/labels.js';
import type { ConfigValues } from '../core/options/config-values.js';
import type { OptionSpec } from '../core/options/spec.js';
import { OPTIONS } from '../core/options/table.js';
import type { ConstraintSpec } from '../core/settings.js';
import { loadConfig } from '../read/config.js';
import type { BuildRequest } from './build.js';

/** Option values given on the command line (commander's camelCase keys; only those the user typed). */
export type GivenFlags = Record<string, string | string[] | boolean | undefined>;

/** What the CLI knows before the config file is read. */
export interface RequestSource {
  roster: string | undefined;
  flags: GivenFlags;
  cwd: string;
  /** Today's date (YYYY-MM-DD), read once by the CLI: the default capture date. */
  today: string;
  /** The command line, for messages that tell the user what to run. */
  commandLine: string;
}

const PATH_KEYS = ['roster', 'template', 'icsPerCounselor'] as const;

/** defaults ← config file ← flags, as one build request. Paths in the config file are relative to the file. */
export async function resolveRequest(source: RequestSource): Promise<BuildRequest> {
  const flagLang = source.flags.lang;
  const messageLang: Lang = flagLang === 'en' ? 'en' : 'zh';
  const config = await loadConfig(
    source.cwd,
    typeof source.flags.config === 'string' ? source.flags.config : undefined,
    messageLang,
  );
  const fromConfig: Partial<Record<string, unknown>> = config ? rebase(config.values, config.dir, source.cwd) : {};
  const value = (key: string): unknown => source.flags[key] ?? fromConfig[key] ?? defaultOf(key);
  const roster = source.roster ?? (fromConfig.roster as string | undefined);
  if (roster === undefined) {
    const swallowed = (Array.isArray(source.flags.out) ? source.flags.out : []).find((f) =>
      /\.(csv|xlsx|xls|txt)$/i.test(f),
    );
    if (swallowed) fail('rosterLooksLikeOutput', { file: swallowed });
    fail('rosterMissing', {});
  }
  const lang = value('lang');
  if (lang !== 'zh' && lang !== 'en') fail('badLang', { value: String(lang) });
  const request: BuildRequest = {
    roster,
    throughput: String(value('throughput')),
    sessions: list(value('sessions')),
    date: list(value('date') ?? source.today),
    dateIsToday: value('date') === undefined,
    round: wholeNumber(value('round'), '--round'),
    gather: wholeNumber(value('gather'), '--gather'),
    strict: value('strict') === true,
    json: source.flags.json === true,
    order: String(value('order')),
    changeover: wholeNumber(value('changeover'), '--changeover'),
    reserve: wholeNumber(value('reserve'), '--reserve'),
    maxInputMb: wholeNumber(value('maxInputMb'), '--max-input-mb'),
    check: source.flags.check === true,
    lang,
    commandLine: source.commandLine,
  };
  const optional = {
    location: value('location'),
    sheet: value('sheet'),
    template: value('template'),
    icsPerCounselor: value('icsPerCounselor'),
  };
  const rooms = value('rooms');
  if (typeof rooms === 'string' || Array.isArray(rooms)) request.rooms = rooms as NonNullable<BuildRequest['rooms']>;
  const constraints = {
    ...(fromConfig.counselors ? { counselors: fromConfig.counselors } : {}),
    ...(fromConfig.classes ? { classes: fromConfig.classes } : {}),
  };
  if (Object.keys(constraints).length > 0) request.constraints = constraints as ConstraintSpec;
  for (const [key, v] of Object.entries(optional)) if (v !== undefined) Object.assign(request, { [key]: String(v) });
  const out = value('out');
  if (out !== undefined) request.out = Array.isArray(out) ? out.map(String) : [String(out)];
  return request;
}

function defaultOf(key: string): string | undefined {
  return (OPTIONS as readonly OptionSpec[]).find((o) => o.key === key)?.default;
}

/** Config paths re-expressed relative to the current folder, so messages name them as the user would. */
function rebase(values: ConfigValues, dir: string, cwd: string): Record<string, unknown> {
  const rebased: Record<string, unknown> = { ...values };
  const move = (p: string) => relative(cwd, resolve(dir, p)) || '.';
  for (const key of PATH_KEYS) if (typeof values[key] === 'string') rebased[key] = move(values[key]);
  if (values.out !== undefined) rebased.out = (Array.isArray(values.out) ? values.out : [values.out]).map(move);
  return rebased;
}

function list(v: unknown): string {
  return Array.isArray(v) ? v.join(',') : String(v);
}

/** A number option's value; text that is not a number is refused here, naming the option and what was typed. */
function wholeNumber(v: unknown, option: string): number {
  if (typeof v === 'number') return v;
  const text = String(v).trim();
  if (!/^[+-]?\d+(\.\d+)?$/.test(text)) fail('badNumber', { option, value: text });
  return Number(text);
}
