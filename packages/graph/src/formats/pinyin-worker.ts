/**
 * The worker of `pinyinLinesApart`: each node's names in, its line of pinyin forms out (what
 * viewer.json's `nodes.pinyin` holds, one line per node).
 */
import { parentPort } from "node:worker_threads";
import { pinyinLine } from "./pinyinLines.js";

parentPort!.once("message", (names: string[][]) => {
  parentPort!.postMessage(names.map(pinyinLine));
});
