import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  type Table,
  TextRun,
} from 'docx';
import type { NoticeTable, TableModel } from '../core/notice/notice-table.js';
import type { TemplateBlock } from '../core/notice/template-blocks.js';
import { type WidthOf, widthOf } from './display-width.js';
import { reproducible } from './docx-pack.js';
import {
  A4,
  campus,
  facts,
  heading,
  MARGINS,
  mainTable,
  paragraph,
  plain,
  quote,
  spacer,
  styles,
  warning,
} from './docx-parts.js';

/** Who the document says wrote it. */
const AUTHOR = 'capture-plan';

/**
 * The notice as a Word document (A4 portrait, SimSun; the title in SimHei): title, facts, the throughput sentence,
 * the warning when the plan does not fit, the merged table with its totals and a header row repeated on every page,
 * the summary, the fee and the per-college table; or, given `blocks` (a filled template), those. Pages are numbered
 * in the footer. Dated `stamp`, so the same plan gives the same bytes.
 */
export async function renderDocx(notice: NoticeTable, stamp: Date, blocks?: readonly TemplateBlock[]): Promise<Buffer> {
  const width = await widthOf(textsOf([notice.table, ...(notice.campus ? [notice.campus.table] : [])]));
  const children = blocks ? templateBody(notice, blocks, width) : defaultBody(notice, width);
  if (!(children[children.length - 1] instanceof Paragraph)) children.push(spacer());
  const document = new Document({
    title: notice.headline,
    creator: AUTHOR,
    lastModifiedBy: AUTHOR,
    styles: styles(notice.lang),
    sections: [
      {
        properties: {
          page: { size: { ...A4, orientation: PageOrientation.PORTRAIT }, margin: MARGINS },
        },
        footers: { default: pageNumbers() },
        children,
      },
    ],
  });
  return reproducible(await Packer.toBuffer(document), stamp);
}

/** The notice as the Markdown and HTML notices lay it out. */
function defaultBody(notice: NoticeTable, width: WidthOf): (Paragraph | Table)[] {
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(notice.title)] }),
    ...facts(notice),
    paragraph(plain(notice.throughputSentence), { indent: true }),
    ...warning(notice),
    mainTable(notice, width),
    spacer(),
    paragraph(plain(notice.summarySentence, true)),
    ...(notice.fee ? [paragraph(plain(notice.fee.sentence))] : []),
    ...campus(notice, width),
  ];
}

/** A filled template: its headings, paragraphs, list items and quotes, and the real tables and warning box. */
function templateBody(notice: NoticeTable, blocks: readonly TemplateBlock[], width: WidthOf): (Paragraph | Table)[] {
  return blocks.flatMap((block) => blockParts(notice, block, width));
}

function blockParts(notice: NoticeTable, block: TemplateBlock, width: WidthOf): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [heading(block.level, block.runs)];
    case 'paragraph':
      return [paragraph(block.runs)];
    case 'bullet':
      return [paragraph(block.runs, { marker: '•' })];
    case 'numbered':
      return [paragraph(block.runs, { marker: block.number })];
    case 'quote':
      return [quote(block.runs)];
    case 'table':
      return [mainTable(notice, width), spacer()];
    case 'colleges':
      return campus(notice, width);
    case 'warning':
      return warning(notice);
  }
}

/** "3 / 5" centred at the foot of every page. */
function pageNumbers(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES], size: 18 })],
      }),
    ],
  });
}

/** Every label and cell text of the tables. */
function* textsOf(tables: readonly TableModel[]): Iterable<string> {
  for (const table of tables) {
    for (const column of table.columns) yield column.label;
    for (const row of table.rows) for (const cell of row.cells) yield cell.text;
  }
}
