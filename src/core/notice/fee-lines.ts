import type { ColumnKey, Labels } from '../i18n/labels.js';
import { showsCents, yuanText } from '../money.js';
import type { PlanFees } from '../schedule/fees.js';
import { cell, type NoticeCell, type NoticeColumn, type TableModel } from './table-model.js';

/** A plan's fees as shown: one display for every amount of a run (two decimals only when the fee has jiao or fen). */
export interface FeeTexts {
  perPerson: string;
  /** Per class, in schedule order. */
  classes: string[];
  /** Per counselor block. */
  blocks: string[];
  total: string;
  /** Any other amount, in the same display: a college's, a day's. */
  amount: (fen: number) => string;
  /** Per class, in fen (to sum a college's). */
  classFen: readonly number[];
}

/** What the published outputs say about the fee, present only when one is collected. */
export interface FeeLines {
  perPerson: string;
  total: string;
  /** The notice's line: per person, people, total, how it is paid. */
  sentence: string;
  /** The terminal summary's line. */
  totalLine: string;
  /** The setting shown under the summary sheet. */
  setting: { label: string; value: string };
}

/** Every amount of the plan as text, in the one display the run uses. */
export function feeTexts(fees: PlanFees): FeeTexts {
  const cents = showsCents(fees.perPerson);
  const text = (amount: number) => yuanText(amount, cents);
  return {
    perPerson: text(fees.perPerson),
    classes: fees.classes.map(text),
    blocks: fees.blocks.map(text),
    total: text(fees.total),
    amount: text,
    classFen: fees.classes,
  };
}

/** The fee's sentences and setting. */
export function feeLines(fees: PlanFees, texts: FeeTexts, labels: Labels): FeeLines {
  const figures = { perPerson: texts.perPerson, people: fees.people, total: texts.total };
  return {
    perPerson: texts.perPerson,
    total: texts.total,
    sentence: labels.feeSentence(figures),
    totalLine: labels.feeTotal(figures),
    setting: { label: labels.settings.fee, value: labels.feePerPerson(texts.perPerson) },
  };
}

/** A totals row under a table: the total label in its first column, the given figures under their columns. */
export function totalsRow(
  columns: readonly NoticeColumn[],
  labels: Labels,
  figures: Partial<Record<ColumnKey, string>>,
): NoticeCell[] {
  return columns.map((c, i) => cell(i === 0 ? labels.totalLabel : (figures[c.key] ?? '')));
}

/** The totals rows the fee adds under the sign-in sheet and the summary: classes, people and the total due. */
export function feeTotals(
  tables: { signIn: TableModel; counselors: TableModel },
  labels: Labels,
  figures: { classes: number; people: number; total: string },
): { signIn: NoticeCell[]; counselors: NoticeCell[] } {
  const shown = labels.totals(figures.classes, figures.people);
  return {
    signIn: totalsRow(tables.signIn.columns, labels, {
      class: shown.class,
      headcount: shown.headcount,
      fee: figures.total,
    }),
    counselors: totalsRow(tables.counselors.columns, labels, {
      classes: String(figures.classes),
      people: String(figures.people),
      fee: figures.total,
    }),
  };
}
