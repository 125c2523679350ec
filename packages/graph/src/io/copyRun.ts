/** From this many bytes a run is copied by the native copy; shorter ones byte by byte, which costs less than the call. */
const NATIVE_COPY_FROM = 24;

/** Copies `source[from, to)` into `target` at `at` (which has room for it); gives the position after it. */
export function copyRun(source: Buffer, from: number, to: number, target: Buffer, at: number): number {
  if (to - from >= NATIVE_COPY_FROM) return at + source.copy(target, at, from, to);
  for (let i = from; i < to; i++) target[at++] = source[i]!;
  return at;
}
