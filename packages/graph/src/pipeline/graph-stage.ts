import { join } from "node:path";
import type { Issue } from "@xiezuo/extract";
import { buildGraph } from "../build/buildGraph.js";
import { writeGexf } from "../formats/gexf.js";
import { writeJson } from "../formats/json.js";
import { pinyinLinesApart } from "../formats/pinyinLines.js";
import { writeViewerFiles } from "../formats/writeViewerFiles.js";
import { enrichGraph } from "../layout/enrichGraph.js";
import { summarize } from "../cli/summary.js";
import { writeCorpusTables } from "../store/corpus-tables.js";
import { writeExtractionJson } from "../store/extraction-json.js";
import { readCorpus } from "../store/read-corpus.js";
import type { ResultStore } from "../store/store.js";
import type { XiezuoGraph } from "../types.js";

export interface GraphStageOptions {
  /** The graph's name. */
  name: string;
  /** Seed of the layout and of community detection. */
  seed: number;
  /** ForceAtlas2 iterations (default: the layout's own choice). */
  iterations?: number;
  /** Called after each step with its name (the build's XIEZUO_TIMINGS, the bench's phases). */
  phase?: (name: string) => void;
}

/**
 * Everything a build does once the extraction results are in the store: the reduce read back,
 * the corpus tables and extraction.json written, the store closed, then the graph built,
 * enriched (metrics, communities, layout) and written as graph.json, graph.gexf and the viewer
 * files into `folder`. One function, so that `xiezuo build` and the benches run the same steps.
 */
export async function runGraphStage(store: ResultStore, runIssues: readonly Issue[], folder: string, options: GraphStageOptions): Promise<{ graph: XiezuoGraph; summary: string }> {
  const phase = options.phase ?? (() => {});
  const { graph, evidence, summary } = await reduceStore(store, runIssues, folder, options.name, phase);
  // Names do not change from here on: their pinyin is worked out on the other core meanwhile.
  const pinyin = pinyinLinesApart(graph.mapNodes((_node, attributes) => [attributes.label, ...attributes.aliases]));
  try {
    enrichGraph(graph, { seed: options.seed, ...(options.iterations === undefined ? {} : { iterations: options.iterations }) });
    phase("metrics and layout");
    await writeJson(graph, join(folder, "graph.json"), evidence);
    phase("graph.json");
    await writeGexf(graph, join(folder, "graph.gexf"), evidence);
    phase("graph.gexf");
    await writeViewerFiles(graph, folder, evidence, await pinyin.lines);
    phase("viewer files");
  } finally {
    pinyin.stop();
  }
  return { graph, summary };
}

/**
 * The reduce of the store (done by DuckDB): the corpus tables and extraction.json written, then
 * the graph built from it. The corpus itself (hundreds of thousands of objects) is not kept past
 * this: the later steps walk the graph alone. The evidence stays apart, as bytes.
 */
async function reduceStore(store: ResultStore, runIssues: readonly Issue[], folder: string, name: string, phase: (name: string) => void) {
  const corpus = await readCorpus(store, runIssues);
  await writeCorpusTables(store);
  phase("read the store");
  await writeExtractionJson(join(folder, "extraction.json"), store, corpus);
  // Done with the store: closed now, DuckDB's buffers (up to its memory limit) are not held while the graph is built and laid out.
  await store.close();
  phase("extraction.json");
  const graph = buildGraph(corpus, { name });
  phase("graph");
  return { graph, evidence: corpus.evidence, summary: summarize(corpus) };
}
