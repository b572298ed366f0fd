/** A `{{ name }}` found in a line: where it starts and ends, its text as written and its name without blanks. */
export interface FoundPlaceholder {
  index: number;
  end: number;
  raw: string;
  name: string;
}

/**
 * The placeholder starting at `index`, if one does: `{{`, then text without braces or line breaks, then `}}`; the name
 * is that text trimmed. Looks no further than the next brace or line break, so scanning a whole text this way is
 * linear (a regular expression with blanks around a lazy name backtracked for minutes on `{{` and no `}}`).
 */
export function placeholderAt(text: string, index: number): FoundPlaceholder | undefined {
  if (text.charCodeAt(index) !== 0x7b || text.charCodeAt(index + 1) !== 0x7b) return undefined;
  let at = index + 2;
  for (; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x7b || code === 0x7d || code === 0x0a || code === 0x0d) break;
  }
  if (text.charCodeAt(at) !== 0x7d || text.charCodeAt(at + 1) !== 0x7d) return undefined;
  return { index, end: at + 2, raw: text.slice(index, at + 2), name: text.slice(index + 2, at).trim() };
}

/** Every placeholder in a text, left to right, none overlapping, in one linear pass. */
export function findPlaceholders(text: string): FoundPlaceholder[] {
  const found: FoundPlaceholder[] = [];
  let from = 0;
  for (;;) {
    const index = text.indexOf('{{', from);
    if (index < 0) return found;
    const one = placeholderAt(text, index);
    if (one) found.push(one);
    from = one ? one.end : index + 1;
  }
}
