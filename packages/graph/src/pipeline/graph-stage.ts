import { join } from "node:path";
import type { Issue } from "@xiezuo/extract";
import { buildGraph } from "../build/buildGraph.js";
import { nodeNames } from "../build/mergeInto.js";
import { writeGexf } from "../formats/gexf.js";
import { writeJson } from "../formats/json.js";
import { pinyinLinesApart } from "../formats/pinyinLines.js";
import { startViewerFiles } from "../formats/writeViewerFiles.js";
import { assignMetrics } from "../analytics/assignMetrics.js";
import { assignAppearance } from "../layout/assignAppearance.js";
import { assignLayout, finishCommunityLayout, laidOutByCommunity } from "../layout/assignLayout.js";
import { communityLayoutApart } from "../layout/communityLayoutApart.js";
import { summarize } from "../cli/summary.js";
import { writeCorpusTables } from "../store/corpus-tables.js";
import { writeExtractionJson } from "../store/extraction-json.js";
import { EvidenceSpill } from "../store/evidence-spill.js";
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
  /** Whether to write extraction.json (default true): the store and `xiezuo export` hold the same. */
  extractionJson?: boolean;
  /** Called after each step with its name (the build's XIEZUO_TIMINGS, the bench's phases). */
  phase?: (name: string) => void;
}

/**
 * Everything a build does once the extraction results are in the store: the reduce read back
 * and the corpus tables written; extraction.json written from the store, which is then closed;
 * the graph built, its metrics (communities, PageRank) assigned and its layout worked out in a
 * worker thread, the viewer's evidence shards written meanwhile; appearance, graph.json, graph.gexf
 * and the rest of the viewer files (their pinyin worked out in another worker) into `folder`. One function, so that
 * `xiezuo build` and the benches run the same steps. The files are those of `enrichGraph` and
 * the writers on the same graph.
 */
export async function runGraphStage(store: ResultStore, runIssues: readonly Issue[], folder: string, options: GraphStageOptions): Promise<{ graph: XiezuoGraph; summary: string }> {
  const phase = options.phase ?? (() => {});
  const layoutOptions = { seed: options.seed, ...(options.iterations === undefined ? {} : { iterations: options.iterations }) };
  // The evidence's bytes (1.3 GB at 100k articles) wait in a file for the writers, not in memory.
  const spill = new EvidenceSpill(join(folder, EVIDENCE_SPILL_FILE));
  let reduced: Awaited<ReturnType<typeof reduceStore>>;
  try {
    reduced = await reduceStore(store, runIssues, folder, options, phase, spill);
  } catch (error) {
    spill.close();
    throw error;
  }
  const { graph, evidence, summary, layout, pinyin } = reduced;
  try {
    let viewer: { finish(pinyinLines?: readonly string[]): Promise<string[]> } | undefined;
    if (layout) {
      // The viewer's evidence shards need no positions: written while the layout runs on the other core.
      viewer = await startViewerFiles(graph, folder, evidence, layout.folds);
      phase("viewer shards");
      finishCommunityLayout(graph, await layout.positions);
    } else assignLayout(graph, layoutOptions);
    assignAppearance(graph);
    phase("layout");
    await writeJson(graph, join(folder, "graph.json"), evidence);
    phase("graph.json");
    await writeGexf(graph, join(folder, "graph.gexf"), evidence);
    phase("graph.gexf");
    viewer ??= await startViewerFiles(graph, folder, evidence);
    await viewer.finish(await pinyin.lines);
    phase("viewer files");
  } finally {
    layout?.stop();
    pinyin.stop();
    spill.close();
  }
  return { graph, summary };
}

/**
 * The reduce of the store (done by DuckDB) read back, extraction.json written from the store,
 * which is then closed, the graph built and its metrics assigned, and its layout started in a worker;
 * the pinyin of the nodes' names worked out in another worker from the moment the store is closed.
 * The corpus itself (hundreds of thousands of objects) is not kept past this: the later steps walk
 * the graph alone. The evidence stays apart, as bytes.
 */
async function reduceStore(store: ResultStore, runIssues: readonly Issue[], folder: string, options: GraphStageOptions, phase: (name: string) => void, evidenceSpill: EvidenceSpill) {
  const corpus = await readCorpus(store, runIssues, { evidenceSpill });
  phase("read the store");
  // extraction.json before the graph, and the store closed then: DuckDB's buffers (up to its
  // memory limit) and the graph are never held at the same time (a 10k build's graph stage
  // peaked 0.36 GB higher when the layout ran beside extraction.json instead). The corpus
  // tables, DuckDB's work alone on the store's connection, are written meanwhile, once the
  // mentions are read.
  if (options.extractionJson === false) await writeCorpusTables(store);
  else await writeExtractionJson(join(folder, "extraction.json"), store, corpus, () => writeCorpusTables(store));
  await store.close();
  phase(options.extractionJson === false ? "corpus tables" : "extraction.json");
  // Names do not change from here on (a node's are its entity's): their pinyin is worked out on the
  // other core while this one builds the graph, not beside the layout; and not beside DuckDB's
  // buffers either (the worker's heap is some 90 MB).
  const names = corpus.entities.map(nodeNames);
  let pinyin = pinyinLinesApart(names);
  try {
    const graph = buildGraph(corpus, { name: options.name });
    phase("graph");
    if (!hasNames(graph, names)) {
      // Not a graph of these entities one node each: its own names, then.
      pinyin.stop();
      pinyin = pinyinLinesApart(graph.mapNodes((_node, attributes) => [attributes.label, ...attributes.aliases]));
    }
    assignMetrics(graph, { seed: options.seed });
    phase("metrics");
    const layout = laidOutByCommunity(graph, options.iterations === undefined ? {} : { iterations: options.iterations }) ? communityLayoutApart(graph, options.seed) : undefined;
    return { graph, evidence: corpus.evidence, summary: summarize(corpus), layout, pinyin };
  } catch (error) {
    pinyin.stop();
    throw error;
  }
}

/** The evidence's file in the build folder while the stage runs (removed as soon as it is open, where the system allows). */
const EVIDENCE_SPILL_FILE = ".evidence-spill";

/** Whether the graph's nodes, in order, have these names (label, then aliases). */
function hasNames(graph: XiezuoGraph, names: readonly string[][]): boolean {
  if (graph.order !== names.length) return false;
  let i = 0;
  return graph.everyNode((_node, attributes) => {
    const own = names[i++]!;
    return own[0] === attributes.label && own.length === attributes.aliases.length + 1 && attributes.aliases.every((alias, k) => own[k + 1] === alias);
  });
}
