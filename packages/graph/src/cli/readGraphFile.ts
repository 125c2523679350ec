import { readFileSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { fromGexf } from "../formats/gexf.js";
import { fromGraphml } from "../formats/graphml.js";
import { fromJson } from "../formats/json.js";
import type { XiezuoGraph } from "../types.js";
import { UsageError } from "./usage-error.js";

/** Reads a graph from graph.json, .gexf or .graphml, or from a folder written by `xiezuo build`; UsageError when it cannot. */
export function readGraphFile(path: string): XiezuoGraph {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (!stats) throw new UsageError(`no such graph file or folder: ${path}`);
  const file = stats.isDirectory() ? join(path, "graph.json") : path;
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const extension = extname(file).toLowerCase();
  try {
    if (extension === ".gexf") return fromGexf(text);
    if (extension === ".graphml") return fromGraphml(text);
    return fromJson(text);
  } catch (error) {
    // The library's message names the problem; drop its module prefix for a one-line CLI message.
    const message = error instanceof Error ? error.message.replace(/^@xiezuo\/graph\/\w+: /, "") : String(error);
    throw new UsageError(`${file} is not a readable graph: ${message}`);
  }
}
