import { existsSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { createGraphServer } from "./server.js";

/** Where and what to serve. */
export interface StartOptions {
  /** Folder written by `xiezuo build`; must hold graph.json. */
  graphDir: string;
  /** The built viewer (packages/viewer/dist); must hold index.html. */
  viewerDir: string;
  /** 0 picks a free port. */
  port: number;
}

/** A problem the user can fix (no graph, viewer not built, port taken): one line, no stack. */
export class ServeError extends Error {
  override name = "ServeError";
}

/**
 * Checks the folders, then listens on 127.0.0.1 (never another interface: the graph may hold
 * unpublished material). Resolves once listening, with the address to open.
 */
export async function startGraphServer(options: StartOptions): Promise<{ server: Server; url: string; port: number }> {
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) {
    throw new ServeError(`port ${options.port} is not a TCP port; pass --port N with 0 ≤ N ≤ 65535 (0 picks a free one)`);
  }
  if (!existsSync(join(options.graphDir, "graph.json"))) {
    throw new ServeError(`${options.graphDir} has no graph.json; build one first: pnpm xiezuo build <articles> --out ${options.graphDir}`);
  }
  if (!existsSync(join(options.viewerDir, "index.html"))) {
    throw new ServeError(`the viewer is not built (${options.viewerDir} has no index.html); run pnpm --filter @xiezuo/viewer build`);
  }
  const server = createGraphServer({ graphDir: options.graphDir, viewerDir: options.viewerDir, port: options.port });
  await new Promise<void>((listening, failed) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      failed(
        error.code === "EADDRINUSE"
          ? new ServeError(`port ${options.port} on 127.0.0.1 is taken; pass --port N (or --port 0 for any free port)`)
          : error.code === "EACCES"
            ? new ServeError(`port ${options.port} needs privileges; pass --port N above 1023 (or --port 0)`)
            : error,
      ),
    );
    server.listen(options.port, "127.0.0.1", listening);
  });
  const port = (server.address() as AddressInfo).port;
  return { server, url: `http://127.0.0.1:${port}/`, port };
}
