import { ByteChunks } from './byte-chunks.js';
import { MAIN_NS, XML_HEAD, xmlText } from './xml.js';

/** The most characters Excel holds in a cell; a longer text makes it "repair" the workbook. */
const EXCEL_MAX_TEXT = 32_767;

/** The workbook's shared-string table: each distinct text stored once, cells refer to it by index. */
export class SharedStrings {
  private readonly indexes = new Map<string, number>();
  private references = 0;

  /** The index of a text, adding it on first use. */
  index(text: string): number {
    this.references++;
    let index = this.indexes.get(text);
    if (index === undefined) {
      index = this.indexes.size;
      this.indexes.set(text, index);
    }
    return index;
  }

  /** xl/sharedStrings.xml, as chunks in order. */
  xml(): Buffer[] {
    const items = new ByteChunks();
    for (const text of this.indexes.keys()) {
      const fitting = text.length > EXCEL_MAX_TEXT ? shortened(text) : text;
      const preserve = /^\s|\s$|\n/.test(fitting) ? ' xml:space="preserve"' : '';
      items.add(`<si><t${preserve}>${xmlText(fitting)}</t></si>`);
    }
    return items.bytes(
      `${XML_HEAD}<sst xmlns="${MAIN_NS}" count="${this.references}" uniqueCount="${this.indexes.size}">`,
      '</sst>',
    );
  }
}

/** A text cut to Excel's cell limit with an ellipsis, never between the halves of a surrogate pair. */
function shortened(text: string): string {
  let end = EXCEL_MAX_TEXT - 1;
  if (/[\uD800-\uDBFF]/.test(text[end - 1]!)) end--;
  return `${text.slice(0, end)}…`;
}
