import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";

/** Content types of the files the viewer and a build folder hold. */
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".gexf": "application/xml; charset=utf-8",
  ".graphml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};

/** The graph files of a build folder that the server hands out; nothing else of that folder is served. */
export const GRAPH_FILES = ["graph.json", "graph.gexf", "extraction.json", "viewer.json"] as const;
/** The evidence shards the viewer fetches when a node is opened (evidence/0.json …): digits only, so no name can leave the folder. */
const EVIDENCE_SHARD = /^evidence\/\d{1,7}\.json$/;

export interface ServeOptions {
  /** Folder written by `xiezuo build` (must hold graph.json). */
  graphDir: string;
  /** The built viewer (packages/viewer/dist). */
  viewerDir: string;
  port: number;
  host?: string;
}

/**
 * An HTTP server on 127.0.0.1 for the viewer's files and a build folder's graph files.
 * Paths are resolved inside those two folders only: `..`, encoded or not, never leaves them.
 */
export function createGraphServer(options: ServeOptions): Server {
  const viewerRoot = resolve(options.viewerDir);
  return createServer((request, response) => {
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    const file = resolveRequest(request.url ?? "/", viewerRoot, resolve(options.graphDir));
    if (!file) {
      response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("not found\n");
      return;
    }
    response.writeHead(200, {
      "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
      "Content-Length": statSync(file).size,
      "Cache-Control": "no-cache",
      "X-Content-Type-Options": "nosniff",
    });
    if (request.method === "HEAD") response.end();
    else createReadStream(file).pipe(response);
  });
}

/** The file a URL asks for, or undefined when it is not one the server hands out. */
export function resolveRequest(url: string, viewerRoot: string, graphRoot: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url, "http://localhost").pathname);
  } catch {
    return undefined;
  }
  if (path.includes("\0")) return undefined;
  const name = path.replace(/^\/+/, "");
  if ((GRAPH_FILES as readonly string[]).includes(name) || EVIDENCE_SHARD.test(name)) {
    const file = join(graphRoot, name);
    return existsSync(file) ? file : undefined;
  }
  const file = normalize(join(viewerRoot, name === "" ? "index.html" : name));
  if (file !== viewerRoot && !file.startsWith(viewerRoot + sep)) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}
