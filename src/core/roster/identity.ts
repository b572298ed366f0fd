/** Who teaches a class: the same name in two colleges is two people. */
export interface CounselorOf {
  counselor: string;
  college?: string;
}

/** One key per counselor: the name, within the college when there is one. */
export function counselorKey(c: CounselorOf): string {
  return c.college === undefined ? c.counselor : `${c.college}\u0000${c.counselor}`;
}

/** True when two classes have the same counselor (same name, same college). */
export function sameCounselor(a: CounselorOf, b: CounselorOf): boolean {
  return a.counselor === b.counselor && a.college === b.college;
}

/** A counselor as messages name them: "王芳", or "经管学院 王芳" when the roster has colleges. */
export function counselorLabel(c: CounselorOf): string {
  return c.college === undefined ? c.counselor : `${c.college} ${c.counselor}`;
}
