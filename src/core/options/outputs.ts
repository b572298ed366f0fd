import { extname } from 'node:path';

/** The formats `build` writes, by file extension. */
export type OutputFormat = 'xlsx' | 'md' | 'html' | 'docx' | 'ics' | 'json';

const FORMATS: Readonly<Record<string, OutputFormat>> = {
  '.xlsx': 'xlsx',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.docx': 'docx',
  '.ics': 'ics',
  '.json': 'json',
};

/** The format an output's extension asks for; undefined when it is none `build` writes. */
export function formatOf(name: string): OutputFormat | undefined {
  return FORMATS[extname(name).toLowerCase()];
}

/** What `build` writes when no output is named: nothing with --json, else the timetable and the notice. */
export function defaultOutputs(json: boolean): string[] {
  return json ? [] : ['timetable.xlsx', 'notice.md'];
}
