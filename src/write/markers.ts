import { fail } from '../core/errors.js';

/** Where a regenerated section starts in an existing notice. */
export const START_MARKER = '<!-- capture-plan:start -->';
/** Where it ends. */
export const END_MARKER = '<!-- capture-plan:end -->';

/**
 * Puts `section` between the markers of an existing file, leaving everything outside them byte for byte (the
 * section takes the file's line endings). Undefined when the file has no markers: then the whole file is written.
 */
export function replaceBetweenMarkers(existing: string, section: string, file: string): string | undefined {
  const parts = markedParts(existing, section, file);
  return parts && `${parts.before}${parts.middle}${parts.after}`;
}

/**
 * The file cut at its markers, with the new text for between them: `before` ends with the start marker, `after`
 * starts with the end marker. Undefined when the file has no markers; refused when they are broken.
 */
export function markedParts(
  existing: string,
  section: string,
  file: string,
): { before: string; middle: string; after: string } | undefined {
  const starts = count(existing, START_MARKER);
  const ends = count(existing, END_MARKER);
  if (starts === 0 && ends === 0) return undefined;
  const start = existing.indexOf(START_MARKER);
  const end = existing.indexOf(END_MARKER);
  if (starts !== 1 || ends !== 1) fail('markersBroken', { file, detail: `start ×${starts}, end ×${ends}` });
  if (end < start) fail('markersBroken', { file, detail: 'end before start' });
  const eol = existing.includes('\r\n') ? '\r\n' : '\n';
  const body = trimLineBreaks(section.replace(/\r?\n/g, eol));
  return {
    before: existing.slice(0, start + START_MARKER.length),
    middle: `${eol}${body}${eol}`,
    after: existing.slice(end),
  };
}

function count(text: string, marker: string): number {
  return text.split(marker).length - 1;
}

/** Text without its trailing line breaks (by hand: `(\r?\n)+$` is quadratic on a long run of blank lines). */
function trimLineBreaks(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  return text.slice(0, end);
}
