import type { RawCell } from '../core/roster/raw-table.js';

/**
 * What an exceljs cell shows, as text or a number: rich text runs joined, a formula's cached result (the formula only
 * when it has none), a hyperlink's text, an error's code, a date in ISO form, a boolean as TRUE or FALSE.
 */
export function cellValue(value: unknown): RawCell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date)
    return Number.isNaN(value.getTime())
      ? ''
      : value
          .toISOString()
          .replace(/T00:00:00\.000Z$/, '')
          .replace('.000Z', '');
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText))
      return (v.richText as ({ text?: unknown } | null)[]).map((run) => String(run?.text ?? '')).join('');
    if ('formula' in v || 'sharedFormula' in v)
      return v.result === undefined ? `=${String(v.formula ?? v.sharedFormula)}` : cellValue(v.result);
    if ('hyperlink' in v || 'text' in v) return cellValue(v.text);
    if ('error' in v) return String(v.error);
  }
  return String(value);
}
