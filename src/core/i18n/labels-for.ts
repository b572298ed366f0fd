import type { Labels, Lang } from './labels.js';
import { en } from './labels-en.js';
import { zh } from './labels-zh.js';

/** The label table of a language. */
export function labelsFor(lang: Lang): Labels {
  return lang === 'en' ? en : zh;
}
