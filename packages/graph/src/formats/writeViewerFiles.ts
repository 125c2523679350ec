import { writeFileSync } from "node:fs";
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { EvidenceTable } from "../build/evidenceTable.js";
import { writeFileAtomic } from "../io/writeFileAtomic.js";
import type { XiezuoGraph } from "../types.js";
import { overviewText, startViewerFile } from "./viewerFile.js";

/**
 * Writes viewer.json, evidence/N.json and (big graphs) overview.json into a build folder. Each
 * shard is written as soon as it is complete (never all of them in memory); the shards and the
 * overview go first and viewer.json last, so a viewer.json on disk only ever names shards that
 * are complete; shards left over from a bigger earlier build are removed, and so is an
 * overview.json a smaller graph does not have. A graph built with its evidence apart is written
 * with the evidence from that table; `pinyinLines` are the search's lines if already worked out
 * (see `viewerFile`).
 */
export async function writeViewerFiles(graph: XiezuoGraph, folder: string, evidence?: EvidenceTable, pinyinLines?: readonly string[]): Promise<string[]> {
  return (await startViewerFiles(graph, folder, evidence)).finish(pinyinLines);
}

/**
 * `writeViewerFiles` in two steps (see `startViewerFile`): the evidence shards now, while a
 * build's layout runs; viewer.json and overview.json, with the positions, by `finish`. `folds`
 * are the fold parents the layout worked out already, if any.
 */
export async function startViewerFiles(graph: XiezuoGraph, folder: string, evidence?: EvidenceTable, folds?: ReadonlyMap<string, string | null>): Promise<{ finish(pinyinLines?: readonly string[]): Promise<string[]> }> {
  await mkdir(join(folder, "evidence"), { recursive: true });
  let shard = 0;
  // Shards are plain writes (hundreds of fsyncs would cost seconds); viewer.json, which names them, is atomic and last.
  const pending = startViewerFile(graph, (bytes) => writeFileSync(join(folder, "evidence", `${shard++}.json`), bytes), evidence, folds);
  return {
    async finish(pinyinLines) {
      const viewer = pending.finish(pinyinLines);
      const overview = overviewText(graph, viewer);
      if (overview !== undefined) await writeFile(join(folder, "overview.json"), overview);
      await writeFileAtomic(join(folder, "viewer.json"), JSON.stringify(viewer));
      if (overview === undefined) await rm(join(folder, "overview.json"), { force: true });
      for (const name of await readdir(join(folder, "evidence"))) {
        const match = /^(\d+)\.json$/.exec(name);
        if (match && Number(match[1]) >= viewer.shards) await rm(join(folder, "evidence", name), { force: true });
      }
      return [join(folder, "viewer.json"), join(folder, "evidence"), ...(overview === undefined ? [] : [join(folder, "overview.json")])];
    },
  };
}
