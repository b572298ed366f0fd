import type { Lang } from '../core/i18n/labels.js';
import { labelsFor } from '../core/i18n/labels-for.js';
import type { Delay } from '../core/replan/delays.js';
import type { Paint } from './paint.js';
import { terminalText } from './terminal-text.js';

/**
 * The terminal's part of a re-plan, after build's summary: the rate measured and the rate used, then the lines to send,
 * one a line, ready to copy.
 */
export function renderReplan(result: { sentences: string[]; delays: Delay[] }, lang: Lang, paint: Paint): string {
  const labels = labelsFor(lang).replan;
  const lines = result.delays.length > 0 ? result.delays.map((d) => terminalText(d.line)) : [labels.nobody];
  return `${['', ...result.sentences.map((s) => paint.bold(s)), '', paint.bold(labels.tellHeading), ...lines].join('\n')}\n`;
}
