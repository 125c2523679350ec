import { join } from "node:path";
import type { Command } from "commander";
import { buildGraph } from "../../build/buildGraph.js";
import { writeGexf } from "../../formats/gexf.js";
import { writeJson } from "../../formats/json.js";
import { writeViewerFiles } from "../../formats/writeViewerFiles.js";
import { enrichGraph } from "../../layout/enrichGraph.js";
import { extractIntoStore, type StoreRun } from "../../pipeline/extract-into-store.js";
import { OutputFolderError, startBuild, type PendingBuild } from "../../pipeline/output-folder.js";
import { phaseTimer } from "../../pipeline/timings.js";
import { writeCorpusTables } from "../../store/corpus-tables.js";
import { writeExtractionJson } from "../../store/extraction-json.js";
import { readCorpus } from "../../store/read-corpus.js";
import { ResultStore, STORE_FILE } from "../../store/store.js";
import { checkInputsExist } from "../inputs.js";
import { parseJobs } from "../parseJobs.js";
import { parseMegabytes } from "../parseMegabytes.js";
import { parseWholeNumber } from "../parseWholeNumber.js";
import { progressReporter } from "../progress.js";
import { summarize } from "../summary.js";
import { UsageError } from "../usage-error.js";

interface BuildOptions {
  out: string;
  name?: string;
  seed: number;
  iterations?: number;
  jobs?: number;
  /** --max-file-mb, in bytes. */
  maxFileMb?: number;
}

/**
 * `xiezuo build <inputs…> --out DIR`: extraction into the store (only new and changed files),
 * graph, analytics and layout, written as graph.json, graph.gexf and extraction.json into a
 * new folder that replaces DIR in one rename.
 */
export function registerBuild(program: Command): void {
  program
    .command("build")
    .description("build the knowledge graph of articles (files or folders) into DIR: graph.json, graph.gexf, extraction.json, viewer.json, store.duckdb")
    .argument("<inputs...>", "article files (.txt .md .html) or folders of them")
    .requiredOption("-o, --out <dir>", "folder to write into (created if missing; rebuilt files are reused from its store)")
    .option("--name <name>", "name of the graph (default: the output folder's name)")
    .option("--seed <n>", "seed of the layout and of community detection", parseWholeNumber("--seed"), 1)
    .option("--iterations <n>", "ForceAtlas2 iterations (default: 200, fewer for big graphs)", parseWholeNumber("--iterations"))
    .option("-j, --jobs <n>", "worker threads extracting articles (default: the number of cores)", parseJobs)
    .option("--max-file-mb <n>", "skip (as an issue) files larger than this (default: 20)", parseMegabytes("--max-file-mb"))
    .action(async (inputs: string[], options: BuildOptions) => {
      checkInputsExist(inputs);
      const pending = await startBuildOrFail(options.out);
      const folder = pending.dir;
      const name = options.name ?? (basenameOf(options.out) || "xiezuo");
      const progress = progressReporter("extracting");
      const phase = phaseTimer();
      let report;
      try {
        const store = await ResultStore.open(join(folder, STORE_FILE));
        try {
          const run = await extractIntoStore(inputs, store, {
            onProgress: progress.update,
            ...(options.jobs === undefined ? {} : { jobs: options.jobs }),
            ...(options.maxFileMb === undefined ? {} : { maxFileBytes: options.maxFileMb }),
          });
          progress.stop();
          phase("extract");
          const { graph, evidence, summary } = await reduceStore(store, run, folder, name, phase);
          enrichGraph(graph, { seed: options.seed, ...(options.iterations === undefined ? {} : { iterations: options.iterations }) });
          phase("metrics and layout");
          await writeJson(graph, join(folder, "graph.json"), evidence);
          await writeGexf(graph, join(folder, "graph.gexf"), evidence);
          phase("graph.json and graph.gexf");
          await writeViewerFiles(graph, folder, evidence);
          phase("viewer files");
          report = { summary, run, graph };
        } finally {
          progress.stop();
          await store.close();
        }
        await pending.publish();
        phase("store closed, build published");
      } catch (error) {
        await pending.abandon();
        throw error;
      }

      const { summary, run, graph } = report;
      console.log(summary);
      console.log(`store: ${run.reused} reused, ${run.extracted} extracted, ${run.dropped} dropped`);
      console.log(`graph: ${graph.order} nodes, ${graph.size} edges`);
      const written = ["graph.json", "graph.gexf", "extraction.json", "viewer.json", "evidence", STORE_FILE];
      console.log(`written: ${written.map((file) => join(options.out, file)).join(", ")}`);
    });
}

/**
 * The reduce of the store (done by DuckDB): the corpus tables and extraction.json written, then
 * the graph built from it. The corpus itself (hundreds of thousands of objects) is not kept past this: the
 * graph stage's collections then walk the graph alone. The evidence stays apart, as bytes.
 */
async function reduceStore(store: ResultStore, run: StoreRun, folder: string, name: string, phase: (name: string) => void) {
  const corpus = await readCorpus(store, run.issues);
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

async function startBuildOrFail(out: string): Promise<PendingBuild> {
  try {
    return await startBuild(out);
  } catch (error) {
    if (error instanceof OutputFolderError) throw new UsageError(error.message);
    throw new UsageError(`cannot create the output folder ${out}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function basenameOf(path: string): string {
  return path.replace(/[\\/]+$/, "").split(/[\\/]/).pop() ?? "";
}
