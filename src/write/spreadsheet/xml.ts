/**
 * Anything needing care in XML text: markup characters, controls, surrogates, U+FFFE/U+FFFF, and Excel's `_xHHHH_`
 * escapes.
 */
const NEEDS_CARE = /[&<>"\r\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]|_x[0-9A-Fa-f]{4}_/;
/** What XML 1.0 cannot hold at all: C0 controls but tab, LF and CR; lone surrogates; U+FFFE and U+FFFF. */
const NOT_XML =
  /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Text as XML character data or an attribute value: markup escaped, characters XML cannot hold dropped, a literal
 * `_x0041_` kept literal (Excel would read it as the character U+0041), and a carriage return written as Excel's
 * `_x000D_` (an XML parser would turn a raw one into a line feed).
 */
export function xmlText(text: string): string {
  if (!NEEDS_CARE.test(text)) return text;
  return text
    .replace(NOT_XML, '')
    .replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_')
    .replace(/\r/g, '_x000D_')
    .replace(/[&<>"]/g, (c) => ENTITIES[c]!);
}

/** The XML declaration every part starts with. */
export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** The SpreadsheetML namespace. */
export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
/** The namespace of relationships between parts. */
export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
