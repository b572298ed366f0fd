/**
 * Milliseconds of CPU this process has used (user and system): what a time limit in a test measures, so that other
 * processes sharing the machine do not make the code under test look slow. Only for work done in this process.
 */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
