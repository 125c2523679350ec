import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { fileURLToPath } from "node:url";
import { createGraphServer } from "../../graph/src/serve/server.js";

export const VIEWER_DIST = fileURLToPath(new URL("../dist/", import.meta.url));

/** Serves the built viewer and a graph folder on a free port of 127.0.0.1, as `xiezuo serve` does. */
export async function serveGraph(graphDir: string): Promise<{ url: string; server: Server }> {
  const server = createGraphServer({ graphDir, viewerDir: VIEWER_DIST, port: 0 });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}
