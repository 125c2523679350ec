import { copyFileSync, mkdtempSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startGraphServer } from "../../graph/src/serve/start.js";

/** The built viewer (`pnpm --filter @xiezuo/viewer build`), as `xiezuo serve` hands it out. */
export const VIEWER_DIST = fileURLToPath(new URL("../dist/", import.meta.url));
/** The hand-made fixture graph (see fixtures/make-graph.mjs). */
export const FIXTURE_GRAPH = fileURLToPath(new URL("./fixtures/graph.json", import.meta.url));

/** Serves a built viewer and a build folder on a free port of 127.0.0.1 with the code `xiezuo serve` runs. */
export async function serveGraph(graphDir: string, viewerDir = VIEWER_DIST): Promise<{ url: string; server: Server }> {
  return startGraphServer({ graphDir, viewerDir, port: 0 });
}

/** A build folder holding a copy of the fixture graph.json. */
export function fixtureDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "xiezuo-viewer-"));
  copyFileSync(FIXTURE_GRAPH, join(dir, "graph.json"));
  return dir;
}
