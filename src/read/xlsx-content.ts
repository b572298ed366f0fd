import ExcelJS from 'exceljs';
import { checkZip } from './zip-guard.js';

/** What a workbook says, without how it is stored: sheet names, cell values by address, merges. */
export interface WorkbookContent {
  sheets: { name: string; cells: Map<string, string>; merges: string[] }[];
}

/** Reads a workbook's content for comparison; undefined when the bytes are not a workbook or fail the zip guard. */
export async function xlsxContent(bytes: Uint8Array): Promise<WorkbookContent | undefined> {
  if (checkZip(bytes)) return undefined;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return undefined;
  }
  return {
    sheets: workbook.worksheets.map((ws) => {
      const cells = new Map<string, string>();
      ws.eachRow({ includeEmpty: false }, (row) => {
        row.eachCell({ includeEmpty: false }, (cell) => {
          if (!cell.isMerged || cell.master === cell) cells.set(cell.address, JSON.stringify(cell.value));
        });
      });
      return { name: ws.name, cells, merges: [...((ws.model as { merges?: string[] }).merges ?? [])].sort() };
    }),
  };
}

/** The differences between two workbooks as short lines: sheet!cell: old → new, merges added or removed. */
export function diffWorkbooks(before: WorkbookContent, after: WorkbookContent): string[] {
  const lines: string[] = [];
  const names = [...new Set([...before.sheets, ...after.sheets].map((s) => s.name))];
  for (const name of names) {
    const a = before.sheets.find((s) => s.name === name);
    const b = after.sheets.find((s) => s.name === name);
    if (!a || !b) {
      lines.push(`${a ? '-' : '+'} ${name}`);
      continue;
    }
    for (const address of new Set([...a.cells.keys(), ...b.cells.keys()])) {
      const old = a.cells.get(address);
      const now = b.cells.get(address);
      if (old !== now) lines.push(`  ${name}!${address}: ${show(old)} → ${show(now)}`);
    }
    for (const merge of a.merges) if (!b.merges.includes(merge)) lines.push(`- ${name}!${merge}`);
    for (const merge of b.merges) if (!a.merges.includes(merge)) lines.push(`+ ${name}!${merge}`);
  }
  return lines;
}

function show(json: string | undefined): string {
  if (json === undefined) return '∅';
  const value: unknown = JSON.parse(json);
  return typeof value === 'string' ? value : json;
}
