/**
 * A worker of the build's extraction pool (piscina): loads the gazetteer and jieba's
 * dictionaries once when it starts, then extracts one shard (a run of files) per task, writing
 * its rows to the shard's files itself and handing back only their names.
 */
import { warmExtractor } from "@xiezuo/extract";
import { extractShard, type ShardTask } from "./extract-shard.js";

// piscina hands this worker tasks once the module, and so this load, has finished.
await warmExtractor();

export default function shardTask(task: ShardTask) {
  return extractShard(task);
}
