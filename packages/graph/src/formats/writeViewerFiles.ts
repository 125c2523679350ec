import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { writeFileAtomic } from "../io/writeFileAtomic.js";
import type { XiezuoGraph } from "../types.js";
import { toViewerFiles } from "./viewerFile.js";

/**
 * Writes viewer.json, evidence/N.json and (big graphs) overview.json into a build folder. The
 * shards and the overview go first and viewer.json last, so a viewer.json on disk only ever
 * names shards that are complete; shards left over from a bigger earlier build are removed, and
 * so is an overview.json a smaller graph does not have.
 */
export async function writeViewerFiles(graph: XiezuoGraph, folder: string): Promise<string[]> {
  const { viewer, files } = toViewerFiles(graph);
  await mkdir(join(folder, "evidence"), { recursive: true });
  // Shards are plain writes (hundreds of fsyncs would cost seconds); viewer.json, which names them, is atomic and last.
  for (const [name, text] of files) if (name !== "viewer.json") await writeFile(join(folder, name), text);
  await writeFileAtomic(join(folder, "viewer.json"), files.get("viewer.json")!);
  if (!files.has("overview.json")) await rm(join(folder, "overview.json"), { force: true });
  for (const name of await readdir(join(folder, "evidence"))) {
    const shard = /^(\d+)\.json$/.exec(name);
    if (shard && Number(shard[1]) >= viewer.shards) await rm(join(folder, "evidence", name), { force: true });
  }
  return [join(folder, "viewer.json"), join(folder, "evidence"), ...(files.has("overview.json") ? [join(folder, "overview.json")] : [])];
}
