import { SaxesParser, type SaxesTagPlain } from 'saxes';

/** A part saxes could not parse, or whose content contradicts itself (a shared string that is not there). */
export class XlsxDamage extends Error {}

/** What a streaming pass over one XML part listens to; each handler is optional. */
export interface SaxHandlers {
  open?: (tag: SaxesTagPlain) => void;
  text?: (text: string) => void;
  close?: (name: string) => void;
}

const CHUNK = 1024 * 1024;

/**
 * Streams one XML part through saxes (the parser exceljs used), 1 MiB of UTF-8 at a time, so no more than a chunk of
 * its text is held at once. Names are as written (no namespaces: `x:c` is not `c`, as in exceljs); the five XML
 * entities and character references are decoded, an undefined entity or broken XML throws XlsxDamage naming the
 * part and the place. CDATA sections and comments are not text (exceljs never read them either).
 */
export function streamXml(name: string, content: Uint8Array, on: SaxHandlers): void {
  const parser = new SaxesParser();
  if (on.open) parser.on('opentag', on.open);
  if (on.text) parser.on('text', on.text);
  const close = on.close;
  if (close) parser.on('closetag', (tag) => close(tag.name));
  parser.on('error', (error) => {
    throw new XlsxDamage(`${name}: ${error.message.split('\n')[0]}`);
  });
  const decoder = new TextDecoder('utf-8');
  for (let at = 0; at < content.byteLength; at += CHUNK)
    parser.write(decoder.decode(content.subarray(at, at + CHUNK), { stream: true }));
  parser.write(decoder.decode()).close();
}
