/**
 * Phase timings of a build on standard error when XIEZUO_TIMINGS is set: seconds since the
 * previous phase and the process's resident memory (workers included: they are threads).
 */
export function phaseTimer(): (phase: string) => void {
  if (!process.env.XIEZUO_TIMINGS) return () => {};
  let last = performance.now();
  let peak = 0;
  return (phase) => {
    const now = performance.now();
    const rss = process.memoryUsage.rss();
    peak = Math.max(peak, rss);
    console.error(`timing: ${phase} ${((now - last) / 1000).toFixed(2)} s, rss ${(rss / 2 ** 20).toFixed(0)} MiB (peak seen ${(peak / 2 ** 20).toFixed(0)} MiB)`);
    last = now;
  };
}
