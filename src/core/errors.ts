import type { MessageKey, MessageParams } from './i18n/messages.js';

/** Problems listed in one error before "and N more". */
export const MAX_PROBLEMS = 20;

/** Where a problem is, as the user sees it in the spreadsheet. */
export interface Where {
  file?: string;
  /** Worksheet name, given when the workbook has several sheets. */
  sheet?: string;
  /** 1-based row number as Excel shows it. */
  row?: number;
  /** Column letter as Excel shows it (A, B, …). */
  column?: string;
  /** The column's header text as written in the file. */
  header?: string;
}

/** One problem to report: a message key, its parameters, and where it is. */
export interface Problem<K extends MessageKey = MessageKey> {
  key: K;
  params: MessageParams<K>;
  where?: Where;
}

/** Builds a typed problem. */
export function problem<K extends MessageKey>(key: K, params: MessageParams<K>, where?: Where): Problem<K> {
  return where ? { key, params, where } : { key, params };
}

/** The one error class: bad input, bad option or unwritable file (exit 2) unless told otherwise. */
export class CapturePlanError extends Error {
  readonly problems: Problem[];
  readonly exitCode: number;

  constructor(problems: Problem | Problem[], exitCode = 2) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(list.map((p) => p.key).join(', '));
    this.name = 'CapturePlanError';
    this.problems = list;
    this.exitCode = exitCode;
  }
}

/** Throws one CapturePlanError carrying a single problem. */
export function fail<K extends MessageKey>(key: K, params: MessageParams<K>, where?: Where): never {
  throw new CapturePlanError(problem(key, params, where));
}
