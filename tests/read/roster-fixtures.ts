// Reading the fixtures the reader tests hold to. Fixtures are produced by `npm run fixtures` (scripts/make-fixtures.mjs)
// from fixtures/seed-roster.csv.
import type { MessageKey } from '../../src/core/i18n/messages.js';
import type { Roster } from '../../src/core/roster/model.js';
import { parseRoster } from '../../src/core/roster/roster.js';
import { readRoster } from '../../src/read/read-roster.js';
import { fixture } from '../helpers.js';

/** The fixture read and parsed as the CLI does, named as the user would type it. */
export async function load(name: string, options: { sheet?: string } = {}): Promise<Roster> {
  return parseRoster(await readRoster(fixture(name), name), options);
}

/** A problem as a test expects it, `where` included when it matters. */
export interface ExpectedProblem {
  key: MessageKey;
  params: Record<string, unknown>;
  where?: unknown;
}
