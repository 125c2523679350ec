import type { Command } from "commander";
import { writeFileAtomic } from "../../io/writeFileAtomic.js";
import { checkInputsExist } from "../inputs.js";
import { parseJobs } from "../parseJobs.js";
import { parseMegabytes } from "../parseMegabytes.js";
import { extractWithProgress } from "../progress.js";
import { summarize } from "../summary.js";

/** `xiezuo extract <inputs…> [--out FILE]`: the extraction result as JSON, without a graph. */
export function registerExtract(program: Command): void {
  program
    .command("extract")
    .description("extract documents, entities, mentions, relations and issues from articles (files or folders)")
    .argument("<inputs...>", "article files (.txt .md .html) or folders of them")
    .option("-o, --out <file>", "write the JSON here (default: standard output)")
    .option("-j, --jobs <n>", "worker threads extracting articles (default: the number of cores)", parseJobs)
    .option("--max-file-mb <n>", "skip (as an issue) files larger than this (default: 20)", parseMegabytes("--max-file-mb"))
    .action(async (inputs: string[], options: { out?: string; jobs?: number; maxFileMb?: number }) => {
      checkInputsExist(inputs);
      const result = await extractWithProgress(inputs, {
        ...(options.jobs === undefined ? {} : { jobs: options.jobs }),
        ...(options.maxFileMb === undefined ? {} : { maxFileBytes: options.maxFileMb }),
      });
      const json = `${JSON.stringify(result, null, 2)}\n`;
      if (options.out) {
        await writeFileAtomic(options.out, json);
        console.error(summarize(result));
        console.error(`written: ${options.out}`);
      } else {
        process.stdout.write(json);
        console.error(summarize(result));
      }
    });
}
