import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  type IStylesOptions,
  Paragraph,
  ShadingType,
  type Table,
  TabStopType,
  TextRun,
} from 'docx';
import type { NoticeTable } from '../core/notice/notice-table.js';
import type { TemplateRun } from '../core/notice/template-blocks.js';
import type { WidthOf } from './display-width.js';
import { type PageBox, wordTable } from './docx-table.js';

/** The body font: 宋体, on every Chinese Windows and in WPS, and the font of the workbook. */
const FONT = 'SimSun';
/**
 * Latin letters and digits of the body: Times New Roman, as Chinese documents pair it with 宋体; its digits are as
 * wide as SimSun's and its letters narrower, so the column widths measured in half-characters hold.
 */
const LATIN_FONT = 'Times New Roman';
/** Latin letters and digits of titles and headings, beside 黑体. */
const LATIN_HEADING_FONT = 'Arial';
/** Titles and headings: 黑体, as Chinese notices set them, on every Chinese Windows too. */
const HEADING_FONT = 'SimHei';
const RED = 'C00000';

/** A4 portrait, in twips. */
export const A4 = { width: 11906, height: 16838 } as const;
/** 2 cm above and below, 1.9 cm at the sides: room for an eight-column table at 10.5 pt. */
export const MARGINS = { top: 1134, bottom: 1134, left: 1077, right: 1077, header: 567, footer: 567 } as const;
/** The text's room between the margins, in twips. */
const TEXT: PageBox = {
  width: A4.width - MARGINS.left - MARGINS.right,
  height: A4.height - MARGINS.top - MARGINS.bottom,
};
/** Body text: 10.5 pt (五号), in half-points. */
const BODY_SIZE = 21;

/** Paragraph lines 1.5 apart, 6 pt between paragraphs: easy to read on a notice board. */
const BODY_SPACING = { before: 0, after: 120, line: 360 } as const;

/** The document's styles: SimSun (Latin in Times New Roman) 10.5 pt in the chosen language; titles in SimHei, black. */
export function styles(lang: NoticeTable['lang']): IStylesOptions {
  const language = lang === 'zh' ? { value: 'zh-CN', eastAsia: 'zh-CN' } : { value: 'en-US', eastAsia: 'zh-CN' };
  const font = { ascii: LATIN_FONT, hAnsi: LATIN_FONT, eastAsia: FONT, cs: LATIN_FONT };
  const heading = (size: number, centred = false) => ({
    run: {
      font: { ascii: LATIN_HEADING_FONT, hAnsi: LATIN_HEADING_FONT, eastAsia: HEADING_FONT },
      size,
      color: '000000',
    },
    paragraph: {
      keepNext: true,
      spacing: { before: 240, after: 160, line: 240 },
      ...(centred ? { alignment: AlignmentType.CENTER } : {}),
    },
  });
  return {
    default: {
      document: { run: { font, size: BODY_SIZE, language }, paragraph: { spacing: BODY_SPACING } },
      title: heading(36, true),
      heading1: heading(28),
      heading2: heading(24),
      heading3: heading(BODY_SIZE + 3),
      heading4: heading(BODY_SIZE),
      heading5: heading(BODY_SIZE),
    },
  };
}

/** Template heading levels: `#` is the title, `##` the first heading below it, and so on. */
const HEADINGS = [
  HeadingLevel.TITLE,
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
] as const;

/** A heading at Markdown level 1–6 (1 is the title). */
export function heading(level: number, runs: readonly TemplateRun[]): Paragraph {
  return new Paragraph({ heading: HEADINGS[Math.min(6, Math.max(1, level)) - 1]!, children: textRuns(runs) });
}

/** One CJK character of body text, in twips. */
const CHARACTER = BODY_SIZE * 10;

/**
 * A body paragraph; `indent` sets its first line in by two characters, as Chinese prose is; a list item's `marker`
 * (• or 1.) stands two characters in, its text a character after it, wrapped lines aligned with the text.
 */
export function paragraph(
  runs: readonly TemplateRun[],
  options: { indent?: boolean; marker?: string } = {},
): Paragraph {
  const { marker } = options;
  const halves = marker === undefined ? 0 : [...marker].reduce((n, ch) => n + (ch.charCodeAt(0) < 0x80 ? 1 : 2), 0);
  const hanging = ((halves + 2) * CHARACTER) / 2;
  return new Paragraph({
    children: [...(marker === undefined ? [] : [new TextRun(`${marker}\t`)]), ...textRuns(runs)],
    ...(options.indent ? { indent: { firstLine: 2 * CHARACTER } } : {}),
    ...(marker === undefined
      ? {}
      : {
          indent: { left: 2 * CHARACTER + hanging, hanging },
          tabStops: [{ type: TabStopType.LEFT, position: 2 * CHARACTER + hanging }],
        }),
  });
}

/** A quoted paragraph: set in, with a grey rule on its left. */
export function quote(runs: readonly TemplateRun[]): Paragraph {
  return new Paragraph({
    children: textRuns(runs),
    indent: { left: 420 },
    border: { left: { style: BorderStyle.SINGLE, size: 18, color: 'BFC5CC', space: 8 } },
  });
}

/** Plain text as one run. */
export function plain(text: string, bold = false): TemplateRun[] {
  return [{ text, bold }];
}

/** The label/value facts under the title, centred on one line (wrapping when long). */
export function facts(notice: NoticeTable): Paragraph[] {
  if (notice.facts.length === 0) return [];
  const children = notice.facts.flatMap((fact, i) => [
    ...(i > 0 ? [new TextRun('\u3000\u3000')] : []),
    new TextRun(`${fact.label}${notice.colon}`),
    new TextRun({ text: fact.value, bold: true }),
  ]);
  return [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after: 200 }, children })];
}

/** The boxed red warning of a plan that does not fit; nothing when it fits. */
export function warning(notice: NoticeTable): Paragraph[] {
  if (!notice.warning) return [];
  const side = { style: BorderStyle.SINGLE, size: 6, color: 'E3A3A3', space: 4 } as const;
  return [
    new Paragraph({
      border: { top: side, bottom: side, right: side, left: { ...side, size: 24, color: RED } },
      shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'FDF1F1' },
      spacing: { before: 120, after: 240, line: 300 },
      children: [
        new TextRun({ text: `${notice.warningHeading}${notice.colon}`, bold: true, color: RED }),
        new TextRun({ text: notice.warning, color: '7A0000' }),
      ],
    }),
  ];
}

/** The notice's main table with its totals, fitted to the page. */
export function mainTable(notice: NoticeTable, width: WidthOf): Table {
  return wordTable(notice.table, notice.totals, width, TEXT);
}

/** The per-college table under its heading, then its notes; nothing without colleges. */
export function campus(notice: NoticeTable, width: WidthOf): (Paragraph | Table)[] {
  const { campus } = notice;
  if (!campus) return [];
  return [
    heading(2, plain(campus.heading)),
    wordTable(campus.table, campus.totals, width, TEXT),
    ...campus.notes.map((note) => paragraph(plain(note))),
  ];
}

/** An empty line: Word needs a paragraph after a table that would end the document or meet another table. */
export function spacer(): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: 0, line: 240 }, children: [] });
}

function textRuns(runs: readonly TemplateRun[]): TextRun[] {
  return runs.map((r) => new TextRun({ text: r.text, bold: r.bold }));
}
