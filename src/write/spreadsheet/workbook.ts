import { zip } from '../../zip/write.js';
import { SharedStrings } from './shared-strings.js';
import { type SheetFrame, SheetXml } from './sheet.js';
import { type CellStyle, StyleSheet } from './styles.js';
import { MAIN_NS, REL_NS, XML_HEAD, xmlText } from './xml.js';

const PACKAGE_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CORE_REL = `${PACKAGE_RELS}/metadata/core-properties`;
const rel = (type: string) => `${REL_NS}/${type}`;
const CONTENT_TYPES = 'http://schemas.openxmlformats.org/package/2006/content-types';
const SHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

/**
 * A workbook written as SpreadsheetML: sheets, one style sheet, one shared-string table, and the document's author
 * and dates. Holds only XML text, so its cost grows with the cells and nothing else; `toZip` packs it as an .xlsx.
 */
export class WorkbookXml {
  private readonly styles: StyleSheet;
  private readonly strings = new SharedStrings();
  private readonly sheets: SheetXml[] = [];

  /** `fontName`: the font of every styled cell. */
  constructor(fontName: string) {
    this.styles = new StyleSheet(fontName);
  }

  /** The number of a cell style, for SheetXml.addRow. */
  style(style: CellStyle): number {
    return this.styles.add(style);
  }

  /** A new sheet at the end of the workbook. */
  addSheet(name: string, frame: SheetFrame): SheetXml {
    const sheet = new SheetXml(name, frame, this.strings);
    this.sheets.push(sheet);
    return sheet;
  }

  /** The .xlsx file: every part zipped, dated `stamp` (the same workbook and stamp give the same bytes). */
  toZip(stamp: Date, author: string): Buffer {
    const parts: [string, string | Buffer[]][] = [
      ['[Content_Types].xml', this.contentTypes()],
      [
        '_rels/.rels',
        relationships([
          [rel('officeDocument'), 'xl/workbook.xml'],
          [CORE_REL, 'docProps/core.xml'],
          [rel('extended-properties'), 'docProps/app.xml'],
        ]),
      ],
      ['docProps/core.xml', coreProperties(stamp, author)],
      [
        'docProps/app.xml',
        `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>${xmlText(author)}</Application></Properties>`,
      ],
      ['xl/workbook.xml', this.workbook()],
      [
        'xl/_rels/workbook.xml.rels',
        relationships([
          ...this.sheets.map((_, i): [string, string] => [rel('worksheet'), `worksheets/sheet${i + 1}.xml`]),
          [rel('styles'), 'styles.xml'],
          [rel('sharedStrings'), 'sharedStrings.xml'],
        ]),
      ],
      ...this.sheets.map((sheet, i): [string, Buffer[]] => [`xl/worksheets/sheet${i + 1}.xml`, sheet.xml()]),
      ['xl/styles.xml', this.styles.xml()],
      ['xl/sharedStrings.xml', this.strings.xml()],
    ];
    return zip(
      parts.map(([name, xml]) => ({ name, data: typeof xml === 'string' ? Buffer.from(xml, 'utf8') : xml })),
      stamp,
    );
  }

  private workbook(): string {
    const sheets = this.sheets
      .map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join('');
    const titles = this.sheets
      .map(
        (s, i) =>
          `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">'${xmlText(s.name.replace(/'/g, "''"))}'!$${s.frame.repeatedRow}:$${s.frame.repeatedRow}</definedName>`,
      )
      .join('');
    return `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews><sheets>${sheets}</sheets><definedNames>${titles}</definedNames></workbook>`;
  }

  private contentTypes(): string {
    const override = (part: string, type: string) => `<Override PartName="/${part}" ContentType="${type}"/>`;
    const ml = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
    return (
      `${XML_HEAD}<Types xmlns="${CONTENT_TYPES}">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      override('xl/workbook.xml', `${ml}.sheet.main+xml`) +
      this.sheets.map((_, i) => override(`xl/worksheets/sheet${i + 1}.xml`, SHEET_TYPE)).join('') +
      override('xl/styles.xml', `${ml}.styles+xml`) +
      override('xl/sharedStrings.xml', `${ml}.sharedStrings+xml`) +
      override('docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml') +
      override('docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml') +
      '</Types>'
    );
  }
}

/** A relationships part: rId1, rId2 … in the order given, each a relationship type and its target part. */
function relationships(targets: readonly [string, string][]): string {
  const items = targets
    .map(([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${type}" Target="${target}"/>`)
    .join('');
  return `${XML_HEAD}<Relationships xmlns="${PACKAGE_RELS}">${items}</Relationships>`;
}

/** docProps/core.xml: who made the workbook and when (the stamp, not the clock). */
function coreProperties(stamp: Date, author: string): string {
  const when = `${stamp.toISOString().slice(0, 19)}Z`;
  const date = (tag: string) => `<dcterms:${tag} xsi:type="dcterms:W3CDTF">${when}</dcterms:${tag}>`;
  return (
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:creator>${xmlText(author)}</dc:creator><cp:lastModifiedBy>${xmlText(author)}</cp:lastModifiedBy>${date('created')}${date('modified')}` +
    '</cp:coreProperties>'
  );
}
