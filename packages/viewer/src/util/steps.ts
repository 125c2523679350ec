/**
 * Long work written as a generator that says where it may pause (`yield`): run at once with
 * `runNow`, or in slices with `runSliced`, giving the page's thread back between slices so that
 * input (hover, clicks) and frames go on while a big graph is read.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs steps to the end, without pausing. */
export function runNow<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** About this long (ms) the work holds the thread at a time: well under a frame of hover. */
export const SLICE_MS = 12;

/** At most this long (ms) between frames while slices run: a pointer move waits for a frame, and Chrome puts frames off behind yielded work. */
export const FRAME_EVERY_MS = 40;
let lastFrame = 0;

/**
 * Gives the thread back for a moment: input goes first (scheduler.yield where the browser has
 * it). Yield's continuations rank above rendering, and Chrome put frames off — and the pointer
 * moves it aligns with them — to its starvation limit, about 100 ms: every hover while a big
 * graph loaded took that long. So every FRAME_EVERY_MS the next slice waits for a frame instead.
 */
function giveBack(): Promise<void> {
  const now = performance.now();
  if (now - lastFrame >= FRAME_EVERY_MS && typeof requestAnimationFrame === "function") {
    lastFrame = now;
    return new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  }
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((done) => setTimeout(done, 0));
}

/** Runs steps in slices of about `budget` ms, giving the thread back between them. */
export async function runSliced<T>(steps: Steps<T>, budget = SLICE_MS): Promise<T> {
  let end = performance.now() + budget;
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() >= end) {
      await giveBack();
      end = performance.now() + budget;
    }
  }
}

/** How many items a loop handles between chances to pause (a pause is checked, not taken, at each). */
export const EVERY = 1024;
