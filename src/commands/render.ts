import { readFile } from 'node:fs/promises';
import { fail } from '../core/errors.js';
import type { NoticeTable } from '../core/notice/notice-table.js';
import { type TemplateBlock, templateBlocks, templateValues } from '../core/notice/template-blocks.js';
import { decodeText } from '../read/decode.js';
import type { OutputFile } from '../write/atomic.js';
import { type NoticeTemplate, renderMarkdown } from '../write/markdown.js';
import { markedParts, START_MARKER } from '../write/markers.js';
import type { PlannedOutput } from './outputs.js';

/** What the outputs are rendered from, each part made when an output first needs it. */
export interface Made {
  /** Built on first use: --json alone never needs it. */
  notice: () => NoticeTable;
  /** Serialized on first use: only --json and .json outputs need it. */
  json: () => string;
  stamp: Date;
  template?: NoticeTemplate;
  /** The calendars' SEQUENCE (a re-plan's, so calendars update their events in place). */
  sequence?: number;
}

/**
 * One output's bytes, in its format; the writers for HTML, Word, calendars and workbooks are loaded only when needed.
 * A template fills the .md as Markdown, and the .html and .docx as paragraphs around the real tables.
 */
export async function render(output: PlannedOutput, made: Made): Promise<OutputFile> {
  const target = { path: output.path, shownAs: output.shownAs };
  switch (output.format) {
    case 'md':
      return {
        ...target,
        contents: await withinMarkers(output, renderMarkdown(made.notice(), made.template), () =>
          renderMarkdown(made.notice(), made.template, { title: false }),
        ),
      };
    case 'json':
      return { ...target, contents: made.json() };
    case 'html': {
      const [{ renderHtml, renderHtmlSection }, { templateHtml }, { widthOf }] = await Promise.all([
        import('../write/html.js'),
        import('../write/html-template.js'),
        import('../write/display-width.js'),
      ]);
      const notice = made.notice();
      const width = await widthOf(notice.timeline.flatMap((day) => day.rows.map((row) => row.label)));
      const body = made.template && templateHtml(notice, blocksOf(notice, made.template));
      return {
        ...target,
        contents: await withinMarkers(output, renderHtml(notice, width, body), () =>
          renderHtmlSection(notice, width, body),
        ),
      };
    }
    case 'docx': {
      const { renderDocx } = await import('../write/docx.js');
      const notice = made.notice();
      return {
        ...target,
        contents: await renderDocx(notice, made.stamp, made.template && blocksOf(notice, made.template)),
      };
    }
    case 'ics': {
      const { renderIcs } = await import('../write/ics.js');
      return { ...target, contents: renderIcs(made.notice().events, made.stamp, made.sequence) };
    }
    case 'xlsx': {
      const { renderXlsx } = await import('../write/xlsx.js');
      return { ...target, contents: await renderXlsx(made.notice(), made.stamp) };
    }
  }
}

/** The user's Markdown template as blocks filled from this notice, for the writers that lay out paragraphs. */
function blocksOf(notice: NoticeTable, template: NoticeTemplate): TemplateBlock[] {
  return templateBlocks(template.text, templateValues(notice), template.file);
}

/**
 * The whole page, or only the section between the markers of the existing file, if it has them: in the file's own
 * encoding (a GBK notice stays GBK), every byte outside the markers its own. A file with markers in an encoding that
 * cannot be told is refused, never rewritten with U+FFFD.
 */
async function withinMarkers(
  output: PlannedOutput,
  whole: string,
  section: () => string,
): Promise<string | Uint8Array> {
  const bytes = await readFile(output.path).catch(() => undefined);
  if (bytes === undefined) return whole;
  const decoded = decodeText(bytes);
  if (!decoded) return bytes.includes(START_MARKER) ? fail('textUndecodable', {}, { file: output.shownAs }) : whole;
  const parts = markedParts(decoded.text, section(), output.shownAs);
  if (!parts) return whole;
  if (decoded.encoding === 'utf-8') {
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? '\uFEFF' : '';
    return `${bom}${parts.before}${parts.middle}${parts.after}`;
  }
  const { narrowestEncoding, spliceBetweenMarkers } = await import('../write/text-encoding.js');
  const encoding = await narrowestEncoding(decoded.text, bytes, decoded.encoding);
  return spliceBetweenMarkers(bytes, parts.middle, encoding, output.shownAs);
}
