import type { WidthOf } from './display-width.js';

/** Closing punctuation: never starts a line, so it travels with the character before it. */
const CLOSING = new Set([...'）)]}】」』》〉’”、，。．：；！？,.:;!?%…']);
/** Opening punctuation: never ends a line, so it travels with the character after it. */
const OPENING = new Set([...'（([{【「『《〈‘“']);
/** Characters a line may break after without a space: the ideographs, kana, hangul and full-width forms. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/**
 * How many lines `text` takes when a spreadsheet wraps it `capacity` display columns wide (CJK counts two): lines
 * break at spaces and between wide characters, never before closing or after opening punctuation; a word longer than
 * a line is cut by characters; a line feed starts a new line. Errs towards one line too many, never too few.
 */
export function lineCount(text: string, capacity: number, width: WidthOf): number {
  if (text.length * 2 <= capacity && !text.includes('\n')) return 1;
  let lines = 0;
  for (const paragraph of text.split('\n')) lines += paragraphLines(paragraph, Math.max(1, capacity), width);
  return Math.max(1, lines);
}

function paragraphLines(paragraph: string, capacity: number, width: WidthOf): number {
  if (paragraph.length * 2 <= capacity || width(paragraph) <= capacity) return 1;
  let lines = 1;
  let used = 0;
  for (const token of tokens(paragraph)) {
    const w = width(token);
    if (token === ' ') {
      // a space that ends a line is not carried to the next one
      if (used + w <= capacity) used += w;
      else [lines, used] = [lines + 1, 0];
    } else if (used + w <= capacity) used += w;
    else {
      if (used > 0) [lines, used] = [lines + 1, 0];
      if (w <= capacity) used = w;
      else
        for (const char of token) {
          const cw = width(char);
          if (used + cw > capacity && used > 0) [lines, used] = [lines + 1, 0];
          used += cw;
        }
    }
  }
  return lines;
}

/** The unbreakable pieces of a line: spaces, single wide characters and runs of the rest, punctuation attached. */
function tokens(paragraph: string): string[] {
  const out: string[] = [];
  let word = '';
  let glue = false; // the previous character opens: the next one joins it
  for (const char of paragraph) {
    if (char === ' ') {
      if (word) out.push(word);
      out.push(char);
      word = '';
    } else if (CLOSING.has(char) || glue) word += char;
    else if (WIDE.test(char)) {
      if (word) out.push(word);
      word = char;
    } else if (word && WIDE.test(word[word.length - 1]!) && !OPENING.has(word[word.length - 1]!)) {
      out.push(word);
      word = char;
    } else word += char;
    glue = OPENING.has(char);
  }
  if (word) out.push(word);
  return out;
}
