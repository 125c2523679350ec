import type { EntitySearch } from "./index.js";
import type { PinyinPart, PinyinRequest } from "./pinyin.worker.js";

/**
 * Works out the pinyin of a search index in a web worker and puts it in as parts come back,
 * so neither opening a big graph nor a query ever waits for it (70,000 names take seconds).
 * Where no worker can run, it is worked out in idle slices instead, pinyin-pro loaded then.
 * `done` is called once every entry has its pinyin; the result stops the work.
 */
export function fillPinyin(search: EntitySearch, done: () => void): () => void {
  const names = search.pinyinSources();
  let received = 0;
  let stopped = false;
  const isStopped = () => stopped;
  let worker: Worker | null = null;
  try {
    worker = new Worker(new URL("./pinyin.worker.ts", import.meta.url), { type: "module" });
  } catch {
    inSlices(search, names, 0, done, isStopped);
  }
  if (worker) {
    const own = worker;
    own.onmessage = (event: MessageEvent<PinyinPart>) => {
      if (stopped) return;
      search.addPinyin(event.data.start, event.data.forms);
      received = event.data.start + event.data.forms.length;
      if (event.data.done) (own.terminate(), done());
    };
    own.onerror = (event) => {
      // A worker that cannot start or fails: the rest on the page's own thread.
      event.preventDefault();
      own.terminate();
      if (!stopped) inSlices(search, names, received, done, isStopped);
    };
    own.postMessage({ names } satisfies PinyinRequest);
  }
  return () => {
    stopped = true;
    worker?.terminate();
  };
}

/** The page's own thread, a slice at a time while it is idle (within half a second when it never is). */
function inSlices(search: EntitySearch, names: string[][], from: number, done: () => void, stopped: () => boolean): void {
  const idle: (work: (deadline?: IdleDeadline) => void) => void = window.requestIdleCallback
    ? (work) => window.requestIdleCallback(work, { timeout: 500 })
    : (work) => setTimeout(work, 50);
  void import("@xiezuo/graph/pinyin").then(({ pinyinOfNames }) => {
    let at = from;
    const slice = (deadline?: IdleDeadline) => {
      if (stopped()) return;
      const end = performance.now() + Math.max(8, deadline?.timeRemaining() ?? 30);
      const start = at;
      const forms: string[][] = [];
      while (at < names.length && (forms.length === 0 || performance.now() < end)) forms.push(pinyinOfNames(names[at++]!));
      search.addPinyin(start, forms);
      if (at < names.length) idle(slice);
      else done();
    };
    idle(slice);
  });
}
