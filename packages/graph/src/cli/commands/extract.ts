import type { Command } from "commander";
import { once } from "node:events";
import type { Chunk } from "../../io/writeChunksAtomic.js";
import { sectionChunks, writeJsonSections, type Section } from "../../store/extraction-json.js";
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
      // Written an item at a time, never as one string: the JSON of one text of tens of megabytes is past V8's longest string.
      const sections: Section[] = Object.entries(result).map(([key, items]) => [key, items as unknown[]]);
      if (options.out) {
        await writeJsonSections(options.out, sections);
        console.error(summarize(result));
        console.error(`written: ${options.out}`);
      } else {
        await writeToStdout(sectionChunks(sections));
        console.error(summarize(result));
      }
    });
}

/** Writes the pieces to standard output, a buffer's worth at a time, waiting whenever the pipe is full. */
async function writeToStdout(chunks: AsyncIterable<Chunk>): Promise<void> {
  let pending = "";
  for await (const chunk of chunks) {
    // Bytes come whole items at a time, so never a character cut in two.
    pending += typeof chunk === "string" ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString("utf8");
    if (pending.length < 1 << 16) continue;
    if (!process.stdout.write(pending)) await once(process.stdout, "drain");
    pending = "";
  }
  if (pending && !process.stdout.write(pending)) await once(process.stdout, "drain");
}
