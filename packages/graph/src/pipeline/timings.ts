/**
 * Phase timings of a build on standard error when XIEZUO_TIMINGS is set: seconds since the
 * previous phase and the process's resident memory (workers included: they are threads), with
 * this thread's JavaScript heap and buffers (the rest is mostly DuckDB's).
 */
export function phaseTimer(): (phase: string) => void {
  if (!process.env.XIEZUO_TIMINGS) return () => {};
  let last = performance.now();
  let peak = 0;
  return (phase) => {
    const now = performance.now();
    const { rss, heapUsed, external } = process.memoryUsage();
    peak = Math.max(peak, rss);
    const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
    console.error(`timing: ${phase} ${((now - last) / 1000).toFixed(2)} s, rss ${mib(rss)} (peak seen ${mib(peak)}; JavaScript heap ${mib(heapUsed)}, buffers ${mib(external)})`);
    last = now;
  };
}
