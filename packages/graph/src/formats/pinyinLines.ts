import { fileURLToPath } from "node:url";
import { workApart } from "../util/workApart.js";
import { pinyinOfNames } from "./pinyinForms.js";

// The compiled worker, from src (tests) and dist alike.
const WORKER_FILE = fileURLToPath(new URL("../../dist/formats/pinyin-worker.js", import.meta.url));

/** A node's line of viewer.json's `nodes.pinyin`: the distinct pinyin forms of its names. Neither separator can be in a form: pinyinForms drops all white space. */
export function pinyinLine(names: string[]): string {
  return pinyinOfNames(names).join(" ");
}

/** Pinyin lines being worked out in another thread. */
export interface PinyinLinesApart {
  /** One line per node, in the order of the names given. */
  lines: Promise<string[]>;
  /** Ends the thread if it is still working (the build failed before it needed the lines). */
  stop(): void;
}

/**
 * The pinyin lines of every node's names (its label and aliases), worked out in a worker thread
 * while this one lays the graph out: pinyin-pro takes seconds for a graph of 60k nodes, and the
 * lines depend on nothing the later steps change.
 */
export function pinyinLinesApart(names: string[][]): PinyinLinesApart {
  const apart = workApart<string[]>(WORKER_FILE, names, [], "pinyin", "its lines");
  return { lines: apart.result, stop: apart.stop };
}
