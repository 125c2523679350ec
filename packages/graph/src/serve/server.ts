import { createReadStream, realpathSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, resolve, sep } from "node:path";

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
export const GRAPH_FILES = ["graph.json", "graph.gexf", "extraction.json", "viewer.json", "overview.json"] as const;
/** The evidence shards the viewer fetches when a node is opened (evidence/0.json …): digits only, so no name can leave the folder. */
const EVIDENCE_SHARD = /^\d{1,7}\.json$/;

export interface ServeOptions {
  /** Folder written by `xiezuo build` (must hold graph.json). */
  graphDir: string;
  /** The built viewer (packages/viewer/dist). */
  viewerDir: string;
  port: number;
  host?: string;
}

/** Host headers of a request made to this machine's loopback (anything else is DNS rebinding or a proxy). */
const LOOPBACK_HOST = /^(?:127\.0\.0\.1|localhost|\[::1\])(?::\d{1,5})?$/i;

/**
 * An HTTP server on 127.0.0.1 for the viewer's files and a build folder's graph files.
 * Every path goes through `resolveRequest`: nothing outside those two folders is ever served.
 */
export function createGraphServer(options: ServeOptions): Server {
  const viewerRoot = resolve(options.viewerDir);
  const graphRoot = resolve(options.graphDir);
  return createServer((request, response) => {
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    if (!LOOPBACK_HOST.test(request.headers.host ?? "")) {
      response.writeHead(403, { "Content-Type": "text/plain; charset=utf-8" }).end("only for 127.0.0.1\n");
      return;
    }
    const file = resolveRequest(request.url ?? "/", viewerRoot, graphRoot);
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

/**
 * The file a URL asks for, or undefined when it is not one the server hands out: a graph file of
 * the build folder, or a file of the viewer. Every endpoint that maps a URL to a file goes through
 * `requestPath` and `fileInside`.
 */
export function resolveRequest(url: string, viewerRoot: string, graphRoot: string): string | undefined {
  const segments = requestPath(url);
  if (!segments) return undefined;
  if (segments.length === 1 && (GRAPH_FILES as readonly string[]).includes(segments[0]!)) return fileInside(graphRoot, segments);
  if (segments.length === 2 && segments[0] === "evidence" && EVIDENCE_SHARD.test(segments[1]!)) return fileInside(graphRoot, segments);
  return fileInside(viewerRoot, segments.length === 0 ? ["index.html"] : segments);
}

/**
 * The path of a request as plain name segments, or undefined when it is anything but a plain path:
 * not starting with one "/", undecodable, or holding (once decoded) "." or ".." segments, empty
 * segments, hidden names, backslashes, a "%" (double encoding), a colon (drive letters) or control
 * characters (NUL). Refused, not repaired: a viewer never asks for such a path.
 */
export function requestPath(url: string): string[] | undefined {
  if (!url.startsWith("/") || url.startsWith("//")) return undefined;
  const raw = url.replace(/[?#].*$/s, "");
  let path: string;
  try {
    path = decodeURIComponent(raw);
  } catch {
    return undefined;
  }
  if (/[\\%:\u0000-\u001f\u007f]/.test(path)) return undefined;
  const segments = path.slice(1).split("/");
  if (segments[segments.length - 1] === "") segments.pop();
  if (segments.some((segment) => segment === "" || segment.startsWith("."))) return undefined;
  return segments;
}

/**
 * The regular file at `segments` under `root`, or undefined when there is none or when its real
 * path (links followed) lies outside the real root: a link leading out is never followed out.
 */
export function fileInside(root: string, segments: string[]): string | undefined {
  let realRoot: string;
  let real: string;
  try {
    realRoot = realpathSync(root);
    real = realpathSync(join(root, ...segments));
  } catch {
    return undefined;
  }
  if (!real.startsWith(realRoot + sep)) return undefined;
  try {
    return statSync(real).isFile() ? real : undefined;
  } catch {
    return undefined;
  }
}
