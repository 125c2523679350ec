import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Command } from "commander";
import { buildGraph } from "../../build/buildGraph.js";
import { toGexf } from "../../formats/gexf.js";
import { toJson } from "../../formats/json.js";
import { writeViewerFiles } from "../../formats/writeViewerFiles.js";
import { writeFileAtomic } from "../../io/writeFileAtomic.js";
import { enrichGraph } from "../../layout/enrichGraph.js";
import { checkInputsExist } from "../inputs.js";
import { parseMegabytes } from "../parseMegabytes.js";
import { parseWholeNumber } from "../parseWholeNumber.js";
import { extractWithProgress } from "../progress.js";
import { summarize } from "../summary.js";
import { UsageError } from "../usage-error.js";

interface BuildOptions {
  out: string;
  name?: string;
  seed: number;
  iterations?: number;
  /** --max-file-mb, in bytes. */
  maxFileMb?: number;
}

/** `xiezuo build <inputs…> --out DIR`: extraction, graph, analytics and layout, written as graph.json, graph.gexf and extraction.json. */
export function registerBuild(program: Command): void {
  program
    .command("build")
    .description("build the knowledge graph of articles (files or folders) into DIR: graph.json, graph.gexf, extraction.json")
    .argument("<inputs...>", "article files (.txt .md .html) or folders of them")
    .requiredOption("-o, --out <dir>", "folder to write into (created if missing)")
    .option("--name <name>", "name of the graph (default: the output folder's name)")
    .option("--seed <n>", "seed of the layout and of community detection", parseWholeNumber("--seed"), 1)
    .option("--iterations <n>", "ForceAtlas2 iterations (default: 200, fewer for big graphs)", parseWholeNumber("--iterations"))
    .option("--max-file-mb <n>", "skip (as an issue) files larger than this (default: 20)", parseMegabytes("--max-file-mb"))
    .action(async (inputs: string[], options: BuildOptions) => {
      checkInputsExist(inputs);
      try {
        await mkdir(options.out, { recursive: true });
      } catch (error) {
        throw new UsageError(`cannot create the output folder ${options.out}: ${error instanceof Error ? error.message : String(error)}`);
      }

      const result = await extractWithProgress(inputs, options.maxFileMb === undefined ? {} : { maxFileBytes: options.maxFileMb });

      const name = options.name ?? (basenameOf(options.out) || "xiezuo");
      const graph = enrichGraph(buildGraph(result, { name }), {
        seed: options.seed,
        ...(options.iterations === undefined ? {} : { iterations: options.iterations }),
      });
      const files = {
        "graph.json": toJson(graph),
        "graph.gexf": toGexf(graph),
        "extraction.json": `${JSON.stringify(result, null, 2)}\n`,
      };
      for (const [file, text] of Object.entries(files)) await writeFileAtomic(join(options.out, file), text);
      await writeViewerFiles(graph, options.out);

      console.log(summarize(result));
      console.log(`graph: ${graph.order} nodes, ${graph.size} edges`);
      console.log(`written: ${Object.keys(files).map((file) => join(options.out, file)).join(", ")}`);
    });
}

function basenameOf(path: string): string {
  return path.replace(/[\\/]+$/, "").split(/[\\/]/).pop() ?? "";
}
