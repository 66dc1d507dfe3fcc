/** CPU time (user and system, all of the process's threads) that `fn` took, in milliseconds. */
export function cpuMs(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}
