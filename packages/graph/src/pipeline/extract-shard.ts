import { extractDocumentInWindows, type FaultInjection, type Issue } from "@xiezuo/extract";
import { ShardWriter, type ShardFile } from "../store/shard-writer.js";

/** One file of a shard: its bytes, or why they could not be read. */
export type ShardInput = { file: string; contentHash: string } & ({ bytes: Uint8Array } | { failure: Issue });

/** A run of consecutive files extracted by one worker into one shard of table files. */
export interface ShardTask {
  /** The folder the shard's files go into, and the shard's name (unique in the run). */
  dir: string;
  name: string;
  extractorVersion: string;
  inputs: ShardInput[];
  /** Tests only: make one stage fail for one file. */
  fault?: FaultInjection;
}

/** A written shard: the file of each table it has rows for. */
export interface Shard {
  name: string;
  tables: ShardFile[];
}

/**
 * Extracts the task's files one after another, writing each file's rows into the shard as its
 * windows are extracted; only the shard's file names go back to the caller. A file whose
 * extraction fails is an issue in the shard, as it would be in the store.
 */
export function extractShard(task: ShardTask): Shard {
  const writer = new ShardWriter(task.dir, task.name, task.extractorVersion);
  for (const input of task.inputs) {
    const sink = writer.begin();
    const result =
      "failure" in input ? { file: input.file, entities: [], mentions: [], relations: [], issues: [input.failure] } : extractDocumentInWindows(input.file, input.bytes, sink, task.fault);
    writer.end(result, input.contentHash);
  }
  return { name: task.name, tables: writer.close() };
}
