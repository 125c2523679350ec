import { join } from "node:path";
import type { Command } from "commander";
import { extractIntoStore } from "../../pipeline/extract-into-store.js";
import { runGraphStage } from "../../pipeline/graph-stage.js";
import { OutputFolderError, startBuild, type PendingBuild } from "../../pipeline/output-folder.js";
import { phaseTimer } from "../../pipeline/timings.js";
import { ResultStore, STORE_FILE } from "../../store/store.js";
import { checkInputsExist } from "../inputs.js";
import { parseJobs } from "../parseJobs.js";
import { parseMegabytes } from "../parseMegabytes.js";
import { parseWholeNumber } from "../parseWholeNumber.js";
import { progressReporter } from "../progress.js";
import { UsageError } from "../usage-error.js";

interface BuildOptions {
  out: string;
  name?: string;
  seed: number;
  iterations?: number;
  jobs?: number;
  /** --max-file-mb, in bytes. */
  maxFileMb?: number;
  /** false with --no-extraction-json. */
  extractionJson: boolean;
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
    .option("--no-extraction-json", "write no extraction.json (store.duckdb and `xiezuo export` hold the same; it is ~30 KB per article)")
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
          const { graph, summary } = await runGraphStage(store, run.issues, folder, {
            name,
            seed: options.seed,
            ...(options.iterations === undefined ? {} : { iterations: options.iterations }),
            extractionJson: options.extractionJson,
            phase,
          });
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
      const written = ["graph.json", "graph.gexf", ...(options.extractionJson ? ["extraction.json"] : []), "viewer.json", "evidence", STORE_FILE];
      console.log(`written: ${written.map((file) => join(options.out, file)).join(", ")}`);
    });
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
