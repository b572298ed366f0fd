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
 * the same name in the same class, if there is one: namesakes in two classes are two students. Names are indexed only
 * once a row without a 学号 turns up (a registrar's list has none), so a list with every 学号 costs one lookup a row.
 */
export function studentBook(): StudentBook {
  const byId = new Map<string, StudentRow>();
  const unindexed: StudentRow[] = [];
  let byName: Map<string, StudentRow> | undefined;
  const nameOf = (s: StudentRow) => normalizeForMatch(s.name);
  const nameKeyOf = (s: StudentRow) => `${s.classKey}\u0000${nameOf(s)}`;
  const index = (names: Map<string, StudentRow>, s: StudentRow) => {
    const key = nameKeyOf(s);
    if (s.name !== '' && !names.has(key)) names.set(key, s);
  };
  const names = (): Map<string, StudentRow> => {
    if (byName === undefined) {
      byName = new Map();
      for (const s of unindexed) index(byName, s);
      unindexed.length = 0;
    }
    return byName;
  };
  return {
    see(s) {
      if (s.id === '') {
        const namesake = names().get(nameKeyOf(s));
        if (namesake) return { kind: 'again', first: namesake };
        index(names(), s);
        return { kind: 'new' };
      }
      const idKey = normalizeForMatch(s.id);
      const first = byId.get(idKey);
      if (first) {
        const sameName = first.name === '' || s.name === '' || nameOf(first) === nameOf(s);
        return { kind: first.classKey === s.classKey && sameName ? 'again' : 'idConflict', first };
      }
      const namesake = byName !== undefined && s.name !== '' ? byName.get(nameKeyOf(s)) : undefined;
      if (namesake?.id === '') {
        byId.set(idKey, namesake);
        return { kind: 'again', first: namesake };
      }
      byId.set(idKey, s);
      if (byName === undefined) unindexed.push(s);
      else index(byName, s);
      return { kind: 'new' };
    },
  };
}
