import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onTestFinished } from 'vitest';
import type { ClassEntry, Roster } from '../src/core/roster/model.js';
import { parseDates, parseSessions, parseThroughput, type Settings } from '../src/core/settings.js';

/** Absolute path of a fixture. */
export function fixture(name: string): string {
  return fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
}

/** A fresh temporary folder named from `prefix`, removed when the running test finishes. */
export function tempDir(prefix = 'capture-plan-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A roster from [name, headcount, counselor] triples. */
export function rosterOf(rows: readonly (readonly [string, number, string])[]): Roster {
  const classes: ClassEntry[] = rows.map(([name, headcount, counselor], i) => ({
    seq: i + 1,
    name,
    headcount,
    counselor,
    source: { file: 'test.csv', row: i + 2 },
  }));
  return { file: 'test.csv', classes, warnings: [], skippedRows: [] };
}

/** A roster with colleges from [name, headcount, counselor, college] rows, in file order. */
export function collegeRosterOf(rows: readonly (readonly [string, number, string, string])[]): Roster {
  const roster = rosterOf(rows.map(([name, headcount, counselor]) => [name, headcount, counselor] as const));
  roster.classes.forEach((c, i) => {
    c.college = rows[i]![3];
  });
  return roster;
}

/** The reference notice's 30 classes, from fixtures/seed-roster.csv. */
export function seedRoster(): Roster {
  const lines = readFileSync(fixture('seed-roster.csv'), 'utf8').trim().split('\n').slice(1);
  return rosterOf(
    lines.map((line) => {
      const [, name, headcount, counselor] = line.split(',');
      return [name!, Number(headcount), counselor!] as const;
    }),
  );
}

/** Settings from the CLI's text forms, defaulting to the reference day. */
export function settingsOf(options: { throughput?: string; sessions?: string; dates?: string } = {}): Settings {
  return {
    throughput: parseThroughput(options.throughput ?? '20/10min'),
    sessions: parseSessions(options.sessions ?? '08:30-12:00,13:30-18:00'),
    dates: parseDates(options.dates ?? '2024-04-22'),
  };
}
