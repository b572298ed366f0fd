import { ByteChunks } from './byte-chunks.js';
import { MAIN_NS, XML_HEAD, xmlText } from './xml.js';

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

  /** xl/sharedStrings.xml. */
  xml(): Buffer {
    const items = new ByteChunks();
    for (const text of this.indexes.keys()) {
      const preserve = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : '';
      items.add(`<si><t${preserve}>${xmlText(text)}</t></si>`);
    }
    return items.bytes(`${XML_HEAD}<sst xmlns="${MAIN_NS}" count="${this.references}" uniqueCount="${this.indexes.size}">`, '</sst>');
  }
}
