import { normalizeForMatch } from './columns.js';

/** A student as one row names them: 学号 and 姓名 as written ('' when blank), and their class. */
export interface StudentRow {
  row: number;
  id: string;
  name: string;
  className: string;
  /** The class name as classes are matched ({@link normalizeForMatch}). */
  classKey: string;
}

/** A row's student against the rows before it: first seen, listed again, or a 学号 that names someone else. */
export type Sighting = { kind: 'new' } | { kind: 'again' | 'idConflict'; first: StudentRow };

/** Tells each row's student from those of the rows before it, in constant time a row. */
export interface StudentBook {
  see(student: StudentRow): Sighting;
}

/**
 * The students seen so far. The same 学号 (compared after NFKC, without spaces and case) is the same student, who must
 * then be in the same class with the same name (a blank name agrees with any); a row without a 学号 is the student of
 * the same name in the same class, if there is one: namesakes in two classes are two students.
 */
export function studentBook(): StudentBook {
  const byId = new Map<string, StudentRow>();
  const byName = new Map<string, StudentRow>();
  const nameOf = (s: StudentRow) => normalizeForMatch(s.name);
  return {
    see(s) {
      const nameKey = s.name === '' ? undefined : `${s.classKey}\u0000${nameOf(s)}`;
      const namesake = nameKey === undefined ? undefined : byName.get(nameKey);
      if (s.id === '') {
        if (namesake) return { kind: 'again', first: namesake };
        byName.set(nameKey!, s);
        return { kind: 'new' };
      }
      const idKey = normalizeForMatch(s.id);
      const first = byId.get(idKey);
      if (first) {
        const sameName = first.name === '' || s.name === '' || nameOf(first) === nameOf(s);
        return { kind: first.classKey === s.classKey && sameName ? 'again' : 'idConflict', first };
      }
      if (namesake?.id === '') {
        byId.set(idKey, namesake);
        return { kind: 'again', first: namesake };
      }
      byId.set(idKey, s);
      if (nameKey !== undefined && !namesake) byName.set(nameKey, s);
      return { kind: 'new' };
    },
  };
}
