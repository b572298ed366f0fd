import type { Problem } from '../core/errors.js';
import type { WhatifRequest } from '../core/options/request.js';
import { compareScenarios, type Layout, type Scenario } from '../core/whatif/whatif.js';
import { whatifJson } from '../core/whatif/whatif-json.js';
import { loadRoster } from './roster.js';

/** What `whatif` reports back to the CLI. */
export interface WhatifResult {
  scenarios: Scenario[];
  layouts: Layout[];
  json?: string;
  warnings: Problem[];
}

/** Reads the roster once and schedules every scenario of the request (every combination of the values compared). */
export async function whatif(request: WhatifRequest, cwd: string): Promise<WhatifResult> {
  const roster = await loadRoster(request.roster, cwd);
  const comparison = compareScenarios(roster, request.scenarios);
  return {
    ...comparison,
    warnings: roster.warnings,
    ...(request.presentation.json ? { json: `${JSON.stringify(whatifJson(comparison), null, 2)}\n` } : {}),
  };
}
