/// <reference lib="webworker" />
import { pinyinOfNames } from "@xiezuo/graph/pinyin";

/** What the page sends: each entity's names (label, aliases), in the order of its search index. */
export interface PinyinRequest {
  names: string[][];
}

/** What comes back, in order, a part at a time so the index grows while the rest is worked out. */
export interface PinyinPart {
  start: number;
  forms: string[][];
  done: boolean;
}

/** Entities per message: a few tens of milliseconds of work, so the first part arrives soon. */
const PART = 2000;

// Pinyin for 70,000 names takes seconds: here it takes them from a core the page does not draw with.
self.onmessage = (event: MessageEvent<PinyinRequest>) => {
  const { names } = event.data;
  for (let start = 0; start < names.length || start === 0; start += PART) {
    const forms = names.slice(start, start + PART).map(pinyinOfNames);
    const part: PinyinPart = { start, forms, done: start + PART >= names.length };
    self.postMessage(part);
  }
};
