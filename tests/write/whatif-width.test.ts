import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/i18n/labels.js';
import { parseThroughput } from '../../src/core/settings.js';
import { compareScenarios, scenarioSettings } from '../../src/core/whatif/whatif.js';
import { cellText, type WhatifTable, whatifTable } from '../../src/core/whatif/whatif-table.js';
import { renderWhatif, WHATIF_WIDTH } from '../../src/write/whatif-report.js';
import { settingsOf } from '../helpers.js';
import { roomNames, roomsRoster } from '../rooms-roster.js';

const plain = { red: String, green: String, yellow: String, bold: String, dim: String };
const roster = roomsRoster(12);
const { sessions, dates } = settingsOf({ dates: '2024-04-22..2024-04-24' });

/** 216 classes of 62 counselors over three days, at the given rates and room sets. */
function comparison(rates: string[], rooms: string[][]) {
  return compareScenarios(
    roster,
    scenarioSettings({}, { throughputs: rates.map(parseThroughput), sessions: [sessions], dates: [dates], rooms }),
  );
}

/** The width the table would take with every list in full. */
function uncutWidth(table: WhatifTable): number {
  const rows = [table.header, ...table.rows.map((r) => r.cells.map((c) => cellText(c)))];
  const widths = table.header.map((_, col) => Math.max(...rows.map((r) => stringWidth(r[col]!))));
  return widths.reduce((sum, w) => sum + w + 2, -2);
}

describe.each<[string, string[], string[][]]>([
  ['three rates in seven rooms', ['10/10min', '12/10min', '15/10min'], [roomNames(7)]],
  ['two, five and seven rooms', ['10/10min'], [roomNames(2), roomNames(5), roomNames(7)]],
])('the what-if table of 62 counselors, %s', (name, rates, rooms) => {
  const result = comparison(rates, rooms);

  it.each<Lang>(['zh', 'en'])('stays within 120 columns (%s), each cut list saying how many', async (lang) => {
    const table = whatifTable(result, lang);
    const lines = (await renderWhatif(table, plain)).split('\n').slice(0, table.rows.length + 1);
    const printed = Math.max(...lines.map((l) => stringWidth(l)));
    console.log(`[whatif ${lang}] ${name}: ${uncutWidth(table)} columns uncut, ${printed} printed`);
    expect(uncutWidth(table)).toBeGreaterThan(WHATIF_WIDTH);
    expect(printed).toBeLessThanOrEqual(WHATIF_WIDTH);
    result.scenarios.forEach((s, i) => {
      const line = lines[i + 1]!;
      const splits = s.splitCounselors;
      const shown = splits.filter((c) => line.includes(c)).length;
      if (shown === splits.length) return;
      expect(line).toContain(lang === 'zh' ? ` 等 ${splits.length} 位` : ` and ${splits.length - shown} more`);
      // the names shown are the first ones, in order
      expect(splits.slice(0, shown).every((c) => line.includes(c))).toBe(true);
    });
    expect(lines.some((l) => (lang === 'zh' ? / 等 \d+ 位/ : / and \d+ more/).test(l))).toBe(true);
  });
});

describe('what-if idle time with several rooms', () => {
  it('is each room up to its own last class, summed', () => {
    const result = compareScenarios(
      roomsRoster(4),
      scenarioSettings(
        {},
        {
          throughputs: ['10/10min', '15/10min'].map(parseThroughput),
          sessions: [sessions],
          dates: [dates],
          rooms: [roomNames(2), roomNames(4)],
        },
      ),
    );
    for (const s of result.scenarios) {
      expect(s.idleByRoom).toHaveLength(s.settings.rooms!.length);
      expect(s.idleSeconds).toBe(s.idleByRoom.reduce((a, b) => a + b, 0));
    }
    // the old measure pooled the rooms' busy time per session and so said 0 whenever two rooms were busy
    expect(result.scenarios.every((s) => s.idleSeconds > 0)).toBe(true);
    console.log(`[whatif idle] minutes per scenario: ${result.scenarios.map((s) => s.idleSeconds / 60).join(', ')}`);
  });
});
