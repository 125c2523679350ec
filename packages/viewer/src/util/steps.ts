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

/**
 * Gives the thread back for a moment: input and frames go first. The next slice is a task of
 * background priority (scheduler.postTask where the browser has it), below input and rendering:
 * scheduler.yield's continuations rank above both, and Chrome then put off frames — and the
 * pointer moves it aligns with them — until its starvation limit, about 100 ms: every hover
 * while a big graph loaded took that long.
 */
function giveBack(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { postTask?: (task: () => void, options: { priority: string }) => Promise<void> } }).scheduler;
  if (scheduler?.postTask) return scheduler.postTask(() => {}, { priority: "user-visible" });
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
