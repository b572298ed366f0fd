import { unzip } from '../zip/read.js';
import { zip } from '../zip/write.js';

const CONTENT_TYPES = '[Content_Types].xml';
const CORE = 'docProps/core.xml';
const TIMESTAMP = /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g;

/**
 * The docx package's archive packed again so the same notice gives the same bytes: the parts as docx wrote them, the
 * content types first (as Word writes them), the document's created and modified times and every zip entry's date
 * set to `stamp` instead of the moment of the run.
 */
export function reproducible(packed: Buffer, stamp: Date): Buffer {
  const entries = unzip(packed);
  if (!entries) throw new Error('the docx package wrote an archive that cannot be read back');
  const when = `${stamp.toISOString().slice(0, 19)}Z`;
  const parts = entries.map(({ name, data }) => ({
    name,
    data: name === CORE ? Buffer.from(data.toString('utf8').replace(TIMESTAMP, `$1${when}$3`)) : data,
  }));
  parts.sort((a, b) => Number(b.name === CONTENT_TYPES) - Number(a.name === CONTENT_TYPES));
  return zip(parts, stamp, 6);
}
