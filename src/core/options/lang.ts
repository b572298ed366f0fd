import type { Lang } from '../i18n/labels.js';
import { OptionReader } from './option-reader.js';
import { optionOf } from './table.js';

/**
 * The language of help and of errors found before the config file is read: `--lang`'s when it names one, else the
 * default. It is read as resolving reads the output language (which also looks at the config file's `lang`).
 */
export function flagLang(flag: string | undefined): Lang {
  return new OptionReader({ lang: flag }, undefined, '').choice('lang') ?? optionOf('lang').default;
}
