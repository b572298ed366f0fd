/** The zip record signatures (little-endian), for the writer and the guard alike. */
export const ZIP_SIGNATURE = {
  /** A local file header: one per entry, before its data. */
  local: 0x04034b50,
  /** A central directory record: one per entry, after all the data. */
  central: 0x02014b50,
  /** The end of central directory record, last in the file. */
  end: 0x06054b50,
} as const;
