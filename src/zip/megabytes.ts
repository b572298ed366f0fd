const MB = 1024 * 1024;

/**
 * Bytes as megabytes for a message, rounded UP to a tenth so a size over a limit never shows as equal to it: "4096 MB",
 * "50.1 MB".
 */
export function megabytes(bytes: number): string {
  return `${Math.ceil(bytes / (MB / 10)) / 10} MB`;
}
