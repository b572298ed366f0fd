/** A value every row of a class should agree on (its counselor, its college), as the rows give it. */
export interface RowValue {
  /** The first value written, and its row. */
  first?: { value: string; row: number };
  /** Rows that left the cell blank. */
  blanks: number;
  /** Values other than the first: the first row of each, and how many rows hold it. */
  others?: Map<string, { row: number; count: number }>;
}

/** One class as its student rows count it. */
export interface ClassTally {
  /** The name as first written. */
  name: string;
  firstRow: number;
  /** Distinct students. */
  students: number;
  counselor: RowValue;
  college: RowValue;
  /** The first row that writes the name otherwise (full-width brackets, spaces, case). */
  respelled?: { name: string; row: number };
}

/** A class first seen on `row`. */
export function newTally(name: string, row: number): ClassTally {
  return { name, firstRow: row, students: 0, counselor: { blanks: 0 }, college: { blanks: 0 } };
}

/** Adds one row's cell (trimmed text, '' when blank) to a class's value. */
export function addValue(v: RowValue, text: string, row: number): void {
  if (text === '') v.blanks++;
  else if (v.first === undefined) v.first = { value: text, row };
  else if (text !== v.first.value) {
    v.others ??= new Map();
    const other = v.others.get(text);
    if (other) other.count++;
    else v.others.set(text, { row, count: 1 });
  }
}
