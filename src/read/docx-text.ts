import { unzip } from '../zip/read.js';

const DOCUMENT = 'word/document.xml';
const TOKENS = /<w:tr[ >]|<\/w:tr>|<\/w:tc>|<\/w:p>|<w:tab\/>|<w:br\/>|<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g;
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * A Word document's text, one line per paragraph and one per table row (`| cell | cell |`), for a readable diff;
 * undefined when the bytes are no Word document.
 */
export function documentText(bytes: Buffer): string | undefined {
  const part = unzip(bytes)?.find((entry) => entry.name === DOCUMENT);
  if (!part) return undefined;
  const lines: string[] = [];
  let text = '';
  let cell: string[] = [];
  let row: string[] | undefined;
  for (const m of part.data.toString('utf8').matchAll(TOKENS)) {
    const token = m[0];
    if (m[1] !== undefined) text += decode(m[1]);
    else if (token === '<w:tab/>') text += '\t';
    else if (token === '<w:br/>') text += ' ';
    else if (token === '</w:p>') {
      if (row) cell.push(text);
      else if (text !== '') lines.push(text);
      text = '';
    } else if (token === '</w:tc>') {
      row?.push(cell.join(' '));
      cell = [];
    } else if (token === '</w:tr>') {
      if (row) lines.push(`| ${row.join(' | ')} |`);
      row = undefined;
    } else row = [];
  }
  return lines.join('\n');
}

function decode(text: string): string {
  return text.replace(
    /&(amp|lt|gt|quot|apos|#(\d+)|#x([0-9a-fA-F]+));/g,
    (whole, name: string, dec?: string, hex?: string) => {
      if (dec) return String.fromCodePoint(Number(dec));
      if (hex) return String.fromCodePoint(Number.parseInt(hex, 16));
      return ENTITIES[name] ?? whole;
    },
  );
}
