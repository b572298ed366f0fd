import type { Problem } from '../errors.js';
import type { Lang } from '../i18n/labels.js';
import type { Fen } from '../money.js';
import type { Progress } from '../replan/progress.js';
import type { Session, Settings } from '../settings.js';
import type { Throughput } from '../throughput.js';
import type { IsoDate } from '../time.js';
import type { CommandName } from './spec.js';

/** The roster to read: the file as the user named it, the worksheet, and the largest file read. */
export interface RosterSource {
  file: string;
  sheet?: string;
  maxInputBytes: number;
}

/** How a run shows what it found, and what it does with it. */
export interface Presentation {
  lang: Lang;
  /** Minutes the notice's times round to. */
  round: number;
  /** Minutes before its start each class gathers. */
  gather: number;
  location?: string;
  /** The notice's heading, instead of the label's (never blank). */
  title?: string;
  /** The photo fee per person, when one is collected (never 0): shown, never scheduled. */
  fee?: Fen;
  template?: string;
  icsPerCounselor?: string;
  /** One notice and calendar per college beside each .md, .html and .ics output. */
  split?: 'college';
  json: boolean;
  /** Write nothing; report which outputs are stale. */
  check: boolean;
  strict: boolean;
  /** The command as typed, for the fix that `--check` prints. */
  commandLine: string;
}

/** What `build` is asked to do, every option resolved and checked. */
export interface BuildRequest {
  roster: RosterSource;
  settings: Settings;
  /** The outputs as named, or the defaults; each has an output format's extension (or names the roster). */
  outputs: string[];
  presentation: Presentation;
  /** What the user should know before the run: no date was given, so the plan is for today. */
  warnings: Problem[];
  /** The config file the options came from, as named, when there was one: never written over. */
  config?: string;
}

/** What `whatif` is asked to do: the scenarios to compare, the baseline first. */
export interface WhatifRequest {
  roster: RosterSource;
  scenarios: Settings[];
  presentation: Pick<Presentation, 'lang' | 'json'>;
}

/** What `audit` is asked to do: check a published timetable at a rate, and re-time it into `outputs` (maybe none). */
export interface AuditRequest {
  timetable: RosterSource;
  throughput: Throughput;
  sessions: Session[];
  /** The date of a timetable without a date column (`-d`). */
  date?: IsoDate;
  /** Seconds a window may run over and still hold. */
  tolerance: number;
  outputs: string[];
  presentation: Presentation;
  /** The config file the options came from, as named, when there was one: never written over. */
  config?: string;
}

/** What `replan` is asked to do: a build, and how far the day has got; `tell` is where the lines to send go. */
export interface ReplanRequest extends BuildRequest {
  progress: Progress;
  tell?: string;
}

/** The request of a command. */
export type RequestOf<C extends CommandName> = C extends 'build'
  ? BuildRequest
  : C extends 'audit'
    ? AuditRequest
    : C extends 'replan'
      ? ReplanRequest
      : WhatifRequest;
