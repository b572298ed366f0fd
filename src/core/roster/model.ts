import type { Problem } from '../errors.js';

/** One class of the roster, in file order. */
export interface ClassEntry {
  /** 1-based position in the roster. */
  seq: number;
  name: string;
  headcount: number;
  counselor: string;
  /** The college (学院) the class belongs to, when the roster has a college column or one sheet per college. */
  college?: string;
  source: { file: string; sheet?: string; row: number };
}

/** The classes to photograph, plus what reading them noticed. */
export interface Roster {
  file: string;
  /** The worksheet read, when one was; with several, each class and skipped row names its own. */
  sheet?: string;
  classes: ClassEntry[];
  /** Things the user should know that do not stop the run (a total that does not add up, filled cells). */
  warnings: Problem[];
  /** Rows passed over: blank rows, total rows, notes without a class; with several sheets read, each names its sheet. */
  skippedRows: { row: number; sheet?: string; reason: 'blank' | 'total' | 'noClass' }[];
}
