/** What the CLI talks to; tests pass their own. */
export interface CliIo {
  cwd: string;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env: Record<string, string | undefined>;
  /** The moment "today" is read from, once. */
  now: Date;
  /**
   * Called once a build has every output in memory, just before it writes: the bin catches SIGINT and SIGTERM from
   * then on (to remove its temporary files); before, an interrupt ends the run at once, even in a long computation.
   */
  writing?: () => void;
}
